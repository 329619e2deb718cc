#!/bin/sh
# Installs the Debian/Ubuntu packages Qt needs, and those the tests drive (Chromium opens the
# HTML fact sheet), and, with "gui", those for a real X window and Xvfb. As root it runs
# apt-get; otherwise it prints the exact apt-get line to run.
set -e
BASE="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fontconfig fonts-dejavu-core"
TESTS="chromium"
GUI="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
WANTED="$BASE $TESTS"
[ "$1" = "gui" ] && WANTED="$WANTED $GUI"
python3 -c "import venv, ensurepip" 2>/dev/null || WANTED="$WANTED python3-venv"

if ! command -v dpkg >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian/Ubuntu system; make sure Qt's libraries are present: $WANTED" >&2
    exit 0
fi
MISSING=""
for pkg in $WANTED; do
    dpkg -s "$pkg" >/dev/null 2>&1 || MISSING="$MISSING $pkg"
done
[ -z "$MISSING" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: installing$MISSING"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $MISSING
else
    echo "install-system-deps: missing system packages. Run:" >&2
    echo "    sudo apt-get install -y$MISSING" >&2
    exit 1
fi
