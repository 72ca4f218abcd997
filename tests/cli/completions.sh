#!/usr/bin/env bash
# The bash and zsh completions, driven as the shells drive them: commands, sub-commands,
# options and the values an option lists, all read from the binary's --help.
# usage: tests/cli/completions.sh PGDRIFT_BINARY BASH_COMPLETION_FILE ZSH_COMPLETION_FILE
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
bash_file=$2 zsh_file=$3

# expect SHELL WANTED -- WORDS...: completing the last word offers exactly WANTED (sorted, space-separated)
expect() {
  local shell=$1 want=$2
  shift 3
  local got
  if [ "$shell" = bash ]; then
    got=$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _pgdrift
                   printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$pgdrift" "$@")
  else
    got=$(zsh -f "$root/tests/cli/completions_zsh.zsh" "$zsh_file" "$pgdrift" "$@")
  fi
  got=$(printf '%s\n' "$got" | grep -v '^$' | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" = "$want" ]; then pass; else fail "$shell: pgdrift $* -> '$got' (want '$want')"; fi
}

subcommands() { "$pgdrift" "$@" --help | awk '/^Subcommands:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && /^  [a-z]/ { print $1 }' | sort | tr '\n' ' ' | sed 's/ $//'; }
commands=$(subcommands)
expect bash "diff" -- di
expect bash "$commands" -- ""
expect bash "--format" -- diff --fo
expect bash "json markdown text" -- diff --format ""
expect bash "status" -- migrations st
expect bash "supabase" -- migrations status --platform s
expect bash "" -- diff old.sql ""
# zsh filters the offered words by the typed prefix itself: it is given them all
expect zsh "$commands" -- di
expect zsh "json markdown text" -- diff --format ""
expect zsh "auto none supabase" -- migrations status --platform ""
expect zsh "$(subcommands migrations)" -- migrations ""
expect zsh "<files>" -- diff old.sql ""
zsh_options=$(zsh -f "$root/tests/cli/completions_zsh.zsh" "$zsh_file" "$pgdrift" plan --a)
grep -qx -- --allow-drops <<<"$zsh_options" && pass || fail "zsh: plan --a does not offer --allow-drops"
finish
