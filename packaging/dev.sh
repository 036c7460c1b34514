#!/bin/sh
# Set up Chronicle in ./.venv and run it, or run its tests.
#   sh packaging/dev.sh run [ARGS...]   set up, then open the app (the bundled sample on first run)
#   sh packaging/dev.sh test [ARGS...]  set up, then run the whole test suite offscreen
set -eu
cd "$(dirname "$0")/.."
action=${1:-run}
[ $# -gt 0 ] && shift

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

# Debian packages: venv support, Qt's runtime libraries, and (for tests) the checking tools.
need_debs() {
    missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    command -v apt-get >/dev/null 2>&1 || { echo "please install:$missing" >&2; return 0; }
    echo "installing Debian packages:$missing"
    as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing >/dev/null || echo "could not install:$missing" >&2
}

QT_DEBS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0"
XCB_DEBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1"
TEST_DEBS="xvfb xauth desktop-file-utils appstream"

setup() {
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv 2>/dev/null || { need_debs python3-venv; rm -rf .venv; python3 -m venv .venv; }
    fi
    stamp=.venv/.installed-$(cat pyproject.toml | cksum | cut -d' ' -f1)-$1
    if [ ! -f "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[$1]"
        touch "$stamp"
    fi
}

case "$action" in
    run)
        need_debs $QT_DEBS $XCB_DEBS
        setup test
        exec .venv/bin/timeline-app "$@"
        ;;
    test)
        need_debs $QT_DEBS $XCB_DEBS $TEST_DEBS
        setup test
        QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: sh packaging/dev.sh run|test [ARGS...]" >&2
        exit 2
        ;;
esac
