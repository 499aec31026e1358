"""Verify a vault and describe it (cms-admin verify / info): counts and sizes, no contents."""

from __future__ import annotations

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.permissions import Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.storage import maintenance_store
from cms_desktop.storage.errors import VaultError


def verify(ws: Workspace) -> list[str]:
    """Problems found (empty when sound): encryption settings, pages, tables, audit chain."""
    ws.require(Action.VIEW_AUDIT)
    problems: list[str] = []
    try:
        ws.vault.assert_pragmas()
    except VaultError as exc:
        problems.append(str(exc))
    problems += maintenance_store.integrity_problems(ws.vault)
    broken = ws.audit.verify()
    if broken is not None:
        problems.append(broken[1])
    ws.audit.record(AuditKind.VERIFY, "office", None, "sound" if not problems else "problems found")
    return problems


def info(ws: Workspace) -> dict[str, object]:
    ws.require(Action.VIEW_AUDIT)
    return {
        "schema_version": ws.vault.schema_version(),
        "cipher_version": maintenance_store.cipher_version(ws.vault),
        "counts": maintenance_store.counts(ws.vault),
        "sizes": maintenance_store.sizes(ws.vault.path),
    }
