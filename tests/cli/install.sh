#!/usr/bin/env bash
# What `cmake --install` puts on a system, installed into a scratch prefix: the binary, a man
# page for every command that renders and names every option of that command's --help, the
# completions, the docs; and `--version` naming pgdrift's, libpg_query's and the grammar's versions.
# usage: tests/cli/install.sh PGDRIFT_BINARY BUILD_DIR
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
build=$2
prefix=$tmp/prefix

# --version: the project's version, the libpg_query package's upstream version, its grammar
project_version=$(sed -nE 's/^project\(pgdrift VERSION ([0-9.]+).*/\1/p' "$root/CMakeLists.txt")
package_version=$(dpkg-query -W -f='${Version}' libpg-query-dev | sed -E 's/^([0-9]+-[0-9]+\.[0-9]+).*/\1/')
version=$("$pgdrift" --version)
want="pgdrift $project_version"$'\n'"libpg_query $package_version (PostgreSQL 15."
if [[ $version == "$want"*" grammar)" ]]; then pass; else fail "--version printed: $version (want: $want... grammar))"; fi

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { fail "cmake --install:"; cat "$tmp/install.log"; }
installed=$prefix/bin/pgdrift
[ -x "$installed" ] && pass || fail "no $installed"
for file in share/bash-completion/completions/pgdrift share/zsh/vendor-completions/_pgdrift \
            share/doc/pgdrift/README.md share/doc/pgdrift/architecture.md share/doc/pgdrift/json-schema/diff.schema.json; do
  [ -s "$prefix/$file" ] && pass || fail "not installed: $file"
done

# check_page WORDS...: pgdrift-WORDS.1 exists, renders, and names each long option of `pgdrift WORDS --help`
check_page() {
  local name page IFS=-
  name=pgdrift${*:+-$*}
  IFS=$' \t\n'
  page=$prefix/share/man/man1/$name.1
  [ -s "$page" ] || { fail "no man page $name.1"; return; }
  nroff -man -Ww "$page" 2>"$tmp/nroff.err" | col -b >"$tmp/page.txt"
  [ -s "$tmp/nroff.err" ] && fail "$name.1 does not render: $(head -n 3 "$tmp/nroff.err")"
  local option missing=()
  for option in $("$installed" "$@" --help | awk '/^  -/ { n = split($1, names, ","); for (i = 1; i <= n; i++) print names[i] }' | grep -- '^--'); do
    grep -qF -- "$option" "$tmp/page.txt" || missing+=("$option")
  done
  [ ${#missing[@]} = 0 ] && pass || fail "$name.1 lacks ${missing[*]}"
}
# every command (and sub-command) the binary lists has its page
check_commands() {
  check_page "$@"
  local command
  for command in $("$installed" "$@" --help | awk '/^Subcommands:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && /^  [a-z]/ { print $1 }'); do
    check_commands "$@" "$command"
  done
}
check_commands
pages=$(ls "$prefix/share/man/man1" | wc -l)
[ "$pages" -ge 8 ] && pass || fail "only $pages man pages"

bash "$root/tests/cli/completions.sh" "$installed" "$prefix/share/bash-completion/completions/pgdrift" \
  "$prefix/share/zsh/vendor-completions/_pgdrift" >"$tmp/completions.log" 2>&1 && pass ||
  { fail "completions of the installed files:"; cat "$tmp/completions.log"; }
finish
