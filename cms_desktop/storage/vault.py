"""The office vault: one SQLCipher 4 database file, keyed with 32 random bytes.

Every connection is set up the same way, and each pragma has a reason:

- the key proven before the connection (page_proof.py): SQLite would fold a WAL into the
  file when a refused connection closes, so a wrong key must never reach it.
- key first: nothing may touch the file before SQLCipher has the key.
- cipher_version must answer: proves this sqlite really is SQLCipher (a plain sqlite
  would silently write a plaintext file), and a new file's first bytes must not be the
  plain "SQLite format 3" header (SQLCipher has shipped a bug that wrote plaintext).
- secure_delete ON, asserted: freed pages are zeroed, so deleted text is not left in
  free pages (never FAST, which leaves it in free-list leaves). SQLCipher turns it on at
  keying, but a later statement could turn it off, so every connection checks.
- journal_mode WAL, synchronous FULL: a committed change survives a power cut, and a
  reader never blocks the writer. Never a rollback journal: it is unlinked, not wiped,
  and its ciphertext of old pages stays on the disk. WAL frames are removed by
  wal_checkpoint(TRUNCATE) after erasure, on lock and on close.
- journal_size_limit 0: the WAL is truncated after a checkpoint rather than kept at size
  with stale frames (never PERSIST).
- foreign_keys ON: a note cannot outlive its session, a participant its case.
- trusted_schema OFF: schema-defined functions and views cannot run side effects.
- busy_timeout 5000: a second connection of this program waits instead of failing (other
  programs, cms-admin included, are kept out by the instance lock).
- temp_store MEMORY: the bundled build defaults to it (TEMP_STORE=2); asserted, because a
  temporary file would hold plaintext sorted rows on disk.
- cell_size_check ON: a damaged page is reported as damage instead of read past.
- Cipher settings (page size, KDF, HMAC) are SQLCipher 4 defaults and never changed after
  keying.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage import migrations, page_proof
from cms_desktop.storage.errors import (
    ForeignJournal,
    NotWritable,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultMissing,
    translate_db_error,
    translate_os_error,
)

PAGE_SIZE = 4096
PLAIN_HEADER = b"SQLite format 3\x00"
KEYS_SUFFIX = ".keys"
NOT_STORABLE = (
    "Some text holds a character that is not valid Unicode, so nothing was saved; retype it."
)


def keys_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + KEYS_SUFFIX)


def wal_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + "-wal")


def wal_size(vault_path: Path) -> int:
    try:
        return wal_path(vault_path).stat().st_size
    except FileNotFoundError:
        return 0


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the vault key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _connect(path: Path, create: bool) -> sqlcipher3.Connection:
    mode = "rwc" if create else "rw"
    # fsencode: a folder name that is not UTF-8 reaches SQLite as its own bytes.
    uri = f"file:{quote(os.fsencode(path.resolve()))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # SQLCipher logs decryption failures to stderr; a wrong key is reported by us instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.row_factory = sqlcipher3.Row
    return conn


class Vault:
    """An open, keyed connection to the office vault. Storage repositories take one."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection) -> None:
        self.path = Path(path)
        self.conn = conn
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []
        # Counts outer transactions, so a caller can tell the one open now from an earlier
        # one that rolled back (core/context.py gathers change events per transaction).
        self.transactions_begun = 0
        # Whether the open's TRUNCATE checkpoint emptied the WAL (core records it if not).
        self.journal_emptied_at_open = True

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: bytes) -> Vault:
        """Create a new, empty vault at `path` (which must not exist) at the latest schema."""
        path = Path(path)
        if path.exists():
            raise VaultError(
                QT_TR_NOOP("A file already exists at {path}; choose another place."), path=path
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, "the vault") from None
        try:
            # Create the file ourselves so it is private from the first byte; SQLite gives
            # the -wal and -shm files the same permissions.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise translate_os_error(exc, "the vault") from None
        try:
            conn = _connect(path, create=True)
            vault = cls(path, conn)
            vault._configure(key)
            migrations.apply(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            vault._assert_encrypted_on_disk()
            return vault
        except sqlcipher3.Error as exc:
            _remove_partial(path)
            if "unable to open" in str(exc).lower():
                raise NotWritable(
                    QT_TR_NOOP("The folder {parent} cannot be written to; choose another folder."),
                    parent=path.parent,
                ) from None
            raise translate_db_error(exc, path) from None
        except BaseException:
            _remove_partial(path)
            raise

    @classmethod
    def open(cls, path: Path, key: bytes, migrate: bool = True) -> Vault:
        """Open an existing vault. A failed open never writes to the file."""
        path = Path(path)
        _precheck(path)
        _prove_key(path, key)
        try:
            conn = _connect(path, create=False)
        except sqlcipher3.Error:
            raise NotWritable(
                QT_TR_NOOP(
                    "The vault at {path} cannot be opened for writing; check the "
                    "folder's permissions."
                ),
                path=path,
            ) from None
        vault = cls(path, conn)
        try:
            vault._configure(key)
            vault._check_not_truncated()
            migrations.check_not_newer(conn)
            vault.journal_emptied_at_open = vault._checkpoint_at_open()
            if migrate:
                migrations.apply(conn)
            return vault
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            text = str(exc).lower()
            if "not a database" in text or "malformed" in text or "corrupt" in text:
                raise VaultDamaged(
                    QT_TR_NOOP(
                        "The vault file is damaged, or does not belong with its key file; "
                        "restore both from the same backup."
                    )
                ) from None
            if "readonly" in text or "unable to open" in text:
                raise NotWritable(
                    QT_TR_NOOP(
                        "The vault's folder {parent} is read-only; the vault needs to "
                        "write beside itself to open safely."
                    ),
                    parent=path.parent,
                ) from None
            raise translate_db_error(exc, path) from None
        except BaseException:
            conn.close()
            raise

    def _configure(self, key: bytes) -> None:
        c = self.conn
        c.execute(_key_pragma(key))
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves the key
        version = c.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultError(
                QT_TR_NOOP("This program was built without encryption; it will not open a vault.")
            )
        c.execute("PRAGMA secure_delete = ON")
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA journal_size_limit = 0")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA trusted_schema = OFF")
        c.execute("PRAGMA busy_timeout = 5000")
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA cell_size_check = ON")
        # 64 MiB of decrypted pages in memory: a whole-office query (compliance over ten
        # years, statistics) stops re-decrypting the same pages (measured 550 -> 180 ms).
        c.execute("PRAGMA cache_size = -65536")
        self.assert_pragmas()

    def assert_pragmas(self) -> None:
        """The settings the security model rests on; checked on every connection."""
        c = self.conn
        checks = {
            "secure_delete": 1,
            "journal_mode": "wal",
            "synchronous": 2,
            "journal_size_limit": 0,
            "foreign_keys": 1,
            "trusted_schema": 0,
            "temp_store": 2,
        }
        for pragma, expected in checks.items():
            value = c.execute(f"PRAGMA {pragma}").fetchone()[0]
            if value != expected:
                raise VaultError(
                    QT_TR_NOOP("The vault could not be opened safely ({pragma} is {value!r})."),
                    pragma=pragma,
                    value=value,
                )

    def _checkpoint_at_open(self) -> bool:
        """Before anything else: a crash may have left frames holding text the program had
        already destroyed (committed, not yet wiped); fold them in and cut the WAL to zero.

        Only our own process can hold a reader here (the instance lock keeps other programs
        out), so it waits briefly rather than the usual five seconds.
        """
        c = self.conn
        c.execute("PRAGMA busy_timeout = 200")
        try:
            busy, log, done = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            c.execute("PRAGMA busy_timeout = 5000")
        return busy == 0 and log == done and wal_size(self.path) == 0

    def _assert_encrypted_on_disk(self) -> None:
        with open(self.path, "rb") as fh:
            if fh.read(16) == PLAIN_HEADER:
                raise VaultError(
                    QT_TR_NOOP("The vault was written unencrypted; it has been removed.")
                )

    def _check_not_truncated(self) -> None:
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        wal = wal_path(self.path)
        wal_size = wal.stat().st_size if wal.exists() else 0
        if wal_size == 0 and self.path.stat().st_size < pages * PAGE_SIZE:
            raise VaultDamaged(
                QT_TR_NOOP("The vault file is cut short (damaged); restore it from a backup.")
            )

    # -- using ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """All or nothing: a failure rolls back and raises one clear VaultError."""
        c = self.conn
        outer = self._depth == 0
        name = f"sp{self._depth}"
        try:
            c.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc, self.path) from None
        if outer:
            self.transactions_begun += 1
        self._depth += 1
        try:
            yield c
            self._depth -= 1
            if outer:
                c.execute("COMMIT")
            else:
                c.execute(f"RELEASE {name}")
        except BaseException as exc:
            if self._depth > (0 if outer else int(name[2:])):
                self._depth -= 1
            if outer:
                self._after_commit = []
            with contextlib.suppress(sqlcipher3.Error):
                c.execute("ROLLBACK" if outer else f"ROLLBACK TO {name}")
                if not outer:
                    c.execute(f"RELEASE {name}")
            if isinstance(exc, sqlcipher3.Error):
                raise translate_db_error(exc, self.path) from None
            if isinstance(exc, UnicodeEncodeError):  # a field core did not check
                raise VaultError(NOT_STORABLE) from None
            raise
        if outer:
            callbacks, self._after_commit = self._after_commit, []
            for callback in callbacks:
                callback()

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlcipher3.Connection]:
        """The connection for a store's writes, inside the transaction core opened with
        `transaction()`. A store never begins, commits or rolls back (core owns transactions:
        tests/storage/test_transactions.py); writing outside one is a programming error.
        Errors read as `transaction()` reports them."""
        if self._depth == 0:
            raise RuntimeError("a store wrote outside a transaction (core opens one)")
        try:
            yield self.conn
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc, self.path) from None
        except UnicodeEncodeError:
            raise VaultError(NOT_STORABLE) from None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlcipher3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise _read_error(exc) from None
        except UnicodeEncodeError:
            raise VaultError(NOT_STORABLE) from None

    def scalar(self, sql: str, params: tuple | dict = ()) -> Any:  # one column: its type
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise _read_error(exc) from None
        except UnicodeEncodeError:
            raise VaultError(NOT_STORABLE) from None
        return None if row is None else row[0]

    def checkpoint_truncate(self) -> None:
        """Fold the WAL into the database and cut it to zero bytes; raise if it could not."""
        busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise VaultInUse(
                QT_TR_NOOP("Another reader kept the vault busy; the checkpoint did not finish.")
            )

    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under a new key (the caller re-seals the key slots).

        Done in WAL mode, measured on SQLCipher 4.19: the rekey writes every page, under the
        new key, as WAL frames in one transaction; the TRUNCATE checkpoint then overwrites
        each page of the file in place and empties the WAL. A crash before the commit leaves
        the file under the old key (uncommitted frames are ignored); after it, the committed
        frames carry the new key. A rollback journal (journal_mode DELETE) would instead hold
        a copy of every page under the OLD key, unlinked but not wiped, which is exactly what
        a removed user holding the old key could read back, so it is never used.
        """
        if self._depth:
            raise VaultError(QT_TR_NOOP("The vault cannot be re-keyed in the middle of a change."))
        self.checkpoint_truncate()
        c = self.conn
        try:
            # The vault to itself: another open connection (which holds a shared lock on
            # the file while it has the WAL open) would go on reading and writing under the
            # old key. The exclusive lock fails at once if there is one, and keeps any new
            # one out until the rekey is done.
            c.execute("PRAGMA locking_mode = EXCLUSIVE")
            c.execute("BEGIN IMMEDIATE")
            c.execute("COMMIT")
            c.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc, self.path) from None
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                c.execute("PRAGMA locking_mode = NORMAL")
                c.execute("SELECT count(*) FROM sqlite_master").fetchone()  # releases the lock
        self.checkpoint_truncate()
        self.assert_pragmas()

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the outermost transaction commits (now, if there is none).

        A rolled-back transaction drops its callbacks. Used for writes outside the vault
        that must describe only committed rows (the audit head beside the key slots).
        """
        if self._depth == 0:
            callback()
        elif callback not in self._after_commit:
            self._after_commit.append(callback)

    def close(self) -> None:
        """Checkpoint with TRUNCATE (no WAL left behind) and close."""
        if self.conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None


def _read_error(exc: sqlcipher3.DatabaseError) -> Exception:
    """A damaged page met while reading is one sentence; programming errors stay loud."""
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return VaultDamaged(QT_TR_NOOP("The vault file is damaged; restore it from a backup."))
    return exc


def _precheck(path: Path) -> None:
    """Cheap checks that need no key and write nothing."""
    if not path.exists():
        raise VaultMissing(QT_TR_NOOP("There is no vault at {path}."), path=path)
    if not path.is_file():
        raise VaultMissing(QT_TR_NOOP("{path} is a folder, not a vault file."), path=path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise VaultError(
            QT_TR_NOOP("The vault at {path} cannot be read ({strerror})."),
            path=path,
            strerror=exc.strerror,
        ) from None
    if head == PLAIN_HEADER:
        raise VaultDamaged(
            QT_TR_NOOP("{name} is a plain, unencrypted SQLite file, not a CMS vault."),
            name=path.name,
        )
    if size == 0 or size % PAGE_SIZE:
        raise VaultDamaged(
            QT_TR_NOOP(
                "The vault file {name} is damaged (cut short or overwritten); "
                "restore it from a backup."
            ),
            name=path.name,
        )


def _prove_key(path: Path, key: bytes) -> None:
    """Before any connection: SQLite would fold a WAL into the file when a refused
    connection closes, so the key and the WAL are proven on plain reads first."""
    try:
        proof = page_proof.prove(path, key)
    except OSError as exc:
        raise VaultError(
            QT_TR_NOOP("The vault at {path} cannot be read ({strerror})."),
            path=path,
            strerror=exc.strerror,
        ) from None
    if proof.key_fits:
        return
    if proof.page1_ok:
        raise ForeignJournal(
            QT_TR_NOOP(
                "The journal file {name} beside the vault is not this vault's "
                "(or is damaged), so nothing was opened or changed; move it out "
                "of the folder and open again."
            ),
            name=wal_path(path).name,
        )
    raise VaultDamaged(
        QT_TR_NOOP(
            "The vault file is damaged, or does not belong with its key file; "
            "restore both from the same backup."
        )
    )


def _remove_partial(path: Path) -> None:
    for leftover in (path, wal_path(path), Path(str(path) + "-shm")):
        with contextlib.suppress(OSError):
            os.unlink(leftover)
