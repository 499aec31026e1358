"""The README's set-up, CI and the packaging recipes name the same things."""

from __future__ import annotations

import re
from pathlib import Path

from cms_desktop.forms.catalog import FORMS
from cms_desktop.gui.platform_check import DEBIAN_PACKAGES

ROOT = Path(__file__).resolve().parents[1]


def section(text: str, title: str) -> str:
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def runtime_packages() -> list[str]:
    lines = (ROOT / "packaging" / "runtime-packages.txt").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_readme_names_the_system_packages_in_one_apt_line():
    setup = section((ROOT / "README.md").read_text("utf-8"), "Set up")
    [line] = [line for line in setup.splitlines() if line.startswith("sudo apt install ")]
    assert line.split()[3:] == ["python3-venv", *runtime_packages()]


def test_the_start_up_check_knows_every_package_it_may_name():
    assert set(runtime_packages()) <= set(DEBIAN_PACKAGES.values())


def test_ci_runs_the_readme_test_command_first():
    setup = section((ROOT / "README.md").read_text("utf-8"), "Set up")
    command = next(line for line in setup.splitlines() if "-m pytest" in line)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    first_step = re.search(r'^step "([^"]+)" (\S+)', ci, re.MULTILINE)
    assert first_step and first_step.group(2) == "tests"
    assert command in ci.split("tests() {", 1)[1].split("\n}", 1)[0]
    for check in (
        "packaging/build.sh",
        "packaging/check_bundle.sh",
        "packaging/check_printing.sh",
        "packaging/check_atspi.sh",
    ):
        assert f"bash {check}" in ci


def test_the_bundle_check_renders_every_catalog_kind():
    """check_bundle.sh takes the kinds from the catalog itself, so none can be skipped."""
    script = (ROOT / "packaging" / "check_bundle.sh").read_text("utf-8")
    assert "from cms_desktop.forms.catalog import FORMS" in script
    assert "evaluation-form" in FORMS
