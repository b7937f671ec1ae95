"""What DuckDB and the OS say about a project file, as sentences for the user; who holds its lock."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from twin.messages import tr
from twin.store import holders


def lock_holder(text: str) -> tuple[str | None, int | None]:
    m = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", text)
    return (m.group(1), int(m.group(2))) if m else (None, None)


def is_lock_error(exc: BaseException) -> bool:
    return "Could not set lock" in str(exc) or "Conflicting lock" in str(exc)


def holder_text(path: str | Path, exc: BaseException) -> tuple[str | None, int | None]:
    """Who holds the lock DuckDB could not take: (a name such as "Kaga Twin (the desktop app)" or
    "kaga-twin import", else the program's file name; its PID), or (None, None) when DuckDB did not say."""
    program, pid = lock_holder(str(exc))
    if pid is None:
        return None, None
    return holders.holder_name(pid, path) or Path(program or "").name, pid


def wait_note(path: str | Path, exc: BaseException, wait: float) -> str:
    """The line a command prints once when it has to wait for the project."""
    name, pid = holder_text(path, exc)
    return tr("{path} is in use by {name}; waiting up to {s:.0f} s…", path=path, s=wait,
              name=f"{name} (PID {pid})" if name else tr("another program"))


def describe_duckdb_error(path: str | Path, exc: BaseException, waited: float = 0.0, *,
                          writing: bool = True) -> str:
    """Turn a DuckDB/OS error about the project file into a sentence for the user (``waited``: seconds spent
    waiting for a lock another process held; ``writing``: the action needed to write)."""
    text = str(exc)
    if is_lock_error(exc):
        name, pid = holder_text(path, exc)
        if name == holders.APP_ROLE:
            if not writing:
                return tr("{path} is being written by Kaga Twin (the desktop app, PID {pid}): an import or analysis "
                          "is running there (waited {s:.0f} s). Try again when it has finished; nothing was "
                          "changed.", path=path, pid=pid, s=waited)
            return tr("{path} is open in Kaga Twin (the desktop app, PID {pid}), which was using it for the "
                      "{s:.0f} s waited. It lets go of the file a few seconds after its last use: try again, or "
                      "import from the app (File ▸ Import…); nothing was changed.", path=path, pid=pid, s=waited)
        if name and name.startswith("kaga-twin "):
            if writing:   # any other holder stops a writer, a reading command too
                return tr("{path} is in use by {name} (PID {pid}) (waited {s:.0f} s). Try again when it has "
                          "finished; nothing was changed.", path=path, name=name, pid=pid, s=waited)
            return tr("{path} is being changed by {name} (PID {pid}) (waited {s:.0f} s). Try again when it has "
                      "finished; nothing was changed.", path=path, name=name, pid=pid, s=waited)
        who = tr(" by {name} (PID {pid})", name=name, pid=pid) if pid else ""
        return tr("{path} is open in another program{who}. Close it there, or work on a copy; nothing was changed.",
                  path=path, who=who)
    if "not a valid DuckDB database file" in text or "Invalid Input Error: Attempting to open" in text:
        return tr("{path} is not a Kaga Twin project: it is not a DuckDB database file.", path=path)
    if "No space left on device" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return tr("The disk holding {path} is full; nothing was changed. Free some space and try again.", path=path)
    if ("Read-only file system" in text or "Permission denied" in text
            or getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES, errno.EPERM)):
        return tr("{path} cannot be written (read-only file or location); nothing was changed.", path=path)
    if "read-only mode" in text:
        return tr("{path} is open read-only; this action needs to write to it.", path=path)
    return f"{path}: {text}"


def _is_disk_error(exc: BaseException) -> bool:
    text = str(exc)
    return any(s in text for s in ("No space left", "Read-only file system", "Permission denied",
                                   "Could not set lock", "not a valid DuckDB"))


def _writable_path(path: Path) -> bool:
    """True if ``path`` (or, for a new file, its folder) may be written.

    Checks permission bits explicitly as well as ``os.access``, so a file marked read-only is treated as
    read-only even for root (as a desktop user would expect).
    """
    target = path if path.exists() else path.parent
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    if not mode & 0o222:
        return False
    if os.statvfs(target).f_flag & os.ST_RDONLY:
        return False
    return os.access(target, os.W_OK)


writable_path = _writable_path
