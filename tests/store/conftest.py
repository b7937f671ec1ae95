"""Fixtures that mount tiny filesystems (disk full, read-only); they skip where mounting is not allowed."""

from __future__ import annotations

import subprocess

import pytest


def _mount(target, *opts: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(opts), "tmpfs", str(target)],
                         capture_output=True, text=True)
    return res.returncode == 0


@pytest.fixture
def small_fs(tmp_path):
    """A 6 MB tmpfs: enough for an empty project, not for a big import."""
    mnt = tmp_path / "small"
    if not _mount(mnt, "size=6m"):
        pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def remountable_fs(tmp_path):
    """A tmpfs that the test can remount read-only with ``remount_ro()``."""
    mnt = tmp_path / "rofs"
    if not _mount(mnt, "size=64m"):
        pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)")

    def remount_ro():
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)

    yield mnt, remount_ro
    subprocess.run(["umount", "-l", str(mnt)], check=False)
