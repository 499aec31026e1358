"""Damaged copies of a vault: zeroed, flipped and swapped pages (as disks and people do)."""

from __future__ import annotations

import random
from pathlib import Path

from cms_desktop.storage.vault import PAGE_SIZE
from tests.support.sqlcipher_pages import decrypt_page, derive_hmac_key, encrypt_page, read_salt

KINDS = ("zero", "flip", "swap")


def damage_page(path: Path, kind: str, pgno: int, rng: random.Random) -> None:
    """Damage page `pgno` (1-based) of the file at `path` in place."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE_SIZE
    start = (pgno - 1) * PAGE_SIZE
    if kind == "zero":
        data[start : start + PAGE_SIZE] = bytes(PAGE_SIZE)
    elif kind == "flip":
        at = start + rng.randrange(PAGE_SIZE)
        data[at] ^= 1 << rng.randrange(8)
    elif kind == "swap":
        other = rng.choice([p for p in range(2, pages + 1) if p != pgno] or [pgno])
        o = (other - 1) * PAGE_SIZE
        data[start : start + PAGE_SIZE], data[o : o + PAGE_SIZE] = (
            data[o : o + PAGE_SIZE],
            data[start : start + PAGE_SIZE],
        )
    else:
        raise ValueError(kind)
    path.write_bytes(bytes(data))


def page_count(path: Path) -> int:
    return Path(path).stat().st_size // PAGE_SIZE


def damage_sealed_page(path: Path, key: bytes, pgno: int, at: int, value: int) -> None:
    """Set byte `at` of page `pgno`'s plaintext to `value` and seal the page again with the
    file's key: damage only SQLite's own checks can find (every checksum still verifies)."""
    salt = read_salt(path)
    hmac_key = derive_hmac_key(key, salt)
    data = bytearray(path.read_bytes())
    start = (pgno - 1) * PAGE_SIZE
    plain = decrypt_page(bytes(data[start : start + PAGE_SIZE]), pgno, key, hmac_key)
    if plain is None:
        raise ValueError(f"page {pgno} does not decrypt with this key")
    changed = bytearray(plain)
    changed[at] = value
    data[start : start + PAGE_SIZE] = encrypt_page(bytes(changed), pgno, key, hmac_key, salt)
    path.write_bytes(bytes(data))
