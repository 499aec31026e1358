"""One place for paths: where the vault lives and where resources are found.

Only a small pointer file (which vault this workstation uses) is kept outside the vault,
and it holds a path, never a record. CMS_DESKTOP_HOME redirects everything to one folder
(development, tests, the demo office) so a test never touches a real configuration.
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


def config_home() -> Path:
    """Folder for this workstation's pointer file (never holds records)."""
    override = os.environ.get("CMS_DESKTOP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "cms-desktop"


def default_vault_dir() -> Path:
    """Where the setup wizard proposes to keep the vault."""
    override = os.environ.get("CMS_DESKTOP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "cms-desktop"


def _pointer_file() -> Path:
    return config_home() / "workstation.json"


def configured_vault() -> Path | None:
    """The vault this workstation was set up with, or None before the first setup."""
    try:
        data = json.loads(_pointer_file().read_text(encoding="utf-8"))
        return Path(data["vault"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember_vault(path: Path) -> None:
    from cms_desktop.storage.atomic import write_atomic

    write_atomic(_pointer_file(), json.dumps({"vault": str(path)}).encode("utf-8"))


def default_vault_path() -> Path:
    return configured_vault() or default_vault_dir() / f"office{VAULT_SUFFIX}"
