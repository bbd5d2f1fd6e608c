# shellcheck shell=bash
#
# The JDK's ahead-of-time caches (JEP 483, 514 and 515, JDK 24-25), one for the window and one for
# commands: the classes the app loads at start, already parsed, linked (and for the window profiled), in
# one file the JVM maps at launch. It roughly halves the time until the window shows the drafts, and
# more than halves a command's (the README's benchmark table and decision 5 have the figures).
#
# Source this file, then:
#
#     opens_window ARGS... && aot_enabled &&
#       run_window_with_aot_cache DIR LIB APP_JAR JAVA [JVM OPTIONS...] -- MAIN_CLASS [ARGS...]
#
# run_window_with_aot_cache never returns. With a cache that fits these jars and this JDK it runs the
# window on it. Without one it runs the window while the JVM records what it loads, and once the
# window has closed builds the cache in the background (a few seconds of CPU) for the next start.
# SCRIPTORIUM_AOT=off runs the window, and commands, on a plain JVM.

# Succeeds when these launcher arguments open the window: no command, at most the data directory and existing Markdown
# files to open (as the app's Launcher decides). A window already running takes them over.
opens_window() {
  while [ $# -gt 0 ]; do
    case $1 in
      --data-dir) [ $# -ge 2 ] || return 1; shift 2 ;;
      --data-dir=*) shift ;;
      # Letter by letter rather than ${1,,}: macOS ships bash 3.2.
      *.[mM][dD] | *.[mM][aA][rR][kK][dD][oO][wW][nN]) [ -f "$1" ] || return 1; shift ;;
      *) return 1 ;;
    esac
  done
}

# The socket a window on these launcher arguments' data directory answers on, whether or not one runs there:
# DataDirectory and ControlFolder's rule for Linux and macOS (the option, then $SCRIPTORIUM_DATA_DIR, then the OS's).
_window_socket() {
  local dir=""
  case ${1:-} in
    --data-dir) dir=${2:-} ;;
    --data-dir=*) dir=${1#--data-dir=} ;;
  esac
  if [ -z "$dir" ] && [ -n "${SCRIPTORIUM_DATA_DIR:-}" ]; then
    dir=$SCRIPTORIUM_DATA_DIR
  elif [ -z "$dir" ] && [ "$(uname -s)" = Darwin ]; then
    dir="$HOME/Library/Application Support/Scriptorium"
  elif [ -z "$dir" ]; then
    dir="${XDG_DATA_HOME:-$HOME/.local/share}/scriptorium"
  fi
  printf '%s/control/window.sock' "$dir"
}

aot_enabled() {
  [ "${SCRIPTORIUM_AOT:-on}" != off ]
}

# What a cache is only valid for: this JDK, and these jars with these sizes and times.
_aot_fingerprint() {
  local lib=$1 jar=$2
  printf 'jdk %s\n' "$JAVA_HOME"
  grep '^JAVA_RUNTIME_VERSION=\|^JAVA_VERSION=' "$JAVA_HOME/release" 2>/dev/null || true
  ls -l "$lib" "$jar"
}

run_window_with_aot_cache() {
  local dir=$1 lib=$2 jar=$3
  shift 3
  local -a java=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    java+=("$1")
    shift
  done
  shift
  # What is left: the main class and its arguments.
  local cache=$dir/scriptorium.aot config=$dir/scriptorium.aotconf stamp=$dir/fingerprint fingerprint
  # The JVM reports, as warnings on stdout, every class it leaves out of the cache (proxies, classes
  # generated at run time). That is expected and nothing a user can act on.
  local -a quiet=(-Xlog:aot*=off -Xlog:cds*=off)
  fingerprint=$(_aot_fingerprint "$lib" "$jar")

  if [ -f "$cache" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
    exec "${java[@]}" "${quiet[@]}" -XX:AOTCache="$cache" "$@"
  fi
  # A window already open on this data takes this start over: a run that only brings it to the front is not recorded.
  if [ -S "$(_window_socket "${@:2}")" ]; then
    exec "${java[@]}" "$@"
  fi
  # A cache still being built from an earlier run, or a window recording one now (this start may only bring that
  # window to the front, which would record nothing worth keeping): use the plain JVM this time.
  local marker
  for marker in building recording; do
    if [ -f "$dir/$marker" ] && kill -0 "$(cat "$dir/$marker")" 2>/dev/null; then
      exec "${java[@]}" "$@"
    fi
  done
  rm -rf "$dir"
  mkdir -p "$dir" 2>/dev/null || exec "${java[@]}" "$@"

  local status=0
  echo $$ >"$dir/recording"
  "${java[@]}" "${quiet[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$config" "$@" || status=$?
  rm -f "$dir/recording"
  if [ -s "$config" ]; then
    # In the background, immune to the terminal closing: the user has already seen the window close.
    (
      trap '' HUP INT
      echo $BASHPID >"$dir/building"
      if nice "${java[@]}" "${quiet[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$config" \
        -XX:AOTCache="$cache.tmp" "$@" >"$dir/build.log" 2>&1; then
        mv "$cache.tmp" "$cache" && printf '%s\n' "$fingerprint" >"$stamp"
      fi
      rm -f "$config" "$cache.tmp" "$dir/building"
    ) </dev/null >/dev/null 2>&1 &
  fi
  exit "$status"
}

# The CLI's own cache, for commands: a command is over in a second or two, most of it the start the cache saves, so a
# training run of the usual commands makes it rather than a recording of whichever command came first. It holds no
# method profiles (-AOTRecordTraining): with the quick compiler alone, as commands run, they are never used, and
# loading them cost a command more than it saved (decision 5). Source this file, then:
#
#     run_command_with_aot_cache DIR LIB APP_JAR TRAINING_CLASS JAVA [JVM OPTIONS...] -- MAIN_CLASS [ARGS...]
#
# With a cache that fits these jars, this JDK and these JVM options it runs the command on it (and never returns).
# Without one it runs the command on a plain JVM and then, in the background and unless a build is already under way,
# runs TRAINING_CLASS on a throwaway data directory with -XX:AOTCacheOutput to make the cache for the next command.
cli_training_options=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)

run_command_with_aot_cache() {
  local dir=$1 lib=$2 jar=$3 training=$4
  shift 4
  local -a java=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    java+=("$1")
    shift
  done
  shift
  local cache=$dir/cli.aot stamp=$dir/fingerprint fingerprint
  local -a quiet=(-Xlog:aot*=off -Xlog:cds*=off)
  # The options are part of what the cache fits: a cache made with one collector or heap is refused by another.
  fingerprint=$(_aot_fingerprint "$lib" "$jar"; printf 'options %s\n' "${java[*]}")

  if [ -f "$cache" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
    exec "${java[@]}" "${quiet[@]}" -XX:AOTCache="$cache" "$@"
  fi
  local status=0
  "${java[@]}" "$@" || status=$?
  if [ -f "$dir/building" ] && kill -0 "$(cat "$dir/building")" 2>/dev/null; then
    exit "$status"
  fi
  rm -rf "$dir"
  mkdir -p "$dir" 2>/dev/null || exit "$status"
  (
    trap '' HUP INT
    echo $BASHPID >"$dir/building"
    local scratch
    if scratch=$(mktemp -d "${TMPDIR:-/tmp}/scriptorium-cli-training.XXXXXX"); then
      # The schema is made first, apart: commands on an existing data directory never load Flyway, so neither does the
      # training run (which keeps 5 MB of Flyway's classes out of the cache and out of every command's memory).
      if nice "${java[@]}" "$1" --data-dir "$scratch/data" doctor >/dev/null 2>&1 &&
        nice "${java[@]}" "${quiet[@]}" "${cli_training_options[@]}" -XX:AOTCacheOutput="$cache.tmp" "$training" "$scratch/data" \
        >"$dir/build.log" 2>&1 &&
        [ -s "$cache.tmp" ]; then
        mv "$cache.tmp" "$cache" && printf '%s\n' "$fingerprint" >"$stamp"
      fi
      rm -rf "$scratch"
    fi
    rm -f "$cache.tmp" "$dir/building"
  ) </dev/null >/dev/null 2>&1 &
  exit "$status"
}
