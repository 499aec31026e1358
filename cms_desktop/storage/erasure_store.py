"""The only SQL that destroys mediator notes (R2), and the reads that plan and report it.

Destruction is: secure_delete asserted ON, the case's note rows (and any draft that could
hold their text) deleted, one tombstone per session written (counts and dates, never
content), sampled index values for those tables dropped from sqlite_stat4, commit; then
`wal_checkpoint(TRUNCATE)`, checked to have completed (not busy, no frame left, WAL file
of zero bytes). Measured on SQLCipher 4.19 (docs/ERASURE.md): secure_delete zeroes the
freed cells and overflow pages in the page images it writes, but until the checkpoint the
WAL still holds every earlier image of those pages, and the main file keeps the old
images until the checkpoint copies the zeroed ones over them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import sqlcipher3

from cms_desktop.model.erasure import (
    CaseFacts,
    NotesHeld,
    PaperAttestation,
    PaperNotes,
    SessionNotes,
    SessionTimes,
    Tombstone,
    WipeCheck,
)
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.note_bearing import drop_sampled_values
from cms_desktop.storage.notes_deadline import READY_SINCE_SQL
from cms_desktop.storage.store import Store
from cms_desktop.storage.vault import wal_path

# When the notes are due to be gone: `ready_since` plus the office's days, as stored times
# are written ("2026-03-09T09:00:00+00:00"), so it compares with :now as text.
DUE_SQL = f"strftime('%Y-%m-%dT%H:%M:%S+00:00', {READY_SINCE_SQL}, :days)"

# A draft line shorter than this is too common to say it came from a note.
_FRAGMENT_MIN = 12


class ErasureStore(Store):
    # -- reading ------------------------------------------------------------------------
    def case_facts(self, case_id: int, days: int = 0, now: str = "") -> CaseFacts | None:
        """The case's facts, when its notes became destroyable and when they are due."""
        return self.fetch_one(
            CaseFacts,
            f"""SELECT dc.id, dc.number, dc.status, dc.outcome, dc.dispute_category,
                       dc.referral_source, dc.opened_on, fa.outcome AS fa_outcome,
                       {READY_SINCE_SQL} AS ready_since, {DUE_SQL} AS due,
                       coalesce({DUE_SQL} <= :now, 0) AS past_due
                FROM dispute_case dc LEFT JOIN final_agreement fa ON fa.case_id = dc.id
                WHERE dc.id = :case""",
            {"case": case_id, "days": f"+{days:d} days", "now": now},
        )

    def notes_by_session(self, case_id: int) -> list[SessionNotes]:
        rows = self.vault.query(
            """SELECT n.session_id, s.starts_at, s.status, count(*) AS notes,
                      coalesce(sum(length(n.body)), 0) AS chars
               FROM note n JOIN mediation_session s ON s.id = n.session_id
               WHERE n.case_id = ?
               GROUP BY n.session_id ORDER BY s.starts_at, n.session_id""",
            (case_id,),
        )
        return [SessionNotes(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def sessions(self, case_id: int) -> list[SessionTimes]:
        return self.fetch_all(
            SessionTimes,
            "SELECT id, starts_at, ends_at, status FROM mediation_session "
            "WHERE case_id = ? ORDER BY starts_at",
            (case_id,),
        )

    def note_drafts(self, case_id: int) -> list[tuple[int, str]]:
        """(user_id, key) of each draft that could hold the text of this case's notes."""
        bodies = [
            r[0]
            for r in self.vault.conn.execute("SELECT body FROM note WHERE case_id = ?", (case_id,))
        ]
        found = []
        for user_id, key, payload in self.vault.conn.execute(
            "SELECT user_id, key, payload FROM draft"
        ):
            if _draft_could_hold_notes(key, payload, case_id, bodies):
                found.append((user_id, key))
        return found

    def tombstones(self, case_id: int) -> list[Tombstone]:
        rows = self.vault.query(
            """SELECT t.id, t.case_id, t.session_id, s.starts_at, t.note_count, t.char_count,
                      t.destroyed_at, t.destroyed_by, coalesce(u.display_name, '') AS who
               FROM note_tombstone t
               LEFT JOIN mediation_session s ON s.id = t.session_id
               LEFT JOIN user_account u ON u.id = t.destroyed_by
               WHERE t.case_id = ? ORDER BY t.destroyed_at, s.starts_at, t.id""",
            (case_id,),
        )
        return [Tombstone(*r) for r in rows]

    def paper(self, case_id: int) -> list[PaperAttestation]:
        rows = self.vault.query(
            """SELECT p.case_id, p.mediator_id, coalesce(m.name, u.display_name, ''),
                      p.attested_by, p.kept_none, p.shredded_on, p.attested_at
               FROM paper_notes_attestation p
               LEFT JOIN mediator m ON m.id = p.mediator_id
               LEFT JOIN user_account u ON u.id = p.attested_by
               WHERE p.case_id = ? ORDER BY p.attested_at, p.id""",
            (case_id,),
        )
        return [PaperAttestation(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6]) for r in rows]

    def has_attested(self, case_id: int, user_id: int) -> bool:
        return (
            self.vault.scalar(
                "SELECT 1 FROM paper_notes_attestation WHERE case_id = ? AND attested_by = ?",
                (case_id, user_id),
            )
            is not None
        )

    def holding_notes(
        self, days: int, now: str, mediator_id: int | None = None, overdue_only: bool = False
    ) -> list[NotesHeld]:
        """Every case that still holds notes, soonest due first, with its due time (a
        mediator: only the cases they serve on)."""
        mine = f"WHERE dc.id IN {own_cases(':mediator')}" if mediator_id is not None else ""
        rows = self.vault.query(
            f"""SELECT * FROM (
                    SELECT dc.id, dc.number, dc.status, h.notes, h.sessions,
                           {READY_SINCE_SQL} AS ready_since, {DUE_SQL} AS due
                    FROM (SELECT case_id, count(*) AS notes,
                                 count(DISTINCT session_id) AS sessions
                          FROM note GROUP BY case_id) h
                    JOIN dispute_case dc ON dc.id = h.case_id
                    LEFT JOIN final_agreement fa ON fa.case_id = dc.id
                    {mine})
                WHERE NOT :overdue_only OR due <= :now
                ORDER BY due IS NULL, due, number""",
            {
                "days": f"+{days:d} days",
                "now": now,
                "mediator": mediator_id,
                "overdue_only": int(overdue_only),
            },
        )
        return [
            NotesHeld(
                case_id=r[0],
                number=r[1],
                status=r[2],
                note_count=r[3],
                session_count=r[4],
                ready_since=r[5],
                due=r[6],
                overdue=r[6] is not None and r[6] <= now,
            )
            for r in rows
        ]

    # -- the guarantees destruction rests on ---------------------------------------------
    def assert_safe_to_erase(self) -> None:
        """secure_delete ON and a WAL (never a rollback journal), and no copy of notes."""
        self.vault.assert_pragmas()
        copies = self.note_copies_in_schema()
        if copies:
            raise VaultError(
                QT_TR_NOOP(
                    "Notes cannot be destroyed safely: the vault's schema copies "
                    "them into {value}; nothing was deleted."
                ),
                value=", ".join(copies),
            )

    def note_copies_in_schema(self) -> list[str]:
        """Triggers, full-text tables or indexes that could keep note text elsewhere.

        Notes are never indexed (DESIGN.md); this catches a later migration that breaks
        that rule, so a destruction cannot report success while a copy survives.
        """
        found = [
            f"trigger {r[0]}"
            for r in self.vault.query(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'note'"
            )
        ]
        for name, sql in self.vault.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        ):
            compact = "".join(sql.lower().split()).replace('"', "'")
            if "content='note'" in compact or "content=note" in compact:
                found.append(f"full-text table {name}")
        for index in self.vault.query("PRAGMA index_list('note')"):
            columns = self.vault.query(f"PRAGMA index_xinfo('{index['name']}')")
            if any(c["name"] == "body" or c["cid"] == -2 for c in columns):
                found.append(f"index {index['name']}")
        return found

    # -- writing (core's transaction decides what commits with it) ----------------------------
    def fill_facts(
        self,
        case_id: int,
        outcome: str | None,
        category: str | None,
        referral: str | None,
        now: str,
    ) -> None:
        """Fill blank statistical facts; a value already recorded is never changed."""
        self.vault.conn.execute(
            """UPDATE dispute_case SET
                   outcome = coalesce(outcome, ?),
                   dispute_category = CASE WHEN dispute_category = '' THEN coalesce(?, '')
                                      ELSE dispute_category END,
                   referral_source = CASE WHEN referral_source = '' THEN coalesce(?, '')
                                     ELSE referral_source END,
                   updated_at = ?
               WHERE id = ?""",
            (outcome, category, referral, now, case_id),
        )

    def destroy_notes(
        self, case_id: int, destroyed_by: int, now: str
    ) -> tuple[list[SessionNotes], int]:
        """Delete the case's notes and note-bearing drafts; one tombstone per session.

        Returns the sessions destroyed (counts) and the number of drafts removed.
        """
        sessions = self.notes_by_session(case_id)
        drafts = self.note_drafts(case_id)
        with self.vault.writing() as c:
            for s in sessions:
                self.insert(
                    "note_tombstone",
                    {
                        "case_id": case_id,
                        "session_id": s.session_id,
                        "note_count": s.note_count,
                        "char_count": s.char_count,
                        "destroyed_at": now,
                        "destroyed_by": destroyed_by,
                    },
                )
            c.execute("DELETE FROM note WHERE case_id = ?", (case_id,))
            c.executemany("DELETE FROM draft WHERE user_id = ? AND key = ?", drafts)
            # ANALYZE (this build has STAT4) samples whole index keys into sqlite_stat4 and
            # keeps them until the next ANALYZE; dropping those of the note-bearing tables is
            # enough (the planner falls back to sqlite_stat1), and cheaper than re-sampling.
            drop_sampled_values(c)
        return sessions, len(drafts)

    def add_paper(
        self, case_id: int, mediator_id: int | None, user_id: int, paper: PaperNotes, now: str
    ) -> None:
        self.insert(
            "paper_notes_attestation",
            {
                "case_id": case_id,
                "mediator_id": mediator_id,
                "attested_by": user_id,
                "kept_none": int(paper.kept_none),
                "shredded_on": paper.shredded_on,
                "attested_at": now,
            },
        )

    def purge_before(self, cutoff: str) -> tuple[int, int]:
        """Remove tombstones and paper attestations recorded before `cutoff`."""
        with self.vault.writing() as c:
            tombstones = c.execute(
                "DELETE FROM note_tombstone WHERE destroyed_at < ?", (cutoff,)
            ).rowcount
            paper = c.execute(
                "DELETE FROM paper_notes_attestation WHERE attested_at < ?", (cutoff,)
            ).rowcount
        return tombstones, paper

    # -- after the commit ----------------------------------------------------------------
    def wipe(self) -> WipeCheck:
        """Copy the zeroed pages over the old ones and cut the WAL to zero bytes."""
        try:
            busy, frames, _done = self.vault.conn.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        except sqlcipher3.Error:
            busy, frames = 1, -1
        wal = wal_path(self.vault.path)
        size = wal.stat().st_size if wal.exists() else 0
        return WipeCheck(int(busy), int(frames), size)


def _draft_could_hold_notes(key: str, payload: str, case_id: int, bodies: list[str]) -> bool:
    """Whether a kept draft might carry note text: it is this case's session (or notes)
    page, or any string in it shares a line with one of the notes."""
    try:
        data = json.loads(payload)
    except ValueError:
        data = payload
    if "note" in key.lower():
        return True
    if isinstance(data, dict) and data.get("case") == case_id:
        tabs = data.get("tabs")
        if isinstance(tabs, dict) and any("session" in k or "note" in k for k in tabs):
            return True
    fragments = [line.strip() for body in bodies for line in body.splitlines()]
    fragments = [f for f in fragments if len(f) >= _FRAGMENT_MIN]
    for text in _strings(data):
        if any(f in text for f in fragments):
            return True
        if len(text.strip()) >= _FRAGMENT_MIN and any(text.strip() in b for b in bodies):
            return True
    return False


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(data, Iterable):
        for item in data:
            yield from _strings(item)
