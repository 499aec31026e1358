"""Forensic reader for SQLCipher 4 vault files, used by tests.

Tests use it to prove that erased text is really gone: every page of the
main database file and every frame of its WAL is decrypted and
HMAC-verified independently of SQLCipher, and the plaintext is searched.

Format (SQLCipher 4 defaults, verified against sqlcipher3 0.6.4 /
SQLCipher 4.19.0 by making the HMAC check pass on real files):

* Page size 4096; every page ends in an 80-byte reserve: 16-byte AES IV,
  then the 64-byte HMAC-SHA512 tag.
* Bytes 0..16 of the file are the random KDF salt, stored in clear where
  SQLite keeps "SQLite format 3\\0"; page 1 is encrypted from byte 16.
* Raw key (``PRAGMA key = "x'<64 hex>'"``): the 32 bytes are the AES-256
  key as-is (no PBKDF2). The HMAC key is
  PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, iterations=2, length=32).
* Tag = HMAC-SHA512(hmac_key, ciphertext || IV || uint32_le(pgno)), where
  the ciphertext of page 1 starts at byte 16.
* Cipher: AES-256-CBC, no padding, over ``page_size - 80`` bytes (page 1:
  16 bytes fewer).
* WAL frames hold pages encrypted exactly like the main file (page 1 also
  carries the salt in its first 16 bytes); only the 24-byte frame header
  and the 32-byte WAL header are clear text.

Decryption failures are never swallowed silently: a wrong key or a
damaged page raises :class:`VaultDecryptError`, so a search can't report
"not found" merely because nothing was readable.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE_SIZE = IV_SIZE + HMAC_SIZE  # 80, already a multiple of the AES block
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
SQLITE_HEADER = b"SQLite format 3\x00"

WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
WAL_MAGICS = (0x377F0682, 0x377F0683)  # little/big-endian checksum variants

StrPath = str | os.PathLike[str]


class VaultDecryptError(Exception):
    """A vault file could not be fully decrypted and verified."""


@dataclass(frozen=True)
class WalFrame:
    """One verified WAL frame; ``index`` is 1-based like SQLite's iFrame."""

    index: int
    pgno: int
    plaintext: bytes


@dataclass(frozen=True)
class WalScan:
    """Everything found in a WAL file, including stale frames."""

    frames: list[WalFrame] = field(default_factory=list)
    total_frames: int = 0
    # 1-based indices of frames whose HMAC did not verify (torn/garbage).
    unverified: list[int] = field(default_factory=list)
    # Bytes after the last whole frame (a torn append); never decrypted.
    trailing_bytes: int = 0


def _check_key(key: bytes) -> None:
    if len(key) != KEY_SIZE:
        raise ValueError(f"expected a raw {KEY_SIZE}-byte key, got {len(key)} bytes")


def derive_hmac_key(key: bytes, salt: bytes) -> bytes:
    """HMAC key SQLCipher 4 derives for a raw key (legacy 'fast KDF')."""
    _check_key(key)
    if len(salt) != SALT_SIZE:
        raise ValueError(f"expected a {SALT_SIZE}-byte salt, got {len(salt)} bytes")
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITER, KEY_SIZE)


def read_salt(db_path: StrPath) -> bytes:
    """The KDF salt stored in clear in the first 16 bytes of the main file."""
    with open(db_path, "rb") as fh:
        salt = fh.read(SALT_SIZE)
    if len(salt) != SALT_SIZE:
        raise VaultDecryptError(f"{db_path}: file too short to hold a salt")
    if salt == SQLITE_HEADER:
        raise VaultDecryptError(f"{db_path}: plain SQLite file, not encrypted")
    return salt


def decrypt_page(
    raw: bytes, pgno: int, key: bytes, hmac_key: bytes, page_size: int = PAGE_SIZE
) -> bytes | None:
    """Decrypt one stored page; None when its HMAC does not verify.

    The result is a full ``page_size`` plaintext page with the reserve
    zeroed (as SQLCipher itself hands pages to SQLite) and, for page 1,
    the SQLite magic restored in place of the salt.
    """
    if len(raw) != page_size:
        raise ValueError(f"page {pgno}: got {len(raw)} bytes, expected {page_size}")
    usable = page_size - RESERVE_SIZE
    start = SALT_SIZE if pgno == 1 else 0
    if not any(raw[start:]):
        # SQLCipher treats an all-zero page as a short read / never-written
        # page and yields zeros without checking the HMAC; mirror that.
        return bytes(page_size)
    ciphertext = raw[start:usable]
    iv = raw[usable : usable + IV_SIZE]
    tag = raw[usable + IV_SIZE : usable + RESERVE_SIZE]
    mac = hmac.new(hmac_key, ciphertext + iv + struct.pack("<I", pgno), "sha512")
    if not hmac.compare_digest(mac.digest(), tag):
        return None
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = decryptor.update(ciphertext) + decryptor.finalize()
    prefix = SQLITE_HEADER if pgno == 1 else b""
    return prefix + body + bytes(RESERVE_SIZE)


def encrypt_page(
    plain: bytes, pgno: int, key: bytes, hmac_key: bytes, salt: bytes, page_size: int = PAGE_SIZE
) -> bytes:
    """The inverse of decrypt_page: a stored page whose HMAC verifies (a fresh IV)."""
    if len(plain) != page_size:
        raise ValueError(f"page {pgno}: got {len(plain)} bytes, expected {page_size}")
    usable = page_size - RESERVE_SIZE
    start = SALT_SIZE if pgno == 1 else 0
    iv = os.urandom(IV_SIZE)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(plain[start:usable]) + encryptor.finalize()
    tag = hmac.new(hmac_key, ciphertext + iv + struct.pack("<I", pgno), "sha512").digest()
    return (salt if pgno == 1 else b"") + ciphertext + iv + tag


def _check_page1_header(page1: bytes, page_size: int, where: str) -> None:
    # A verified page 1 whose header disagrees means non-default cipher
    # settings; every other page would then be mis-sliced, so stop here.
    stored = struct.unpack(">H", page1[16:18])[0]
    stored = 65536 if stored == 1 else stored
    if stored != page_size or page1[20] != RESERVE_SIZE:
        raise VaultDecryptError(
            f"{where}: header says page size {stored}, reserve {page1[20]}; "
            f"expected {page_size}, {RESERVE_SIZE}"
        )


def decrypt_database_pages(db_path: StrPath, key: bytes, page_size: int = PAGE_SIZE) -> list[bytes]:
    """Decrypt and verify every page of the main database file.

    Returns plaintext pages in file order (index 0 is page 1). Raises
    VaultDecryptError unless every page in the file decrypted, so a wrong
    key or a damaged file can't pass for "nothing there".
    """
    _check_key(key)
    data = Path(db_path).read_bytes()
    if len(data) % page_size:
        raise VaultDecryptError(
            f"{db_path}: size {len(data)} is not a multiple of page size {page_size}"
        )
    salt = read_salt(db_path)
    hmac_key = derive_hmac_key(key, salt)
    pages: list[bytes] = []
    failed: list[int] = []
    for i in range(len(data) // page_size):
        pgno = i + 1
        plain = decrypt_page(data[i * page_size : pgno * page_size], pgno, key, hmac_key, page_size)
        if plain is None:
            failed.append(pgno)
        else:
            pages.append(plain)
    if failed and failed[0] == 1:
        raise VaultDecryptError(f"{db_path}: page 1 HMAC mismatch (wrong key?)")
    require_all_pages_decrypted(pages, len(data) // page_size, f"{db_path}", failed)
    if pages:
        _check_page1_header(pages[0], page_size, str(db_path))
    return pages


def require_all_pages_decrypted(
    pages: list[bytes], expected: int, where: str, failed: list[int] | None = None
) -> None:
    """Raise if fewer pages were decrypted than the file holds."""
    if len(pages) != expected:
        detail = f"; HMAC failed for pages {failed[:10]}" if failed else ""
        raise VaultDecryptError(f"{where}: decrypted {len(pages)} of {expected} pages{detail}")


def scan_wal(wal_path: StrPath, key: bytes, salt: bytes, page_size: int = PAGE_SIZE) -> WalScan:
    """Decrypt every whole frame in a WAL file, current or stale.

    Frames are not filtered by the WAL salts/checksums on purpose: stale
    frames left behind after a checkpoint are exactly the residue a
    forensic search must cover. Frames whose HMAC fails are counted in
    ``unverified``. Raises if frames exist but none verify (wrong key or
    salt). A missing or empty WAL yields an empty scan.
    """
    hmac_key = derive_hmac_key(key, salt)
    path = Path(wal_path)
    data = path.read_bytes() if path.exists() else b""
    if len(data) < WAL_HEADER_SIZE:
        # SQLite ignores a WAL shorter than its header; report stray bytes.
        return WalScan(trailing_bytes=len(data))
    magic, _version, wal_page_size = struct.unpack(">III", data[:12])
    if magic not in WAL_MAGICS:
        raise VaultDecryptError(f"{wal_path}: bad WAL magic {magic:#x}")
    if wal_page_size != page_size:
        raise VaultDecryptError(f"{wal_path}: WAL page size {wal_page_size}, expected {page_size}")
    frame_size = WAL_FRAME_HEADER_SIZE + page_size
    body = len(data) - WAL_HEADER_SIZE
    total = body // frame_size
    frames: list[WalFrame] = []
    unverified: list[int] = []
    for n in range(total):
        off = WAL_HEADER_SIZE + n * frame_size
        pgno = struct.unpack(">I", data[off : off + 4])[0]
        raw = data[off + WAL_FRAME_HEADER_SIZE : off + frame_size]
        plain = decrypt_page(raw, pgno, key, hmac_key, page_size) if pgno else None
        if plain is None:
            unverified.append(n + 1)
        else:
            frames.append(WalFrame(index=n + 1, pgno=pgno, plaintext=plain))
    if total and not frames:
        raise VaultDecryptError(
            f"{wal_path}: none of {total} WAL frames verified (wrong key or salt?)"
        )
    return WalScan(
        frames=frames,
        total_frames=total,
        unverified=unverified,
        trailing_bytes=body - total * frame_size,
    )


def decrypt_wal_frames(
    wal_path: StrPath, key: bytes, salt: bytes, page_size: int = PAGE_SIZE
) -> list[bytes]:
    """Plaintext of every WAL frame whose HMAC verifies, in file order.

    Use :func:`scan_wal` for frame indices, page numbers and the count of
    frames that did not verify.
    """
    return [f.plaintext for f in scan_wal(wal_path, key, salt, page_size).frames]


def _iter_plaintexts(
    db_path: StrPath, key: bytes, *, allow_unverified_wal_frames: bool
) -> Iterator[tuple[str, bytes]]:
    journal = Path(f"{os.fspath(db_path)}-journal")
    if journal.exists() and journal.stat().st_size:
        # Rollback journals hold old page images too; this reader doesn't
        # parse them, so refuse rather than miss residue.
        raise VaultDecryptError(f"{journal}: rollback journal present; not supported")
    for pgno, page in enumerate(decrypt_database_pages(db_path, key), start=1):
        yield f"main page {pgno}", page
    scan = scan_wal(f"{os.fspath(db_path)}-wal", key, read_salt(db_path))
    if (scan.unverified or scan.trailing_bytes) and not allow_unverified_wal_frames:
        raise VaultDecryptError(
            f"{db_path}-wal: {len(scan.unverified)} unverified frame(s) "
            f"{scan.unverified[:10]} and {scan.trailing_bytes} trailing byte(s) "
            "could not be searched"
        )
    for frame in scan.frames:
        yield f"wal frame {frame.index}", frame.plaintext


def find_in_vault_files(
    db_path: StrPath,
    key: bytes,
    needle: bytes | str,
    *,
    allow_unverified_wal_frames: bool = False,
) -> list[str]:
    """Locations whose decrypted plaintext contains ``needle``.

    Returns e.g. ``["main page 7", "wal frame 3"]`` (1-based, one entry per
    page or frame however often it matches). A ``str`` needle is searched
    as its UTF-8 bytes. Each page is searched on its own: text spanning
    overflow pages is split across pages, so search for a needle short
    enough to sit inside one page (at most ~4 KB).

    Raises VaultDecryptError if any main page or WAL frame could not be
    decrypted and verified, unless ``allow_unverified_wal_frames`` waives
    that for the WAL only (e.g. after a simulated crash).
    """
    raw_needle = needle.encode("utf-8") if isinstance(needle, str) else bytes(needle)
    if not raw_needle:
        raise ValueError("needle must not be empty")
    return [
        where
        for where, plain in _iter_plaintexts(
            db_path, key, allow_unverified_wal_frames=allow_unverified_wal_frames
        )
        if raw_needle in plain
    ]
