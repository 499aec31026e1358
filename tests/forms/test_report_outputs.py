"""The annual report's outputs (#17, R3): the CSV and the PDF read back, across all the
report's tables, by an attacker's audit; cms-admin report; every export audited."""

from __future__ import annotations

import csv
import io
import re
import stat
import sys

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cms_desktop.cli import admin
from cms_desktop.cli import report as report_cli
from cms_desktop.core import report_sheet
from cms_desktop.core.disclosure_control import Line, primary
from cms_desktop.core.report_export import AUDIT_KIND, export_audited, report_csv
from cms_desktop.forms.annual_report import HIDDEN, annual_report_pdf
from cms_desktop.model.report import TOTAL, AnnualReport
from tests.support.disclosure_audit import recomputable
from tests.support.office import PASSWORD
from tests.support.pdf import all_text
from tests.support.report_office import NAMES, clear, populate


@pytest.fixture
def truth(monkeypatch):
    """The true counts behind the last report built (kept by the test, never printed)."""
    found: dict[str, int] = {}
    build = report_sheet.Sheet.build

    def keep(self):
        found.clear()
        found.update(self.values)
        return build(self)

    monkeypatch.setattr(report_sheet.Sheet, "build", keep)
    return found


def read_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    comments = [line for line in text.splitlines() if line.startswith("#")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return comments, list(csv.DictReader(io.StringIO(body)))


def printed_sums(report: AnnualReport) -> list[tuple[str, tuple[str, ...]]]:
    """Every sum a reader can see: each table's total row and total column over its count
    cells, and the report's own list (shares' denominators, sessions per case...)."""
    sums = []
    for table in report.tables:
        rows = [r for r, _ in table.rows if r != TOTAL]
        cols = [c for c, _ in table.columns if c != TOTAL]
        for col, _ in table.columns:
            total = table.cells.get((TOTAL, col))
            parts = [table.cells.get((r, col)) for r in rows]
            if total and total.count and all(p and p.count for p in parts):
                sums.append((total.key, tuple(p.key for p in parts)))
        for row, _ in table.rows:
            total = table.cells.get((row, TOTAL))
            parts = [table.cells.get((row, c)) for c in cols]
            if total and total.count and all(p and p.count for p in parts):
                sums.append((total.key, tuple(p.key for p in parts)))
    counts = {c.key for t in report.tables for c in t.cells.values() if c.count}
    sums += [(t, p) for t, p in report.sums if t in counts and set(p) <= counts]
    return sums


def audit(report: AnnualReport, truth: dict[str, int]) -> dict[str, str]:
    text = report_csv(report, "Office")
    comments, rows = read_csv(text)
    assert f"# publication minimum: {report.minimum} " in comments[1] + " "
    by_place = {}
    for table in report.tables:
        for (row, col), cell in table.cells.items():
            labels = (dict(table.rows)[row], dict(table.columns)[col])
            by_place[(table.key, *labels)] = cell
    hidden = set()
    for row in rows:  # the CSV is exactly the report's cells, hidden ones blank
        cell = by_place[(row["table"], row["row"], row["column"])]
        assert row["suppressed"] == ("1" if cell.text is None else "0")
        assert row["value"] == (cell.text or "")
        if cell.count:
            if row["suppressed"] == "1":
                hidden.add(cell.key)
            else:
                value = int(row["value"])
                assert value == truth[cell.key]
                assert value == 0 or value >= report.minimum, row
    assert len(rows) == len(by_place)
    return recomputable(truth, hidden, printed_sums(report))


OFFICES = settings(
    max_examples=6,
    phases=[Phase.explicit, Phase.generate],  # an office is its seed: nothing to shrink
    deadline=None,
    database=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def audit_offices(office, truth) -> None:
    @OFFICES
    @given(st.integers(0, 10_000), st.integers(15, 140), st.integers(5, 12))
    def no_hidden_count_can_be_worked_out_across_tables(seed, cases, minimum):
        clear(office.ws)
        populate(office.ws, seed, cases)
        settings_ = office.ws.settings
        settings_.publication_minimum = minimum
        office.ws.save_settings(settings_)
        report = office.ws.annual_report.published("2026")
        assert audit(report, truth) == {}

    no_hidden_count_can_be_worked_out_across_tables()


def test_no_hidden_count_can_be_worked_out_from_the_csv_across_tables(office, truth):
    audit_offices(office, truth)


def test_the_audit_catches_per_line_suppression_across_tables(office, truth, monkeypatch):
    """Weakened: each sum on its own gets two hidden counts (the textbook rule), nothing
    checks what the report's sums say together."""

    def pairs_only(values, lines, minimum, hidden=(), keep=()):
        secret = set(primary(values, minimum))
        changed = True
        while changed:
            changed = False
            for line in lines:
                members = line.members
                if sum(m in secret for m in members) == 1:
                    shown = sorted((values[m], m) for m in members if m not in secret and values[m])
                    if shown:
                        secret.add(shown[0][1])
                        changed = True
        return frozenset(secret)

    monkeypatch.setattr(report_sheet, "protect", pairs_only)
    with pytest.raises(AssertionError):
        audit_offices(office, truth)
    assert Line  # the weakened rule works on the same lines


def test_the_pdf_and_csv_show_no_small_count_no_name_no_number_no_code(office, truth):
    populate(office.ws, seed=3, cases=220)
    report = office.ws.annual_report.published("2026")
    form = annual_report_pdf(office.ws, report)
    pdf_text = all_text(form.pdf)
    csv_text = report_csv(report, office.ws.settings.office_name)
    codes = [r[0] for r in office.ws.vault.query("SELECT evaluation_code FROM dispute_case")]
    numbers = [r[0] for r in office.ws.vault.query("SELECT number FROM dispute_case")]
    for text in (pdf_text, csv_text):
        assert "CMS-" not in text
        for secret in (*NAMES, *codes[:50], *numbers[:50], "Mediator Person"):
            assert secret not in text
    # each one-column count table: in the PDF, the row's label is followed by what the CSV
    # says (a count of the minimum or more, 0, or the hidden mark)
    _, rows = read_csv(csv_text)
    checked = 0
    for row in rows:
        table = report.table(row["table"])
        if not table.chart or row["row"] in ("Total",):
            continue
        shown = row["value"] or HIDDEN
        assert re.search(rf"{re.escape(row['row'])} {re.escape(shown)}\b", pdf_text) or (
            shown == HIDDEN and f"{row['row']} {HIDDEN}" in pdf_text
        ), row
        if row["value"]:
            assert int(row["value"]) == 0 or int(row["value"]) >= report.minimum
        checked += 1
    assert checked > 30
    assert "Complementary suppression" in pdf_text and "publication minimum 10" in pdf_text
    assert "Did the agreement hold?" in pdf_text and "latest follow-up" in csv_text


def test_every_export_is_audited_and_a_screen_report_never_leaves(office):
    populate(office.ws, seed=5, cases=60)
    service = office.ws.annual_report
    export_audited(office.ws.ctx, service.published("2026-Q2"), "csv", "file")
    [event] = [r for r in office.ws.audit.store.rows() if r.kind == AUDIT_KIND]
    assert event.detail == "csv; Quarter 2026-Q2 (2026-04-01 to 2026-06-30); file"
    screen = service.on_screen(service.published("2026").period)
    with pytest.raises(ValueError):
        export_audited(office.ws.ctx, screen, "csv", "file")
    with pytest.raises(ValueError):
        annual_report_pdf(office.ws, screen)


@pytest.fixture
def cli(office, monkeypatch):
    assert report_cli in admin.COMMANDS  # registered the way admin.py registers commands

    def run(*argv: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        return admin.main(
            [*argv, "--vault", str(office.path), "--user", "director", "--password-stdin"]
        )

    return run


def test_cms_admin_report_writes_both_outputs_and_audits_each(cli, office, tmp_path, capsys):
    populate(office.ws, seed=9, cases=120)
    pdf, table = tmp_path / "out" / "annual.pdf", tmp_path / "out" / "annual.csv"
    assert cli("report", "--period", "2025-26", "--pdf", str(pdf), "--csv", str(table)) == 0
    assert stat.S_IMODE(pdf.stat().st_mode) == stat.S_IMODE(table.stat().st_mode) == 0o600
    assert "Academic year 2025-26" in all_text(pdf.read_bytes())
    comments, rows = read_csv(table.read_text("utf-8"))
    assert comments[1].startswith("# publication minimum: 10")
    assert {r["table"] for r in rows} >= {"cases_by_category_outcome", "mediator_hours"}
    assert "Wrote the annual report for Academic year 2025-26" in capsys.readouterr().out
    events = [r.detail for r in office.ws.audit.store.rows() if r.kind == AUDIT_KIND]
    assert events == [
        "pdf; Academic year 2025-26 (2025-08-01 to 2026-07-31); cms-admin file",
        "csv; Academic year 2025-26 (2025-08-01 to 2026-07-31); cms-admin file",
    ]


def test_cms_admin_report_refuses_a_chosen_range_in_one_sentence(cli, office, tmp_path, capsys):
    out = tmp_path / "annual.csv"
    assert cli("report", "--period", "2026-01-05", "--csv", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("cms-admin: “2026-01-05” is not a standard period")
    assert "Traceback" not in err and not out.exists()
    assert cli("report", "--period", "2026") == 2
    assert "--pdf FILE or --csv FILE" in capsys.readouterr().err
