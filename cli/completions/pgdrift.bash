# bash completion for pgdrift.  It asks the installed binary itself (`pgdrift ... --help`)
# for commands, options and option values, so it always matches the version installed.

# _pgdrift_help WORDS...: the --help text of `pgdrift WORDS`
_pgdrift_help() { "$_pgdrift_binary" "$@" --help 2>/dev/null; }

# _pgdrift_subcommands: the command names listed under "Subcommands:" in --help text on stdin
_pgdrift_subcommands() {
  awk '/^Subcommands:/ { in_list = 1; next } in_list && /^[^ ]/ { in_list = 0 }
       in_list && /^  [a-z]/ { print $1 }'
}

# _pgdrift_options: the option names (`-o`, `--output`) of --help text on stdin
_pgdrift_options() { awk '/^  -/ { n = split($1, names, ","); for (i = 1; i <= n; i++) print names[i] }'; }

# _pgdrift_choices OPTION: the values `--format TEXT:{text,json}` lists for OPTION
_pgdrift_choices() {
  awk -v option="$1" '/^  -/ { n = split($1, names, ","); for (i = 1; i <= n; i++) if (names[i] == option) print }' |
    grep -oE ':\{[^}]*\}' | head -n 1 | tr -d ':{}' | tr ',' ' '
}

_pgdrift() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  _pgdrift_binary=${COMP_WORDS[0]}
  local words=() word help
  help=$(_pgdrift_help)
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if _pgdrift_subcommands <<<"$help" | grep -qxF -- "$word"; then
      words+=("$word")
      help=$(_pgdrift_help "${words[@]}")
    fi
  done
  if [[ $prev == -* ]]; then
    local choices
    choices=$(_pgdrift_choices "$prev" <<<"$help")
    if [ -n "$choices" ]; then
      mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur")
      return
    fi
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_pgdrift_options <<<"$help")" -- "$cur")
    return
  fi
  local commands
  commands=$(_pgdrift_subcommands <<<"$help")
  if [ -n "$commands" ]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    return
  fi
  # dumps, migration folders, REV:PATH: let readline complete file names
  COMPREPLY=()
}
complete -o default -o bashdefault -F _pgdrift pgdrift
