# shellcheck shell=bash
#
# The JDK's ahead-of-time cache for the window (JEP 483, 514 and 515, JDK 24-25): the classes the app
# loads at start, already parsed, linked and profiled, in one file the JVM maps at launch. It roughly
# halves the time until the window shows the drafts (the README's benchmark table has the figures).
#
# Source this file, then:
#
#     opens_window ARGS... && aot_enabled &&
#       run_window_with_aot_cache DIR LIB APP_JAR JAVA [JVM OPTIONS...] -- MAIN_CLASS [ARGS...]
#
# run_window_with_aot_cache never returns. With a cache that fits these jars and this JDK it runs the
# window on it. Without one it runs the window while the JVM records what it loads, and once the
# window has closed builds the cache in the background (a few seconds of CPU) for the next start.
# SCRIPTORIUM_AOT=off runs the window on a plain JVM.

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
