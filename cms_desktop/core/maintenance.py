"""Verify a vault and describe it (cms-admin verify / info): counts and sizes, no contents.

Each takes the signed-in context (the vault, `require` and the audit trail), not the
workspace: they use no service.
"""

from __future__ import annotations

import contextlib

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.context import Context
from cms_desktop.core.permissions import Action
from cms_desktop.storage import maintenance_store
from cms_desktop.storage.errors import VaultError


def verify(ctx: Context, checks: dict[str, str] | None = None) -> list[str]:
    """Problems found (empty when sound): encryption settings, pages, tables, audit chain.

    Damage is a finding, never a failure: a check that a damaged page stops is reported as
    "could not run" in `checks` (name -> "ok", "failed" or "could not run").
    """
    ctx.require(Action.VIEW_AUDIT)
    checks = {} if checks is None else checks
    problems: list[str] = []
    try:
        ctx.vault.assert_pragmas()
        checks["settings"] = "ok"
    except VaultError as exc:
        checks["settings"] = "failed"
        problems.append(str(exc))
    problems += maintenance_store.integrity_problems(ctx.vault, checks)
    try:
        broken = ctx.audit.verify()
    except VaultError as exc:
        checks["audit trail"] = "could not run"
        problems.append(f"the audit trail check could not run: {exc}")
    else:
        checks["audit trail"] = "failed" if broken else "ok"
        if broken is not None:
            problems.append(broken[1])
    with contextlib.suppress(VaultError):  # a damaged vault may refuse the write
        ctx.audit.record(
            AuditKind.VERIFY, "office", None, "sound" if not problems else "problems found"
        )
    return problems


def info(ctx: Context) -> dict[str, object]:
    ctx.require(Action.VIEW_AUDIT)
    return {
        "schema_version": ctx.vault.schema_version(),
        "cipher_version": maintenance_store.cipher_version(ctx.vault),
        "counts": maintenance_store.counts(ctx.vault),
        "sizes": maintenance_store.sizes(ctx.vault.path),
    }
