"""The one policy text every form and screen draws on (E0): resources/policy/policy-text.json.

The intake confirmation, the opening statement, the agreement to mediate and the notice
of the exceptions all read this, so the words a participant hears and signs are the same.

The office may supply its approved version of the text in another language
(OfficeSettings.policy_versions: language -> part -> text, every part of `parts()`,
for the English version it was made from). Forms for a case print inside
`printed_in(...)`, and every form part that reads policy_text() then reads that version.
Nothing here translates: a language the office has not supplied prints in English.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from cms_desktop.config import resource
from cms_desktop.model.i18n import DEFAULT_LANGUAGE
from cms_desktop.model.settings import OfficeSettings


@dataclass(frozen=True)
class ExceptionText:
    category: str
    clause: str
    title: str
    text: str


@dataclass(frozen=True)
class Commitment:
    clause: str
    key: str
    text: str


@dataclass(frozen=True)
class PolicyText:
    version: str
    title: str
    confidentiality: str
    exceptions_intro: str
    exceptions: tuple[ExceptionText, ...]
    exceptions_outro: str
    commitments: tuple[Commitment, ...]
    outcomes: str
    documents: str
    mediator_protection: str

    def exception(self, category: str) -> ExceptionText:
        for item in self.exceptions:
            if item.category == category:
                return item
        raise KeyError(category)


def policy_text() -> PolicyText:
    """The text forms print now: the English one, or the office's version a form for a
    case is being printed in (`printed_in`)."""
    return _PRINTING.get() or english_policy_text()


@cache
def english_policy_text() -> PolicyText:
    data = json.loads(resource("policy", "policy-text.json").read_text("utf-8"))
    return PolicyText(
        version=data["version"],
        title=data["title"],
        confidentiality=data["confidentiality"],
        exceptions_intro=data["exceptions_intro"],
        exceptions=tuple(ExceptionText(**e) for e in data["exceptions"]),
        exceptions_outro=data["exceptions_outro"],
        commitments=tuple(Commitment(**c) for c in data["commitments"]),
        outcomes=data["outcomes"],
        documents=data["documents"],
        mediator_protection=data["mediator_protection"],
    )


_PRINTING: ContextVar[PolicyText | None] = ContextVar("policy_printing", default=None)
VERSION_KEY = "version"  # which English version the office's version was made from


def parts(policy: PolicyText) -> list[tuple[str, str]]:
    """Every part of the text a version in another language supplies: (key, English)."""
    found = [
        ("title", policy.title),
        ("confidentiality", policy.confidentiality),
        ("exceptions_intro", policy.exceptions_intro),
    ]
    for e in policy.exceptions:
        found += [
            (f"exception.{e.category}.title", e.title),
            (f"exception.{e.category}.text", e.text),
        ]
    found.append(("exceptions_outro", policy.exceptions_outro))
    found += [(f"commitment.{c.key}", c.text) for c in policy.commitments]
    found += [
        ("outcomes", policy.outcomes),
        ("documents", policy.documents),
        ("mediator_protection", policy.mediator_protection),
    ]
    return found


def supplied(settings: OfficeSettings, language: str) -> bool:
    """Whether the office supplied every part of the current text in `language`."""
    return office_version(settings, language) is not None


def office_version(settings: OfficeSettings, language: str) -> PolicyText | None:
    """The office's version in `language` of the current text (English: the text itself);
    None when the office has not supplied it, left a part empty, or made it from an older
    English version."""
    english = english_policy_text()
    if language == DEFAULT_LANGUAGE:
        return english
    given = settings.policy_versions.get(language) or {}
    if given.get(VERSION_KEY) != english.version:
        return None
    words = {key: given.get(key, "").strip() for key, _ in parts(english)}
    if not all(words.values()):
        return None
    return dataclasses.replace(
        english,
        title=words["title"],
        confidentiality=words["confidentiality"],
        exceptions_intro=words["exceptions_intro"],
        exceptions=tuple(
            dataclasses.replace(
                e,
                title=words[f"exception.{e.category}.title"],
                text=words[f"exception.{e.category}.text"],
            )
            for e in english.exceptions
        ),
        exceptions_outro=words["exceptions_outro"],
        commitments=tuple(
            dataclasses.replace(c, text=words[f"commitment.{c.key}"]) for c in english.commitments
        ),
        outcomes=words["outcomes"],
        documents=words["documents"],
        mediator_protection=words["mediator_protection"],
    )


@contextmanager
def printed_in(settings: OfficeSettings, language: str) -> Iterator[str]:
    """Forms built inside print the office's version in `language` when it supplied one,
    else the English text; yields the language they print in."""
    version = office_version(settings, language)
    token = _PRINTING.set(version)
    try:
        yield language if version is not None else DEFAULT_LANGUAGE
    finally:
        _PRINTING.reset(token)
