"""The Qt fixtures: every gui test runs offscreen, and a modal dialog nobody answers fails
the test instead of hanging the run."""

from __future__ import annotations

import pytest


class UnpatchedModal(AssertionError):
    """A modal dialog opened in a test that did not patch it: it would wait for a person."""


@pytest.fixture(autouse=True)
def _no_unpatched_modals(monkeypatch: pytest.MonkeyPatch):
    """Fail fast, instead of hanging CI, when a dialog would block on exec().

    A test that means to answer a dialog patches that dialog class's exec (or QMessageBox's
    static helpers); those patches shadow these guards.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise UnpatchedModal(f"a modal {type(self).__name__} opened without being patched")

    def refuse_static(*args, **kwargs):
        raise UnpatchedModal(f"a QMessageBox opened without being patched: {args[2:3]}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_static))


@pytest.fixture
def signed_in(office):
    """A workspace for each role on one office (director, staff "sam", mediator "mia")."""
    from cms_desktop.model.accounts import Role

    office.add_mediator_user("mia")
    office.add_user("sam", Role.STAFF)
    return {
        Role.DIRECTOR: office.ws,
        Role.STAFF: office.sign_in("sam"),
        Role.MEDIATOR: office.sign_in("mia"),
    }
