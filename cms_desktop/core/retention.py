"""Records retention (issue #13): the office's schedule, the director's review, legal holds
and the purge of whole case files at the end of their retention.

The rules, enforced here whatever the window shows:
- only the director reviews, holds and purges (Action.MANAGE_RETENTION);
- a case file is due `case_file_retention_years` after the case closed; a disclosure
  `disclosure_retention_years` after it was recorded; purge records go with tombstones,
  after `tombstone_retention_years`;
- a purge never touches a case still open, a case on legal hold, or a case whose mediator
  notes are still held (those must be destroyed first, under R2);
- each batch is one transaction (facts, deletion, purge records, audit with counts), then
  the WAL is checkpointed with TRUNCATE and checked, as Destroy notes does.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.standing import add_years
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.retention import (
    DueRecord,
    DueState,
    Hold,
    LedgerEntry,
    PurgedCase,
    PurgeReceipt,
    RecordClass,
)
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.backup_store import BackupStore
from cms_desktop.storage.erasure_store import ErasureStore
from cms_desktop.storage.purge_ledger import PurgeLedger, ledger_path
from cms_desktop.storage.retention_store import RetentionStore, token

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.custody import KeyCustody

BATCH = 500  # cases per transaction: a kill -9 loses at most the batch in flight
REASON_LIMIT = 500
Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    pass


class RetentionService:
    def __init__(self, ctx: Context, custody: KeyCustody) -> None:
        self.ctx = ctx
        self.custody = custody  # the key slots the purge ledger is sealed to
        self.store = RetentionStore(ctx.vault)

    # -- the schedule -------------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.clock.now().astimezone().date()  # the office's calendar day

    def cutoffs(
        self, settings: OfficeSettings | None = None, as_of: date | None = None
    ) -> tuple[str, str]:
        """(last closing day whose file is due, recording time before which a disclosure
        is due) under `settings` (the office's, by default), today or `as_of`."""
        s = settings or self.ctx.settings
        day = as_of or self.today()
        files = add_years(day, -s.case_file_retention_years).isoformat()
        moment = self.ctx.clock.now() if as_of is None else datetime.combine(as_of, time(), UTC)
        disclosures = iso(add_years(moment, -s.disclosure_retention_years))
        return files, disclosures

    # -- the review -----------------------------------------------------------------------
    def review(
        self, settings: OfficeSettings | None = None, as_of: date | None = None
    ) -> list[DueRecord]:
        """Every case file and disclosure log at the end of its retention (today, or on
        `as_of`), oldest first: due, on legal hold, or waiting for its notes to go."""
        self.ctx.require(Action.MANAGE_RETENTION)
        s = settings or self.ctx.settings
        file_cutoff, disclosure_cutoff = self.cutoffs(s, as_of)
        due, hold, notes = DueState.DUE, DueState.ON_HOLD, DueState.NOTES_HELD
        files = [
            DueRecord(
                case_id,
                number,
                closed,
                RecordClass.CASE_FILE,
                due_on,
                hold if held is not None else notes if has_notes else due,
                held or "",
            )
            for case_id, number, closed, due_on, held, has_notes in self.store.due_case_files(
                file_cutoff, s.case_file_retention_years
            )
        ]
        logs = [
            DueRecord(
                case_id,
                number,
                closed,
                RecordClass.DISCLOSURES,
                due_on,
                hold if held is not None else due,
                held or "",
                reports,
            )
            for case_id, number, closed, due_on, held, reports in self.store.due_disclosures(
                disclosure_cutoff, s.disclosure_retention_years
            )
        ]
        # both come sorted by closing day and number; a case's file comes before its log
        return list(heapq.merge(files, logs, key=attrgetter("closed_on", "number")))

    def month_reminder(self) -> int:
        """The monthly reminder: cases whose records reached the end of their retention by
        the first of this month and are not on legal hold (due, or waiting for notes)."""
        self.ctx.require(Action.MANAGE_RETENTION)
        files, disclosures = self.cutoffs(as_of=self.today().replace(day=1))
        return self.store.count_due(files, disclosures)

    def preview(self, settings: OfficeSettings) -> list[DueRecord]:
        """What a changed schedule would make due that the current one does not."""
        current = {(r.case_id, r.record_class) for r in self.review()}
        return [r for r in self.review(settings) if (r.case_id, r.record_class) not in current]

    # -- legal holds ----------------------------------------------------------------------
    def holds(self) -> list[Hold]:
        self.ctx.require(Action.MANAGE_RETENTION)
        return [Hold(r[0], r[1], r[2], r[3], r[4]) for r in self.store.holds()]

    def place_hold(self, case_id: int, reason: str) -> None:
        ws = self.ctx
        ws.require(Action.MANAGE_RETENTION)
        reason = reason.strip()
        if not reason:
            raise ValidationError(QT_TR_NOOP("Write why the case is on hold."), field="reason")
        if len(reason) > REASON_LIMIT:
            raise ValidationError(
                QT_TR_NOOP("Keep the reason under {REASON_LIMIT} characters."),
                field="reason",
                REASON_LIMIT=REASON_LIMIT,
            )
        case = self.store.case_brief(case_id)
        if case is None:
            raise CmsError(QT_TR_NOOP("That case does not exist."))
        if case["purged_on"] is not None:
            raise RuleViolation(
                QT_TR_NOOP("{value} was already purged; there is nothing to hold."),
                value=case["number"],
            )
        if self.store.hold_reason(case_id) is not None:
            raise RuleViolation(
                QT_TR_NOOP("{value} is already on legal hold."), value=case["number"]
            )
        with ws.vault.transaction():
            self.store.place_hold(case_id, reason, iso(ws.clock.now()), ws.user.id)
            ws.audit.record(AuditKind.LEGAL_HOLD_PLACED, "case", case_id)

    def lift_hold(self, case_id: int) -> None:
        ws = self.ctx
        ws.require(Action.MANAGE_RETENTION)
        with ws.vault.transaction():
            if not self.store.lift_hold(case_id):
                raise RuleViolation(QT_TR_NOOP("That case is not on legal hold."))
            ws.audit.record(AuditKind.LEGAL_HOLD_LIFTED, "case", case_id)

    # -- the purge ------------------------------------------------------------------------
    def purge(
        self,
        case_ids: Iterable[int] | None = None,
        progress: Progress = _quiet,
        batch_size: int = BATCH,
    ) -> PurgeReceipt:
        """Purge what is due (all of it, or the chosen cases among it), batch by batch.

        A chosen case that is not due (open, on hold, notes still held, not yet at the end
        of its retention) is left alone and named in the receipt's `skipped`.
        """
        ws = self.ctx
        ws.require(Action.MANAGE_RETENTION)
        self.store.assert_safe_to_purge()
        chosen = None if case_ids is None else set(case_ids)
        review = [r for r in self.review() if chosen is None or r.case_id in chosen]
        receipt = PurgeReceipt(purged_at=iso(ws.clock.now()), approved_by=ws.user.display_name)
        receipt.skipped = [(r.number, r.state.label) for r in review if r.state is not DueState.DUE]
        if chosen is not None:
            listed = {r.case_id for r in review}
            numbers = self.store.numbers(chosen - listed)
            receipt.skipped += [(n, "Not at the end of its retention") for n in numbers.values()]
        due = [r for r in review if r.state is DueState.DUE]
        files = {r.case_id for r in due if r.record_class is RecordClass.CASE_FILE}
        disclosures = {r.case_id for r in due if r.record_class is RecordClass.DISCLOSURES}
        order = list(dict.fromkeys(r.case_id for r in due))
        by_id = {r.case_id: r for r in due}
        secret = self._secret()
        _, disclosure_cutoff = self.cutoffs()
        today = self.today().isoformat()
        progress(0, len(order))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            with ws.vault.transaction():
                held = self.store.held_case_ids()  # a hold placed since the review
                batch_files = [i for i in batch if i in files and i not in held]
                batch_disc = [i for i in batch if i in disclosures and i not in held]
                counts = self.store.purge_case_files(
                    batch_files, secret, today, receipt.purged_at, ws.user.id
                )
                reports = self.store.purge_disclosures(
                    batch_disc, disclosure_cutoff, secret, receipt.purged_at, ws.user.id
                )
                if reports:
                    counts["disclosures"] = reports
                ws.audit.record(
                    AuditKind.RECORDS_PURGED,
                    "office",
                    None,
                    f"{len(batch_files)} case files, {len(batch_disc)} disclosure logs; rows: "
                    + ", ".join(f"{v} {k}" for k, v in counts.items()),
                )
            for name, value in counts.items():
                receipt.counts[name] = receipt.counts.get(name, 0) + value
            for i in batch:
                if i in batch_files or i in batch_disc:
                    r = by_id[i]
                    kind = RecordClass.CASE_FILE if i in batch_files else RecordClass.DISCLOSURES
                    receipt.purged.append(PurgedCase(r.number, kind, r.closed_on))
            receipt.batches += 1
            receipt.wipe_complete = self._wipe() and receipt.wipe_complete
            progress(min(start + batch_size, len(order)), len(order))
        self._forget_old_records()
        if receipt.batches:
            self.write_ledgers()
        if not receipt.wipe_complete:
            ws.audit.record(AuditKind.PURGE_WIPE_INCOMPLETE, "office", None)
        return receipt

    def _wipe(self) -> bool:
        return ErasureStore(self.ctx.vault).wipe().complete

    def _forget_old_records(self) -> int:
        """Purge records, like tombstones, are kept `tombstone_retention_years`."""
        cutoff = iso(add_years(self.ctx.clock.now(), -self.ctx.settings.tombstone_retention_years))
        with self.ctx.vault.transaction():
            removed = self.store.remove_purge_records_before(cutoff)
            if removed:
                self.ctx.audit.record(
                    AuditKind.PURGE_RECORDS_REMOVED, "office", None, f"{removed} records"
                )
        return removed

    # -- the ledger and a restore -------------------------------------------------------
    def ledger(self) -> PurgeLedger:
        self.ctx.require(Action.MANAGE_RETENTION)
        return self._ledger()

    def _secret(self) -> bytes:
        """The purge tokens' key, made (random, kept in the vault) on first use."""
        found = self.store.secret()
        if found is None:
            with self.ctx.vault.transaction():
                self.store.make_secret()
            found = self.store.secret()
        assert found is not None
        return found

    def _ledger(self) -> PurgeLedger:
        return PurgeLedger(
            self._secret(),
            [LedgerEntry(r[0], r[1], r[2]) for r in self.store.purge_records()],
        )

    def write_ledger(self, folder: Path | None = None) -> Path:
        """Seal the ledger to the directors and the recovery key, beside the vault (or in
        `folder`). Anyone whose work makes a backup may write it: it is sealed, and holds
        tokens and dates only."""
        path = ledger_path(folder or Path(self.ctx.vault.path).parent)
        directors = {name.casefold() for name in self.store.director_usernames()}
        self._ledger().save(path, self.custody.keyfile, directors)
        return path

    def keep_ledger_beside(self, folder: Path) -> Path | None:
        """A backup's step: the ledger beside it, once anything was ever purged (before
        that there is nothing a restore would have to purge again)."""
        if not self.store.has_purge_records():
            return None
        return self.write_ledger(folder)

    def write_ledgers(self) -> list[Path]:
        """After a purge: beside the vault, and beside the backups when their folder is
        there (a backup also writes it, so a drive plugged in later catches up)."""
        written = [self.write_ledger()]
        folder = BackupStore(self.ctx.vault).load().folder
        if folder and Path(folder).is_dir() and Path(folder) != written[0].parent:
            written.append(self.write_ledger(Path(folder)))
        return written

    def repurge(self, ledger: PurgeLedger, since: str) -> int:
        """Purge again every case the ledger says was purged at or after `since` (a
        backup's time) that this (restored) vault still holds; returns how many."""
        ws = self.ctx
        ws.require(Action.MANAGE_RETENTION)
        self.store.assert_safe_to_purge()
        files = ledger.since(since, RecordClass.CASE_FILE.value)
        disc = ledger.since(since, RecordClass.DISCLOSURES.value)
        live = [i for i in self.store.live_case_ids() if token(ledger.secret, i) in files]
        with_reports = [
            i for i in self.store.cases_with_disclosures() if token(ledger.secret, i) in disc
        ]
        now = iso(ws.clock.now())
        with ws.vault.transaction():
            self.store.set_secret(ledger.secret)  # later purges keep matching the ledger
            notes = self.store.destroy_notes_for_repurge(live)
            counts = self.store.purge_case_files(
                live, ledger.secret, self.today().isoformat(), now, ws.user.id
            )
            reports = self.store.purge_disclosures(
                with_reports, "9999", ledger.secret, now, ws.user.id
            )
            if live or reports:
                ws.audit.record(
                    AuditKind.PURGES_REAPPLIED,
                    "office",
                    None,
                    f"{len(live)} case files, {reports} disclosures, {notes} notes; rows: "
                    + ", ".join(f"{v} {k}" for k, v in counts.items()),
                )
        if not self._wipe():
            raise CmsError(
                QT_TR_NOOP(
                    "The purges were re-applied, but another connection kept the vault busy, so "
                    "the journal is not wiped yet; close the window to finish."
                )
            )
        return len(live)


def reapply_purges(
    service: RetentionService,
    folder: Path,
    since: str,
    username: str = "",
    password: str = "",
    recovery_key: str = "",
) -> int:
    """The restore's step: open the ledger in `folder` (a director's password of that time,
    or the recovery key) and purge again what was purged after `since`. No ledger: 0."""
    path = ledger_path(folder)
    if not path.exists():
        return 0
    ledger = PurgeLedger.open(
        path,
        username=username or None,
        password=password or None,
        recovery_key=recovery_key or None,
    )
    return service.repurge(ledger, since)
