"""Fixtures that mount tiny filesystems (disk full, read-only); they skip where mounting is not allowed."""

from __future__ import annotations

import subprocess

import pytest


def _mount(target, *opts: str) -> str | None:
    """Mount a tmpfs on ``target``; None when it worked, else why not."""
    target.mkdir(parents=True, exist_ok=True)
    try:
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(opts), "tmpfs", str(target)],
                             capture_output=True, text=True)
    except OSError as exc:                       # no mount(8) at all
        return f"cannot run mount: {exc}"
    if res.returncode == 0:
        return None
    return (f"cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): "
            f"{(res.stderr or res.stdout).strip() or f'mount exited with {res.returncode}'}")


@pytest.fixture
def small_fs(tmp_path):
    """A 6 MB tmpfs: enough for an empty project, not for a big import."""
    mnt = tmp_path / "small"
    problem = _mount(mnt, "size=6m")
    if problem:
        pytest.skip(problem)
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def remountable_fs(tmp_path):
    """A tmpfs that the test can remount read-only with ``remount_ro()``."""
    mnt = tmp_path / "rofs"
    problem = _mount(mnt, "size=64m")
    if problem:
        pytest.skip(problem)

    def remount_ro():
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)

    yield mnt, remount_ro
    subprocess.run(["umount", "-l", str(mnt)], check=False)
