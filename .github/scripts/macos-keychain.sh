#!/usr/bin/env bash
# Puts the Developer ID certificate in a temporary keychain so that packaging/package can sign the app
# (it signs when SCRIPTORIUM_MAC_SIGNING_IDENTITY is set). Without the secret, says that signing is skipped.
set -euo pipefail
if [ -z "${MACOS_CERTIFICATE:-}" ] || [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "::notice::macOS signing skipped: the MACOS_CERTIFICATE and MACOS_SIGNING_IDENTITY secrets are not set; the .dmg is unsigned."
  exit 0
fi
keychain=$RUNNER_TEMP/signing.keychain-db
keychain_password=$(uuidgen)
echo "$MACOS_CERTIFICATE" | base64 --decode >"$RUNNER_TEMP/certificate.p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$RUNNER_TEMP/certificate.p12" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
security list-keychains -d user -s "$keychain" login.keychain
rm -f "$RUNNER_TEMP/certificate.p12"
{
  echo "SCRIPTORIUM_MAC_SIGNING_IDENTITY=$MACOS_SIGNING_IDENTITY"
  echo "SCRIPTORIUM_MAC_SIGNING_KEYCHAIN=$keychain"
} >>"$GITHUB_ENV"
echo "macOS signing: certificate imported"
