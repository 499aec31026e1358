"""Checking a backup file whole, on two fresh connections with its own key at once.

The work is cut into jobs that two workers take in turn, the longest first, each on its own
connection (SQLite steps without holding the GIL, so on two cores they run side by side):

- one job checks every page's checksum: `cipher_integrity_check` reads the whole file, the
  pages of every b-tree and any free page alike, so a changed byte anywhere is found;
- one job per table (every table in the schema: the tables SQLite keeps for itself, the
  full-text table with its shadow tables in one job, and `sqlite_master`, whose check also
  walks the freelist) runs `integrity_check(table)` — the table's b-tree, its indexes, that
  each index holds exactly the table's rows, NOT NULL and CHECK constraints; for the
  full-text table its own consistency check — then `foreign_key_check(table)`, and counts
  the table's rows, while its pages are still decrypted in that connection's cache.

Together these are everything a whole-file `integrity_check` does but one: it also reports
a page that belongs to no b-tree nor the freelist (a leaked page). Nothing a restore reads is
on such a page, and its checksum is still checked. Afterwards: no note rows, the row counts
equal the manifest's, and the audit chain verifies to the manifest's head.

(Measured at 50,000 cases, docs/PERFORMANCE.md: the per-table checks add up to the CPU time
of one whole-file check; all the checks take 1.3 s of CPU on one connection, and split over
two the busier needs 0.72-0.80 s, at the price of some pages decrypted on both.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from cms_desktop.storage.backup_file import check_audit, open_backup, table_names
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.note_bearing import NOTE_BEARING_TABLES

# The order of a report's sentences.
_PAGES, _STRUCTURE, _LINKS, _UNREADABLE, _NOTES, _COUNTS, _AUDIT = range(7)
_DAMAGE = {_PAGES, _STRUCTURE, _UNREADABLE}  # after one of these the other jobs stop
UNREADABLE = "The backup could not be read to the end (damaged)."

Job = Callable[[sqlcipher3.Connection], None]


def check_backup_file(
    path: Path,
    key: bytes,
    counts: dict[str, int],
    audit_seq: int,
    audit_hash: str,
    structure: bool = True,
) -> list[str]:
    """Every problem found in a backup, one sentence each; [] for a sound backup.

    `structure` False leaves out integrity_check and foreign_key_check (the checksums prove
    a file checked whole when it was written is unchanged)."""
    return _Check(path, key, structure).run(counts, audit_seq, audit_hash)


class _Check:
    def __init__(self, path: Path, key: bytes, structure: bool) -> None:
        self.path, self.key, self.structure = path, key, structure
        self.jobs: list[Job] = []  # taken from the end
        self.found: list[tuple[int, str]] = []
        self.rows: dict[str, int] = {}
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.crash: BaseException | None = None  # the other thread's, raised in the caller's

    def run(self, counts: dict[str, int], audit_seq: int, audit_hash: str) -> list[str]:
        conn = open_backup(self.path, self.key)  # a backup that will not open raises here
        try:
            self.jobs = self._plan(conn, counts, audit_seq, audit_hash)
            other = threading.Thread(target=self._work_on_own_connection)
            other.start()
            try:
                self._work(conn)
            except BaseException:
                self.stop.set()
                raise
            finally:
                other.join()
        finally:
            conn.close()
        if self.crash is not None:
            raise self.crash
        if not self.stop.is_set():
            for table in NOTE_BEARING_TABLES:
                if self.rows.get(table):
                    self._report(_NOTES, f"The backup holds rows of {table}, which it never may.")
            if self.rows != counts:
                differ = sorted(set(self.rows.items()) ^ set(counts.items()))
                self._report(
                    _COUNTS,
                    f"The backup's row counts differ from its manifest ({differ[0][0]} first).",
                )
        return [sentence for _rank, sentence in sorted(self.found)]

    def _plan(
        self, conn: sqlcipher3.Connection, counts: dict[str, int], seq: int, digest_hex: str
    ) -> list[Job]:
        counted = set(table_names(conn))
        indexes = dict.fromkeys(counted, 0)
        virtual: list[str] = []
        groups: dict[str, list[str]] = {"sqlite_master": ["sqlite_master"]}
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        ):
            if kind == "table":
                groups[name] = [name]
                if (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
                    virtual.append(name)
            elif kind == "index" and table in indexes:
                indexes[table] += 1
        # A full-text table's check reads its shadow tables: check them on one connection.
        for name in virtual:
            for shadow in [t for t in groups if t.startswith(f"{name}_")]:
                groups[name][:0] = groups.pop(shadow)

        def weight(group: list[str]) -> int:  # rows times b-trees: what a check reads
            return sum(counts.get(t, 0) * (1 + indexes.get(t, 0)) for t in group)

        def job(group: list[str]) -> Job:
            def check(c: sqlcipher3.Connection) -> None:
                for name in group:
                    audit = (seq, digest_hex) if name == "audit_event" else None
                    self._check_table(c, name, name in counted, audit)

            return check

        ordered = sorted(groups.values(), key=weight)  # the longest last, so taken first
        return [job(group) for group in ordered] + [self._check_pages]

    def _work_on_own_connection(self) -> None:
        try:
            try:
                conn = open_backup(self.path, self.key)
            except VaultError as exc:
                self._report(_PAGES, str(exc))
                return
            try:
                self._work(conn)
            finally:
                conn.close()
        except BaseException as exc:  # a bug, not damage: the caller sees it
            self.crash = exc
            self.stop.set()

    def _work(self, conn: sqlcipher3.Connection) -> None:
        try:
            while not self.stop.is_set():
                try:
                    job = self.jobs.pop()  # atomic: the two workers never take the same job
                except IndexError:
                    return
                job(conn)
        except (sqlcipher3.Error, VaultError):  # the audit check reads through a Vault
            self._report(_UNREADABLE, UNREADABLE)

    def _report(self, rank: int, sentence: str) -> None:
        with self.lock:  # both connections may find the same damage
            if (rank, sentence) not in self.found:
                self.found.append((rank, sentence))
        if rank in _DAMAGE:
            self.stop.set()

    def _check_pages(self, conn: sqlcipher3.Connection) -> None:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            self._report(_PAGES, f"{len(bad)} pages of the backup fail their checksum.")

    def _check_table(
        self,
        conn: sqlcipher3.Connection,
        name: str,
        counted: bool,
        audit: tuple[int, str] | None,
    ) -> None:
        quoted = '"' + name.replace('"', '""') + '"'
        if self.structure:
            result = conn.execute(f"PRAGMA integrity_check({quoted})").fetchall()
            if [tuple(r) for r in result] != [("ok",)]:
                self._report(_STRUCTURE, "The backup's database structure is damaged.")
                return
            if conn.execute(f"PRAGMA foreign_key_check({quoted})").fetchall():
                self._report(_LINKS, "The backup has records pointing at records it does not hold.")
        if counted:
            self.rows[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
        if audit is not None:
            for problem in check_audit(conn, *audit):
                self._report(_AUDIT, problem)
