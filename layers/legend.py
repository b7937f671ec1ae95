"""What the legend lists: per layer the entries its adapter coloured with, and the sections the overlay draws,
in the words of :class:`OverlayText` (Japanese by default; the app sets its UI language).

A layer coloured by the hours its clock derives (time kind ``since``, e.g. hours since a segment was last
ploughed) lists its classes as time bands — ≤3 h, 3–6 h, …, >24 h — and the features without an event in the
word its theme gives (``Theme.values[attribute]["never"]``, e.g. 未除雪 / Not ploughed): :func:`band_label`.

The drawn legend keeps to a share of the view (:data:`LEGEND_MAX_WIDTH`): long layer names and values wrap onto a
second line and the rest is cut with "…" (:func:`fit_lines`).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from twin.document import TwinDocument, attribute_label
from twin.messages import language
from twin.style import LegendEntry, Style
from twin.themes import value_label

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter


@dataclass(frozen=True)
class OverlayText:
    """The words a scene draws or lists: legend titles and fixed legend words, the scale bar's note.

    Japanese by default, for Kaga City's reports (``kaga-twin render``); the app sets them in its UI language.
    """

    attribute_label: Callable[[str], str] = attribute_label
    other_layers: str = "その他のレイヤー"
    no_value: str = Style.null_label
    other_values: str = Style.other_label
    scale_note: str = "(画面中央)"
    #: the language of words that come from the themes (time bands, "never"); None: the message language
    lang: str | None = None


def _hours(x: float) -> str:
    return f"{x:g}"


def band_label(low: float, high: float, lang: str | None = None) -> str:
    """A class of hours as the legend names it: ``≤3 h`` / ``3 時間以内`` for the first class (from 0 or below),
    ``3–6 h`` / ``3–6 時間``, ``>24 h`` / ``24 時間超`` for an open last class."""
    ja = (lang or language()) == "ja"
    if not math.isfinite(high):
        return f"{_hours(low)} 時間超" if ja else f">{_hours(low)} h"
    if low <= 0:
        return f"{_hours(high)} 時間以内" if ja else f"≤{_hours(high)} h"
    return f"{_hours(low)}–{_hours(high)} 時間" if ja else f"{_hours(low)}–{_hours(high)} h"


#: the legend drawn in the view is at most this share of the view's width (and at least LEGEND_MIN_WIDTH_PX)
LEGEND_MAX_WIDTH = 0.28
LEGEND_MIN_WIDTH_PX = 180
ELLIPSIS = "…"


def text_em(text: str) -> float:
    """Width of ``text`` in ems, estimated: wide (CJK) characters 1 em, others 0.6 em."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.6 for c in text)


def _cut(text: str, max_em: float) -> int:
    """How many leading characters of ``text`` fit in ``max_em`` (at least one)."""
    used = 0.0
    for i, c in enumerate(text):
        used += text_em(c)
        if used > max_em:
            return max(1, i)
    return len(text)


def fit_lines(text: str, max_em: float, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines of at most ``max_em`` ems: broken at a space when one is near the
    end of a line (English), else at any character (Japanese), the last line cut with "…" when text is left."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines:
        if text_em(rest) <= max_em:
            lines.append(rest)
            rest = ""
            break
        n = _cut(rest, max_em)
        space = rest.rfind(" ", 0, n + 1)
        if space > n // 2:
            n = space
        lines.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    if rest:
        last = lines[-1] if lines else ""
        lines[-1:] = [last[:_cut(last, max_em - text_em(ELLIPSIS))].rstrip() + ELLIPSIS]
    return lines or [""]


def fit_title(title: str, max_em: float) -> list[str]:
    """A section title ``'layer: attribute'`` in lines of at most ``max_em``: the layer name wraps or is cut (two
    lines at most), the attribute stays whole after it (or on a line of its own)."""
    name, sep, attr = title.rpartition(": ")
    if not sep:
        return fit_lines(title, max_em)
    lines = fit_lines(name, max_em - text_em(":"))       # room for the colon when the attribute goes below
    last = f"{lines[-1]}: {attr}"
    if text_em(last) <= max_em:
        return [*lines[:-1], last]
    return [*lines[:-1], lines[-1] + ":", *fit_lines(attr, max_em, 1)]


def legend_rows(sections: list[tuple[str, list[LegendEntry]]], max_rows: float, title_em: float,
                entry_em: float, gap_rows: float = 0.0) -> list[tuple[str, str, str | None]]:
    """The rows of the drawn legend within ``max_rows``: ``("title", line, None)``, ``("entry", line, colour)``
    (the colour on an entry's first line, None on its second) and ``("more", "…", None)``. Every section's title
    is shown (wrapped by :func:`fit_title`, or on one line each when wrapped titles would take over half of a
    legend that cannot show everything); its entries
    follow, top section first, as many as fit, with a "…" row where some are left out — so a long list never hides
    the layers below it. When not even one line per title fits, the legend ends in "…". A title after an entry
    costs ``gap_rows`` more (the space between sections)."""
    entries = [[(fit_lines(e.label or t, entry_em), e.color) for e in es] for t, es in sections]
    titles = [fit_title(t, title_em) for t, _ in sections]
    wrapped = sum(len(t) for t in titles)
    if wrapped > len(titles) and wrapped + sum(len(x) for es in entries for x, _ in es) > max_rows \
            and wrapped > max_rows / 2:           # short view: one line per title leaves room for entries
        titles = [fit_lines(t, title_em, 1) for t, _ in sections]
    rows: list[tuple[str, str, str | None]] = []
    if len(titles) > max_rows:
        for lines in titles:
            if len(rows) + 1 > max_rows - 1:
                return [*rows, ("more", ELLIPSIS, None)] if max_rows >= 1 else []
            rows.append(("title", lines[0], None))
        return rows
    spare = max_rows - sum(len(t) for t in titles)
    for k, (lines_t, items) in enumerate(zip(titles, entries)):
        if rows and rows[-1][0] != "title":
            spare -= gap_rows
        rows += [("title", line, None) for line in lines_t]
        for i, (lines, color) in enumerate(items):
            keep = 1 if i < len(items) - 1 else 0             # a row for "…" if the next ones do not fit
            keep += gap_rows if k < len(titles) - 1 else 0     # and the space before the next title
            if len(lines) + keep > spare:
                if spare >= 1 + (gap_rows if k < len(titles) - 1 else 0):
                    rows.append(("more", ELLIPSIS, None))
                    spare -= 1
                break
            rows += [("entry", line, color if j == 0 else None) for j, line in enumerate(lines)]
            spare -= len(lines)
    return rows


class Legend:
    """Legend entries and sections of a scene's layers (``adapters``: layer id → adapter)."""

    def __init__(self, document: TwinDocument, adapters: Mapping[str, "LayerAdapter"]):
        self.document = document
        self.adapters = adapters
        self.text = OverlayText()

    def entries(self, layer_id: str) -> list[LegendEntry]:
        """Legend entries of a layer as currently drawn (empty for unknown or broken layers)."""
        ad = self.adapters.get(layer_id)
        if ad is None:
            return []
        # the entries for features without a value and for the rarest categories, in the UI's language
        words = {Style.null_label: self.text.no_value, Style.other_label: self.text.other_values}
        entries = [replace(e, label=words[e.label]) if e.value is None and e.label in words else e
                   for e in ad.legend_entries()]
        time, st = ad.layer.time, ad.layer.style
        if time is not None and time.value_attribute and st.mode == "graduated" and st.attribute == time.value_attribute:
            entries = self._bands(entries, st, time.value_attribute)
        return entries

    def _bands(self, entries: list[LegendEntry], style: Style, attribute: str) -> list[LegendEntry]:
        """Classes of hours since an event as time bands; features without one as the theme's word for never."""
        lang = self.text.lang or language()
        never = value_label(attribute, "never", lang)
        never = self.text.no_value if never == "never" else never
        out = []
        for e in entries:
            if isinstance(e.value, tuple) and len(e.value) == 2:
                out.append(replace(e, label=band_label(float(e.value[0]), float(e.value[1]), lang)))
            elif e.value is None and e.label in (style.null_label, self.text.no_value):
                out.append(replace(e, label=never))
            else:
                out.append(e)
        return out

    def sections(self) -> list[tuple[str, list[LegendEntry]]]:
        """(title, entries) of the visible layers, top layer first — what the overlay legend shows."""
        out = []
        for layer in reversed(list(self.document.layers)):
            ad = self.adapters.get(layer.id)
            if ad is None or not self.document.tree.is_shown(layer):
                continue
            entries = self.entries(layer.id)
            if not entries:
                continue
            if layer.style.mode == "single" or not layer.style.attribute:
                out.append(("", [LegendEntry(layer.name, entries[0].color, None, entries[0].count)]))
            else:
                out.append((ad.legend_title(self.text.attribute_label), entries))
        # single-colour layers share one untitled section at the end
        titled = [s for s in out if s[0]]
        singles = [e for t, es in out if not t for e in es]
        if singles:
            titled.append((self.text.other_layers, singles))
        return titled


__all__ = ["LEGEND_MAX_WIDTH", "LEGEND_MIN_WIDTH_PX", "Legend", "OverlayText", "band_label", "fit_lines", "fit_title", "legend_rows",
           "text_em"]
