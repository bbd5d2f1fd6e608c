@echo off
rem Runs Scriptorium from a source checkout on Windows: builds what is missing or
rem stale, then starts the app with JavaFX on the module path (as ./scriptorium does).
rem
rem   scriptorium.cmd            open the window
rem   scriptorium.cmd ARGS...    run the CLI (arguments are passed through)
rem
rem Build output goes to stderr so that `scriptorium.cmd ... --json` keeps a clean stdout.
rem SCRIPTORIUM_JAVA_OPTS: extra JVM options (e.g. -Xmx2g), split on spaces.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
call "%ROOT%\bin\jdk.cmd" || exit /b 1

set "LIB=%ROOT%\app\target\lib"
call :find_app_jar

set "BUILD="
if not defined APP_JAR set "BUILD=1"
if not exist "%LIB%\" set "BUILD=1"
if defined BUILD goto :build
rem Stale when a source or pom is newer than the jar.
powershell -NoProfile -NonInteractive -Command ^
  "$built = (Get-Item -LiteralPath $env:APP_JAR).LastWriteTime;" ^
  "$paths = @((Join-Path $env:ROOT '*\src'), (Join-Path $env:ROOT 'pom.xml'), (Join-Path $env:ROOT '*\pom.xml'));" ^
  "$newer = Get-ChildItem -Path $paths -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1;" ^
  "if ($newer) { exit 1 } else { exit 0 }" || set "BUILD=1"
if not defined BUILD goto :run

:build
echo Building Scriptorium (first run takes a minute)... 1>&2
set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow"
pushd "%ROOT%"
call mvnw.cmd -B -q -DskipTests -pl app -am package 1>&2
set "BUILD_STATUS=%ERRORLEVEL%"
popd
if not "%BUILD_STATUS%"=="0" exit /b %BUILD_STATUS%
call :find_app_jar
if not defined APP_JAR (
  echo The build finished but app\target holds no app jar. 1>&2
  exit /b 1
)
rem Maven leaves an up-to-date jar untouched; touching it stops the next start from rebuilding.
powershell -NoProfile -NonInteractive -Command "(Get-Item -LiteralPath $env:APP_JAR).LastWriteTime = Get-Date"

:run
rem A Java argument file: the class path is longer than cmd.exe allows on one line.
set "ARGS_FILE=%ROOT%\app\target\launch-windows.args"
call :write_args_file || exit /b 1
"%JAVA_HOME%\bin\java.exe" @"%ARGS_FILE%" %SCRIPTORIUM_JAVA_OPTS% org.scriptorium.app.Launcher %*
exit /b %ERRORLEVEL%

rem Sets APP_JAR to the newest app jar (not the -tests/-sources/-javadoc ones), or clears it.
:find_app_jar
set "APP_JAR="
for /f "delims=" %%J in ('dir /b /o:d "%ROOT%\app\target\scriptorium-app-*.jar" 2^>nul ^| findstr /v /c:"-tests." /c:"-sources." /c:"-javadoc."') do set "APP_JAR=%ROOT%\app\target\%%J"
exit /b 0

rem JavaFX (and jdk.jsobject, which javafx.web needs) are named modules; everything
rem else, and the app, go on the class path. Forward slashes: an argument file reads
rem a backslash as an escape.
:write_args_file
setlocal EnableDelayedExpansion
set "MODULE_PATH="
set "CLASS_PATH="
for %%J in ("%LIB%\*.jar") do (
  set "NAME=%%~nxJ"
  set "ENTRY=%%~fJ"
  set "ENTRY=!ENTRY:\=/!"
  if /i "!NAME:~0,7!"=="javafx-" (
    set "MODULE_PATH=!MODULE_PATH!;!ENTRY!"
  ) else if /i "!NAME:~0,12!"=="jdk-jsobject" (
    set "MODULE_PATH=!MODULE_PATH!;!ENTRY!"
  ) else (
    set "CLASS_PATH=!CLASS_PATH!;!ENTRY!"
  )
)
set "ENTRY=%APP_JAR%"
set "ENTRY=!ENTRY:\=/!"
set "CLASS_PATH=!CLASS_PATH!;!ENTRY!"
(
  echo --module-path
  echo "!MODULE_PATH:~1!"
  echo --add-modules
  echo javafx.controls,javafx.web
  echo --enable-native-access=javafx.graphics,javafx.web,ALL-UNNAMED
  echo --sun-misc-unsafe-memory-access=allow
  echo -Dscriptorium.launcher=script
  echo -cp
  echo "!CLASS_PATH:~1!"
) > "%ARGS_FILE%"
endlocal & exit /b %ERRORLEVEL%
