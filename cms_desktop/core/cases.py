"""Cases: the list the signed-in user may see, opening one (audited), and their records.

A mediator sees only the cases they are assigned to (the list query is narrowed here, in
core, not by the window). Opening a case records a "view_case" audit event, never content.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core import field_rules, text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.cases import (
    AFFILIATIONS,
    PARTICIPANT_ROLES,
    Case,
    CaseDetails,
    CaseListQuery,
    CaseListRow,
    Participant,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import FORM_LANGUAGES, QT_TR_NOOP
from cms_desktop.storage.case_list_store import CaseListStore
from cms_desktop.storage.cases_store import CaseStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.declarations import DeclarationService


def check_details(details: CaseDetails, today: date) -> None:
    """Raise ValidationError (naming the field) for the first thing wrong with `details`."""
    text_rules.check_fields(details)
    problem = field_rules.a_date(details.opened_on, "the date the case was opened", today, True)
    if problem:
        raise ValidationError(problem, field="opened_on")
    problem = field_rules.required(details.dispute_category, "the dispute category")
    if problem:
        raise ValidationError(problem, field="dispute_category")
    if details.language not in FORM_LANGUAGES:
        raise ValidationError(
            QT_TR_NOOP("Choose the language of the participants' forms."), field="language"
        )


def participant_problems(person: Participant) -> dict[str, str]:
    """Every field of a participant that is wrong, with what is wrong (empty: all fine)."""
    problems: dict[str, str] = {}
    checks = {
        "name": field_rules.required(person.name, "the participant's name"),
        "email": field_rules.email(person.email),
        "phone": field_rules.phone(person.phone),
    }
    problems.update({name: message for name, message in checks.items() if message})
    if person.role not in PARTICIPANT_ROLES:
        problems["role"] = "Choose the participant's role in the dispute."
    if person.affiliation not in AFFILIATIONS:
        problems["affiliation"] = "Choose the participant's university affiliation."
    return problems


def check_participants(participants: Sequence[Participant]) -> None:
    if not participants:
        raise ValidationError(QT_TR_NOOP("Add at least one participant."), field="participants")
    for index, person in enumerate(participants):
        text_rules.check_fields(person, f"participant.{index}.")
        problems = participant_problems(person)
        if problems:
            name, message = next(iter(problems.items()))
            raise ValidationError(message, field=f"participant.{index}.{name}")


def check_categories(categories: Sequence[str]) -> list[str]:
    """The office's dispute categories, tidied; ValidationError when the list will not do."""
    tidy = [" ".join(c.split()) for c in categories]
    if not tidy:
        raise ValidationError(QT_TR_NOOP("Keep at least one dispute category."), field="categories")
    seen: set[str] = set()
    for category in tidy:
        if not category:
            raise ValidationError(
                QT_TR_NOOP("A dispute category needs a name."), field="categories"
            )
        if category.casefold() in seen:
            raise ValidationError(
                QT_TR_NOOP("“{category}” is in the list twice."),
                field="categories",
                category=category,
            )
        seen.add(category.casefold())
    return tidy


class CaseService:
    def __init__(self, ctx: Context, declarations: DeclarationService) -> None:
        self.ctx = ctx
        self.declarations = declarations  # a mediator declares conflicts before opening
        self.store = CaseStore(ctx.vault)
        self.lists = CaseListStore(ctx.vault)

    # -- the case list -----------------------------------------------------------------
    def scoped(self, query: CaseListQuery) -> CaseListQuery:
        """The query narrowed to what the signed-in user may see."""
        self.ctx.require(Action.VIEW_CASE_LIST)
        return dataclasses.replace(query, only_mediator_id=self.ctx.scope.mediator_id)

    def list_page(
        self, query: CaseListQuery, after: CaseListRow | None = None, limit: int = 100
    ) -> list[CaseListRow]:
        return self.lists.page(self.scoped(query), after, limit)

    def count(self, query: CaseListQuery) -> int:
        return self.lists.count(self.scoped(query))

    # -- one case ------------------------------------------------------------------------
    def get(self, case_id: int) -> Case:
        """The case, if the signed-in user may see it (not audited: use `open` to show it)."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        case = self.store.get(case_id)
        if case is None:
            raise CmsError(QT_TR_NOOP("That case no longer exists."))
        return case

    def open(self, case_id: int) -> Case:
        """The case, shown to a person: records a "view_case" audit event."""
        case = self.get(case_id)
        self.declarations.check_may_open(case_id)  # a mediator declares first
        self.ctx.audit.record(AuditKind.VIEW_CASE, "case", case_id)
        return case

    def by_number(self, number: str) -> Case | None:
        if not text_rules.is_valid(number):
            return None  # no stored number holds a character that cannot be stored
        case = self.store.by_number(number)
        if case is None or not self.ctx.can_view_case(case.id):
            return None
        return case

    def participants(self, case_id: int) -> list[Participant]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.participants(case_id)

    # -- changes (the intake service calls these inside its own transaction) ------------
    def create(self, details: CaseDetails, participants: Iterable[Participant]) -> int:
        self.ctx.require(Action.CREATE_CASE)
        people = list(participants)
        check_details(details, self.ctx.clock.now().date())
        check_participants(people)
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            case_id = self.store.create(details, people, self.ctx.user.id, now)
            self.ctx.audit.record(AuditKind.CASE_CREATED, "case", case_id)
        return case_id

    def update(
        self, case_id: int, details: CaseDetails, participants: Sequence[Participant]
    ) -> None:
        """Save the case's details and make its participants exactly `participants`."""
        self.ctx.require(Action.EDIT_INTAKE, case_id)
        case = self.get(case_id)
        check_details(details, self.ctx.clock.now().date())
        if details.opened_on[:4] != str(case.year):
            raise ValidationError(
                QT_TR_NOOP("The opened date must stay in {year}, the year in the case number."),
                field="opened_on",
                year=case.year,
            )
        check_participants(participants)
        kept = {p.id for p in participants if p.id is not None}
        for before in self.store.participants(case_id):
            if (
                before.id is not None
                and before.id not in kept
                and self.store.participant_in_use(before.id)
            ):
                raise ValidationError(
                    QT_TR_NOOP(
                        "{name} took part in a session or signed a form, so they stay "
                        "with the case."
                    ),
                    field="participants",
                    name=before.name,
                )
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            self.store.update_details(case_id, details, now)
            self.store.save_participants(case_id, participants)

    def set_dispute_categories(self, categories: Sequence[str]) -> list[str]:
        """The director's list of categories offered for new cases (an office setting)."""
        self.ctx.require(Action.MANAGE_SETTINGS)
        tidy = check_categories(categories)
        self.ctx.save_settings(dataclasses.replace(self.ctx.settings, dispute_categories=tidy))
        return tidy

    def set_status(self, case_id: int, status: str) -> None:
        self.store.set_status(case_id, status, iso(self.ctx.clock.now()))
