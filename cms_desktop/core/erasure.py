"""Destroying mediator notes once they have served the final agreement (R2).

The rules, enforced here whatever the window shows:
- only a mediator assigned to the case may destroy its notes (PR4: the director cannot,
  but sees which cases still hold them and which are overdue);
- only once the final agreement is recorded (signed, or the case at "agreement") or the
  case is closed without one: before that the notes are still needed to write it;
- the case's statistical facts must be complete first, because nothing about the
  sessions can be added afterwards; blanks may be filled in the same step, recorded values
  are never changed;
- what remains is a tombstone per session (counts, when, by whom) and an audit entry,
  never content. Paper notes are attested by each mediator, with the date.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.rekeying import rekey_vault
from cms_desktop.core.standing import add_years
from cms_desktop.model.erasure import (
    OUTCOME_LABELS,
    CaseFacts,
    DestructionPlan,
    DestructionReceipt,
    FactsFill,
    MissingFact,
    NotesHeld,
    NotesStatus,
    PaperAttestation,
    PaperNotes,
    WipeCheck,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.storage.erasure_store import ErasureStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.custody import KeyCustody

NOT_YET = (
    "Notes can be destroyed only after the final agreement is recorded or the case is "
    "closed; until then they are still needed to write it."
)


class ErasureService:
    def __init__(self, ctx: Context, custody: KeyCustody) -> None:
        self.ctx = ctx
        self.custody = custody
        self.store = ErasureStore(ctx.vault)

    # -- may this person destroy this case's notes now? ----------------------------------
    def is_ready(self, case_id: int) -> bool:
        """Whether the case has reached the point where its notes must go."""
        row = self.store.case_facts(case_id)
        return row is not None and row.ready_since is not None

    def can_destroy(self, case_id: int) -> bool:
        """For enabling "Destroy notes…": assigned mediator, and the case is ready."""
        return self.ctx.can(Action.DESTROY_NOTES, case_id) and self.is_ready(case_id)

    def _require(self, case_id: int) -> CaseFacts:
        self.ctx.require(Action.DESTROY_NOTES, case_id)
        row = self.store.case_facts(case_id)
        if row is None:
            raise CmsError(QT_TR_NOOP("That case does not exist."))
        if row.ready_since is None:
            raise RuleViolation(NOT_YET)
        return row

    # -- what will go ---------------------------------------------------------------------
    def plan(self, case_id: int) -> DestructionPlan:
        """What "Destroy notes…" will erase, and which facts must be recorded first."""
        return self._plan(case_id, self._require(case_id))

    def _plan(self, case_id: int, row: CaseFacts) -> DestructionPlan:
        return DestructionPlan(
            case_id=case_id,
            number=row.number,
            sessions=self.store.notes_by_session(case_id),
            missing=self._missing(case_id, row),
            known_outcome=row.known_outcome,
        )

    def drafts_to_remove(self, case_id: int) -> int:
        """Kept drafts that could hold this case's note text (they go with the notes)."""
        self._require(case_id)
        return len(self.store.note_drafts(case_id))

    def _missing(self, case_id: int, row: CaseFacts) -> list[MissingFact]:
        missing = []
        if not row.known_outcome:
            missing.append(MissingFact("outcome", "Choose the case's outcome."))
        if not row.dispute_category:
            missing.append(MissingFact("dispute_category", "Choose the dispute category."))
        if not row.referral_source:
            missing.append(MissingFact("referral_source", "Enter who referred the case."))
        for s in self.store.sessions(case_id):
            when = day_label(s.starts_at)
            if s.status == SessionStatus.SCHEDULED:
                missing.append(
                    MissingFact(
                        "sessions",
                        f"The session of {when} is still shown as scheduled; record in the "
                        "Session tab whether it was held, cancelled or a no-show.",
                    )
                )
            elif s.status == SessionStatus.HELD and parse_iso(s.ends_at) <= parse_iso(s.starts_at):
                missing.append(
                    MissingFact(
                        "sessions",
                        f"The session of {when} has no length; record when it started and "
                        "ended in the Session tab.",
                    )
                )
        return missing

    def _check_fill(self, plan: DestructionPlan, fill: FactsFill) -> FactsFill:
        """Validate answers for what is missing; every missing fact must be answered."""
        wanted = {m.field for m in plan.missing}
        outcome = category = referral = None
        if "outcome" in wanted:
            outcome = (fill.outcome or "").strip()
            if outcome not in OUTCOME_LABELS:
                raise ValidationError(QT_TR_NOOP("Choose the case's outcome."), field="outcome")
        elif plan.known_outcome:
            outcome = plan.known_outcome  # from the final agreement, for the statistics
        if "dispute_category" in wanted:
            category = (fill.dispute_category or "").strip()
            if category not in self.ctx.settings.dispute_categories:
                raise ValidationError(
                    QT_TR_NOOP("Choose the dispute category."), field="dispute_category"
                )
        if "referral_source" in wanted:
            referral = (fill.referral_source or "").strip()
            if not referral:
                raise ValidationError(
                    QT_TR_NOOP("Enter who referred the case."), field="referral_source"
                )
            if len(referral) > 200:
                raise ValidationError(
                    QT_TR_NOOP("Keep the referral source short (who referred, not why)."),
                    field="referral_source",
                )
        blocking = plan.blocking()
        if blocking:
            raise RuleViolation(blocking[0].message)
        return FactsFill(outcome, category, referral)

    def _check_paper(self, case_id: int, opened_on: str, paper: PaperNotes) -> None:
        if self.store.has_attested(case_id, self.ctx.user.id):
            raise ValidationError(
                QT_TR_NOOP("You have already attested to your paper notes for this case."),
                field="paper",
            )
        if paper.kept_none:
            if paper.shredded_on:
                raise ValidationError(
                    QT_TR_NOOP("Either you kept no paper notes, or you shredded them on a date."),
                    field="paper",
                )
            return
        if not paper.shredded_on:
            raise ValidationError(
                QT_TR_NOOP("Enter the date the paper notes were shredded."), field="paper"
            )
        try:
            shredded = date.fromisoformat(paper.shredded_on)
        except ValueError:
            raise ValidationError(
                QT_TR_NOOP("Enter the shredding date as a date."), field="paper"
            ) from None
        today = self.ctx.clock.now().astimezone().date()  # the office's calendar day
        if shredded > today:
            raise ValidationError(
                QT_TR_NOOP("The shredding date cannot be in the future."), field="paper"
            )
        if shredded < date.fromisoformat(opened_on):
            raise ValidationError(
                QT_TR_NOOP("The shredding date is before the case was opened."), field="paper"
            )

    # -- destroying -----------------------------------------------------------------------
    def destroy(
        self,
        case_id: int,
        fill: FactsFill | None = None,
        paper: PaperNotes | None = None,
    ) -> DestructionReceipt:
        """Fill missing facts, destroy the notes, attest paper notes: all or nothing; then
        wipe the WAL, and re-key the vault if the office asks for it.

        Calling it again on a case with no notes left only repeats the wipe, so an
        interrupted wipe can be finished.
        """
        ctx = self.ctx
        row = self._require(case_id)
        plan = self._plan(case_id, row)
        facts = self._check_fill(plan, fill or FactsFill())
        if paper is not None:
            self._check_paper(case_id, row.opened_on, paper)
        self.store.assert_safe_to_erase()
        now = iso(ctx.clock.now())
        with ctx.vault.transaction():
            if facts.outcome or facts.dispute_category or facts.referral_source:
                self.store.fill_facts(
                    case_id, facts.outcome, facts.dispute_category, facts.referral_source, now
                )
            sessions, drafts = self.store.destroy_notes(case_id, ctx.user.id, now)
            notes = sum(s.note_count for s in sessions)
            chars = sum(s.char_count for s in sessions)
            if sessions or drafts:
                ctx.audit.record(
                    AuditKind.NOTES_DESTROYED,
                    "case",
                    case_id,
                    f"{notes} notes ({chars} characters) from {len(sessions)} sessions; "
                    f"{drafts} drafts",
                )
            if paper is not None:
                self.store.add_paper(case_id, ctx.user.mediator_id, ctx.user.id, paper, now)
                ctx.audit.record(AuditKind.PAPER_NOTES_ATTESTED, "case", case_id)
        wipe = self._wipe(case_id)
        rekeyed = False
        if notes and ctx.settings.rekey_after_erasure:
            try:
                self._rekey()
            except CmsError:  # rekey_vault refuses (CmsError) as well as fails
                ctx.audit.record(
                    AuditKind.VAULT_REKEY_FAILED, "office", None, "after note destruction"
                )
                raise CmsError(
                    QT_TR_NOOP(
                        "The notes are destroyed, but the vault could not be re-keyed (it is open "
                        "elsewhere or the disk refused); it keeps its current key."
                    )
                ) from None
            rekeyed = True
        return DestructionReceipt(
            case_id=case_id,
            note_count=notes,
            char_count=chars,
            session_ids=[s.session_id for s in sessions],
            draft_rows=drafts,
            destroyed_at=now,
            wipe=wipe,
            rekeyed=rekeyed,
        )

    def _wipe(self, case_id: int) -> WipeCheck:
        wipe = self.store.wipe()
        if not wipe.complete:
            self.ctx.audit.record(AuditKind.NOTES_WIPE_INCOMPLETE, "case", case_id)
            raise CmsError(
                QT_TR_NOOP(
                    "The notes are deleted, but another connection kept the vault busy, so their "
                    "last copies in the vault's journal are not wiped yet; lock or close the "
                    "window to finish (both wipe the journal)."
                )
            )
        return wipe

    def _rekey(self) -> None:
        """A new vault key, every key slot re-sealed to it, the old key forgotten.

        core/rekeying.py: crash-safe (the new slot file is written first, under a pending
        name), and the audit chain keeps verifying under the new key.
        """
        rekey_vault(self.ctx, self.custody, why="after note destruction")
        self.ctx.vault.checkpoint_truncate()

    # -- paper notes ----------------------------------------------------------------------
    def attest_paper(self, case_id: int, paper: PaperNotes) -> PaperAttestation:
        """The signed-in mediator's word that their paper notes were shredded (or none)."""
        row = self._require(case_id)
        text_rules.check_fields(paper)
        self._check_paper(case_id, row.opened_on, paper)
        ctx = self.ctx
        with ctx.vault.transaction():
            self.store.add_paper(
                case_id, ctx.user.mediator_id, ctx.user.id, paper, iso(ctx.clock.now())
            )
            ctx.audit.record(AuditKind.PAPER_NOTES_ATTESTED, "case", case_id)
        return next(p for p in self.store.paper(case_id) if p.attested_by == ctx.user.id)

    def has_attested_paper(self, case_id: int) -> bool:
        return self.store.has_attested(case_id, self.ctx.user.id)

    # -- what the case, the case list and the director see ---------------------------------
    def status(self, case_id: int) -> NotesStatus:
        """Notes held (counts), tombstones and paper attestations: never content."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        row = self.store.case_facts(case_id, *self._deadline_params())
        if row is None:
            raise CmsError(QT_TR_NOOP("That case does not exist."))
        held = self.store.notes_by_session(case_id)
        return NotesStatus(
            case_id=case_id,
            held=held,
            tombstones=self.store.tombstones(case_id),
            paper=self.store.paper(case_id),
            ready_since=row.ready_since,
            due=row.due,
            overdue=bool(held) and bool(row.past_due),
        )

    def cases_holding_notes(self, overdue_only: bool = False) -> list[NotesHeld]:
        """Every case that still holds notes, soonest due first (counts only).

        The director and staff see all of them; a mediator, the cases they serve on.
        """
        ctx = self.ctx
        ctx.require(Action.VIEW_CASE_LIST)
        mediator = ctx.scope.mediator_id
        days, now = self._deadline_params()
        return self.store.holding_notes(days, now, mediator, overdue_only)

    def overdue(self) -> list[NotesHeld]:
        """Cases whose notes are still held `notes_destruction_days` after they were due."""
        return self.cases_holding_notes(overdue_only=True)

    def _deadline_params(self) -> tuple[int, str]:
        return self.ctx.settings.notes_destruction_days, iso(self.ctx.clock.now())

    # -- the record of destruction is kept, then let go -----------------------------------
    def purge_tombstones(self) -> int:
        """Remove records of destruction older than `tombstone_retention_years`."""
        ctx = self.ctx
        ctx.require(Action.PURGE_TOMBSTONES)
        years = ctx.settings.tombstone_retention_years
        if years < 1:
            raise ValidationError(
                QT_TR_NOOP("Keep records of destruction for at least one year."),
                field="tombstone_retention_years",
            )
        cutoff = add_years(ctx.clock.now(), -years)
        with ctx.vault.transaction():
            tombstones, paper = self.store.purge_before(iso(cutoff))
            if tombstones or paper:
                ctx.audit.record(
                    AuditKind.TOMBSTONES_PURGED,
                    "note_tombstone",
                    None,
                    f"{tombstones} tombstones and {paper} paper attestations before {iso(cutoff)}",
                )
        return tombstones


def day_label(moment: str) -> str:
    """ "3 March 2026" for a stored date or time (times shown in the computer's zone)."""
    when = date.fromisoformat(moment) if len(moment) == 10 else parse_iso(moment).astimezone()
    return f"{when.day} {when:%B %Y}"
