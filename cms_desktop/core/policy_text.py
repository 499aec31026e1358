"""The one policy text every form and screen draws on (E0): resources/policy/policy-text.json.

The intake confirmation, the opening statement, the agreement to mediate and the notice
of the exceptions all read this, so the words a participant hears and signs are the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cms_desktop.config import resource


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


@cache
def policy_text() -> PolicyText:
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
