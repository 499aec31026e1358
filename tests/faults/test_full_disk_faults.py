"""A real full disk (#14): a small tmpfs in a private mount namespace, filled to a few
different margins; sign-in and writes either work or say the disk is full, and once space
is freed the vault opens, verifies and holds every acknowledged write. Skipped, with the
reason, where a tmpfs cannot be mounted (not root, no unshare)."""

from __future__ import annotations

import pytest

from tests.core.test_full_disk import DISK_FULL, can_mount, run_full_disk
from tests.faults.figures import FIGURES

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(can_mount() is not None, reason=str(can_mount())),
]


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory):
    from cms_desktop.core.clock import FakeClock
    from tests.support.builders import make_case
    from tests.support.office import make_office

    office = make_office(tmp_path_factory.mktemp("full"), FakeClock())
    for _ in range(5):
        make_case(office.ws)
    office.close()
    return office.path


@pytest.mark.parametrize("leave", [0, 6000, 40_000, 150_000, 600_000])
def test_a_full_disk_says_so_and_loses_nothing(closed_vault, tmp_path, leave):
    outcome = run_full_disk(closed_vault, tmp_path / "mnt", leave)
    FIGURES["full disk: runs"] += 1
    for step in ("sign_in", "write"):
        answer = outcome.get(step, "ok")
        assert "TRACEBACK" not in answer, outcome
        assert answer in ("ok", DISK_FULL), outcome
        FIGURES["full disk: disk-full sentences"] += int(answer == DISK_FULL)
    assert outcome["after_freeing"] == "ok", outcome
    FIGURES["full disk: writes acknowledged and kept"] += int(outcome.get("acknowledged", 0))
