"""Alt+letter keys for what is on the page (#15).

A section's tab is always on screen, so a letter underlined in its title would be taken
from every button and field of every page: Qt then only moves the focus between the two
instead of pressing the button (Retention's "e" took Alt+E from the Edit menu). The
sections have Ctrl+1… (View menu) instead, and their titles no underlined letter."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def plain(text: str) -> str:
    """A title without its mnemonic ("&&" stays a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def sections_without_mnemonics(sections: QTabWidget) -> None:
    for index in range(sections.count()):
        sections.setTabText(index, plain(sections.tabText(index)))
