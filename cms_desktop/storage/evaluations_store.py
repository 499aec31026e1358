"""Questionnaire versions, returned evaluation forms and each case's evaluation code.

An evaluation row holds the code, the questionnaire version, the respondent's role, the
answers (JSON: question key -> 0..5; a blank answer is left out) and comments. It has no
case, participant or name column, and nothing here writes one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from cms_desktop.model.evaluations import Evaluation, ReturnedForm
from cms_desktop.storage.store import Store

_COLUMNS = (
    "id, evaluation_code, questionnaire_version, respondent_role, answers, comments, "
    "received_on, entered_by"
)


def _evaluation(row) -> Evaluation:
    return Evaluation(
        id=row["id"],
        code=row["evaluation_code"],
        version=row["questionnaire_version"],
        role=row["respondent_role"],
        answers=json.loads(row["answers"]),
        comments=row["comments"],
        received_on=row["received_on"],
        entered_by=row["entered_by"],
    )


class EvaluationStore(Store):
    # -- questionnaire versions (never changed once stored) --------------------------------
    def questionnaire(self, version: int | None = None) -> tuple[str, str] | None:
        """(definition, created_at) of `version`, or of the latest when None."""
        if version is None:
            rows = self.vault.query(
                "SELECT definition, created_at FROM questionnaire ORDER BY version DESC LIMIT 1"
            )
        else:
            rows = self.vault.query(
                "SELECT definition, created_at FROM questionnaire WHERE version = ?", (version,)
            )
        return (rows[0][0], rows[0][1]) if rows else None

    def versions(self) -> list[int]:
        return [r[0] for r in self.vault.query("SELECT version FROM questionnaire ORDER BY 1")]

    def add_questionnaire(self, version: int, definition: str, created_at: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO questionnaire(version, definition, created_at) VALUES (?,?,?)",
                (version, definition, created_at),
            )

    def seed_questionnaire(self, version: int, definition: str, created_at: str) -> None:
        """Store the shipped first version if the vault has none yet."""
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO questionnaire(version, definition, created_at) "
                "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM questionnaire)",
                (version, definition, created_at),
            )

    # -- the case's evaluation code --------------------------------------------------------
    def case_code(self, case_id: int) -> str | None:
        return self.vault.scalar(
            "SELECT evaluation_code FROM dispute_case WHERE id = ?", (case_id,)
        )

    def case_exists(self, case_id: int) -> bool:
        return self.vault.scalar("SELECT 1 FROM dispute_case WHERE id = ?", (case_id,)) is not None

    def assign_case_code(self, case_id: int, candidates: Iterable[str]) -> str:
        """Give the case the first candidate no other case holds, unless it has one already."""
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT evaluation_code FROM dispute_case WHERE id = ?", (case_id,)
            ).fetchone()
            if row is None:
                raise LookupError(case_id)
            if row[0]:
                return row[0]
            for code in candidates:
                taken = c.execute(
                    "SELECT 1 FROM dispute_case WHERE evaluation_code = ?", (code,)
                ).fetchone()
                if taken is None:
                    c.execute(
                        "UPDATE dispute_case SET evaluation_code = ? WHERE id = ?", (code, case_id)
                    )
                    return code
        raise RuntimeError("no free evaluation code")

    def code_in_use(self, code: str) -> bool:
        found = self.vault.scalar("SELECT 1 FROM dispute_case WHERE evaluation_code = ?", (code,))
        return found is not None

    def identifying_text(self, code: str) -> tuple[str, list[str]]:
        """The case number and participants' names behind a code, only to keep them OUT of
        what is typed from a returned form."""
        rows = self.vault.query(
            "SELECT c.number, p.name FROM dispute_case c LEFT JOIN participant p "
            "ON p.case_id = c.id WHERE c.evaluation_code = ?",
            (code,),
        )
        if not rows:
            return "", []
        return rows[0][0], [r[1] for r in rows if r[1]]

    # -- returned forms --------------------------------------------------------------------
    def add(self, form: ReturnedForm, entered_by: int | None) -> int:
        return self.insert(
            "evaluation",
            {
                "evaluation_code": form.code,
                "questionnaire_version": form.version,
                "respondent_role": form.role,
                "answers": json.dumps(dict(sorted(form.answers.items())), separators=(",", ":")),
                "comments": form.comments,
                "received_on": form.received_on,
                "entered_by": entered_by,
            },
        )

    def get(self, evaluation_id: int) -> Evaluation | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM evaluation WHERE id = ?", (evaluation_id,))
        return _evaluation(rows[0]) if rows else None

    def remove(self, evaluation_id: int) -> bool:
        with self.vault.writing() as c:
            cur = c.execute("DELETE FROM evaluation WHERE id = ?", (evaluation_id,))
            return cur.rowcount > 0

    def count_for_code(self, code: str) -> int:
        return int(
            self.vault.scalar("SELECT count(*) FROM evaluation WHERE evaluation_code = ?", (code,))
            or 0
        )

    def for_code(self, code: str) -> list[Evaluation]:
        return [
            _evaluation(r)
            for r in self.vault.query(
                f"SELECT {_COLUMNS} FROM evaluation WHERE evaluation_code = ? ORDER BY id", (code,)
            )
        ]

    # -- office aggregates (counted in SQL; no row leaves as a row) ------------------------
    def forms_by_version(self, start: str, end: str) -> dict[int, int]:
        rows = self.vault.query(
            "SELECT questionnaire_version, count(*) FROM evaluation "
            "WHERE received_on BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def forms_by_role(self, start: str, end: str) -> dict[str, int]:
        rows = self.vault.query(
            "SELECT respondent_role, count(*) FROM evaluation "
            "WHERE received_on BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def answer_counts(self, start: str, end: str) -> dict[tuple[str, int], int]:
        """(question key, answer value) -> how many forms in the period gave it."""
        rows = self.vault.query(
            "SELECT a.key, a.value, count(*) FROM evaluation e, json_each(e.answers) a "
            "WHERE e.received_on BETWEEN ? AND ? GROUP BY 1, 2",
            (start, end),
        )
        return {(r[0], int(r[1])): r[2] for r in rows}
