"""Evaluation results per question for the annual report (R3, issue #17): forms counted
by the day they came back, answers per question, the mean and the share who agreed (4 or
5), each hidden with the counts it is worked out from. Forms carry no case and no name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cms_desktop.core.disclosure_control import rate_text
from cms_desktop.core.report_sheet import Derived, Sheet, Shown
from cms_desktop.core.statistics import _label as group_label
from cms_desktop.model.evaluations import NOT_APPLICABLE, ROLE_NOT_STATED, SCALE_VALUES
from cms_desktop.model.report import TOTAL

if TYPE_CHECKING:
    from cms_desktop.core.evaluations import EvaluationService

FORMS = "eval|forms"
COUNT = ("count", "Count")


def evaluation_measures(service: EvaluationService, sheet: Sheet, start: str, end: str) -> None:
    store = service.store
    by_version = store.forms_by_version(start, end)
    forms = sheet.count(FORMS, sum(by_version.values()))
    latest = service.questionnaire()
    _roles(sheet, store.forms_by_role(start, end), latest.roles)

    asked: dict[str, int] = {}
    newest: dict[str, tuple[str, str]] = {}  # key -> (question text, scale key)
    scales = {}
    for version in sorted(by_version):
        questionnaire = service.questionnaire(version)
        for question in questionnaire.questions:
            asked[question.key] = asked.get(question.key, 0) + by_version[version]
            newest[question.key] = (question.text, question.scale)
            scales[question.scale] = questionnaire.scales[question.scale]
    answers = store.answer_counts(start, end) if by_version else {}
    order = [q.key for q in latest.questions if q.key in asked]
    order += sorted(k for k in asked if k not in order)
    summary: dict[tuple[str, str], str | Derived] = {}
    summary_rows = []
    for number, key in enumerate(order, start=1):
        text, scale_key = newest[key]
        scale = scales[scale_key]
        total = FORMS if asked[key] == sheet.values[forms] else f"eval|q={key}"
        sheet.count(total, asked[key])
        values = [*SCALE_VALUES, NOT_APPLICABLE]
        raw = {v: answers.get((key, v), 0) for v in values}
        blank = max(0, asked[key] - sum(raw.values()))
        cells: dict[tuple[str, str], str | Derived] = {}
        rows = []
        parts = []
        for v in values:
            cell = sheet.count(f"eval|q={key}|a={v}", raw[v])
            label = scale.not_applicable if v == NOT_APPLICABLE else f"{v} · {scale.label(v)}"
            rows.append((str(v), label))
            cells[(str(v), COUNT[0])] = cell
            parts.append(cell)
        cells[("blank", COUNT[0])] = sheet.count(f"eval|q={key}|a=blank", blank)
        parts.append(cells[("blank", COUNT[0])])  # type: ignore[arg-type]
        rows.append(("blank", "No answer"))
        cells[(TOTAL, COUNT[0])] = total
        sheet.total(total, parts)
        answered_keys = [f"eval|q={key}|a={v}" for v in SCALE_VALUES]
        answered = sheet.count(f"eval|q={key}|answered", sum(raw[v] for v in SCALE_VALUES))
        sheet.total(answered, answered_keys)
        agreed = sheet.count(f"eval|q={key}|agreed", raw[4] + raw[5])
        sheet.total(agreed, [f"eval|q={key}|a=4", f"eval|q={key}|a=5"])
        sheet.table(
            f"evaluation_q{number}",
            f"{number}. {text}",
            [*rows, (TOTAL, "Forms that asked it")],
            [COUNT],
            cells,
            chart=True,
        )
        row = f"q{number}"
        summary_rows.append((row, f"{number}. {text}"))
        summary[(row, "asked")] = total
        summary[(row, "answered")] = answered
        summary[(row, "mean")] = Derived(_mean(answered_keys, answered))
        summary[(row, "agreed")] = Derived(_share(agreed, answered, sheet.minimum))
    sheet.table(
        "evaluation_results",
        "Participants' evaluations, per question",
        summary_rows,
        [
            ("asked", "Forms"),
            ("answered", "Answered 1-5"),
            ("mean", "Mean of 5"),
            ("agreed", "Agreed (4 or 5)"),
        ],
        summary,
        "A mean or share is hidden when any count it is worked out from is hidden.",
    )


def _roles(sheet: Sheet, counts: dict[str, int], roles: tuple) -> None:
    labels = {r.key: r.label for r in roles}
    labels[ROLE_NOT_STATED] = "Not stated"
    for key in counts:
        labels.setdefault(key, group_label(key))
    cells: dict[tuple[str, str], str | Derived] = {}
    parts = []
    for key in labels:
        cells[(key, COUNT[0])] = sheet.count(f"eval|role={key}", counts.get(key, 0))
        parts.append(f"eval|role={key}")
    sheet.total(FORMS, parts)
    cells[(TOTAL, COUNT[0])] = FORMS
    sheet.table(
        "evaluation_roles",
        "Evaluation forms returned, by who answered",
        [*labels.items(), (TOTAL, "Forms returned")],
        [COUNT],
        cells,
        chart=True,
    )


def _mean(keys: list[str], answered: str) -> Callable[[Shown], str | None]:
    def figure(shown: Shown) -> str | None:
        counts = [shown(k) for k in keys]
        n = shown(answered)
        if not n or any(c is None for c in counts):
            return None  # its numerator (the answers' sum) would give a hidden count away
        total = sum(v * (c or 0) for v, c in zip(SCALE_VALUES, counts, strict=True))
        return f"{total / n:.1f}"

    return figure


def _share(agreed: str, answered: str, minimum: int) -> Callable[[Shown], str | None]:
    return lambda shown: rate_text(shown(agreed), shown(answered), minimum)
