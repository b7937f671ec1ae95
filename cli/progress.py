"""A dependency-free terminal progress bar on stderr."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """``progress(done, total, unit, message)`` callback that draws ``[#####-----]  45%  12.3/27.1 MB``.

    On a terminal the bar is redrawn in place (at most 10 times a second); otherwise one line is written
    per quarter, so logs stay short.
    """

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 30):
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._last_quarter = -1
        self._drawn = False

    @staticmethod
    def _amount(n: int, unit: str) -> str:
        return f"{n / 1e6:,.1f} MB" if unit == "bytes" else f"{n:,}"

    def __call__(self, done: int, total: int, unit: str = "bytes", message: str = "") -> None:
        frac = min(1.0, done / total) if total else 0.0
        now = time.monotonic()
        if self.tty:
            if frac < 1.0 and now - self._last < 0.1:
                return
            self._last = now
            fill = int(frac * self.width)
            amount = f"{self._amount(done, unit)}/{self._amount(total, unit)}" if total else self._amount(done, unit)
            line = f"\r{self.label} [{'#' * fill}{'-' * (self.width - fill)}] {frac:4.0%} {amount} {message}"
            self.stream.write(line[:160].ljust(100))
            self._drawn = True
        else:
            quarter = int(frac * 4)
            if quarter > self._last_quarter:
                self._last_quarter = quarter
                self.stream.write(f"{self.label}: {frac:.0%} of {self._amount(total, unit)}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
