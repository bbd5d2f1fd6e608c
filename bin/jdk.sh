# shellcheck shell=bash
#
# Finds a JDK 25+ for the scripts. Source this file, then:
#
#     JAVA_HOME=$(find_jdk25) || exit 1
#
# find_jdk25 prints the JAVA_HOME of the first JDK whose major version is >= 25,
# looking at $JAVA_HOME, then `java` on PATH, then the usual install folders.
# Notes and the "not found" message go to stderr; stdout carries only the path.
#
# SCRIPTORIUM_JDK_SEARCH_PATH (colon-separated folders or globs) replaces the
# list of install folders, e.g. to test the "not found" path.

SCRIPTORIUM_MIN_JDK=25

# Prints the major version of the JDK at $1 (nothing if it is not a JDK).
_jdk_major() {
  local home=$1 version=""
  # A JDK, not a JRE: Maven needs javac to build.
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  # The release file is cheap to read; starting a JVM is the fallback.
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  fi
  version=${version#1.}          # 1.8 -> 8
  version=${version%%[!0-9]*}    # 25.0.1 -> 25, 26-ea -> 26
  [ -n "$version" ] || return 1
  printf '%s\n' "$version"
}

# Succeeds (and prints the home) if $1 is a JDK 25+.
_jdk_accept() {
  local major
  major=$(_jdk_major "$1") || return 1
  [ "$major" -ge "$SCRIPTORIUM_MIN_JDK" ] || return 1
  printf '%s\n' "$1"
}

# The folders that commonly hold JDKs on Linux and macOS (globs, unexpanded).
_jdk_search_patterns() {
  if [ -n "${SCRIPTORIUM_JDK_SEARCH_PATH:-}" ]; then
    local -a entries
    IFS=: read -r -a entries <<<"$SCRIPTORIUM_JDK_SEARCH_PATH"
    printf '%s\n' "${entries[@]}"
    return
  fi
  printf '%s\n' \
    '/usr/lib/jvm/*' \
    '/usr/java/*' \
    '/opt/java/*' \
    '/opt/jdk*' \
    "$HOME/.sdkman/candidates/java/*" \
    "$HOME/.jdks/*" \
    '/Library/Java/JavaVirtualMachines/*/Contents/Home' \
    '/opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home' \
    '/opt/homebrew/opt/openjdk*' \
    '/usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home' \
    '/usr/local/opt/openjdk*'
}

find_jdk25() {
  local major home pattern dir

  if [ -n "${JAVA_HOME:-}" ]; then
    if _jdk_accept "$JAVA_HOME"; then
      return 0
    fi
    major=$(_jdk_major "$JAVA_HOME" || true)
    echo "Note: JAVA_HOME=$JAVA_HOME is ${major:+Java $major, }not a JDK $SCRIPTORIUM_MIN_JDK+; looking elsewhere." >&2
  fi

  # macOS: ask java_home rather than run the /usr/bin/java stub, which pops up
  # an "install Java" dialog when no JDK is installed.
  if [ -x /usr/libexec/java_home ]; then
    home=$(/usr/libexec/java_home -v "$SCRIPTORIUM_MIN_JDK+" 2>/dev/null || true)
    if [ -n "$home" ] && _jdk_accept "$home"; then
      return 0
    fi
  # Ask the java on PATH for its own home: this sees through symlinks and
  # /etc/alternatives.
  elif command -v java >/dev/null 2>&1; then
    home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' | head -n 1)
    if [ -n "$home" ] && _jdk_accept "$home"; then
      return 0
    fi
  fi

  # With IFS empty, the unquoted $pattern below is globbed but not split,
  # so folders with spaces in their names survive.
  local IFS=
  while read -r pattern; do
    [ -n "$pattern" ] || continue
    for dir in $pattern; do
      dir=${dir%/}
      if _jdk_accept "$dir"; then
        return 0
      fi
    done
  done < <(_jdk_search_patterns)

  {
    echo "Scriptorium needs a JDK $SCRIPTORIUM_MIN_JDK or newer, and none was found."
    echo "Install one, e.g. \`sudo apt-get install temurin-25-jdk\` (from the Adoptium apt repository)"
    echo "or download it from https://adoptium.net, then set JAVA_HOME to its folder."
  } >&2
  return 1
}
