"""The demo office reads like a real one: every held session says when it was marked held."""

from __future__ import annotations

from cms_desktop.core.demo import build_demo_office
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
