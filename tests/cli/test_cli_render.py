"""cms-admin render: the same PDFs as the window, for batch printing."""

from __future__ import annotations

import io
import stat
import sys

import pytest

from cms_desktop.cli import admin, render
from cms_desktop.forms.catalog import FORMS, available
from cms_desktop.model.agreements import FinalAgreement
from tests.support.builders import make_case
from tests.support.office import PASSWORD
from tests.support.pdf import all_text, reader


@pytest.fixture
def cli(office, monkeypatch):
    """cms-admin with `render` registered as admin.py's COMMANDS register it."""
    assert render in admin.COMMANDS
    case_id = make_case(office.ws)
    number = office.ws.agreements.parties(case_id).number

    def run(*argv: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        return admin.main(
            [*argv, "--vault", str(office.path), "--user", "director", "--password-stdin"]
        )

    run.case_id, run.number = case_id, number  # type: ignore[attr-defined]
    return run


def test_render_agreement_to_a_file_records_the_print(cli, office, tmp_path, capsys):
    out = tmp_path / "packets" / "agreement.pdf"
    assert cli("render", "agreement-to-mediate", "--case", cli.number, "--out", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pdf = out.read_bytes()
    assert reader(pdf).metadata.title == f"Agreement to Mediate — {cli.number}"
    assert "Printed name: Zoë Nguyễn" in all_text(pdf)
    assert "Wrote Agreement to Mediate" in capsys.readouterr().out
    office.ws.vault.conn.execute("SELECT 1")  # the fixture's own connection still works
    [printed] = office.ws.agreements.prints(cli.case_id)
    assert printed.policy_version
    rows = [r for r in office.ws.audit.store.rows() if r.kind == "save_pdf"]
    assert [(r.record_id, r.detail) for r in rows] == [
        (cli.case_id, "agreement-to-mediate; cms-admin file")
    ]


def test_render_notice_to_standard_output_writes_no_file(cli, tmp_path, capsysbinary):
    before = set(tmp_path.rglob("*"))
    assert cli("render", "exception-notice", "--out", "-") == 0
    pdf = capsysbinary.readouterr().out
    assert pdf.startswith(b"%PDF")
    assert len(reader(pdf).pages) == 1
    # The empty instance lock file (taken by every command, #14) is the only addition.
    assert {p for p in tmp_path.rglob("*") if p.suffix != ".lock"} == before


def test_render_refusals_are_one_line(cli, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    assert cli("render", "agreement-to-mediate", "--out", out) == admin.EXIT_ERROR
    assert "Name the case with --case NUMBER" in capsys.readouterr().err
    assert cli("render", "agreement-to-mediate", "--case", "CMS-1999-0001", "--out", out) != 0
    assert "There is no case CMS-1999-0001." in capsys.readouterr().err
    assert cli("render", "final-agreement", "--case", cli.number, "--out", out) != 0
    assert "not been drafted yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_every_form_in_the_catalog_can_be_built(office):
    assert all(available(kind) for kind in FORMS)
    assert not available("birthday-card")


def test_every_catalog_kind_renders_through_cms_admin(cli, office, tmp_path):
    """The frozen bundle and the CLI print by kind: every kind the catalog knows must render
    (a kind left out of the CLI's choices, or a builder the bundle cannot import, fails here)."""
    assert tuple(FORMS) == render.FORM_CHOICES
    with office.ws.vault.transaction():  # the store writes inside core's transaction
        office.ws.agreements.store.save_final_agreement(
            FinalAgreement(
                cli.case_id, terms=["Quiet hours after 10 pm."], confidentiality="confidential"
            )
        )
    office.ws.disclosures.record(cli.case_id, "physical_harm", office.clock.now(), None)
    for kind, entry in FORMS.items():
        out = tmp_path / f"{kind}.pdf"
        case = ["--case", cli.number] if entry.per_case else []
        assert cli("render", kind, *case, "--out", str(out)) == 0, kind
        pdf = out.read_bytes()
        assert len(reader(pdf).pages) >= 1 and all_text(pdf).strip(), kind


def test_render_the_referral_of_a_case_s_disclosure(cli, office, tmp_path, capsys):
    out = tmp_path / "referral.pdf"
    assert cli("render", "referral", "--case", cli.number, "--out", str(out)) != 0
    assert "no exception disclosure" in capsys.readouterr().err
    learned = office.clock.now()
    office.ws.disclosures.record(cli.case_id, "physical_harm", learned, None)
    assert cli("render", "referral", "--case", cli.number, "--out", str(out)) == 0
    text = all_text(out.read_bytes())
    assert "Exception Referral" in text and cli.number in text
