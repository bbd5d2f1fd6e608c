#!/usr/bin/env bash
# Installs what packaging/package built for this system the way a user would, then runs the installed
# app's `scriptorium doctor --json` and checks that it answered with its version, Java and JavaFX.
set -euo pipefail
shopt -s nullglob
target=packaging/target

# Succeeds when stdin is doctor's JSON with a version, a Java and a JavaFX version.
check_doctor() {
  python3 -c '
import json, sys
report = json.load(sys.stdin)
missing = [key for key in ("version", "javaVersion", "javafxVersion", "dataDir") if not report.get(key)]
if missing:
    sys.exit("doctor --json lacks " + ", ".join(missing))
print("doctor: Scriptorium %s on Java %s, JavaFX %s" % (report["version"], report["javaVersion"], report["javafxVersion"]))
'
}

case $(uname -s) in
  Linux)
    debs=("$target"/*.deb)
    [ ${#debs[@]} -eq 1 ] || { echo "expected one .deb in $target, found ${#debs[@]}" >&2; exit 1; }
    sudo apt-get install -y -qq "./${debs[0]}"
    command -v scriptorium >/dev/null || { echo "the .deb put no scriptorium command on PATH" >&2; exit 1; }
    scriptorium doctor --json | check_doctor
    ;;
  Darwin)
    dmgs=("$target"/*.dmg)
    [ ${#dmgs[@]} -eq 1 ] || { echo "expected one .dmg in $target, found ${#dmgs[@]}" >&2; exit 1; }
    mount=$RUNNER_TEMP/scriptorium-dmg
    hdiutil attach -nobrowse -readonly -mountpoint "$mount" "${dmgs[0]}"
    trap 'hdiutil detach "$mount" || true' EXIT
    # As a user would: drag the app to Applications.
    rm -rf /Applications/Scriptorium.app
    cp -R "$mount/Scriptorium.app" /Applications/
    /Applications/Scriptorium.app/Contents/MacOS/scriptorium-cli doctor --json | check_doctor
    ;;
  MINGW* | MSYS* | CYGWIN*)
    msis=("$target"/*.msi)
    [ ${#msis[@]} -eq 1 ] || { echo "expected one .msi in $target, found ${#msis[@]}" >&2; exit 1; }
    msi=$(cygpath -w "${msis[0]}")
    log=$(cygpath -w "$RUNNER_TEMP/msi-install.log")
    # A per-user install, quietly, as the installer would for a user without admin rights.
    powershell -NoProfile -Command "\$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList '/i', '\"$msi\"', '/qn', '/l*v', '\"$log\"'; exit \$p.ExitCode" ||
      { cat "$RUNNER_TEMP/msi-install.log" >&2 || true; exit 1; }
    cli=""
    for dir in "$LOCALAPPDATA/Scriptorium" "$LOCALAPPDATA/Programs/Scriptorium" "$PROGRAMFILES/Scriptorium"; do
      if [ -f "$dir/scriptorium-cli.exe" ]; then cli=$dir/scriptorium-cli.exe; break; fi
    done
    [ -n "$cli" ] || { echo "the .msi installed no scriptorium-cli.exe console launcher where expected" >&2; exit 1; }
    "$cli" doctor --json | check_doctor
    ;;
  *)
    echo "install-and-check: no install steps for $(uname -s)" >&2
    exit 1
    ;;
esac
