"""A participant's form prints the policy text in the language chosen on the case, when the
office has supplied its version in that language (core/policy_text.py); otherwise in English,
and the RenderedForm says so for the window to tell the person before they print."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from cms_desktop.core.policy_text import printed_in
from cms_desktop.forms.document import RenderedForm

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


def in_case_language(
    ws: Workspace, case_id: int, build: Callable[[], RenderedForm]
) -> RenderedForm:
    """`build()` with the policy text in the case's language (or English, noted)."""
    wanted = ws.cases.get(case_id).language
    with printed_in(ws.settings, wanted) as language:
        form = build()
    return dataclasses.replace(
        form, language=language, not_supplied="" if language == wanted else wanted
    )
