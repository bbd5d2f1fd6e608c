# jpackage builds .msi files with WiX 3 (3.14 works with JDK 24+; WiX 5 and 6 are reported broken with it).
# Installs WiX 3.14 from Chocolatey when the runner lacks it, and puts its tools on PATH for later steps.
$ErrorActionPreference = 'Stop'
$wixBin = Join-Path ${env:ProgramFiles(x86)} 'WiX Toolset v3.14\bin'
if (-not (Test-Path (Join-Path $wixBin 'candle.exe'))) {
    choco install wixtoolset --version=3.14.1 --no-progress -y
}
if (-not (Test-Path (Join-Path $wixBin 'candle.exe'))) {
    throw "WiX 3.14 is not in $wixBin after installing it"
}
Add-Content -Path $env:GITHUB_PATH -Value $wixBin
Write-Output "WiX 3.14: $wixBin"
