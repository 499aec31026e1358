"""Start-up, bulk insert, indexed query and sign-in against the bare libraries."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BenchOffice, Figure, best_of

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=False, capture_output=True)
    return (time.perf_counter() - start) * 1000.0


def startup(office: BenchOffice) -> Figure:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "CMS_DESKTOP_STARTUP_PROBE": "1",
    }
    ours_cmd = [sys.executable, "-m", "cms_desktop", "--vault", str(office.path)]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    _run(ours_cmd, env), _run(bare_cmd, env)  # warm the file cache for both
    ours = min(_run(ours_cmd, env) for _ in range(5))
    bare = min(_run(bare_cmd, env) for _ in range(5))
    return Figure("cold start to the sign-in window", ours, bare, "<= 1.5x bare")


def _plain_db(folder: Path):
    from cms_desktop.storage import migrations

    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    for migration in migrations.available():
        for statement in migrations._split(migration.sql):
            conn.execute(statement)
    return conn


def bulk_insert(cases: int) -> tuple[Figure, Path, Path]:
    """The same batches through our vault (SQLCipher) and through plain sqlite3."""
    from cms_desktop.core.demo import generate
    from cms_desktop.storage.bulk_store import BulkStore, load_batch
    from cms_desktop.storage.keyslots import new_vault_key
    from cms_desktop.storage.vault import Vault

    batches = list(generate(cases))
    folder = Path(tempfile.mkdtemp(prefix="cms-bulk-"))
    vault = Vault.create(folder / "ours.cmsvault", new_vault_key())
    start = time.perf_counter()
    store = BulkStore(vault)
    for batch in batches:
        with vault.transaction():
            store.load(batch)
    ours = (time.perf_counter() - start) * 1000.0
    plain = _plain_db(folder)
    start = time.perf_counter()
    for batch in batches:
        plain.execute("BEGIN IMMEDIATE")
        load_batch(plain, batch)
        plain.execute("COMMIT")
    bare = (time.perf_counter() - start) * 1000.0
    fig = Figure(
        f"bulk insert of {cases:,} cases with participants and sessions", ours, bare, "<= 1.5x bare"
    )
    return fig, vault, plain


QUERY = (
    "SELECT c.number, c.opened_on, c.status, c.dispute_category, "
    "(SELECT group_concat(name, ', ') FROM participant p WHERE p.case_id = c.id) "
    "FROM dispute_case c WHERE c.status = ? AND c.opened_on BETWEEN ? AND ? "
    "ORDER BY c.opened_on DESC LIMIT 100"
)
SEARCH = (
    "SELECT c.number FROM case_search s JOIN dispute_case c ON c.id = s.rowid "
    "WHERE case_search MATCH ? ORDER BY c.opened_on DESC LIMIT 100"
)


def queries(vault, plain) -> list[Figure]:
    from datetime import date, timedelta

    today = date.today()
    params = ("closed", (today - timedelta(days=1500)).isoformat(), today.isoformat())
    ours = best_of(lambda: vault.conn.execute(QUERY, params).fetchall(), 20)
    bare = best_of(lambda: plain.execute(QUERY, params).fetchall(), 20)
    search = ('"nguy"*',)
    ours_s = best_of(lambda: vault.conn.execute(SEARCH, search).fetchall(), 20)
    bare_s = best_of(lambda: plain.execute(SEARCH, search).fetchall(), 20)
    return [
        Figure(
            "indexed query: 100 closed cases in a period, with names", ours, bare, "<= 1.5x bare"
        ),
        Figure("full-text search of a name prefix (FTS5)", ours_s, bare_s, "<= 1.5x bare"),
    ]


def sign_in(office: BenchOffice) -> Figure:
    from cms_desktop.core.signin import sign_in as core_sign_in

    def once() -> None:
        core_sign_in(office.path, office.username, office.password).close()

    return Figure(
        "sign-in (Argon2id as calibrated + open + audit)", best_of(once, 3), None, "< 500 ms"
    )


def measure(office: BenchOffice) -> list[Figure]:
    figures = [startup(office)]
    bulk, vault, plain = bulk_insert(office.cases)
    figures.append(bulk)
    figures += queries(vault, plain)
    vault.close()
    plain.close()
    figures.append(sign_in(office))
    return figures
