#!/bin/sh
# Build Chronicle as a one-folder windowed application with PyInstaller, for this platform.
#   sh packaging/build-bundle.sh
# Result: dist/Chronicle/Chronicle (Linux), dist/Chronicle/Chronicle.exe (Windows, from Git Bash),
# dist/Chronicle.app (macOS). PyInstaller is a build tool only: it is installed into the Python
# used for the build, never into Chronicle's runtime dependencies.
# Python used: $CHRONICLE_PYTHON if set, else ./.venv (made by packaging/dev.sh), else a build
# venv in build/bundle-venv with the runtime dependencies from pyproject.toml.
set -eu
cd "$(dirname "$0")/.."

# The interpreter of a virtual environment: bin/python (Linux, macOS) or Scripts/python.exe (Windows).
venv_python() {
    for candidate in "$1/bin/python" "$1/Scripts/python.exe"; do
        [ -x "$candidate" ] && { echo "$candidate"; return 0; }
    done
    return 1
}

if [ -n "${CHRONICLE_PYTHON:-}" ]; then
    py=$CHRONICLE_PYTHON
elif py=$(venv_python .venv); then
    :
elif ! py=$(venv_python build/bundle-venv); then
    mkdir -p build
    base=$(command -v python3 || command -v python)
    "$base" -m venv build/bundle-venv
    py=$(venv_python build/bundle-venv)
    "$py" -m pip install -q --upgrade pip
    # Chronicle's runtime dependencies from pyproject.toml (Python 3.11+), else Chronicle itself.
    if "$py" -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        >build/bundle-requirements.txt 2>/dev/null; then
        "$py" -m pip install -q -r build/bundle-requirements.txt
    else
        "$py" -m pip install -q .
    fi
fi
"$py" -m PyInstaller --version >/dev/null 2>&1 || "$py" -m pip install -q "pyinstaller>=6.10"

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/chronicle.spec
end=$(date +%s)

if [ -d dist/Chronicle.app ]; then bundle=dist/Chronicle.app; else bundle=dist/Chronicle; fi
echo "built $bundle in $((end - start)) s; size $(du -sh "$bundle" | cut -f1)"
