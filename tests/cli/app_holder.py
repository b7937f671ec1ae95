"""A child process that holds a project the way the desktop app does: the real :class:`gui.project_session.
ProjectSession` (offscreen Qt, no 3D view), driven by lines on stdin, answering on stdout.

``python tests/cli/app_holder.py PROJECT [IDLE_SECONDS]`` prints ``ready PID`` once the project is open. Commands:

* ``save``: the session saves the layers (a write scope), prints ``saved``;
* ``write SECONDS``: holds a write scope for that long, as an import in the window does (prints ``writing``
  when it has the file read-write, ``wrote`` at the end);
* ``read``: counts the facilities through the session's store, prints ``facilities N``;
* ``quit``.

Other programs' changes noticed by the session's watch are printed as ``changed TABLE,TABLE``.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    import twin.store.shared as shared
    from gui.project_session import ProjectSession

    if len(sys.argv) > 2:
        shared.IDLE_RELEASE_S = float(sys.argv[2])
    app = QApplication([])
    window = QWidget()
    session = ProjectSession(window, lambda: None)
    session.changedOutside.connect(lambda tables: say("changed " + ",".join(sorted(tables))))
    if not session.open(sys.argv[1]):
        say("failed")
        return 1
    lines: queue.Queue[str] = queue.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            lines.put(line)

    threading.Thread(target=read_stdin, daemon=True).start()

    def step() -> None:
        while not lines.empty():
            cmd = lines.get().split()
            if not cmd:
                continue
            if cmd[0] == "save":
                session.save_state()
                say("saved")
            elif cmd[0] == "write":
                with session.store.writing():
                    say("writing")
                    end = time.monotonic() + float(cmd[1])
                    while time.monotonic() < end:
                        app.processEvents()
                        time.sleep(0.02)
                say("wrote")
            elif cmd[0] == "read":
                say(f"facilities {session.store.query('SELECT count(*) FROM facilities')[0][0]}")
            elif cmd[0] == "quit":
                session.close()
                app.quit()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    say(f"ready {os.getpid()}")
    app.exec()
    return 0


def say(text: str) -> None:
    print(text, flush=True)


if __name__ == "__main__":
    sys.exit(main())
