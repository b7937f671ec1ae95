"""Opening dataset zips as they are made: member names in UTF-8, or in Shift_JIS from Japanese Windows tools.

A zip entry without the UTF-8 flag has names in "the system code page". Python reads those as cp437, which turns
a name written on Japanese Windows (cp932) into mojibake ('17206_ë┴ëΩÄs/…'). :func:`open_zip` reads such
names as cp932 when every one of them decodes as cp932, else as the standard says.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_UTF8_FLAG = 0x800


def _needs_cp932(zf: zipfile.ZipFile) -> bool:
    legacy = [i for i in zf.infolist() if not i.flag_bits & _UTF8_FLAG and not i.filename.isascii()]
    if not legacy:
        return False
    try:
        for i in legacy:
            i.filename.encode("cp437").decode("cp932")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


def open_zip(path: str | Path) -> zipfile.ZipFile:
    """``zipfile.ZipFile(path)`` with Japanese Windows member names read correctly (see the module docstring)."""
    zf = zipfile.ZipFile(path)
    if not _needs_cp932(zf):
        return zf
    zf.close()
    return zipfile.ZipFile(path, metadata_encoding="cp932")


__all__ = ["open_zip"]
