# Runs the zsh completion function outside the line editor: compadd and _files print what
# they would offer.  usage: zsh -f completions_zsh.zsh COMPLETION_FILE PGDRIFT WORD...
compadd() { [[ $1 == -a ]] && print -rl -- "${(P@)2}"; }
_files() { print -r -- "<files>"; }
completion_file=$1
shift
words=("$@")
CURRENT=$#words
PREFIX=${words[CURRENT]}
source $completion_file
