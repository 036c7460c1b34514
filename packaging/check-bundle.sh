#!/bin/sh
# Build the bundle, start it on a virtual display as a first-time user, take a screenshot, close
# its window, and report. Linux only: needs Xvfb, xdotool, xprop and ImageMagick's import;
# optional: openbox + wmctrl (title bar, close as a user does), strace, desktop-file-validate.
#   sh packaging/check-bundle.sh [--no-build] [SCREENSHOT.png]
# The app runs with an empty environment (env -i), an empty HOME and XDG folders, and PATH
# without any Python; with strace it also checks that no file of the build's Python is opened.
set -eu
cd "$(dirname "$0")/.."
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
shot=$(realpath -m "${1:-build/bundle-screenshot.png}")
mkdir -p "$(dirname "$shot")" build

for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-bundle: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

build_seconds="(not built)"
if [ $build = 1 ]; then
    start=$(date +%s)
    sh packaging/build-bundle.sh
    build_seconds="$(($(date +%s) - start)) s"
fi
exe=dist/Chronicle/Chronicle
[ -x "$exe" ] || { echo "check-bundle: $exe is missing: build it first" >&2; exit 2; }
exe=$(realpath "$exe")

work=$(mktemp -d)
xvfb_pid=""
wm_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
# With a window manager (openbox and wmctrl, if installed) the window gets a title bar and is
# closed the way a user closes it; without one, with Ctrl+Q.
wm_pid=""
if command -v openbox >/dev/null 2>&1 && command -v wmctrl >/dev/null 2>&1; then
    DISPLAY=":$display" HOME="$work" openbox --sm-disable >"$work/wm.log" 2>&1 &
    wm_pid=$!
    sleep 1
fi

mkdir -p "$work/home"
run_env="HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/home/cache XDG_STATE_HOME=$work/home/state XDG_RUNTIME_DIR=$work PATH=/nonexistent LANG=C.UTF-8"
tracer=""
if command -v strace >/dev/null 2>&1; then
    tracer="strace -f -qq -e trace=execve,open,openat -o $work/trace.txt"
fi

started=$(date +%s)
# shellcheck disable=SC2086
$tracer env -i $run_env DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$exe" >"$work/app.log" 2>&1 &
app_pid=$!
window=$(DISPLAY=":$display" timeout 60 xdotool search --sync --onlyvisible --class '^Chronicle$' | head -1) || true
[ -n "$window" ] || { echo "check-bundle: no Chronicle window appeared" >&2; cat "$work/app.log" >&2; exit 1; }
shown_seconds=$(($(date +%s) - started))
sleep 3
DISPLAY=":$display" import -window root "$shot"
wm_class=$(DISPLAY=":$display" xprop -id "$window" WM_CLASS 2>/dev/null | sed 's/^[^=]*= //' || true)
icon_set="no"
DISPLAY=":$display" xprop -id "$window" _NET_WM_ICON 2>/dev/null | grep -q "Icon (" && icon_set="yes"

if [ -n "$wm_pid" ]; then
    closed_by="the window manager's close (wmctrl -c)"
    DISPLAY=":$display" wmctrl -i -c "$window"
else
    closed_by="Ctrl+Q"
    DISPLAY=":$display" xdotool windowfocus --sync "$window" key ctrl+q
fi
code=""
for _ in $(seq 150); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && code=0 || code=$?
        break
    fi
    sleep 0.1
done
app_pid_left=$app_pid
app_pid=""
if [ -z "$code" ]; then
    kill "$app_pid_left" 2>/dev/null || true
    echo "check-bundle: the app did not exit within 15 s of $closed_by" >&2
    exit 1
fi

# shellcheck disable=SC2086
articles=$(env -i $run_env "$exe" articles --format json | grep -c '"id"' || true)

# install-desktop from the bundle: the entry must run the bundle's own executable.
# shellcheck disable=SC2086
env -i $run_env "$exe" install-desktop >/dev/null
entry="$work/home/data/applications/org.chronicletimeline.Chronicle.desktop"
entry_exec=$(grep -m1 '^Exec=' "$entry" | cut -d= -f2-)
entry_check="Exec=$entry_exec"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$entry" >/dev/null && entry_check="$entry_check (valid)" || entry_check="$entry_check (INVALID)"
fi
[ "$entry_exec" = "$exe %F" ] || entry_check="$entry_check: expected Exec=$exe %F"
# shellcheck disable=SC2086
env -i $run_env "$exe" uninstall-desktop >/dev/null

python_files=""
if [ -n "$tracer" ]; then
    for prefix in /usr/lib/python3 /usr/local/lib/python3 "${VIRTUAL_ENV:-/nonexistent}" \
        "$(${CHRONICLE_PYTHON:-python3} -c 'import sys; print(sys.base_prefix)' 2>/dev/null || echo /nonexistent)"; do
        hits=$(grep -v ENOENT "$work/trace.txt" | grep -c "\"$prefix" || true)
        [ "$hits" -gt 0 ] && python_files="$python_files $prefix($hits)"
    done
fi

echo "bundle:        $(dirname "$exe")"
echo "build time:    $build_seconds"
echo "bundle size:   $(du -sh "$(dirname "$exe")" | cut -f1)"
echo "window shown:  after ${shown_seconds} s (window id $window)"
echo "screenshot:    $shot"
echo "window:        WM_CLASS $wm_class; icon set: $icon_set"
echo "exit code:     $code after $closed_by"
echo "sample import: $articles article(s) in the new user's database"
echo "desktop entry: $entry_check"
if [ -n "$tracer" ]; then
    echo "outside Python: ${python_files:-none opened}"
else
    echo "outside Python: not checked (strace missing)"
fi
if [ -s "$work/app.log" ]; then
    echo "app output:"
    sed 's/^/    /' "$work/app.log"
fi
[ "$code" = 0 ] && [ "$articles" -gt 0 ] && [ -z "$python_files" ] && [ "$icon_set" = yes ] \
    && [ "$entry_check" = "Exec=$exe %F (valid)" ]
