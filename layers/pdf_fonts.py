"""The Japanese font of Kaga Twin's PDFs (work orders, map layouts), for reportlab. No Qt.

Japanese text needs a font reportlab can embed (TrueType outlines): :func:`japanese_font` tries
``KAGA_TWIN_PDF_FONT``, IPAexGothic (Debian's ``fonts-ipaexfont-gothic``) and other known Japanese TrueType
fonts, then what ``fc-list :lang=ja`` lists, and falls back to reportlab's built-in CID font
``HeiseiKakuGo-W5`` (not embedded: the viewer supplies it). Noto CJK (``.ttc`` with CFF outlines) cannot be
embedded by reportlab.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: TrueType fonts with Japanese glyphs, tried in order (Debian's fonts-ipaexfont-gothic first)
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
    "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
    "C:/Windows/Fonts/YuGothR.ttc",
    "C:/Windows/Fonts/meiryo.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)
CID_FALLBACK = "HeiseiKakuGo-W5"
FONT_NAME = "KagaTwinJP"
#: characters a font must have to be used
PROBE = "補修作業区画加賀市受付済対応中凡例縮尺"

@dataclass(frozen=True)
class PdfFont:
    """The font the PDF's text uses: a registered name, and the file embedded (None for the CID fallback)."""

    name: str
    path: str | None

    @property
    def embedded(self) -> bool:
        return self.path is not None


def _fc_list() -> list[str]:
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, ":lang=ja", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})


def _try_ttf(path: str) -> Any | None:
    from reportlab.pdfbase.ttfonts import TTFont

    for index in (0, 1, 2) if path.lower().endswith(".ttc") else (0,):
        try:
            font = TTFont(FONT_NAME, path, subfontIndex=index)
        except Exception:  # TTFError for CFF outlines, OSError, struct errors on broken files
            return None
        if all(ord(ch) in font.face.charToGlyph for ch in PROBE):
            return font
    return None


@lru_cache(maxsize=1)
def japanese_font() -> PdfFont:
    """Register and return the font for Japanese text (see the module docstring for the order tried)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    own = os.environ.get("KAGA_TWIN_PDF_FONT")
    tried = ([own] if own else []) + [p for p in FONT_CANDIDATES if os.path.exists(p)] + _fc_list()
    seen: set[str] = set()
    for path in tried:
        real = os.path.realpath(path)
        if real in seen or not os.path.exists(real):
            continue
        seen.add(real)
        font = _try_ttf(real)
        if font is not None:
            pdfmetrics.registerFont(font)
            return PdfFont(FONT_NAME, real)
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return PdfFont(CID_FALLBACK, None)


__all__ = ["PdfFont", "japanese_font"]
