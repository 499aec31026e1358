"""Prove a key (and the WAL beside the vault) before SQLite may touch either.

SQLite reads a `-wal` file as soon as a connection first reads, and folds it into the vault
when that connection closes, whether or not the key was right. So the key is checked here,
on bytes read with a plain file handle, and a WAL is accepted only when every frame SQLite
would replay carries a page that verifies under this key and this vault's salt.

SQLCipher 4 defaults, for a raw 32-byte key (the same facts as tests/support/
sqlcipher_pages.py, which decrypts real files with them): 4096-byte pages each ending in a
16-byte IV and a 64-byte HMAC-SHA512 tag; the first 16 bytes of the file are the salt; the
HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes); the tag covers
ciphertext || IV || pgno (uint32, little-endian), page 1's ciphertext starting at byte 16.

Which WAL frames SQLite replays (wal.c, walIndexRecover): a header with the right magic,
version, page size and checksum; then frames whose salts match the header and whose running
checksum holds, up to the last commit frame (non-zero "database size" field).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
WAL_HEADER = 32
FRAME_HEADER = 24
WAL_MAGIC_LE, WAL_MAGIC_BE = 0x377F0682, 0x377F0683
WAL_VERSION = 3007000
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class Proof:
    """What the bytes on disk say about a key."""

    page1_ok: bool  # page 1 of the main file verifies under the key
    wal_frames: int  # committed WAL frames SQLite would replay
    wal_ok: bool  # every one of them verifies under the key (True when there are none)
    wal_has_page1: bool  # a committed WAL frame replaces page 1

    @property
    def key_fits(self) -> bool:
        """The key opens what SQLite will read: the WAL's frames and, unless the WAL
        carries a newer page 1, the main file's page 1."""
        return self.wal_ok and (self.page1_ok or (self.wal_has_page1 and self.wal_frames > 0))


def hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def page_verifies(raw: bytes, pgno: int, mac_key: bytes) -> bool:
    if len(raw) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    usable = PAGE_SIZE - RESERVE
    tag = hmac.new(mac_key, raw[start : usable + IV_SIZE] + struct.pack("<I", pgno), "sha512")
    return hmac.compare_digest(tag.digest(), raw[usable + IV_SIZE :])


def prove(vault_path: Path, key: bytes) -> Proof:
    """Read-only: the vault's page 1 and its WAL's committed frames, checked under `key`."""
    with open(vault_path, "rb") as fh:
        page1 = fh.read(PAGE_SIZE)
    mac_key = hmac_key(key, page1[:SALT_SIZE])
    frames = committed_frames(Path(f"{vault_path}-wal"))
    return Proof(
        page1_ok=page_verifies(page1, 1, mac_key),
        wal_frames=len(frames),
        wal_ok=all(page_verifies(raw, pgno, mac_key) for pgno, raw in frames),
        wal_has_page1=any(pgno == 1 for pgno, _raw in frames),
    )


def committed_frames(wal: Path) -> list[tuple[int, bytes]]:
    """(page number, page bytes) of every frame SQLite would replay from `wal`."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return []
    if len(data) < WAL_HEADER:
        return []
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in (WAL_MAGIC_LE, WAL_MAGIC_BE) or version != WAL_VERSION:
        return []
    if page_size != PAGE_SIZE:
        return []
    order = ">" if magic == WAL_MAGIC_BE else "<"
    sums = _checksum(data[:24], (0, 0), order)
    if sums != (c1, c2):
        return []
    frames: list[tuple[int, bytes]] = []
    committed = 0
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE_SIZE <= len(data):
        pgno, size, s1, s2, f1, f2 = struct.unpack(">6I", data[offset : offset + FRAME_HEADER])
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE_SIZE]
        if pgno == 0 or (s1, s2) != (salt1, salt2):
            break
        sums = _checksum(data[offset : offset + 8] + page, sums, order)
        if sums != (f1, f2):
            break
        frames.append((pgno, page))
        if size:
            committed = len(frames)
        offset += FRAME_HEADER + PAGE_SIZE
    return frames[:committed]


def _checksum(data: bytes, start: tuple[int, int], order: str) -> tuple[int, int]:
    """SQLite's WAL checksum (wal.c walChecksumBytes)."""
    s1, s2 = start
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK
        s2 = (s2 + words[i + 1] + s1) & _MASK
    return s1, s2
