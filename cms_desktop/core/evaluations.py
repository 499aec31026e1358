"""Evaluation forms (R1, R3): the versioned questionnaire, each case's evaluation code,
returned forms typed in, and their summaries.

Anonymity is built in rather than promised:
- a returned form is stored with the case's short random code, never the case or a person;
  there is no field for a name, and comments that name a participant of the case or carry
  a case number are refused;
- a case's answers are summarised only once `evaluation_minimum` forms came back; until
  then only the count is shown, so one participant's answers are never shown as theirs;
- the office summary hides small counts (core.statistics.suppress), and only the
  director reads it.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from cms_desktop.config import resource
from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.statistics import check_period, fixed_distribution, suppress
from cms_desktop.model.errors import CmsError
from cms_desktop.model.evaluations import (
    NOT_APPLICABLE,
    ROLE_NOT_STATED,
    SCALE_VALUES,
    CaseEvaluationSummary,
    Evaluation,
    OfficeEvaluationSummary,
    Question,
    Questionnaire,
    QuestionSummary,
    ReturnedForm,
)
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.statistics import Distribution, Period, Tally
from cms_desktop.storage.evaluations_store import EvaluationStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

# Six characters a person cannot misread on paper: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
CODE_LENGTH = 6
SHIPPED_QUESTIONNAIRE = "questionnaire-v1.json"
MAX_COMMENTS = 4000
BLANK = "blank"
CASE_NUMBER = re.compile(r"CMS-\d{4}-\d{3,}", re.IGNORECASE)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """As typed from paper: spaces and hyphens dropped, upper case."""
    return re.sub(r"[\s\-]", "", text).upper()


@cache
def shipped_questionnaire() -> Questionnaire:
    return Questionnaire.from_json(
        resource("questionnaire", SHIPPED_QUESTIONNAIRE).read_text("utf-8")
    )


class EvaluationService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = EvaluationStore(ctx.vault)
        self._versions: dict[int, Questionnaire] = {}  # versions never change once stored

    # -- the questionnaire ------------------------------------------------------------------
    def _seed(self) -> None:
        shipped = shipped_questionnaire()
        with self.ctx.vault.transaction():
            self.store.seed_questionnaire(
                shipped.version, shipped.to_json(), iso(self.ctx.clock.now())
            )

    def versions(self) -> list[int]:
        versions = self.store.versions()
        if not versions:
            self._seed()
            versions = self.store.versions()
        return versions

    def questionnaire(self, version: int | None = None) -> Questionnaire:
        """The given version, or the one printed on new forms (the latest)."""
        if version is None:
            version = self.versions()[-1]
        if version not in self._versions:
            found = self.store.questionnaire(version)
            if found is None:
                if not self.store.versions():
                    self._seed()
                    return self.questionnaire(version)
                raise ValidationError(
                    QT_TR_NOOP("There is no questionnaire version {version}."),
                    field="version",
                    version=version,
                )
            definition, created_at = found
            self._versions[version] = Questionnaire.from_json(definition, created_at)
        return self._versions[version]

    def questionnaires(self) -> list[Questionnaire]:
        return [self.questionnaire(v) for v in self.versions()]

    def add_question(self, text: str, scale: str = "agreement") -> Questionnaire:
        """A new version: the latest one's questions plus this one. Forms already entered
        keep the version they were given on."""
        self.ctx.require(Action.MANAGE_QUESTIONNAIRE)
        text_rules.check_text(text, "question")
        text = " ".join(text.split())
        latest = self.questionnaire()
        if len(text) < 5:
            raise ValidationError(QT_TR_NOOP("Write the question out in full."), field="text")
        if len(text) > 200:
            raise ValidationError(
                QT_TR_NOOP("Keep the question under 200 characters."), field="text"
            )
        if scale not in latest.scales:
            raise ValidationError(
                QT_TR_NOOP("Choose one of the questionnaire's scales."), field="scale"
            )
        if any(_fold(q.text) == _fold(text) for q in latest.questions):
            raise ValidationError(QT_TR_NOOP("The questionnaire already asks that."), field="text")
        known = {q.key for qn in self.questionnaires() for q in qn.questions}
        question = Question(_new_key(text, known), text, scale)
        version = latest.version + 1
        updated = latest.with_question(question, version, iso(self.ctx.clock.now()))
        with self.ctx.vault.transaction():
            self.store.add_questionnaire(version, updated.to_json(), updated.created_at)
            self.ctx.audit.record(AuditKind.QUESTIONNAIRE_VERSION_ADDED, "questionnaire", version)
        self._versions[version] = updated
        return updated

    # -- the case's evaluation code -----------------------------------------------------------
    def case_code(self, case_id: int) -> str:
        """The code printed on this case's forms, given to the case the first time it is
        needed. Random: it cannot be worked out from the case number."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        code = self.store.case_code(case_id)
        if code:
            return code
        if not self.store.case_exists(case_id):
            raise CmsError(QT_TR_NOOP("That case no longer exists."))
        with self.ctx.vault.transaction():
            code = self.store.assign_case_code(case_id, (new_code() for _ in range(50)))
            self.ctx.audit.record(AuditKind.EVALUATION_CODE_ASSIGNED, "dispute_case", case_id)
        return code

    def forms_returned(self, case_id: int) -> int:
        self.ctx.require(Action.VIEW_CASE, case_id)
        code = self.store.case_code(case_id)
        return self.store.count_for_code(code) if code else 0

    # -- entering returned forms --------------------------------------------------------------
    def enter(self, form: ReturnedForm) -> int:
        """Store one returned form; refuse (with the field) anything that would identify."""
        self.ctx.require(Action.ENTER_EVALUATION)
        text_rules.check_fields(form)
        clean = self.validate(form)
        with self.ctx.vault.transaction():
            evaluation_id = self.store.add(clean, self.ctx.user.id)
            self.ctx.audit.record(AuditKind.EVALUATION_ENTERED, "evaluation", evaluation_id)
        return evaluation_id

    def validate(self, form: ReturnedForm) -> ReturnedForm:
        code = normalize_code(form.code)
        if code and not self.store.code_in_use(code):
            raise ValidationError(
                QT_TR_NOOP("No case has the evaluation code {code}; check the code on the form."),
                field="code",
                code=code,
            )
        questionnaire = self.questionnaire(form.version)
        if form.role != ROLE_NOT_STATED and form.role not in {r.key for r in questionnaire.roles}:
            raise ValidationError(
                QT_TR_NOOP("Choose the respondent's role from the form."), field="role"
            )
        answers: dict[str, int] = {}
        for key, value in form.answers.items():
            if key not in questionnaire.keys:
                raise ValidationError(
                    QT_TR_NOOP("Version {version} of the form has no question {key!r}."),
                    field="answers",
                    version=questionnaire.version,
                    key=key,
                )
            if value != NOT_APPLICABLE and value not in SCALE_VALUES:
                raise ValidationError(
                    QT_TR_NOOP("Answers are 1 to 5, or 0 for does not apply."), field="answers"
                )
            answers[key] = int(value)
        comments = form.comments.strip()
        if len(comments) > MAX_COMMENTS:
            raise ValidationError(
                QT_TR_NOOP("Keep the comments under {MAX_COMMENTS} characters."),
                field="comments",
                MAX_COMMENTS=MAX_COMMENTS,
            )
        self._refuse_identifying(code, comments)
        if not answers and not comments:
            raise ValidationError(
                QT_TR_NOOP("This form has no answers and no comments; nothing to save."),
                field="answers",
            )
        received = self._received_on(form.received_on)
        return ReturnedForm(code, questionnaire.version, form.role, answers, comments, received)

    def _refuse_identifying(self, code: str, comments: str) -> None:
        if not comments:
            return
        if CASE_NUMBER.search(comments):
            raise ValidationError(
                QT_TR_NOOP("Leave the case number out of the comments: the form is anonymous."),
                field="comments",
            )
        if not code:
            return
        _number, names = self.store.identifying_text(code)
        word = named_in(comments, names)
        if word:
            raise ValidationError(
                QT_TR_NOOP(
                    'The comments contain "{word}", a name from this case; write '
                    '"[name]" instead, so the form stays anonymous.'
                ),
                field="comments",
                word=word,
            )

    def _received_on(self, text: str) -> str:
        today = self.today()
        if not text:
            return today.isoformat()
        try:
            received = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                QT_TR_NOOP("Write the date the form came back as YYYY-MM-DD."), field="received_on"
            ) from None
        if received > today:
            raise ValidationError(
                QT_TR_NOOP("The form cannot have come back after today."), "received_on"
            )
        return received.isoformat()

    def today(self) -> date:
        return self.ctx.clock.now().astimezone().date()

    def remove(self, evaluation_id: int) -> None:
        """Take back a form entered by mistake."""
        self.ctx.require(Action.ENTER_EVALUATION)
        with self.ctx.vault.transaction():
            if not self.store.remove(evaluation_id):
                raise CmsError(QT_TR_NOOP("That evaluation form was already removed."))
            self.ctx.audit.record(AuditKind.EVALUATION_REMOVED, "evaluation", evaluation_id)

    # -- summaries ------------------------------------------------------------------------------
    def case_summary(self, case_id: int) -> CaseEvaluationSummary:
        """The count always; the answers only once the office's minimum came back."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        minimum = max(1, self.ctx.settings.evaluation_minimum)
        code = self.store.case_code(case_id)
        forms = self.store.count_for_code(code) if code else 0
        if not code or forms < minimum:
            return CaseEvaluationSummary(forms, minimum, code=code)
        evaluations = self.store.for_code(code)
        by_version = Counter(e.version for e in evaluations)
        counts = _answer_counts(evaluations)
        questions = self._question_summaries(by_version, counts, suppress_under=None)
        # Sorted, so the order says nothing about which form (or when) a comment came from.
        comments = tuple(sorted((e.comments for e in evaluations if e.comments), key=_fold))
        return CaseEvaluationSummary(len(evaluations), minimum, questions, comments, code)

    def office_summary(self, period: Period) -> OfficeEvaluationSummary:
        """Every form received in the period, counts under the minimum hidden (R3)."""
        self.ctx.require(Action.VIEW_STATISTICS)
        check_period(period)
        minimum = max(1, self.ctx.settings.evaluation_minimum)
        start, end = period.start.isoformat(), period.end.isoformat()
        by_version = self.store.forms_by_version(start, end)
        forms = sum(by_version.values())
        if forms < minimum:
            return OfficeEvaluationSummary(period, minimum, None)
        latest = self.questionnaire()
        role_labels = {r.key: r.label for r in latest.roles}
        role_labels[ROLE_NOT_STATED] = "Not stated"
        roles = fixed_distribution(
            "roles", "Who answered", role_labels, self.store.forms_by_role(start, end), minimum
        )
        counts = self.store.answer_counts(start, end)
        questions = self._question_summaries(by_version, counts, suppress_under=minimum)
        return OfficeEvaluationSummary(period, minimum, forms, roles, questions)

    def _question_summaries(
        self,
        forms_by_version: Mapping[int, int],
        counts: Mapping[tuple[str, int], int],
        suppress_under: int | None,
    ) -> tuple[QuestionSummary, ...]:
        """One chart per question asked on any of these forms' versions, in the order of
        the newest version that asks it. A question counts only the forms that asked it."""
        asked: dict[str, int] = {}
        newest: dict[str, tuple[Question, Questionnaire]] = {}
        for version in sorted(forms_by_version):
            questionnaire = self.questionnaire(version)
            for question in questionnaire.questions:
                asked[question.key] = asked.get(question.key, 0) + forms_by_version[version]
                newest[question.key] = (question, questionnaire)
        order = _question_order(newest)
        summaries = []
        for key in order:
            question, questionnaire = newest[key]
            scale = questionnaire.scale_of(question)
            values = [*SCALE_VALUES, NOT_APPLICABLE]
            raw = [counts.get((key, v), 0) for v in values]
            raw.append(max(0, asked[key] - sum(raw)))
            labels = [f"{v} · {scale.label(v)}" for v in SCALE_VALUES]
            labels += [scale.not_applicable, "No answer"]
            keys = [*map(str, values), BLANK]
            answered = sum(raw[: len(SCALE_VALUES)])
            mean = (
                sum(v * c for v, c in zip(SCALE_VALUES, raw, strict=False)) / answered
                if answered
                else None
            )
            if suppress_under is None:
                shown: list[int | None] = list(raw)
                total: int | None = asked[key]
            elif asked[key] < suppress_under:
                shown, total, mean = [None] * len(raw), None, None
            else:
                shown, total = suppress(raw, suppress_under), asked[key]
                if answered < suppress_under:
                    mean = None
            rows = tuple(Tally(k, lab, c) for k, lab, c in zip(keys, labels, shown, strict=True))
            note = f"Mean {mean:.1f} of 5 over {answered} answers." if mean is not None else ""
            summaries.append(
                QuestionSummary(question, Distribution(key, question.text, rows, total, note), mean)
            )
        return tuple(summaries)


def _answer_counts(evaluations: Iterable[Evaluation]) -> Counter[tuple[str, int]]:
    counts: Counter[tuple[str, int]] = Counter()
    for evaluation in evaluations:
        for key, value in evaluation.answers.items():
            counts[(key, int(value))] += 1
    return counts


def _question_order(newest: Mapping[str, tuple[Question, Questionnaire]]) -> list[str]:
    """The form's own order: a new version only appends questions, so each question's place
    in the newest version asking it is its place on the form."""
    return sorted(newest, key=lambda k: (newest[k][1].keys.index(k), -newest[k][1].version))


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, so "Zoe" finds "Zoë"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def named_in(text: str, names: Iterable[str]) -> str:
    """The first word of `text` that is part of one of `names` ("" when none is)."""
    folded = _fold(text)
    for name in names:
        for token in re.split(r"[\s\-]+", name):
            token = token.strip(".,;:()\"'")
            if len(token) < 2:
                continue
            match = re.search(rf"(?<!\w){re.escape(_fold(token))}(?!\w)", folded)
            if match:
                return token
    return ""


def _new_key(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", _fold(text)).strip("_")[:40].rstrip("_") or "question"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key
