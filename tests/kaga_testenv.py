"""What the test environment has, and the switch that turns a skip into a failure.

Some tests need things outside the repository: the real PLATEAU samples beside the checkout
(``../shared/data/plateau``), an X display for the real window (Xvfb, started by pytest-xvfb), permission
to mount tiny filesystems (root with CAP_SYS_ADMIN), ``pyside6-lupdate``. Locally a test that lacks one of
them skips and ``pytest -ra`` says why in its summary.

With ``KAGA_TWIN_REQUIRE_ALL=1`` (set by ``.ci/run``) every skip is a failure instead, reported as
``KAGA_TWIN_REQUIRE_ALL=1: this test may not skip: <what is missing>``: a green CI run means that every
test ran. The hooks that do this live in ``tests/conftest.py`` and call :func:`skip_to_failure`.

``KAGA_TWIN_SHARED_PLATEAU`` points the real-data tests at another folder (e.g. a missing one, to see what a
checkout without ``../shared`` does).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SWITCH = "KAGA_TWIN_REQUIRE_ALL"

#: set by :func:`use_offscreen_qt_without_display` when the suite found no display and chose Qt's offscreen
#: platform itself (so the widget tests run, and the window tests name the missing display)
NO_DISPLAY_REASON: str | None = None


def require_all() -> bool:
    """True when skips are failures (``KAGA_TWIN_REQUIRE_ALL`` set to anything but empty or 0)."""
    return os.environ.get(SWITCH, "").strip().lower() not in ("", "0", "false", "no")


def shared_plateau_dir() -> Path:
    override = os.environ.get("KAGA_TWIN_SHARED_PLATEAU")
    return Path(override) if override else ROOT.parent / "shared" / "data" / "plateau"


def skip_to_failure(reason: str) -> str:
    """The failure text that replaces a skip under the switch."""
    return (f"{SWITCH}=1: this test may not skip, but it would have: {reason}\n"
            f"(install or provide what is missing; unset {SWITCH} to allow skips locally)")


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def use_offscreen_qt_without_display() -> None:
    """Without any display Qt's xcb platform aborts the whole process ("could not connect to display").

    Called after pytest-xvfb had its chance to start Xvfb: if there is still no display on Linux and no
    platform was chosen, use Qt's offscreen platform, so the widget tests run and the window tests skip
    (or fail under the switch) naming what is missing instead of the run dying with SIGABRT.
    """
    global NO_DISPLAY_REASON
    if not sys.platform.startswith("linux") or _has_display() or os.environ.get("QT_QPA_PLATFORM"):
        return
    if shutil.which("Xvfb") is None:
        NO_DISPLAY_REASON = ("no X display: Xvfb is not installed (apt-get install xvfb xauth; pytest-xvfb starts "
                             "it) and DISPLAY is not set")
    else:
        NO_DISPLAY_REASON = ("no X display: DISPLAY is not set and pytest-xvfb did not start Xvfb "
                             "(was it disabled with --no-xvfb?)")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def window_display_problem() -> str | None:
    """Why the real window with its 3D view cannot be tested here, or None if it can."""
    if NO_DISPLAY_REASON:
        return NO_DISPLAY_REASON + "; the 3D window tests need a real display"
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal"):
        return (f"QT_QPA_PLATFORM={platform} cannot host the 3D view (pyvistaqt's QtInteractor); run without it "
                "under Xvfb (pytest-xvfb)")
    if sys.platform.startswith("linux") and not _has_display():
        return "no X display: install xvfb (pytest-xvfb starts it) to run the 3D window tests"
    return None


# -- hooks (imported by tests/conftest.py) ------------------------------------------------------------------

def _skip_reason(rep) -> str:
    longrepr = rep.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def _fail_if_skipped(rep) -> None:
    if rep.skipped and not hasattr(rep, "wasxfail") and require_all():
        rep.outcome = "failed"
        rep.longrepr = skip_to_failure(_skip_reason(rep))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    rep = yield
    _fail_if_skipped(rep)
    return rep


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    rep = yield
    _fail_if_skipped(rep)   # a whole module skipped (pytest.importorskip, allow_module_level skips)
    return rep
