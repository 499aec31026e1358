"""Before the first window: a missing system library for Qt's xcb plugin is one sentence
naming what to install, not Qt's own message about plugins followed by an abort."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cms_desktop.gui import app, launch, platform_check

pytestmark = pytest.mark.skipif(shutil.which("ldd") is None, reason="needs the ldd of glibc")


@pytest.fixture
def stranded_plugin(tmp_path):
    """The real xcb plugin copied where its own Qt libraries ($ORIGIN/../../lib) are not:
    the dynamic loader reports them missing, exactly as it would a missing libxcb-cursor0."""
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    shutil.copy(platform_check.xcb_plugin(), copy)
    return copy


def test_ldd_names_the_libraries_the_plugin_cannot_load(stranded_plugin):
    missing = platform_check.missing_libraries(stranded_plugin)
    assert "libQt6XcbQpa.so.6" in missing
    assert platform_check.missing_libraries(stranded_plugin.with_name("absent.so")) == []


def test_the_sentence_names_the_debian_packages():
    sentence = platform_check.explain(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    assert sentence == (
        "CMS Desktop cannot open its window: this computer lacks the system libraries "
        "libxcb-cursor.so.0, libxkbcommon-x11.so.0; install them with: "
        "sudo apt install libxcb-cursor0 libxkbcommon-x11-0"
    )
    names = ("cursor", "image", "randr", "shape")
    many = platform_check.explain([f"libxcb-{name}.so.0" for name in names])
    assert "lacks 4 system libraries (libxcb-cursor.so.0, libxcb-image.so.0, " in many
    assert many.endswith(" ".join(["sudo apt install", *(f"libxcb-{name}0" for name in names)]))
    odd = platform_check.explain(["libxcb-cursor.so.0", "libodd.so.7"])
    assert "sudo apt install libxcb-cursor0 (and the packages that provide libodd.so.7)" in odd


def test_the_check_runs_only_where_qt_would_use_xcb():
    assert platform_check.uses_xcb({}) is True
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}) is True
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}) is False
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    no_display = platform_check.problem({})
    assert no_display and "DISPLAY is not set" in no_display


def test_cms_desktop_says_what_to_install_and_starts_no_qt(stranded_plugin, monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: stranded_plugin)
    monkeypatch.setattr(app, "make_application", pytest.fail)  # Qt must not be started
    assert launch.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("CMS Desktop cannot open its window: this computer lacks")
    assert "libQt6XcbQpa.so.6" in err


def test_version_and_help_need_no_window(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(SystemExit) as exit_:
        launch.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("CMS Desktop ")


def test_a_qt_core_library_missing_its_system_library_is_one_sentence(monkeypatch, capsys):
    """On a fresh Debian without GLib, importing Qt itself fails: still one sentence."""

    def qt_cannot_load() -> Path:
        raise ImportError(
            "libglib-2.0.so.0: cannot open shared object file: No such file or directory"
        )

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(platform_check, "xcb_plugin", qt_cannot_load)
    assert launch.main([]) == 1
    assert capsys.readouterr().err == (
        "CMS Desktop cannot open its window: this computer lacks the system libraries "
        "libglib-2.0.so.0; install them with: sudo apt install libglib2.0-0.\n"
    )


def test_the_launcher_imports_no_qt_before_the_check():
    """Not even to find the plugin: Qt's core library may itself lack GLib, and ldd on the
    plugin then names that too, in the same sentence."""
    code = (
        "import sys; from cms_desktop.gui import platform_check as p; "
        "print(p.xcb_plugin().name, p.problem({'DISPLAY': ':99'}) is None or 'sentence', "
        "any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[0] == "libqxcb.so"
    assert out.stdout.split()[-1] == "False"


def test_the_window_carries_the_menu_entry_s_name_and_icon(qapp):
    application = app.make_application([])
    assert application.desktopFileName() == "cms-desktop"
    assert not application.windowIcon().isNull()
    entry = Path(__file__).parents[2] / "packaging" / "cms-desktop.desktop"
    assert "Icon=cms-desktop\n" in entry.read_text("utf-8")
