"""One place for paths: where the vault lives and where resources are found.

Only a small pointer file (which vault this workstation uses) is kept outside the vault,
and it holds a path and the office's public name, never a record. CMS_DESKTOP_HOME
redirects everything to one folder (development, tests, the demo office) so a test never
touches a real configuration.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

APP_NAME = "CMS Desktop"
VAULT_SUFFIX = ".cmsvault"


def resources_dir() -> Path:
    """The resources/ folder, from a source checkout or from a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _platform_dir(windows_var: str, windows_default: str, xdg_var: str, xdg_default: str) -> Path:
    """This platform's folder of a kind (configuration, or data) for CMS Desktop.

    CMS_DESKTOP_HOME overrides both, so development and tests never touch the real ones.
    """
    override = os.environ.get("CMS_DESKTOP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get(windows_var, Path.home() / "AppData" / windows_default))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get(xdg_var, Path.home() / xdg_default))
    return base / "cms-desktop"


def config_home() -> Path:
    """Folder for this workstation's pointer file (never holds records)."""
    return _platform_dir("APPDATA", "Roaming", "XDG_CONFIG_HOME", ".config")


def default_vault_dir() -> Path:
    """Where the setup wizard proposes to keep the vault."""
    return _platform_dir("LOCALAPPDATA", "Local", "XDG_DATA_HOME", ".local/share")


def _pointer_file() -> Path:
    return config_home() / "workstation.json"


def _pointer() -> dict:
    try:
        data = json.loads(_pointer_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_pointer(data: dict) -> None:
    from cms_desktop.storage.atomic import write_atomic

    write_atomic(_pointer_file(), json.dumps(data).encode("utf-8"))


def configured_vault() -> Path | None:
    """The vault this workstation was set up with, or None before the first setup."""
    try:
        return Path(_pointer()["vault"])
    except (KeyError, TypeError):
        return None


def remember_vault(path: Path) -> None:
    data = _pointer()
    data["vault"] = str(path)
    _write_pointer(data)


# The office's name, per vault, for the sign-in window: the vault is locked there, and the
# name is the office's public name (it heads every printed form), not a record. Nothing else
# from inside the vault is written here (docs/SECURITY.md).
def remember_office_name(path: Path, name: str) -> None:
    data = _pointer()
    found = data.get("offices")
    names: dict = found if isinstance(found, dict) else {}
    key = str(Path(path).resolve())
    if names.get(key) == name:
        return  # nothing to write: a sign-in does not rewrite the file
    names[key] = name
    data["offices"] = names
    _write_pointer(data)


def office_name(path: Path) -> str:
    """The name last seen inside the vault at `path`, or "" before the first sign-in."""
    names = _pointer().get("offices")
    name = names.get(str(Path(path).resolve())) if isinstance(names, dict) else None
    return name if isinstance(name, str) else ""


def window_language() -> str | None:
    """The language this workstation chose for the window ("es"), or None to follow the
    system's. A preference of the workstation, not of the office: it holds no record."""
    value = _pointer().get("language")
    return value if isinstance(value, str) else None


def remember_window_language(code: str | None) -> None:
    """Keep `code` for the next start (None: follow the system's language again)."""
    data = _pointer()
    if code is None:
        data.pop("language", None)
    else:
        data["language"] = code
    _write_pointer(data)


def default_vault_path() -> Path:
    return configured_vault() or default_vault_dir() / f"office{VAULT_SUFFIX}"
