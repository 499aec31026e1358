"""Fail if a frozen program's archive lacks a cms_desktop module of the source tree.

Each program must carry every module of the package except the other program's own
(cms-desktop: all but cms_desktop.cli; cms-admin: all but cms_desktop.gui), so a module
imported by name (as forms/catalog.py once did) cannot go missing in the bundle only.

    python packaging/checks/archive_modules.py dist/cms-desktop
"""

from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.archive.readers import pkg_archive_contents

SOURCE = Path(__file__).resolve().parents[2] / "cms_desktop"
NOT_IN = {"cms-desktop": "cms_desktop.cli", "cms-admin": "cms_desktop.gui"}


def source_modules() -> set[str]:
    names = set()
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names - {"cms_desktop.__main__"}  # cms-desktop's entry script, not a module


def main(bundle: Path) -> int:
    wanted_all = source_modules()
    failed = False
    for program, other in NOT_IN.items():
        archive = bundle / (program + (".exe" if sys.platform == "win32" else ""))
        present = {name for name in pkg_archive_contents(str(archive)) if "cms_desktop" in name}
        wanted = {m for m in wanted_all if m != other and not m.startswith(other + ".")}
        missing = sorted(wanted - present)
        print(f"{program}: {len(wanted & present)} of {len(wanted)} cms_desktop modules")
        if missing:
            failed = True
            print(f"{program} lacks: {', '.join(missing)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
