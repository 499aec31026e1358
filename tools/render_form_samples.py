"""Render each printed form for a fictional case to PNG under docs/forms/ (for reviewers).

    PYTHONPATH=. python tools/render_form_samples.py [--dpi 80]

The PDFs are built in memory and piped to pdftoppm (poppler-utils); no PDF touches the disk.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cms_desktop.forms import (  # noqa: E402
    agreement_to_mediate,
    destruction_certificate,
    exception_notice,
    final_agreement,
)
from cms_desktop.model.agreements import (  # noqa: E402
    CaseMediator,
    CaseParties,
    FinalAgreement,
    Party,
)
from cms_desktop.model.retention import PurgedCase, PurgeReceipt, RecordClass  # noqa: E402
from cms_desktop.model.settings import OfficeSettings  # noqa: E402

OUT = ROOT / "docs" / "forms"

SETTINGS = OfficeSettings(
    office_name="Campus Mediation Services",
    office_address="5100 Rockhill Road, 301 Student Union, Kansas City, MO 64110 · (816) 235-0000",
)
CASE = CaseParties(
    case_id=1,
    number="CMS-2026-0042",
    status="scheduled",
    outcome=None,
    participants=(
        Party(1, "Zoë Nguyễn", "party"),
        Party(2, "Ólafur Þórsson", "party"),
        Party(3, "Siobhán O'Connor", "support"),
    ),
    mediators=(CaseMediator(1, "Maria Alvarez"), CaseMediator(2, "James Okafor")),
)
FINAL = FinalAgreement(
    case_id=1,
    outcome="partial",
    terms=[
        "Zoë and Ólafur will share the lab bench on alternate days: Zoë on Monday, Wednesday "
        "and Friday, Ólafur on Tuesday and Thursday.",
        "Each of us will label our own samples and leave the bench clean by 5 pm.",
        "If a problem comes up, we will first talk to each other, and if that does not work "
        "we will ask the lab manager to meet with both of us.",
        "We will meet again in six weeks to see how the schedule is working.",
    ],
    confidentiality="shareable",
    share_with="The lab manager, Dr. Priya Raman",
    share_how="The participants will give her a copy of items 1 to 3 together, in person.",
)
ON = date(2026, 3, 2)
PURGE = PurgeReceipt(
    purged=[
        PurgedCase(
            f"CMS-2022-{n:04d}", RecordClass.CASE_FILE, f"2022-{1 + n % 12:02d}-{10 + n % 17}"
        )
        for n in range(1, 15)
    ]
    + [PurgedCase("CMS-2019-0007", RecordClass.DISCLOSURES, "2019-05-14")],
    purged_at="2026-03-02T15:00:00+00:00",
    approved_by="Dana Whitfield",
)


def forms() -> dict[str, bytes]:
    return {
        "agreement-to-mediate": agreement_to_mediate.render(CASE, SETTINGS, ON).pdf,
        "final-agreement": final_agreement.render(CASE, FINAL, SETTINGS, ON).pdf,
        "exception-notice": exception_notice.render(SETTINGS).pdf,
        "destruction-certificate": destruction_certificate.render(PURGE, SETTINGS).pdf,
        **letters(),
    }


def letters() -> dict[str, bytes]:
    """Each letter as the office prints it, for Zoë at a safe address (window envelope)."""
    from cms_desktop.core.letter_templates import LETTERS, SAMPLE, default_template, fill
    from cms_desktop.core.letters import Letter
    from cms_desktop.forms import letter
    from cms_desktop.model.follow_through import SafeContact

    contact = SafeContact(1, "post", False, True, "1200 E 52nd Street, Apt 4", True, True)
    values = {**SAMPLE, "office_name": SETTINGS.office_name, "office_address": "5100 Rockhill Road"}
    address = "Zoë Nguyễn\n1200 E 52nd Street, Apt 4\nKansas City, MO 64110"
    return {
        f"letter-{kind}": letter.render(
            SETTINGS,
            Letter(
                entry,
                1,
                CASE.number,
                "Zoë Nguyễn",
                address,
                contact,
                fill(default_template(kind), values),
                SAMPLE["today"],
            ),
        ).pdf
        for kind, entry in LETTERS.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    for name, pdf in forms().items():
        subprocess.run(
            [pdftoppm, "-png", "-r", str(args.dpi), "-", str(OUT / name)], input=pdf, check=True
        )
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
