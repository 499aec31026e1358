"""The printed roster compliance report (#9), read back with pypdf and checked against the
records of the office it describes."""

from __future__ import annotations

import re

from reportlab.lib.pagesizes import A4

from cms_desktop.forms.compliance_report import render_compliance_report
from cms_desktop.model.compliance import Decision
from tests.support.compliance_office import (
    PERIOD,
    SECRETS,
    build_three_mediators,
    expected_missed,
)
from tests.support.pdf import all_text
from tests.support.pdf import reader as pdf_reader


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start) : text.index(end, text.index(start))]


def case_number(office, kind: str, ident: int) -> str:
    sql = {
        "disclosure": "SELECT number FROM dispute_case WHERE id = ?",
        "destruction": "SELECT number FROM dispute_case WHERE id = ?",
        "session": "SELECT dc.number FROM mediation_session s JOIN dispute_case dc "
        "ON dc.id = s.case_id WHERE s.id = ?",
    }[kind]
    return office.ws.vault.scalar(sql, (ident,))


def test_the_report_names_the_late_report_the_kept_notes_and_the_compliant(office):
    built = build_three_mediators(office)
    ws = office.ws
    seq, digest = ws.audit.store.head()
    form = render_compliance_report(ws, PERIOD)
    text = all_text(form.pdf)
    expected = expected_missed(office)
    names = built.names
    ordered = sorted(names.values())  # the roster prints by name

    summary = section(text, "Missed ", "Duties missed")  # after the table's header row
    missed_part = section(text, "Duties missed", "Director overrides")
    for mediator_id, name in names.items():
        wanted = expected.get(mediator_id, set())
        # The summary row: name ... met, missed — the last figure is the missed count.
        following = ordered[ordered.index(name) + 1] if name != ordered[-1] else None
        row = section(summary + " END", name, following or " END")
        assert row.split()[-1] == str(len(wanted)), name
        # The missed section: exactly the cases of the missed duties, one line each.
        if not wanted:
            assert name not in missed_part
            continue
        after = missed_part[missed_part.index(name) :]
        nxt = [n for n in ordered if n != name and n in after]
        own = after[: min(after.index(n) for n in nxt)] if nxt else after
        numbers = sorted(re.findall(r"CMS-\d{4}-\d{4}", own))
        assert numbers == sorted(case_number(office, kind, ident) for kind, ident, *_ in wanted)
    lee_row = section(summary, "Lee Late", "Noor Notes")
    assert "1 reported late" in lee_row and "1 destroyed on time" in lee_row
    noor_row = section(summary + " END", "Noor Notes", " END")
    assert "1 held past the deadline" in noor_row
    assert "Support person" not in text  # override reasons stay on screen, not on paper
    assert "CMS-2026-0003: Director override of signed agreement to mediate" in text
    # The audit head at the time of printing, in the footer of every page.
    assert f"AUDIT HEAD AT PRINTING entry {seq}, hash {digest.hex()[:16]}" in text
    for secret in SECRETS:
        assert secret not in text


def test_decisions_taken_and_the_new_audit_head_are_printed(office, clock):
    built = build_three_mediators(office)
    ws = office.ws
    clock.advance(hours=2)
    ws.compliance.decide(
        built.noor, Decision.SUSPEND, "Notes of CMS-2026-0002 not destroyed.", "F3"
    )
    seq, digest = ws.audit.store.head()
    text = all_text(render_compliance_report(ws, PERIOD).pdf)
    decisions = section(text, "Roster decisions", "Policy on Confidentiality, version")
    expected = (
        "Noor Notes 2026-03-02 Suspended under F3 by Dana Director: Notes of {} not destroyed."
    )
    assert " ".join(decisions.split()) == expected.format("CMS-2026-0002")
    assert f"AUDIT HEAD AT PRINTING entry {seq}, hash {digest.hex()[:16]}" in text
    assert "suspended, not eligible" in section(text, "Noor Notes", "Duties missed")


def test_the_pdf_embeds_its_font_and_follows_the_paper_setting(office):
    build_three_mediators(office)
    ws = office.ws
    ws.settings.paper_size = "a4"
    form = render_compliance_report(ws, PERIOD)
    reader = pdf_reader(form.pdf)
    assert form.pages == len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in A4)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"] for f in fonts.values()]
    assert all("/FontFile2" in d for d in descriptors)
    assert "Page 1 of 1" in all_text(form.pdf)
    meta = " ".join(str(v) for v in reader.metadata.values())
    for secret in SECRETS:
        assert secret not in meta
