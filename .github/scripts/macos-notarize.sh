#!/usr/bin/env bash
# Sends the signed .dmg to Apple's notary service and staples the ticket. Without the Apple ID secrets (or
# without a signature to notarize), says that notarization is skipped.
set -euo pipefail
if [ -z "${SCRIPTORIUM_MAC_SIGNING_IDENTITY:-}" ]; then
  echo "::notice::macOS notarization skipped: the app is not signed."
  exit 0
fi
if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
  echo "::notice::macOS notarization skipped: the APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD secrets are not set."
  exit 0
fi
for dmg in packaging/target/*.dmg; do
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
done
