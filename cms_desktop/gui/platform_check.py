"""Before the first window: can Qt open a window on this Linux desktop at all?

This module imports no Qt at load time: on a fresh system even Qt's core library may miss
a system library (GLib), and that too is said in one sentence. Qt aborts the whole process
when its platform plugin cannot load, with a message about
plugins that tells an office nothing. The xcb plugin (X11, and XWayland on a Wayland
session) needs system libraries a fresh Debian/Ubuntu desktop may lack (libxcb-cursor0
first of all), so ask the dynamic loader (`ldd`) about the plugin before QApplication is
created and say in one sentence what to install.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library (soname) -> the Debian/Ubuntu package that provides it. Keep in step with the
# README's `apt install` line and the .deb's Depends (packaging/deb/control.in).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libcups.so.2": "libcups2",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
# What the dynamic loader says when Qt's own libraries need one the system lacks.
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Qt will try the xcb plugin: Linux, and QT_QPA_PLATFORM unset or naming xcb."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and (not platform or platform.startswith("xcb"))


def xcb_plugin() -> Path:
    """Where this Qt (from the venv or inside the frozen bundle) keeps its xcb plugin.

    Found without importing Qt where the layout is the Linux wheel's (PySide6/Qt/plugins),
    so `ldd` names every missing library at once, Qt's core library's own included.
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if candidate.exists():
            return candidate
    from PySide6.QtCore import QLibraryInfo  # loads Qt's core library, not a platform plugin

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries the dynamic loader cannot find for `plugin` (empty if it cannot tell)."""
    ldd = shutil.which("ldd")
    if ldd is None or not plugin.exists():
        return []
    try:
        result = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_NOT_FOUND.findall(result.stdout)))


def explain(missing: list[str]) -> str:
    """One sentence: what is missing and the command that installs it."""
    packages = sorted({DEBIAN_PACKAGES[name] for name in missing if name in DEBIAN_PACKAGES})
    unknown = [name for name in missing if name not in DEBIAN_PACKAGES]
    what = f"the system libraries {', '.join(missing)}"
    if len(missing) > 3:  # a bare system: name a few, the command names them all
        what = f"{len(missing)} system libraries ({', '.join(missing[:3])} and more)"
    if packages and not unknown:
        how = f"install them with: sudo apt install {' '.join(packages)}"
    elif packages:
        how = (
            f"install them with: sudo apt install {' '.join(packages)} "
            f"(and the packages that provide {', '.join(unknown)})"
        )
    else:
        how = "install the system packages that provide them"
    lacks = f"this computer lacks {what}"
    return f"CMS Desktop cannot open its window: {lacks}; {how}"


def problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The sentence to show instead of starting Qt, or None when Qt can go ahead."""
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "CMS Desktop needs a graphical desktop session and found none (DISPLAY is not set); "
            "start it from the desktop, not from a text console or a remote shell."
        )
    try:
        plugin = xcb_plugin()
    except ImportError as exc:  # Qt's core library itself needs something missing
        found = _CANNOT_OPEN.search(str(exc))
        if found is None:
            raise
        return explain([found.group(1)]) + "."
    missing = missing_libraries(plugin)
    return explain(missing) + "." if missing else None
