@echo off
rem Finds a JDK 25+ for the Windows scripts and sets JAVA_HOME to it.
rem
rem     call "%~dp0bin\jdk.cmd" || exit /b 1
rem
rem Looks at JAVA_HOME, then the java on PATH, then the usual install folders
rem (Adoptium/Temurin, Oracle, Microsoft, Amazon Corretto, Azul Zulu, Scoop).
rem Prints what to install when there is none, and exits with 1.
rem No setlocal: JAVA_HOME must reach the caller.

set "_SCRIPTORIUM_MIN_JDK=25"

if not defined JAVA_HOME goto :on_path
call :accept "%JAVA_HOME%" && goto :found
rem Outside a ( ) block: a JAVA_HOME under "Program Files (x86)" would end it early.
echo Note: JAVA_HOME=%JAVA_HOME% is not a JDK %_SCRIPTORIUM_MIN_JDK%+; looking elsewhere. 1>&2

:on_path

rem The java on PATH knows its own home (this sees through the Oracle javapath shims).
for /f "tokens=2 delims==" %%H in ('java -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.home = "') do (
  call :accept_trimmed "%%H" && goto :found
)

for %%P in ("%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Java" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\Zulu" "%USERPROFILE%\scoop\apps" "%USERPROFILE%\.jdks") do (
  if exist "%%~P" (
    for /d %%D in ("%%~P\*") do (
      call :accept "%%~D" && goto :found
    )
  )
)

echo Scriptorium needs a JDK %_SCRIPTORIUM_MIN_JDK% or newer, and none was found. 1>&2
echo Install one, e.g. `winget install EclipseAdoptium.Temurin.25.JDK`, 1>&2
echo or download it from https://adoptium.net, then set JAVA_HOME to its folder. 1>&2
exit /b 1

:found
set "_SCRIPTORIUM_MIN_JDK="
exit /b 0

rem accept_trimmed " C:\path" : the java.home value with its leading space removed.
:accept_trimmed
set "_jdk_candidate=%~1"
if "%_jdk_candidate:~0,1%"==" " set "_jdk_candidate=%_jdk_candidate:~1%"
call :accept "%_jdk_candidate%"
exit /b %errorlevel%

rem accept DIR: succeeds, and sets JAVA_HOME, when DIR is a JDK (javac too: Maven builds) of version 25+.
:accept
if not exist "%~1\bin\java.exe" exit /b 1
if not exist "%~1\bin\javac.exe" exit /b 1
set "_jdk_version="
for /f "tokens=2 delims==" %%V in ('""%~1\bin\java.exe" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version = ""') do set "_jdk_version=%%V"
if not defined _jdk_version exit /b 1
set "_jdk_version=%_jdk_version: =%"
rem 1.8 is Java 8; "25" or "26" compare as numbers.
if "%_jdk_version:~0,2%"=="1." exit /b 1
if %_jdk_version% LSS %_SCRIPTORIUM_MIN_JDK% exit /b 1
set "JAVA_HOME=%~1"
exit /b 0
