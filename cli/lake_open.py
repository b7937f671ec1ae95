"""(being written: see issue 12)"""

from __future__ import annotations


def add_parser(lsub) -> None:
    pass
