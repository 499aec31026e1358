"""Agreements in the vault: printed agreements to mediate, signed paper and its scans, the
final agreement, director overrides, and the case status they move."""

from __future__ import annotations

import json

from cms_desktop.model.agreements import (
    AGREEMENT_TO_MEDIATE,
    FINAL_AGREEMENT,
    RULE_UNSIGNED_AGREEMENT,
    AgreementPrint,
    CaseMediator,
    CaseParties,
    FinalAgreement,
    Override,
    Party,
    Scan,
    SignedCopy,
)
from cms_desktop.storage.store import Store

_SIGNED_COLUMNS = (
    "s.id, s.case_id, s.form, s.participant_id, s.mediator_id, s.received_on, "
    "coalesce(u.display_name, '') AS filed_by, s.attachment_id"
)


def _signed(row) -> SignedCopy:
    return SignedCopy(
        id=row["id"],
        case_id=row["case_id"],
        form=row["form"],
        participant_id=row["participant_id"],
        mediator_id=row["mediator_id"],
        received_on=row["received_on"],
        filed_by=row["filed_by"],
        attachment_id=row["attachment_id"],
    )


class AgreementsStore(Store):
    # -- the case as the forms see it -------------------------------------------------
    def case_parties(self, case_id: int) -> CaseParties | None:
        rows = self.vault.query(
            "SELECT id, number, status, outcome FROM dispute_case WHERE id = ?", (case_id,)
        )
        if not rows:
            return None
        case = rows[0]
        participants = tuple(
            Party(r["id"], r["name"], r["role"])
            for r in self.vault.query(
                "SELECT id, name, role FROM participant WHERE case_id = ? ORDER BY position, id",
                (case_id,),
            )
        )
        mediators = tuple(
            CaseMediator(r["id"], r["name"])
            for r in self.vault.query(
                "SELECT m.id, m.name FROM case_mediator cm "
                "JOIN mediator m ON m.id = cm.mediator_id "
                "WHERE cm.case_id = ? AND cm.removed_at IS NULL ORDER BY cm.assigned_at, m.name",
                (case_id,),
            )
        )
        return CaseParties(
            case_id, case["number"], case["status"], case["outcome"], participants, mediators
        )

    def case_number(self, case_id: int) -> str | None:
        value = self.vault.scalar("SELECT number FROM dispute_case WHERE id = ?", (case_id,))
        return None if value is None else str(value)

    def case_id_for_number(self, number: str) -> int | None:
        value = self.vault.scalar(
            "SELECT id FROM dispute_case WHERE number = ? COLLATE NOCASE", (number.strip(),)
        )
        return None if value is None else int(value)

    def session_case(self, session_id: int) -> int | None:
        value = self.vault.scalar(
            "SELECT case_id FROM mediation_session WHERE id = ?", (session_id,)
        )
        return None if value is None else int(value)

    def case_sessions(self, case_id: int) -> list[tuple[int, str, str]]:
        """(id, starts_at, status) of the case's sessions, in time order."""
        rows = self.vault.query(
            "SELECT id, starts_at, status FROM mediation_session WHERE case_id = ? "
            "ORDER BY starts_at, id",
            (case_id,),
        )
        return [(r["id"], r["starts_at"], r["status"]) for r in rows]

    def set_case_status(
        self,
        case_id: int,
        status: str,
        updated_at: str,
        outcome: str | None = None,
        closed_on: str | None = None,
    ) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE dispute_case SET status = ?, outcome = coalesce(?, outcome), "
                "closed_on = coalesce(?, closed_on), updated_at = ? WHERE id = ?",
                (status, outcome, closed_on, updated_at, case_id),
            )

    # -- printed agreements to mediate -------------------------------------------------
    def record_print(self, case_id: int, policy_version: str, at: str, by: int | None) -> int:
        with self.vault.writing() as c:
            cur = c.execute(
                "INSERT INTO agreement_to_mediate(case_id, policy_version, printed_at, printed_by) "
                "VALUES (?,?,?,?)",
                (case_id, policy_version, at, by),
            )
            return int(cur.lastrowid)

    def prints(self, case_id: int) -> list[AgreementPrint]:
        rows = self.vault.query(
            "SELECT a.id, a.case_id, a.policy_version, a.printed_at, "
            "coalesce(u.display_name, '') AS printed_by FROM agreement_to_mediate a "
            "LEFT JOIN user_account u ON u.id = a.printed_by WHERE a.case_id = ? "
            "ORDER BY a.printed_at, a.id",
            (case_id,),
        )
        return [AgreementPrint(*tuple(r)) for r in rows]

    # -- signed paper ------------------------------------------------------------------
    def add_signed_copy(
        self,
        case_id: int,
        form: str,
        participant_id: int | None,
        received_on: str,
        filed_by: int | None,
        added_at: str,
        scan: Scan | None = None,
        mediator_id: int | None = None,
    ) -> int:
        with self.vault.writing():
            attachment_id = None
            if scan is not None:
                attachment_id = self._add_attachment(
                    case_id, f"signed_{form}", scan, added_at, filed_by
                )
            return self.insert(
                "signed_copy",
                {
                    "case_id": case_id,
                    "form": form,
                    "participant_id": participant_id,
                    "mediator_id": mediator_id,
                    "received_on": received_on,
                    "filed_by": filed_by,
                    "attachment_id": attachment_id,
                },
            )

    def _add_attachment(self, case_id: int, kind: str, scan: Scan, at: str, by: int | None) -> int:
        return self.insert(
            "attachment",
            {
                "case_id": case_id,
                "kind": kind,
                "filename": scan.filename,
                "mime": scan.mime,
                "data": scan.data,
                "added_at": at,
                "added_by": by,
            },
        )

    def signed_copies(self, case_id: int, form: str) -> list[SignedCopy]:
        rows = self.vault.query(
            f"SELECT {_SIGNED_COLUMNS} FROM signed_copy s "
            "LEFT JOIN user_account u ON u.id = s.filed_by "
            "WHERE s.case_id = ? AND s.form = ? ORDER BY s.received_on, s.id",
            (case_id, form),
        )
        return [_signed(r) for r in rows]

    def signed_copy(self, copy_id: int) -> SignedCopy | None:
        rows = self.vault.query(
            f"SELECT {_SIGNED_COLUMNS} FROM signed_copy s "
            "LEFT JOIN user_account u ON u.id = s.filed_by WHERE s.id = ?",
            (copy_id,),
        )
        return _signed(rows[0]) if rows else None

    def remove_signed_copy(self, copy_id: int) -> None:
        """Undo a filing made in error; its scan goes with it unless another copy shares it."""
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT attachment_id FROM signed_copy WHERE id = ?", (copy_id,)
            ).fetchone()
            c.execute("DELETE FROM signed_copy WHERE id = ?", (copy_id,))
            if row is not None and row[0] is not None:
                c.execute(
                    "DELETE FROM attachment WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM signed_copy WHERE attachment_id = ?)",
                    (row[0], row[0]),
                )

    def scan(self, attachment_id: int) -> Scan | None:
        rows = self.vault.query(
            "SELECT filename, mime, data FROM attachment WHERE id = ?", (attachment_id,)
        )
        return Scan(rows[0]["filename"], rows[0]["mime"], bytes(rows[0]["data"])) if rows else None

    def missing_signed_agreements(self, session_id: int) -> list[tuple[int, str]]:
        """Participants present at the session (all of the case's participants while
        attendance is not recorded) with no signed agreement to mediate on file and no
        director override for this session."""
        rows = self.vault.query(
            """
            WITH attendance AS (
                SELECT participant_id, present FROM session_commitment WHERE session_id = :s
            )
            SELECT p.id, p.name FROM participant p
            JOIN mediation_session ms ON ms.case_id = p.case_id AND ms.id = :s
            WHERE (
                NOT EXISTS (SELECT 1 FROM attendance)
                OR EXISTS (SELECT 1 FROM attendance a WHERE a.participant_id = p.id AND a.present)
            )
            AND NOT EXISTS (
                SELECT 1 FROM signed_copy sc
                WHERE sc.participant_id = p.id AND sc.form = :form
            )
            AND NOT EXISTS (
                SELECT 1 FROM director_override o
                WHERE o.session_id = :s AND o.rule = :rule
                  AND (o.participant_id IS NULL OR o.participant_id = p.id)
            )
            ORDER BY p.position, p.id
            """,
            {"s": session_id, "form": AGREEMENT_TO_MEDIATE, "rule": RULE_UNSIGNED_AGREEMENT},
        )
        return [(r["id"], r["name"]) for r in rows]

    # -- director overrides ------------------------------------------------------------
    def add_override(
        self,
        case_id: int,
        rule: str,
        reason: str,
        decided_by: int | None,
        decided_at: str,
        session_id: int | None = None,
        participant_id: int | None = None,
    ) -> int:
        return self.insert(
            "director_override",
            {
                "case_id": case_id,
                "session_id": session_id,
                "participant_id": participant_id,
                "rule": rule,
                "reason": reason,
                "decided_by": decided_by,
                "decided_at": decided_at,
            },
        )

    def overrides(self, case_id: int) -> list[Override]:
        rows = self.vault.query(
            "SELECT o.id, o.case_id, o.session_id, o.participant_id, o.rule, o.reason, "
            "coalesce(u.display_name, '') AS decided_by, o.decided_at FROM director_override o "
            "LEFT JOIN user_account u ON u.id = o.decided_by WHERE o.case_id = ? "
            "ORDER BY o.decided_at, o.id",
            (case_id,),
        )
        return [Override(*tuple(r)) for r in rows]

    # -- the final agreement -----------------------------------------------------------
    def final_agreement(self, case_id: int) -> FinalAgreement | None:
        rows = self.vault.query("SELECT * FROM final_agreement WHERE case_id = ?", (case_id,))
        if not rows:
            return None
        r = rows[0]
        return FinalAgreement(
            case_id=r["case_id"],
            outcome=r["outcome"],
            terms=list(json.loads(r["terms"])),
            confidentiality=r["confidentiality"],
            share_with=r["share_with"],
            share_how=r["share_how"],
            policy_version=r["policy_version"],
            drafted_by=r["drafted_by"],
            drafted_at=r["drafted_at"],
            signed_at=r["signed_at"],
        )

    def save_final_agreement(self, fa: FinalAgreement) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO final_agreement(case_id, outcome, terms, confidentiality, share_with, "
                "share_how, policy_version, drafted_by, drafted_at, signed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(case_id) DO UPDATE SET "
                "outcome = excluded.outcome, terms = excluded.terms, "
                "confidentiality = excluded.confidentiality, share_with = excluded.share_with, "
                "share_how = excluded.share_how, policy_version = excluded.policy_version, "
                "drafted_by = excluded.drafted_by, drafted_at = excluded.drafted_at",
                (
                    fa.case_id,
                    fa.outcome,
                    json.dumps(fa.terms, ensure_ascii=False),
                    fa.confidentiality,
                    fa.share_with,
                    fa.share_how,
                    fa.policy_version,
                    fa.drafted_by,
                    fa.drafted_at,
                    fa.signed_at,
                ),
            )

    def record_final_signed(
        self,
        case_id: int,
        signed_at: str,
        received_on: str,
        participant_ids: list[int],
        filed_by: int | None,
        scan: Scan | None,
    ) -> None:
        """Signed: file a copy for each signer not yet filed, stamp the agreement, move the
        case to "agreement" with its outcome — all or nothing."""
        with self.vault.writing() as c:
            attachment_id = None
            if scan is not None:
                attachment_id = self._add_attachment(
                    case_id, f"signed_{FINAL_AGREEMENT}", scan, signed_at, filed_by
                )
            for participant_id in participant_ids:
                self.insert(
                    "signed_copy",
                    {
                        "case_id": case_id,
                        "form": FINAL_AGREEMENT,
                        "participant_id": participant_id,
                        "received_on": received_on,
                        "filed_by": filed_by,
                        "attachment_id": attachment_id,
                    },
                )
            c.execute(
                "UPDATE final_agreement SET signed_at = ? WHERE case_id = ?", (signed_at, case_id)
            )
            c.execute(
                "UPDATE dispute_case SET status = 'agreement', "
                "outcome = (SELECT outcome FROM final_agreement WHERE case_id = ?), "
                "updated_at = ? WHERE id = ?",
                (case_id, signed_at, case_id),
            )
