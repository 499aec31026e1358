"""The demo office reads like a real one: every held session says when it was marked held."""

from __future__ import annotations

from cms_desktop.core.demo import build_demo_office
from cms_desktop.core.intake import IntakeService, explanation_items
from cms_desktop.core.policy_text import policy_text
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.storage.keyslots import OWASP_MINIMUM


def test_every_held_demo_session_records_when_it_was_marked_held(tmp_path, clock):
    ws = build_demo_office(
        tmp_path / "demo.cmsvault", "director", "demo pass 2026", 60, kdf=OWASP_MINIMUM, clock=clock
    )
    try:
        held = [
            s
            for case_id in range(1, 61)
            for s in ws.sessions.for_case(case_id)
            if s.status == SessionStatus.HELD
        ]
        assert held, "the demo office should hold some sessions"
        assert all(s.held_recorded_at for s in held)
        assert all(s.held_recorded_at > s.starts_at for s in held)
    finally:
        ws.close()


def test_every_completed_demo_intake_is_one_the_intake_tab_would_complete(tmp_path, clock):
    """No demo case says "intake completed" beside "5 still to confirm" or an interviewer
    "(not recorded)": each completed intake names who held it, confirms every item of the
    policy text as explained, and says where to (refer) or why (decline)."""
    ws = build_demo_office(
        tmp_path / "demo.cmsvault", "director", "demo pass 2026", 60, kdf=OWASP_MINIMUM, clock=clock
    )
    try:
        files = [ws.intake.case_file(case_id) for case_id in range(1, 61)]
        completed = [f for f in files if f.intake.completed]
        assert completed, "the demo office should have completed intakes"
        for file in completed:
            intake = file.intake
            assert file.interviewer_name == "Demo Director", file.case.number
            assert intake.explained_items == frozenset(explanation_items()), file.case.number
            assert intake.explained and file.explained_by_name == "Demo Director"
            assert intake.explained_policy_version == policy_text().version
            assert file.completed_by_name == "Demo Director"
            IntakeService._check_complete(intake.screening)  # raises what the tab would say
        open_intakes = [f for f in files if not f.intake.completed]
        assert all(f.case.status == "intake" for f in open_intakes)
    finally:
        ws.close()
