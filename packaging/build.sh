#!/usr/bin/env bash
# Build the one-folder bundle with both programs into dist/cms-desktop/ (Linux; run the same
# spec on a Windows or macOS runner for those systems: PyInstaller does not cross-compile).
#   bash packaging/build.sh            # uses ./.venv, creating it if missing
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER_VERSION="6.22.3"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install -q -e . "pyinstaller==${PYINSTALLER_VERSION}"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/cms-desktop.spec
echo "Built dist/cms-desktop in $(( $(date +%s) - start )) s:" \
    "$(du -sh dist/cms-desktop | cut -f1) on disk," \
    "$(find dist/cms-desktop -type f | wc -l) files."
