"""The Intake tab's contents as plain data: compared to spot unsaved changes, kept as a
draft in the vault across a lock, and turned into the IntakeForm core saves."""

from __future__ import annotations

import dataclasses
from typing import Any

from cms_desktop.model.cases import CaseDetails, IntakeForm, Participant, Screening

State = dict[str, Any]


def form_from_state(state: State) -> IntakeForm:
    details = CaseDetails(**state["details"])
    participants = tuple(
        Participant(**{**person, "position": position})
        for position, person in enumerate(state["participants"])
    )
    screening = Screening(**state["screening"])
    return IntakeForm(details, participants, screening, frozenset(state["explained"]))


def participant_state(person: Participant) -> dict[str, Any]:
    data = dataclasses.asdict(person)
    data.pop("position")
    return data
