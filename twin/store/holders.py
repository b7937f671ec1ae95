"""Who holds a project file: so a lock message names Kaga Twin and the command, not ``python3.11``.

DuckDB's lock error names the executable and the PID of the process holding the file. Every process that opens
a project through :class:`~twin.store.Store` leaves a small note ``<pid>.json`` in a folder of the temporary
directory while it has the file open (the project path and what it is: the desktop app, or ``kaga-twin import``
…), and removes it when it closes the project. :func:`holder_name` reads the note of the PID DuckDB names; a
note whose project does not match (a reused PID, a stale note of a crashed process) is ignored. Without a note
the process's command line (``/proc``) is used where there is one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from pathlib import Path

#: what this process is, as a lock message shows it (the CLI sets ``kaga-twin <command>``)
ROLE = "Kaga Twin"
#: how the desktop app shows itself (a store opened with ``shared=True``)
APP_ROLE = "Kaga Twin (the desktop app)"

_lock = threading.Lock()
_held: dict[str, str] = {}   # project path → role, for this process


def _folder() -> Path:
    return Path(tempfile.gettempdir()) / f"kaga-twin-open-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def _note(pid: int) -> Path:
    return _folder() / f"{pid}.json"


def _write() -> None:
    note = _note(os.getpid())
    with contextlib.suppress(OSError):
        if not _held:
            note.unlink(missing_ok=True)
            return
        note.parent.mkdir(mode=0o700, exist_ok=True)
        tmp = note.with_suffix(".tmp")
        tmp.write_text(json.dumps(_held, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, note)


def announce(path: Path, role: str | None = None) -> None:
    """This process has ``path`` open (as ``role``, default :data:`ROLE`)."""
    with _lock:
        _held[str(path)] = role or ROLE
        _write()


def withdraw(path: Path) -> None:
    """This process closed ``path``."""
    with _lock:
        if _held.pop(str(path), None) is not None:
            _write()


def _command_line(pid: int) -> str | None:
    """A readable name from the process's command line: ``kaga-twin import`` or Kaga Twin, else None."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    words = [a.decode("utf-8", "replace") for a in args if a]
    for i, word in enumerate(words):
        name = Path(word).name
        if name in ("kaga-twin", "main.py"):
            rest = [w for w in words[i + 1:] if not w.startswith("-")]
            return f"kaga-twin {rest[0]}" if rest and not Path(rest[0]).suffix else ROLE
    return None


def holder_name(pid: int | None, path: Path | str) -> str | None:
    """What holds ``path`` in process ``pid``: the role its note gives, or a name from its command line."""
    if pid is None:
        return None
    with contextlib.suppress(OSError, ValueError):
        held = json.loads(_note(pid).read_text(encoding="utf-8"))
        role = held.get(str(Path(path).expanduser().absolute()))
        if role:
            return role
    return _command_line(pid)


__all__ = ["APP_ROLE", "ROLE", "announce", "holder_name", "withdraw"]
