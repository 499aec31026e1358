"""Give one case of a demo vault what every form kind needs, and print its number.

packaging/check_bundle.sh renders every form kind with the frozen `cms-admin render`; a
demo case has no final agreement and no exception disclosure, so the final agreement and
the referral sheet would (rightly) be refused. This runs from the source tree (the venv),
signs in as the director (password on standard input) and adds both to the demo's first
case.

    python packaging/checks/bundle_case.py VAULT USER < password
"""

from __future__ import annotations

import sys
from pathlib import Path

from cms_desktop.core.signin import sign_in
from cms_desktop.model.agreements import FinalAgreement


def main(vault: str, user: str) -> int:
    ws = sign_in(Path(vault), user, sys.stdin.readline().rstrip("\r\n"))
    try:
        case_id = 1  # the demo's first case
        with ws.vault.transaction():  # core owns transactions; this check writes a store directly
            ws.agreements.store.save_final_agreement(
                FinalAgreement(
                    case_id, terms=["Quiet hours after 10 pm."], confidentiality="confidential"
                )
            )
        ws.disclosures.record(case_id, "physical_harm", ws.clock.now(), None)
        print(ws.agreements.parties(case_id).number)
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
