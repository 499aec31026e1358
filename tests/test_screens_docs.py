"""docs/screens/ (#15): the index links every screenshot and every link has its picture;
each of the three roles is there, at both font sizes, under its own heading."""

from __future__ import annotations

import re
from pathlib import Path

SCREENS = Path(__file__).resolve().parents[1] / "docs" / "screens"
ROLES = {"director": "Director", "staff": "Staff (front desk)", "mediator": "Mediator"}


def sections(index: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", index, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_the_gallery_index_and_its_pictures_match():
    index = (SCREENS / "README.md").read_text("utf-8")
    linked = re.findall(r"\(([a-z0-9-]+\.png)\)", index)
    on_disk = {p.name for p in SCREENS.glob("*.png")}
    assert len(linked) == len(set(linked)), "a picture is linked twice"
    assert set(linked) == on_disk


def test_every_role_has_its_section_at_both_font_sizes():
    by_heading = sections((SCREENS / "README.md").read_text("utf-8"))
    assert "Before signing in" in by_heading
    for role, heading in ROLES.items():
        links = re.findall(r"\(([a-z0-9-]+\.png)\)", by_heading[heading])
        for variant in ("normal", "large"):
            mine = [name for name in links if name.startswith(f"{role}-{variant}-")]
            # Every case tab and the lock screen, at least; a role shown locked out has one.
            assert len(mine) >= 12, (role, variant, mine)
            assert f"{role}-{variant}-cases-intake.png" in mine
            assert f"{role}-{variant}-lock-screen.png" in mine
        assert all(name.startswith(f"{role}-") for name in links), role
    assert "director-high-contrast-cases-intake.png" in by_heading["Director"]


def test_a_screen_that_hangs_stops_the_render_with_its_name():
    """tools/render_screens.py's watchdog: a dialog waiting for a person ends the run with
    the screen's name and where the program was, instead of hanging it."""
    import subprocess
    import sys

    hang = (
        "import time\n"
        "from tools.screens_kit import Progress, watch\n"
        "where = Progress()\n"
        "watch(where, 1, lambda: print('cleaned up', flush=True))\n"
        "where[0] = 'Cases › Session › Schedule…'\n"
        "time.sleep(30)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", hang],
        cwd=SCREENS.parents[1],
        capture_output=True,
        text=True,
        timeout=25,
    )
    assert done.returncode == 2
    assert "cleaned up" in done.stdout
    assert "'Cases › Session › Schedule…' took more than 1 s" in done.stderr
    assert "time.sleep(30)" not in done.stderr  # the stack, not the source
    assert 'File "<string>", line 6' in done.stderr
