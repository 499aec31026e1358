"""The case list on the demo office: first paint, search as you type, scrolling, sorting.

Each figure is compared, where the comparison means something, with plain sqlite3 running
the very same SQL (storage/case_list_store.py builds it) on the same rows copied into an
unencrypted database file: the difference is SQLCipher plus our Qt model and view.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import BenchOffice, Figure, best_of

PAGE = 100


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _plain_copy(vault, folder: Path) -> sqlite3.Connection:
    """The vault's case-list tables copied into a plain sqlite3 file with the same schema
    (synthetic demo data, in a temporary folder removed afterwards)."""
    from cms_desktop.storage import migrations

    plain = sqlite3.connect(folder / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    for migration in migrations.available():
        for statement in migrations._split(migration.sql):
            plain.execute(statement)
    copies = (
        (
            "dispute_case",
            "id, number, year, seq, opened_on, status, referral_source, "
            "dispute_category, contact_method, outcome, closed_on, evaluation_code, updated_at",
        ),
        ("participant", "id, case_id, position, name, role, affiliation, department"),
        ("case_mediator", "case_id, mediator_id, assigned_at, removed_at"),
        ("mediator", "id, name, created_at"),
    )
    plain.execute("BEGIN")
    for table, columns in copies:
        if table == "participant":
            continue
        rows = vault.conn.execute(f"SELECT {columns} FROM {table}").fetchall()
        marks = ", ".join("?" for _ in columns.split(","))
        plain.executemany(f"INSERT INTO {table}({columns}) VALUES ({marks})", map(tuple, rows))
    columns = copies[1][1]
    rows = vault.conn.execute(f"SELECT {columns} FROM participant").fetchall()
    plain.executemany(
        f"INSERT INTO participant({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", map(tuple, rows)
    )
    rows = vault.conn.execute("SELECT rowid, number, names FROM case_search").fetchall()
    plain.executemany(
        "INSERT INTO case_search(rowid, number, names) VALUES (?, ?, ?)", map(tuple, rows)
    )
    plain.execute("COMMIT")
    return plain


def _plain_page(plain, query, after=None):
    """What CaseListStore does for one page, with plain sqlite3: count, choose the plan by
    the count, fetch the page."""
    from cms_desktop.storage.case_list_store import BROAD_ROWS, count_sql, page_sql

    sql, params = count_sql(query)
    count = plain.execute(sql, params).fetchone()[0]
    sql, params = page_sql(query, after, PAGE, broad=count > BROAD_ROWS)
    return plain.execute(sql, params).fetchall()


def _ours(ws, query, after=None):
    """The same through our core and storage, with no count cached from an earlier run."""
    from cms_desktop.storage.case_list_store import CaseListStore

    store = CaseListStore(ws.vault)
    scoped = ws.cases.scoped(query)
    return store.page(scoped, after, PAGE), store.count(scoped)


def _typed_name(ws) -> str:
    """Something a person would type: a surname and the start of a first name, from the data."""
    from cms_desktop.model.cases import CaseListQuery

    rows = ws.cases.list_page(CaseListQuery(sort="number"), None, 1)
    first_name = ws.cases.participants(rows[0].id)[0].name
    given, _, family = first_name.partition(" ")
    return f"{family} {given[:3]}".strip()


def _open() -> frozenset[str]:
    from cms_desktop.model.cases import CASE_STATUSES, FINISHED_STATUSES

    return frozenset(s for s in CASE_STATUSES if s not in FINISHED_STATUSES)


def first_paint(ws) -> float:
    from cms_desktop.gui.case_list import CaseListPanel
    from cms_desktop.gui.context import AppContext

    app = _app()
    ctx = AppContext(ws)

    def once() -> None:
        panel = CaseListPanel(ctx)
        panel.resize(640, 800)
        panel.refresh()
        panel.show()
        app.processEvents()  # the expose and the first paint
        panel.close()
        panel.deleteLater()
        app.processEvents()

    return best_of(once, 5)


def keystrokes(ws, plain, typed: str) -> tuple[list[float], list[float], list[float]]:
    """Per keystroke: the whole interaction (model reset, page, count, repaint), our
    queries alone, and plain sqlite3 running the same queries."""
    from cms_desktop.gui.case_list import CaseListPanel
    from cms_desktop.gui.context import AppContext
    from cms_desktop.model.cases import CaseListQuery

    app = _app()
    panel = CaseListPanel(AppContext(ws))
    panel.resize(640, 800)
    panel.refresh()
    panel.show()
    app.processEvents()
    whole, ours, bare = [], [], []
    for end in range(1, len(typed) + 1):
        prefix = typed[:end]
        query = CaseListQuery(text=prefix)

        def keystroke(prefix: str = prefix) -> None:
            panel.search.setText(prefix)
            panel.flush_search()
            app.processEvents()

        def reset(before: str = typed[: end - 1]) -> None:
            panel.search.setText(before)
            panel.flush_search()
            app.processEvents()

        best = float("inf")
        for _ in range(3):
            reset()  # the list as it was before this key
            start = time.perf_counter()
            keystroke()
            best = min(best, time.perf_counter() - start)
        whole.append(best * 1000.0)
        ours.append(best_of(lambda q=query: _ours(ws, q), 3))
        bare.append(best_of(lambda q=query: _plain_page(plain, q), 3))
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return whole, ours, bare


def measure(office: BenchOffice) -> list[Figure]:

    with tempfile.TemporaryDirectory(prefix="cms-bench-cases-") as folder:
        ws = office.workspace()
        plain = _plain_copy(ws.vault, Path(folder))
        try:
            return _figures(ws, plain)
        finally:
            plain.close()
            ws.close()


def _figures(ws, plain) -> list[Figure]:
    from cms_desktop.model.cases import CaseListQuery

    figures = [
        Figure(
            "case list first paint (model, first page, count, view shown)",
            first_paint(ws),
            None,
            "< 150 ms",
        )
    ]

    default = CaseListQuery()
    after = ws.cases.list_page(default, None, PAGE)[-1]
    compared = (
        ("case list first page query (100 newest, names joined) + count", default, None),
        ("scrolling: the next page of 100 (keyset)", default, after),
        (
            "sort by participants' names: first page + count",
            CaseListQuery(sort="names", descending=False),
            None,
        ),
        (
            "filter: closed cases sorted by number, first page + count",
            CaseListQuery(statuses=frozenset({"closed"}), sort="number"),
            None,
        ),
        (
            "filter and search: open cases matching 'a', first page + count",
            CaseListQuery(text="a", statuses=_open()),
            None,
        ),
    )
    for label, query, start in compared:
        figures.append(
            Figure(
                label,
                best_of(lambda q=query, a=start: _ours(ws, q, a), 10),
                best_of(lambda q=query, a=start: _plain_page(plain, q, a), 10),
                "",  # the issue sets no ratio; under a millisecond, fixed costs dominate
            )
        )

    typing = (
        ("a name", _typed_name(ws)),
        ("a first name from its common first letter", "Ana"),
        ("a case number", "CMS-2021-04"),
    )
    for label, typed in typing:
        whole, ours, bare = keystrokes(ws, plain, typed)
        figures.append(
            Figure(
                f"search as you type {label}, slowest keystroke of {typed!r}: results on screen",
                max(whole),
                None,
                "< 50 ms",
                note=f"median {statistics.median(whole):.1f} ms",
            )
        )
        figures.append(
            Figure(
                "… of which the queries (first page + count), slowest keystroke",
                max(ours),
                max(bare),
                "",
            )
        )
    return figures
