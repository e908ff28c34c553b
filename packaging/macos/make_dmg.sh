#!/bin/sh
# Wrap "dist/SMTP Helper.app" (built by PyInstaller from packaging/smtphelper.spec on macOS)
# into dist/SMTPHelper-<version>-macos-<arch>.dmg: the app, a link to /Applications to drag it
# onto, and "Read Me.txt" (packaging/macos/ReadMe.txt) with the first-start steps.
#
#   packaging/macos/make_dmg.sh [VERSION [ARCH]]
#
# VERSION defaults to the one in pyproject.toml, ARCH (arm64 or x86_64) to the architecture of
# the app's executable. Unless signed and notarized (packaging/README.md), Gatekeeper blocks the
# first start; "Read Me.txt" tells how to allow it (System Settings > Privacy & Security >
# Open Anyway; macOS 15 removed the right-click > Open route).
set -eu
cd "$(dirname "$0")/../.."

app="dist/SMTP Helper.app"
test -d "$app" || { echo "make_dmg: $app is missing: run pyinstaller packaging/smtphelper.spec" >&2; exit 1; }
version="${1:-$(python3 packaging/version.py)}"
arch="${2:-$(lipo -archs "$app/Contents/MacOS/smtphelper")}"
case "$arch" in
  arm64|x86_64) ;;
  *) echo "make_dmg: one architecture per dmg (arm64 or x86_64), not '$arch'" >&2; exit 1 ;;
esac
stage="build/dmg"
dmg="dist/SMTPHelper-$version-macos-$arch.dmg"

rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
cp packaging/macos/ReadMe.txt "$stage/Read Me.txt"

# hdiutil fails now and then with "Resource busy" while Spotlight or XProtect still holds the
# freshly copied files (a known problem on CI machines): try again a few times.
attempt=1
until hdiutil create -volname "SMTP Helper $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -ov "$dmg"; do
  if [ "$attempt" -ge 5 ]; then
    echo "make_dmg: hdiutil create failed $attempt times" >&2
    exit 1
  fi
  echo "make_dmg: hdiutil create failed (attempt $attempt); retrying in $((attempt * 5)) s" >&2
  sleep $((attempt * 5))
  attempt=$((attempt + 1))
done
echo "make_dmg: $dmg"
