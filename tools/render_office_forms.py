"""Render the forms that are built from a vault (intake form, referral sheet, compliance
report, annual report) for a small synthetic demo office, to PNG under docs/forms/ for reviewers.

    PYTHONPATH=. python tools/render_office_forms.py

The demo vault lives in a temporary folder that is removed afterwards; the PDFs are piped
to pdftoppm (poppler-utils) from memory. tools/render_form_samples.py does the others.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cms_desktop.core.demo import build_demo_office  # noqa: E402
from cms_desktop.core.report_periods import containing  # noqa: E402
from cms_desktop.core.signin import sign_in  # noqa: E402
from cms_desktop.forms.annual_report import annual_report_pdf  # noqa: E402
from cms_desktop.forms.compliance_report import render_compliance_report  # noqa: E402
from cms_desktop.forms.intake_form import blank_intake_form, intake_form  # noqa: E402
from cms_desktop.forms.referral_sheet import referral_sheet  # noqa: E402
from cms_desktop.model.accounts import Role  # noqa: E402
from cms_desktop.model.compliance import Period  # noqa: E402
from cms_desktop.storage.keyslots import OWASP_MINIMUM  # noqa: E402

OUT = ROOT / "docs" / "forms"
PASSWORD = "demo office password"


def to_png(pdf: bytes, name: str, dpi: int = 80) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is needed (apt-get install poppler-utils)")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-", str(OUT / name)], input=pdf, check=True
    )
    print(f"docs/forms/{name}-*.png")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cms-forms-") as tmp:
        ws = build_demo_office(
            Path(tmp) / "demo.cmsvault", "director", PASSWORD, 300, kdf=OWASP_MINIMUM
        )
        case_id = ws.vault.scalar(
            "SELECT id FROM dispute_case WHERE status = 'in_mediation' ORDER BY id DESC LIMIT 1"
        )
        to_png(intake_form(ws, case_id).pdf, "intake-form")
        to_png(blank_intake_form(ws.settings).pdf, "intake-form-blank")
        mediator_id = ws.vault.scalar(
            "SELECT mediator_id FROM case_mediator WHERE case_id = ? LIMIT 1", (case_id,)
        )
        ws.accounts.add(
            "amara", "Amara Mediator", Role.MEDIATOR, mediator_id=mediator_id, password=PASSWORD
        )
        mediator = sign_in(ws.vault.path, "amara", PASSWORD)
        learned = mediator.clock.now() - timedelta(hours=2)
        disclosure = mediator.disclosures.record(
            case_id, "discrimination", learned, mediator_id, "national origin"
        )
        to_png(referral_sheet(mediator, disclosure.id).pdf, "referral-sheet")
        mediator.close()
        today = date.today()
        period = Period(date(today.year, 1, 1), today)
        to_png(render_compliance_report(ws, period).pdf, "compliance-report")
        # The annual report (#17): the last full academic year, publication minimum.
        last = date.fromisoformat(ws.vault.scalar("SELECT max(opened_on) FROM dispute_case"))
        start_month = ws.settings.academic_year_start_month
        current = containing(last, "academic_year", start_month)
        year = containing(current.period.start - timedelta(days=1), "academic_year", start_month)
        report = ws.annual_report.published(year.name)
        to_png(annual_report_pdf(ws, report).pdf, "annual-report")
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
