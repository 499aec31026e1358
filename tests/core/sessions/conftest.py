"""The session tests' team: mediators and staff in the office template, and a case."""

from __future__ import annotations

from tests.support.session_team import office_template, team

__all__ = ["office_template", "team"]
