"""Core owns transactions (issue 19, point 5): a store writes through `vault.writing()`
inside the transaction core opened, and never begins, commits, rolls back or opens a
savepoint itself, so what commits together is decided in one place.

Three modules of storage handle transactions themselves, each for a reason no caller can
take over:
- vault.py is the transaction API (`transaction()`, `writing()`), and `rekey` takes the
  file's exclusive lock with an empty BEGIN IMMEDIATE/COMMIT before the rekey pragma;
- migrations.py upgrades the schema while the vault opens, before any core exists, each
  step all or nothing;
- backup_file.py works on connections of its own (a read snapshot of the vault, the
  backup file being written), never on the vault's connection.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cms_desktop.core.clock import iso
from cms_desktop.storage.drafts_store import DraftStore
from cms_desktop.storage.store import Store

STORAGE = Path(__file__).resolve().parents[2] / "cms_desktop" / "storage"
EXEMPT = {"vault.py", "migrations.py", "backup_file.py"}
TRANSACTION_SQL = re.compile(r"^\s*(BEGIN|SAVEPOINT|RELEASE|COMMIT|END|ROLLBACK)\b", re.IGNORECASE)
TRANSACTION_CALLS = {"transaction", "commit", "rollback"}


def transaction_handling(source: str) -> list[str]:
    """Each place `source` opens or ends a transaction: a call of `transaction()`,
    `commit()` or `rollback()`, or SQL that begins, ends or names a savepoint."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr in TRANSACTION_CALLS:
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}()")
        for arg in node.args:
            sql = arg.value if isinstance(arg, ast.Constant) else None
            if isinstance(sql, str) and TRANSACTION_SQL.match(sql):
                found.append(f"line {node.lineno}: {sql!r}")
    return found


def test_no_store_opens_or_ends_a_transaction():
    modules = sorted(p for p in STORAGE.glob("*.py") if p.name not in EXEMPT)
    assert len([p for p in modules if p.name.endswith("_store.py")]) >= 18
    found = {
        path.name: places
        for path in modules
        if (places := transaction_handling(path.read_text(encoding="utf-8")))
    }
    assert found == {}


@pytest.mark.parametrize(
    "source",
    [
        "with self.vault.transaction() as c:\n    c.execute('DELETE FROM draft')\n",
        "self.vault.conn.execute('SAVEPOINT sp0')\n",
        "c.execute('begin immediate')\n",
        "self.vault.conn.commit()\n",
    ],
)
def test_the_check_would_catch_a_store_that_does(source):
    assert transaction_handling(source) != []


def test_the_exempt_modules_still_need_their_exemption():
    """An exemption nobody needs any more is dropped (then the rule covers the module)."""
    for name in EXEMPT:
        assert transaction_handling((STORAGE / name).read_text(encoding="utf-8")), name


def test_a_store_refuses_to_write_outside_a_transaction(office):
    ws = office.ws
    drafts = DraftStore(ws.vault)
    with pytest.raises(RuntimeError, match="outside a transaction"):
        drafts.put(ws.user.id, "k", "{}", iso(office.clock.now()))
    with pytest.raises(RuntimeError, match="outside a transaction"):
        Store(ws.vault).insert(
            "draft", {"user_id": ws.user.id, "key": "k", "payload": "{}", "saved_at": "x"}
        )
    assert drafts.get(ws.user.id, "k") is None


def test_what_a_store_writes_commits_or_rolls_back_with_core(office):
    ws = office.ws
    drafts = DraftStore(ws.vault)
    now = iso(office.clock.now())
    with pytest.raises(ValueError), ws.vault.transaction():
        drafts.put(ws.user.id, "k", "{}", now)
        drafts.put(ws.user.id, "other", "{}", now)
        raise ValueError("a failure after both writes")
    assert drafts.get(ws.user.id, "k") is None and drafts.get(ws.user.id, "other") is None
    with ws.vault.transaction():
        drafts.put(ws.user.id, "k", "{}", now)
    assert drafts.get(ws.user.id, "k") == ("{}", now)
