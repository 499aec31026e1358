"""Extract the window's sentences into translations/*.ts and compile them to .qm.

    python tools/translations.py            # lupdate (keep the .ts current), then lrelease
    python tools/translations.py --release  # lrelease only (after translating in Linguist)

pyside6-lupdate reads cms_desktop/ (every `tr("...")` of the gui and every QT_TR_NOOP of
the Qt-free layers) and ui/*.ui; the .ts files keep the translations and mark a changed
English sentence "unfinished". pyside6-lrelease compiles each .ts into
resources/translations/*.qm, which the program loads at start (cms_desktop/gui/i18n.py).

The .qm files are committed, like gui/generated: `pip install -e .` and a source checkout
have no build step, and the PyInstaller bundle carries resources/ as it is. lrelease's
output depends only on the .ts, so tests/gui/test_translations.py recompiles each .ts and
fails when a committed .qm is out of date.

Add a language: add its code to WINDOW_LANGUAGES (cms_desktop/model/i18n.py), run this
tool (it creates translations/cms_desktop_<code>.ts), translate it in `pyside6-linguist`,
and run the tool again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
SOURCES = [ROOT / "cms_desktop"]
UI_DIR = ROOT / "ui"
sys.path.insert(0, str(ROOT))

from cms_desktop.model.i18n import DEFAULT_LANGUAGE, WINDOW_LANGUAGES  # noqa: E402


def tool(name: str) -> list[str]:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def ts_file(code: str) -> Path:
    return TS_DIR / f"cms_desktop_{code}.ts"


def qm_file(code: str) -> Path:
    return QM_DIR / f"cms_desktop_{code}.qm"


def translated_languages() -> list[str]:
    """Every window language but English (the source strings are English)."""
    return [code for code in WINDOW_LANGUAGES if code != DEFAULT_LANGUAGE]


def python_sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for folder in SOURCES
        for path in folder.rglob("*.py")
        # uic's modules repeat the .ui files' strings (lupdate reads those directly)
        if "generated" not in path.parts
    )


def extract(code: str, ts: Path) -> None:
    """pyside6-lupdate: bring `ts` up to date with the sources (new sentences added as
    unfinished, vanished ones dropped, translations kept)."""
    forms = sorted(str(path.relative_to(ROOT)) for path in UI_DIR.glob("*.ui"))
    subprocess.run(
        [
            *tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            code,
            *python_sources(),
            *forms,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def update() -> None:
    """Bring every .ts up to date with the sources."""
    TS_DIR.mkdir(exist_ok=True)
    for code in translated_languages():
        extract(code, ts_file(code))


def release(code: str, out: Path, ts: Path | None = None) -> None:
    """pyside6-lrelease: compile the .ts of `code` (or `ts`) into `out`."""
    subprocess.run(
        [*tool("lrelease"), "-silent", str(ts or ts_file(code)), "-qm", str(out)],
        check=True,
        capture_output=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for code in translated_languages():
        release(code, qm_file(code))
        print(f"{ts_file(code).relative_to(ROOT)} -> {qm_file(code).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
