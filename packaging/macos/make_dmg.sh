#!/bin/sh
# Wrap "dist/SMTP Helper.app" (built by PyInstaller from packaging/smtphelper.spec on macOS)
# into dist/SMTPHelper-<version>.dmg: the app plus a link to /Applications to drag it onto.
#
#   packaging/macos/make_dmg.sh [VERSION]      (default: the version in pyproject.toml)
#
# The app is not signed or notarized: Gatekeeper asks users to confirm the first start
# (right-click > Open). Signing needs a Developer ID certificate (codesign, notarytool).
set -eu
cd "$(dirname "$0")/../.."

version="${1:-$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')}"
app="dist/SMTP Helper.app"
stage="build/dmg"
dmg="dist/SMTPHelper-$version.dmg"

test -d "$app" || { echo "make_dmg: $app is missing: run pyinstaller packaging/smtphelper.spec" >&2; exit 1; }
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "SMTP Helper $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "make_dmg: $dmg"
