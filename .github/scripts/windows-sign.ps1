# Signs the .msi with the code-signing certificate when the secret exists; otherwise says it was skipped.
$ErrorActionPreference = 'Stop'
if (-not $env:WINDOWS_CERTIFICATE) {
    Write-Output '::notice::Windows signing skipped: the WINDOWS_CERTIFICATE secret is not set; the .msi is unsigned.'
    exit 0
}
$pfx = Join-Path $env:RUNNER_TEMP 'certificate.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
$signtool = Get-ChildItem -Path "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse -Filter signtool.exe |
    Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName | Select-Object -Last 1
if (-not $signtool) { throw 'signtool.exe not found in the Windows SDK' }
Get-ChildItem packaging/target/*.msi | ForEach-Object {
    & $signtool.FullName sign /fd sha256 /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD `
        /tr http://timestamp.digicert.com /td sha256 $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $($_.Name)" }
}
Remove-Item $pfx
