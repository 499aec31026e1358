"""A recovery key copied by hand (#15): new keys hold no O or I, and a 0 or 1 written for
O or I is read as the letter, so keys made before (which may hold O and I) still open."""

from __future__ import annotations

import base64

import pytest

from cms_desktop.storage.keyslots import (
    RECOVERY_BYTES,
    BadCredentials,
    _normalise_recovery_key,
    new_recovery_key,
)


def test_new_keys_hold_neither_o_nor_i():
    keys = [new_recovery_key() for _ in range(200)]
    assert not any("O" in k or "I" in k for k in keys)
    assert all(len(k.replace("-", "")) == 32 for k in keys)


def test_a_copied_zero_or_one_reads_as_o_or_i_and_old_keys_still_open():
    raw = bytes(range(RECOVERY_BYTES))
    old = base64.b32encode(raw).decode("ascii")
    old = old[:-2] + "OI"  # a key from before, holding both letters
    raw = base64.b32decode(old)
    assert _normalise_recovery_key(old) == raw
    copied = old.replace("O", "0").replace("I", "1").lower()
    assert _normalise_recovery_key(copied) == raw


def test_a_vault_opens_with_a_hand_copied_key_made_before(office):
    keyfile = office.ws.keyfile
    old = "OIAB-CDEF-GHIJ-KLMN-OPQR-STUV-WXYZ-2345"  # base32, O and I in it
    keyfile.set_recovery_slot(old, office.vault_key())
    copied = old.replace("O", "0").replace("I", "1").lower()
    assert keyfile.unlock_recovery(copied) == office.vault_key()
    with pytest.raises(BadCredentials):
        keyfile.unlock_recovery(copied.replace("2345", "2346"))
