"""Evaluation questionnaires (versioned, kept as data) and the returned forms.

A returned form has no field for the respondent's name and no link to a case or a
participant: only the case's short evaluation code, which the printed form carries.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from cms_desktop.model.statistics import Distribution, Period

NOT_APPLICABLE = 0  # "does not apply"; 1..5 are the scale's points
SCALE_VALUES: tuple[int, ...] = (1, 2, 3, 4, 5)
ROLE_NOT_STATED = "not_stated"  # the respondent ticked no role


@dataclass(frozen=True)
class Scale:
    key: str
    points: tuple[str, ...]  # labels of 1..5
    not_applicable: str = "Does not apply"

    def label(self, value: int) -> str:
        if value == NOT_APPLICABLE:
            return self.not_applicable
        return self.points[value - 1]


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    scale: str = "agreement"


@dataclass(frozen=True)
class RoleChoice:
    key: str
    label: str
    hotkey: str  # one letter typed during entry


@dataclass(frozen=True)
class Questionnaire:
    version: int
    title: str
    intro: str
    questions: tuple[Question, ...]
    scales: Mapping[str, Scale]
    roles: tuple[RoleChoice, ...]
    comments_prompt: str
    return_instructions: str = ""
    created_at: str = ""

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def scale_of(self, question: Question) -> Scale:
        return self.scales[question.scale]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)

    def role_label(self, key: str) -> str:
        for role in self.roles:
            if role.key == key:
                return role.label
        return "Not stated"

    def with_question(self, question: Question, version: int, created_at: str) -> Questionnaire:
        return replace(
            self, version=version, questions=(*self.questions, question), created_at=created_at
        )

    # -- as data (resources/questionnaire/*.json and the questionnaire table) ------------
    def to_json(self) -> str:
        data: dict[str, Any] = {
            "version": self.version,
            "title": self.title,
            "intro": self.intro,
            "return_instructions": self.return_instructions,
            "scales": {
                key: {"points": list(s.points), "not_applicable": s.not_applicable}
                for key, s in self.scales.items()
            },
            "questions": [{"key": q.key, "text": q.text, "scale": q.scale} for q in self.questions],
            "roles": [{"key": r.key, "label": r.label, "hotkey": r.hotkey} for r in self.roles],
            "comments_prompt": self.comments_prompt,
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, created_at: str = "") -> Questionnaire:
        data = json.loads(text)
        scales = {
            key: Scale(key, tuple(s["points"]), s.get("not_applicable", "Does not apply"))
            for key, s in data["scales"].items()
        }
        return cls(
            version=int(data["version"]),
            title=data["title"],
            intro=data["intro"],
            questions=tuple(Question(**q) for q in data["questions"]),
            scales=scales,
            roles=tuple(RoleChoice(**r) for r in data["roles"]),
            comments_prompt=data["comments_prompt"],
            return_instructions=data.get("return_instructions", ""),
            created_at=created_at,
        )


@dataclass(frozen=True)
class ReturnedForm:
    """One returned paper form, as typed in. There is no field for a name."""

    code: str  # the evaluation code printed on the form ("" when the form carried none)
    version: int  # the questionnaire version printed on the form
    role: str  # a RoleChoice key, or ROLE_NOT_STATED
    answers: Mapping[str, int] = field(default_factory=dict)  # left out: left blank
    comments: str = ""
    received_on: str = ""  # YYYY-MM-DD


@dataclass(frozen=True)
class Evaluation(ReturnedForm):
    """A returned form as stored."""

    id: int = 0
    entered_by: int | None = None


@dataclass(frozen=True)
class QuestionSummary:
    question: Question
    distribution: Distribution  # rows "1".."5", "0" (does not apply), "blank"
    mean: float | None  # of the 1..5 answers; None when too few to show


@dataclass(frozen=True)
class CaseEvaluationSummary:
    """Forms returned for one case; the answers only once `minimum` forms came back."""

    forms: int
    minimum: int
    questions: tuple[QuestionSummary, ...] = ()
    comments: tuple[str, ...] = ()
    code: str | None = None  # the case's evaluation code, once it has one

    @property
    def shown(self) -> bool:
        return self.forms >= self.minimum


@dataclass(frozen=True)
class OfficeEvaluationSummary:
    period: Period
    minimum: int
    forms: int | None  # None: fewer than the minimum came back in the period
    roles: Distribution | None = None
    questions: tuple[QuestionSummary, ...] = ()
