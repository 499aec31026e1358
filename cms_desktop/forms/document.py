"""A rendered form: PDF bytes held in memory (never a temporary file)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderedForm:
    kind: str  # "agreement-to-mediate", "final-agreement", "intake-form", ...
    title: str  # for windows and the audit trail; never a participant's name
    pdf: bytes
    case_id: int | None = None
    pages: int = 0
    # The language its policy text printed in, and the case's language when the office
    # has not supplied its version of the text in it (the form printed in English).
    language: str = "en"
    not_supplied: str = ""
