"""#14 defect 7: temporary key files a crash left during a key-file write are removed at the
next open, and only our own temp names beside the vault; a refused open removes nothing."""

from __future__ import annotations

import pytest

from cms_desktop.core.signin import sign_in
from cms_desktop.storage.errors import BadCredentials
from tests.support.office import DIRECTOR, PASSWORD

OURS = (".office.cmsvault.keys.deadbeef.tmp", ".office.cmsvault.keys.pending.0badc0de.tmp")
NOT_OURS = (
    ".office.cmsvault.keys.notes.tmp",
    "other.tmp",
    ".office.cmsvault.keys.12.tmp",
    ".other.cmsvault.keys.deadbeef.tmp",
)


def test_our_stale_temp_key_files_are_removed_at_the_next_open(office, clock):
    office.ws.close()
    folder = office.path.parent
    for name in OURS + NOT_OURS:
        (folder / name).write_bytes(b'{"half": "written')
    with pytest.raises(BadCredentials):
        sign_in(office.path, DIRECTOR, "not the password at all", clock)
    assert all((folder / name).exists() for name in OURS + NOT_OURS)  # refused: untouched
    ws = sign_in(office.path, DIRECTOR, PASSWORD, clock)
    ws.close()
    assert [name for name in OURS if (folder / name).exists()] == []
    assert all((folder / name).exists() for name in NOT_OURS)
