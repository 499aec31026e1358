"""README's "Languages" section: each sentence checked against the program."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from cms_desktop.model.i18n import FORM_LANGUAGES, WINDOW_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
sys.path.insert(0, str(ROOT / "tools"))

import translations as tool  # noqa: E402


def section() -> str:
    start = README.index("## Languages")
    return README[start : README.index("\n## ", start + 1)]


def test_the_window_ships_in_english_and_spanish_as_the_readme_says():
    assert "The window is in English and Spanish." in section()
    assert set(WINDOW_LANGUAGES) == {"en", "es"}
    assert set(FORM_LANGUAGES) == {"en", "es"}
    for code in tool.translated_languages():
        assert tool.ts_file(code).exists() and tool.qm_file(code).exists()


def test_the_files_the_readme_names_exist():
    text = section()
    for path in ("cms_desktop/model/i18n.py", "cms_desktop/gui/i18n.py"):
        assert f"`{path}`" in text and (ROOT / path).exists()
    assert "`WINDOW_LANGUAGES`" in text and "python tools/translations.py" in text


def test_the_tool_writes_the_ts_of_a_new_language_with_every_sentence_to_translate(tmp_path):
    """What the README's steps do for a language not yet there (French, say)."""
    ts = tmp_path / "cms_desktop_fr.ts"
    tool.extract("fr", ts)
    root = ET.parse(ts).getroot()
    assert root.get("language") == "fr"
    found = list(root.iter("message"))
    spanish = list(ET.parse(tool.ts_file("es")).getroot().iter("message"))
    assert len(found) == len(spanish) > 1000
    assert all(m.find("translation").get("type") == "unfinished" for m in found)
    qm = tmp_path / "cms_desktop_fr.qm"
    tool.release("fr", qm, ts)
    assert qm.stat().st_size > 0
