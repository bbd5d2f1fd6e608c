@echo off
rem Builds Scriptorium and runs every test on Windows: mvnw.cmd -B verify with a
rem JDK 25 and, when a PostgreSQL server is installed, a throwaway one for the
rem migration tests (as ./run-tests does). Windows has a display: no Xvfb here.
rem
rem   run-tests.cmd                    all modules, all tests
rem   run-tests.cmd -pl core -am       extra arguments go to Maven
rem
rem Set SCRIPTORIUM_TEST_POSTGRES_URL (and _USER) yourself to use your own server.
rem The server's bin folder is found through PGBIN (set on GitHub's Windows runners)
rem or pg_ctl on PATH. Exits with Maven's exit code.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
call "%ROOT%\bin\jdk.cmd" || exit /b 1
echo Using the JDK in %JAVA_HOME% 1>&2
set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow"

set "PG_DIR="
if defined SCRIPTORIUM_TEST_POSTGRES_URL goto :tests
set "PG_BIN="
if defined PGBIN if exist "%PGBIN%\pg_ctl.exe" set "PG_BIN=%PGBIN%"
if not defined PG_BIN for /f "delims=" %%P in ('where pg_ctl.exe 2^>nul') do if not defined PG_BIN set "PG_BIN=%%~dpP"
if not defined PG_BIN (
  if defined SCRIPTORIUM_TEST_POSTGRES_REQUIRED (
    echo SCRIPTORIUM_TEST_POSTGRES_REQUIRED is set but no PostgreSQL server is installed. 1>&2
    exit /b 1
  )
  echo No PostgreSQL server found: its tests report themselves skipped. 1>&2
  goto :tests
)
if "%PG_BIN:~-1%"=="\" set "PG_BIN=%PG_BIN:~0,-1%"

rem A fresh cluster in a temp folder, on 127.0.0.1 only, trusting local connections.
set "PG_DIR=%TEMP%\scriptorium-pg.%RANDOM%%RANDOM%"
set "PG_PORT=55432"
"%PG_BIN%\initdb.exe" -D "%PG_DIR%\data" -U postgres -A trust -E UTF8 >nul || goto :pg_failed
"%PG_BIN%\pg_ctl.exe" -D "%PG_DIR%\data" -l "%PG_DIR%\server.log" -w -o "-p %PG_PORT% -c listen_addresses=127.0.0.1" start >nul || goto :pg_failed
"%PG_BIN%\createdb.exe" -h 127.0.0.1 -p %PG_PORT% -U postgres scriptorium_test || goto :pg_failed
set "SCRIPTORIUM_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:%PG_PORT%/scriptorium_test"
set "SCRIPTORIUM_TEST_POSTGRES_USER=postgres"

:tests
pushd "%ROOT%"
call mvnw.cmd -B verify %*
set "STATUS=%ERRORLEVEL%"
popd
if defined PG_DIR (
  "%PG_BIN%\pg_ctl.exe" -D "%PG_DIR%\data" -m fast -w stop >nul 2>&1
  rmdir /s /q "%PG_DIR%" >nul 2>&1
)
exit /b %STATUS%

:pg_failed
echo The throwaway PostgreSQL server did not start (see %PG_DIR%\server.log). 1>&2
if defined SCRIPTORIUM_TEST_POSTGRES_REQUIRED exit /b 1
set "PG_DIR_FAILED=%PG_DIR%"
"%PG_BIN%\pg_ctl.exe" -D "%PG_DIR%\data" -m fast -w stop >nul 2>&1
set "PG_DIR="
goto :tests
