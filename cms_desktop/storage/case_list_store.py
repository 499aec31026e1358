"""The case list's queries: one page at a time, in any order, over 50,000 cases.

Pages are fetched by keyset ("the rows after this one in this order"), never by OFFSET,
so the hundredth page costs what the first does. Every sort order walks an index:
number (year, seq), opened (opened_on), status (status, opened_on), category
(dispute_category, opened_on), names (sort_name, kept by triggers). The row id ends every
key, so rows with equal sort values still come in one fixed order.

Search is an FTS5 prefix query over case numbers and participants' names; the tokenizer
folds diacritics, so "zoe" finds "Zoë". What a person types is never passed to FTS5 as
syntax: each word becomes a quoted phrase with a prefix star.
"""

from __future__ import annotations

import re

from cms_desktop.model.cases import CaseListQuery, CaseListRow
from cms_desktop.storage.vault import Vault

# Sort columns per sort key; the row id is appended to each as the tie-breaker.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("year", "seq"),
    "opened": ("opened_on",),
    "status": ("status", "opened_on"),
    "category": ("dispute_category", "opened_on"),
    "names": ("sort_name",),
}
_ROW_COLUMNS = "id, number, year, seq, opened_on, status, dispute_category, sort_name"
_WORD = re.compile(r"\w", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what was typed: every word must match as a prefix.

    "zoe ng" -> '"zoe"* "ng"*'; "2026-00" -> '"2026-00"*' (a phrase: 2026 then 00...).
    None when nothing searchable was typed.
    """
    phrases = []
    for word in text.split():
        if _WORD.search(word):
            phrases.append('"' + word.replace('"', '""') + '"*')
    return " ".join(phrases) if phrases else None


def _where(query: CaseListQuery) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    match = fts_query(query.text)
    if match is not None:
        clauses.append("id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(match)
    if query.statuses:
        statuses = sorted(query.statuses)
        clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    if query.opened_from:
        clauses.append("opened_on >= ?")
        params.append(query.opened_from)
    if query.opened_to:
        clauses.append("opened_on <= ?")
        params.append(query.opened_to)
    if query.only_mediator_id is not None:
        clauses.append(
            "id IN (SELECT case_id FROM case_mediator WHERE mediator_id = ? AND removed_at IS NULL)"
        )
        params.append(query.only_mediator_id)
    return clauses, params


def sort_key(row: CaseListRow, sort: str) -> tuple:
    """The keyset position of `row` in the order `sort`."""
    return (*(getattr(row, column) for column in SORT_COLUMNS[sort]), row.id)


def page_sql(
    query: CaseListQuery, after: CaseListRow | None, limit: int
) -> tuple[str, list[object]]:
    """The SQL for one page (also run against plain sqlite3 by the benchmark)."""
    columns = (*SORT_COLUMNS[query.sort], "id")
    clauses, params = _where(query)
    if after is not None:
        op = "<" if query.descending else ">"
        clauses.append(f"({', '.join(columns)}) {op} ({', '.join('?' for _ in columns)})")
        params.extend(sort_key(after, query.sort))
    direction = " DESC" if query.descending else ""
    order = ", ".join(column + direction for column in columns)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    # The inner query picks the page's rows; only those get their names joined.
    sql = (
        f"SELECT page.*, (SELECT group_concat(name, ', ') FROM "
        f"(SELECT name FROM participant WHERE case_id = page.id ORDER BY position, id)) AS names "
        f"FROM (SELECT {_ROW_COLUMNS} FROM dispute_case {where} ORDER BY {order} LIMIT ?) AS page "
        f"ORDER BY {', '.join('page.' + column + direction for column in columns)}"
    )
    params.append(limit)
    return sql, params


def count_sql(query: CaseListQuery) -> tuple[str, list[object]]:
    clauses, params = _where(query)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"SELECT count(*) FROM dispute_case {where}", params


class CaseListStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def page(
        self, query: CaseListQuery, after: CaseListRow | None = None, limit: int = 100
    ) -> list[CaseListRow]:
        sql, params = page_sql(query, after, limit)
        return [
            CaseListRow(
                id=r["id"],
                number=r["number"],
                year=r["year"],
                seq=r["seq"],
                opened_on=r["opened_on"],
                status=r["status"],
                dispute_category=r["dispute_category"],
                sort_name=r["sort_name"],
                names=r["names"] or "",
            )
            for r in self.vault.query(sql, tuple(params))
        ]

    def count(self, query: CaseListQuery) -> int:
        sql, params = count_sql(query)
        return int(self.vault.scalar(sql, tuple(params)))
