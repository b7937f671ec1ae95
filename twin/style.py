"""Layer styles: single colour, categorized by attribute, graduated by attribute; legends.

A :class:`Style` is pure evented state (no Qt, no VTK). Given the attribute values of a layer's
features it classifies them and produces

* :meth:`Style.colors` — an ``(n, 4)`` ``uint8`` RGBA array, one row per value, and
* :meth:`Style.legend` — a list of :class:`LegendEntry` (label, hex colour, value or range, count).

The colormaps are small tables shipped here (sampled from matplotlib's, so no matplotlib is
needed at run time); append ``_r`` to reverse one, e.g. ``'RdYlGn_r'``.

Classification rules:

* ``categorized``: every distinct non-null value is a category, compared as text (``str(value)``,
  integral floats as integers). Colours come from :attr:`Style.categories` when the value is there,
  otherwise from the qualitative palette :attr:`Style.palette`, assigned in sorted value order so the
  same data always gets the same colours. Null values get :attr:`Style.null_color`.
* ``graduated``: numeric values are cut into classes over the finite values by mapclassify's classifiers:
  ``natural_breaks`` (Fisher-Jenks, :class:`mapclassify.FisherJenks`), ``head_tail``
  (:class:`mapclassify.HeadTailBreaks`, which decides its own number of classes, at most ``MAX_CLASSES``),
  ``quantile`` (:class:`mapclassify.Quantiles`' rule, equal counts; repeated quantiles collapse, so there may be
  fewer classes) and ``equal_interval`` (:class:`mapclassify.EqualInterval`'s rule; both computed with numpy,
  the same bins, so the default terrain style does not load mapclassify at start-up), each with :attr:`Style.classes` classes.
  Their classes are mapclassify's: closed on the right, ``(a, b]``, the first also holding its lower edge (the
  minimum). Fisher-Jenks is O(k·n²) (seconds for a few thousand values without numba), so above
  :data:`FISHER_JENKS_SAMPLE` values it classifies a deterministic sample — the sorted values at evenly spaced
  ranks, minimum and maximum included — and every feature is then put in a class by those breaks (legend counts
  count every feature). Class ``k`` takes the colormap colour at ``k / (classes - 1)``. Null and non-finite
  values get :attr:`Style.null_color`. ``manual`` uses :attr:`Style.breaks` as the class edges (the last may be
  ``inf`` for an open class such as "20 m –"; values below the first / above the last edge go to the first /
  last class), closed on the left as official ranks are ("0.5 m 以上 3 m 未満": a value on an edge goes to the
  upper class), e.g. the official flood-depth ranks ``[0, 0.5, 3, 5, 10, 20, inf]`` with the ``hazard``
  colormap.
* ``single``: every feature gets :attr:`Style.color`.

Mutating a field emits ``style.events.<field>(new, old)``. :attr:`categories` is a dict: assign a new
dict (``style.categories = {**style.categories, "住宅": "#ffd966"}``) or use
:meth:`Style.set_category_color` so the change is signalled.
"""

from __future__ import annotations

import hashlib
import math
import re
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from twin.events import evented

MODES = ("single", "categorized", "graduated")
#: classification methods (graduated); see the module docstring
METHODS = ("natural_breaks", "head_tail", "quantile", "equal_interval", "manual")
MAX_CLASSES = 20
#: Fisher-Jenks classifies at most this many values (a deterministic sample of larger arrays): mapclassify's
#: pure-Python Fisher-Jenks takes ~0.08 s for 300 values, ~0.9 s for 1,000 and ~20 s for 5,000 (numba makes it
#: fast, but is not a dependency); a restyle must stay well under 200 ms.
FISHER_JENKS_SAMPLE = 300

# 11 evenly spaced stops per sequential/diverging map, the full colour list for qualitative ones.
_COLORMAP_TABLES = {
    "viridis": "440154 482475 414487 355f8d 2a788e 21918c 22a884 44bf70 7ad151 bddf26 fde725",
    "plasma": "0d0887 41049d 6a00a8 8f0da4 b12a90 cc4778 e16462 f2844b fca636 fcce25 f0f921",
    "magma": "000004 140e36 3b0f70 641a80 8c2981 b73779 de4968 f7705c fe9f6d fecf92 fcfdbf",
    "inferno": "000004 160b39 420a68 6a176e 932667 bc3754 dd513a f37819 fca50a f6d746 fcffa4",
    "cividis": "00224e 083370 35456c 4f576c 666970 7d7c78 948e77 aea371 c8b866 e5cf52 fee838",
    "turbo": "30123b 4559cb 3e9bfe 19d5cd 46f884 a4fc3c e1dd37 fea431 f05b12 c32503 7a0403",
    "YlOrRd": "ffffcc fff1a9 fee187 feca66 feab49 fd8c3c fc5b2e ed2e21 d41020 b00026 800026",
    "YlOrBr": "ffffe5 fff9c5 feeba2 fed778 febb47 fe9829 f07818 d85a09 b84203 8e3104 662506",
    "OrRd": "fff7ec feebd0 fddcaf fdca94 fdb27b fc8c59 f26d4b e0442f c91d13 a80000 7f0000",
    "Reds": "fff5f0 fee5d8 fdcab5 fcab8f fc8a6a fb694a f14432 d92523 bc141a 980c13 67000d",
    "Blues": "f7fbff e3eef9 d0e1f2 b7d4ea 94c4df 6aaed6 4a98c9 2e7ebc 1764ab 084a91 08306b",
    "Greens": "f7fcf5 e9f7e5 d3eecd b8e3b2 98d594 73c476 4bb062 2f974e 157f3b 006428 00441b",
    "Purples": "fcfbfd f2f0f7 e2e2ef cecfe5 b6b6d8 9e9ac8 8683bd 7262ac 61409b 4f1f8b 3f007d",
    "Greys": "ffffff f3f3f3 e2e2e2 cecece b5b5b5 959595 7a7a7a 5f5f5f 404040 1d1d1d 000000",
    "YlGnBu": "ffffd9 f1faba d6efb3 abdeb7 73c8bd 40b5c4 2498c1 2072b1 234da0 1f2f87 081d58",
    "PuBu": "fff7fb f0eaf4 dbdaeb c0c9e2 9cb9d9 73a9cf 4295c3 187cb6 0567a2 045382 023858",
    "RdYlGn": "a50026 d62f27 f46d43 fdad60 fee08b feffbe d9ef8b a5d86a 66bd63 199750 006837",
    "RdYlBu": "a50026 d62f27 f46d43 fdad60 fee090 feffc0 e0f3f8 aad8e9 74add1 4574b3 313695",
    "Spectral": "9e0142 d43d4f f46d43 fdad60 fee08b ffffbe e6f598 aadca4 66c2a5 3387bc 5e4fa2",
    "coolwarm": "3b4cc0 5977e3 7b9ff9 9ebeff c0d4f5 dddcdc f2cbb7 f7ac8e ee8468 d65244 b40426",
    "terrain": "333399 1276dc 00b2b2 31d670 99eb85 fefe98 ccbe7d 987b61 997c76 cdbfbc ffffff",
    "gist_earth": "000000 112977 225e7c 32827b 3e915b 5ea04b 8eac56 b7b65e c4a46f e1bfb0 fdfbfb",
    # MLIT flood-depth ranks (洪水浸水想定区域図): <0.5, 0.5–3, 3–5, 5–10, 10–20, ≥20 m
    "hazard": "f7f5a9 ffd8c0 ffb7b7 ff9191 f285c9 dc7adc",
    # land-only elevation ramp (lowland green → hills brown → light), used for DEM terrain
    "elevation": "5a8f4a 74a35a 8fb56a aac37a c4cf8a d6d095 d2bf86 c3a677 b08f6c a98e80 c8bdb4",
}
_QUALITATIVE_TABLES = {
    "tab10": "1f77b4 ff7f0e 2ca02c d62728 9467bd 8c564b e377c2 7f7f7f bcbd22 17becf",
    "tab20": ("1f77b4 aec7e8 ff7f0e ffbb78 2ca02c 98df8a d62728 ff9896 9467bd c5b0d5 8c564b c49c94 "
              "e377c2 f7b6d2 7f7f7f c7c7c7 bcbd22 dbdb8d 17becf 9edae5"),
    "Set2": "66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f e5c494 b3b3b3",
    "Set3": "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5 d9d9d9 bc80bd ccebc5 ffed6f",
    "Paired": "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6 6a3d9a ffff99 b15928",
}


def _table(text: str) -> np.ndarray:
    return np.array([[int(h[i:i + 2], 16) for i in (0, 2, 4)] for h in text.split()], dtype=np.float64)


COLORMAPS: dict[str, np.ndarray] = {k: _table(v) for k, v in _COLORMAP_TABLES.items()}
PALETTES: dict[str, np.ndarray] = {k: _table(v) for k, v in _QUALITATIVE_TABLES.items()}

_NAMED = {
    "white": "#ffffff", "black": "#000000", "gray": "#808080", "grey": "#808080", "lightgray": "#d3d3d3",
    "lightgrey": "#d3d3d3", "silver": "#c0c0c0", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
    "yellow": "#ffff00", "orange": "#ffa500", "purple": "#800080", "brown": "#a52a2a", "cyan": "#00ffff",
    "magenta": "#ff00ff", "tan": "#d2b48c", "wheat": "#f5deb3",
}
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalize_color(value: str) -> str:
    """``'#abc'``, ``'AABBCC'``, ``'#aabbcc'`` or a basic colour name → ``'#aabbcc'``; ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"colour must be a hex string like '#aabbcc', not {value!r}")
    text = value.strip()
    if text.lower() in _NAMED:
        return _NAMED[text.lower()]
    m = _HEX.match(text)
    if not m:
        raise ValueError(f"colour must be a hex string like '#aabbcc', not {value!r}")
    digits = m.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def hex_to_rgba(value: str, alpha: int = 255) -> tuple[int, int, int, int]:
    h = normalize_color(value)
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16), alpha


def rgb_to_hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{int(round(min(255.0, max(0.0, float(c))))):02x}" for c in rgb[:3])


def colormap_names() -> list[str]:
    """Names accepted by :attr:`Style.colormap` (each also with ``_r``)."""
    return list(COLORMAPS) + list(PALETTES)


def _colormap_table(name: str) -> np.ndarray:
    base, rev = (name[:-2], True) if name.endswith("_r") else (name, False)
    table = COLORMAPS.get(base)
    if table is None:
        table = PALETTES.get(base)
    if table is None:
        raise ValueError(f"unknown colormap {name!r}; known: {', '.join(colormap_names())} (add _r to reverse)")
    return table[::-1] if rev else table


def sample_colormap(name: str, positions: Sequence[float] | np.ndarray) -> np.ndarray:
    """RGB (float 0..255, shape (n, 3)) of colormap ``name`` at ``positions`` in [0, 1] (linear interpolation)."""
    table = _colormap_table(name)
    pos = np.clip(np.asarray(positions, dtype=np.float64), 0.0, 1.0)
    x = np.linspace(0.0, 1.0, len(table))
    return np.stack([np.interp(pos, x, table[:, i]) for i in range(3)], axis=1)


def colormap_lut(name: str, n: int = 256) -> np.ndarray:
    """``(n, 4)`` uint8 RGBA lookup table of a colormap (for continuous colouring such as terrain)."""
    rgb = sample_colormap(name, np.linspace(0.0, 1.0, n))
    out = np.empty((n, 4), dtype=np.uint8)
    out[:, :3] = np.round(rgb).astype(np.uint8)
    out[:, 3] = 255
    return out


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: ``label``, ``color`` (``'#rrggbb'``), and ``value`` — the category value
    (categorized), the ``(low, high)`` range (graduated) or ``None`` (single colour / no value);
    ``count`` is the number of values in the entry when known."""

    label: str
    color: str
    value: Any = None
    count: int | None = None


def _category_key(v: Any) -> str | None:
    """Text key of a categorized value; None for null/NaN."""
    if v is None:
        return None
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer():
            return str(int(v))
    if isinstance(v, (np.floating,)):
        return _category_key(float(v))
    if isinstance(v, (np.integer,)):
        return str(int(v))
    if isinstance(v, (bool, np.bool_)):
        return str(bool(v))
    return str(v)


def _format_number(x: float, step: float) -> str:
    """``x`` with as many decimals as needed to tell breaks ``step`` apart (thousands separated from 10,000)."""
    if not math.isfinite(x):
        return str(x)
    sep = "," if abs(x) >= 10000 else ""
    if float(x).is_integer() and (step >= 1 or step <= 0):
        return f"{x:{sep}.0f}"
    decimals = 0 if step >= 10 else min(6, max(0, 1 - int(math.floor(math.log10(step)))))
    text = f"{x:{sep}.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@dataclass
class Classification:
    """Result of classifying values: ``index`` per value (−1 = null), the class colours and legend."""

    index: np.ndarray          # int32 (n,), class number per value, -1 for null / unclassifiable
    palette: np.ndarray        # uint8 (k, 4) RGBA per class
    entries: list[LegendEntry]  # one per class, plus a trailing null entry if any null was present
    null_rgba: tuple[int, int, int, int]

    def colors(self) -> np.ndarray:
        out = np.empty((len(self.index), 4), dtype=np.uint8)
        out[:] = self.null_rgba
        ok = self.index >= 0
        if len(self.palette):
            out[ok] = self.palette[self.index[ok]]
        return out


@evented(connect_child_events=False)
@dataclass(eq=False)
class Style:
    """How a layer is coloured. See the module docstring for the classification rules.

    Fields: ``mode`` ('single' | 'categorized' | 'graduated'), ``attribute`` (feature attribute to colour
    by, None for single), ``color`` (hex, single mode), ``colormap`` (graduated ramp), ``classes`` (number
    of graduated classes, 1..20), ``method`` (one of :data:`METHODS`), ``categories`` (value text →
    hex, overrides the palette), ``palette`` (qualitative palette for categories without an override),
    ``null_color`` / ``null_label`` (features without a value), ``max_categories`` (categories beyond this
    many, the rarest, are drawn in ``other_color`` under ``other_label``), ``label_attribute`` (an attribute
    drawn as text at each feature in the 3D view, :mod:`layers.labels`; None: no labels).
    """

    mode: str = "single"
    attribute: str | None = None
    color: str = "#c8c8c8"
    colormap: str = "viridis"
    classes: int = 5
    method: str = "quantile"
    categories: dict[str, str] = field(default_factory=dict)
    breaks: list[float] = field(default_factory=list)
    palette: str = "tab20"
    null_color: str = "#bdbdbd"
    null_label: str = "値なし"
    other_color: str = "#9e9e9e"
    other_label: str = "その他の値"
    max_categories: int = 24
    label_attribute: str | None = None

    def __post_init__(self) -> None:
        for name in ("mode", "attribute", "color", "colormap", "classes", "method", "categories", "breaks",
                     "palette", "null_color", "other_color", "max_categories", "label_attribute"):
            object.__setattr__(self, name, self._validate(name, getattr(self, name)))

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, self._validate(name, value))

    @staticmethod
    def _validate(name: str, value: Any) -> Any:
        if name == "mode":
            if value not in MODES:
                raise ValueError(f"style mode must be one of {', '.join(MODES)}, not {value!r}")
        elif name == "method":
            if value not in METHODS:
                raise ValueError(f"classification method must be one of {', '.join(METHODS)}, not {value!r}")
        elif name in ("color", "null_color", "other_color"):
            return normalize_color(value)
        elif name == "colormap":
            _colormap_table(value)
        elif name == "palette":
            if value not in PALETTES:
                raise ValueError(f"unknown palette {value!r}; known: {', '.join(PALETTES)}")
        elif name == "classes":
            if isinstance(value, bool) or int(value) != value or not 1 <= int(value) <= MAX_CLASSES:
                raise ValueError(f"classes must be an integer from 1 to {MAX_CLASSES}, not {value!r}")
            return int(value)
        elif name == "max_categories":
            if int(value) < 1:
                raise ValueError("max_categories must be at least 1")
            return int(value)
        elif name == "categories":
            if value is None:
                return {}
            return {str(k): normalize_color(v) for k, v in dict(value).items()}
        elif name == "breaks":
            try:
                vals = [float(v) for v in (value or [])]
            except (TypeError, ValueError):
                raise ValueError(f"breaks must be numbers, not {value!r}") from None
            if any(b <= a for a, b in zip(vals, vals[1:])) or any(math.isnan(v) for v in vals):
                raise ValueError(f"breaks must increase strictly, not {vals!r}")
            if len(vals) == 1 or len(vals) > MAX_CLASSES + 1:
                raise ValueError(f"breaks need 2 to {MAX_CLASSES + 1} edges, not {len(vals)}")
            return vals
        elif name in ("attribute", "label_attribute"):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be a column name or None, not {value!r}")
            return value or None
        return value

    # -- convenience setters (emit through the evented fields) -------------------------------------------
    def set_category_color(self, value: Any, color: str) -> None:
        key = _category_key(value)
        self.categories = {**self.categories, str(key): normalize_color(color)}

    @property
    def by_attribute(self) -> bool:
        """True when colours depend on an attribute (categorized or graduated with an attribute set)."""
        return self.mode != "single" and self.attribute is not None

    # -- classification --------------------------------------------------------------------------------------
    def classify(self, values: Sequence[Any] | np.ndarray | None, n: int | None = None) -> Classification:
        """Classify ``values`` (one per feature). In single mode ``values`` may be None with ``n`` given."""
        null = hex_to_rgba(self.null_color)
        if self.mode == "single" or self.attribute is None:
            count = n if values is None else len(values)
            rgba = np.array([hex_to_rgba(self.color)], dtype=np.uint8)
            return Classification(np.zeros(count, dtype=np.int32), rgba,
                                  [LegendEntry("", self.color, None, count)], null)
        if values is None:
            raise ValueError(f"{self.mode} style needs the values of {self.attribute!r}")
        if self.mode == "categorized":
            return self._classify_categorized(values, null)
        return self._classify_graduated(values, null)

    def _classify_categorized(self, values: Sequence[Any] | np.ndarray, null: tuple) -> Classification:
        arr = np.asarray(values, dtype=object) if not isinstance(values, np.ndarray) else values
        if arr.dtype == object and all(v is None or type(v) is str for v in arr.tolist()):
            # fast path: text (the usual case, e.g. usage labels)
            isnull = np.equal(arr, None)
            present = arr[~isnull].astype(str)
        else:
            keys = np.array([_category_key(v) for v in arr.tolist()], dtype=object) if len(arr) else \
                np.empty(0, dtype=object)
            isnull = np.array([k is None for k in keys], dtype=bool) if len(keys) else np.zeros(0, dtype=bool)
            present = keys[~isnull].astype(str) if len(keys) else np.empty(0, dtype=str)
        uniq, inverse, counts = np.unique(present, return_inverse=True, return_counts=True)
        uniq = [str(u) for u in uniq]
        # keep the most frequent categories (ties by value) when there are too many
        keep = list(range(len(uniq)))
        other = False
        if len(uniq) > self.max_categories:
            order = sorted(range(len(uniq)), key=lambda i: (-counts[i], uniq[i]))
            keep = sorted(order[: self.max_categories - 1])
            other = True
        pal = PALETTES[self.palette]
        colors: list[str] = []
        auto = 0
        for i in keep:
            override = self.categories.get(uniq[i])
            if override is not None:
                colors.append(override)
            else:
                colors.append(rgb_to_hex(pal[auto % len(pal)]))
                auto += 1
        remap = np.full(len(uniq), len(keep), dtype=np.int32)  # → "other" class
        remap[keep] = np.arange(len(keep), dtype=np.int32)
        index = np.full(len(arr), -1, dtype=np.int32)
        index[~isnull] = remap[inverse] if len(inverse) else np.empty(0, dtype=np.int32)
        entries = [LegendEntry(uniq[i], c, uniq[i], int(counts[i])) for i, c in zip(keep, colors)]
        if other:
            rest = int(counts.sum() - counts[keep].sum())
            colors.append(self.other_color)
            entries.append(LegendEntry(self.other_label, self.other_color, None, rest))
        if isnull.any():
            entries.append(LegendEntry(self.null_label, self.null_color, None, int(isnull.sum())))
        palette = np.array([hex_to_rgba(c) for c in colors], dtype=np.uint8).reshape(-1, 4)
        return Classification(index, palette, entries, null)

    def class_edges(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        """Class edges (ascending: the minimum, then each class's upper bound) over the finite values; fewer
        than ``classes + 1`` when the data have fewer distinct values, and head/tail decides its own number."""
        x = _numeric(values)
        x = x[np.isfinite(x)]
        if not len(x):
            return np.empty(0)
        if self.method == "manual" and len(self.breaks) >= 2:
            return np.array(self.breaks, dtype=np.float64)
        method = "equal_interval" if self.method == "manual" else self.method   # manual without breaks
        return class_breaks(x, method, self.classes)

    def _classify_graduated(self, values: Sequence[Any] | np.ndarray, null: tuple) -> Classification:
        x = _numeric(values)
        finite = np.isfinite(x)
        edges = self.class_edges(x)
        index = np.full(len(x), -1, dtype=np.int32)
        entries: list[LegendEntry] = []
        if len(edges):
            k = max(1, len(edges) - 1)
            if len(edges) >= 2 and edges[0] != edges[-1]:
                # manual (official ranks): [a, b); mapclassify's classes: (a, b], the first [min, b]
                side = "right" if self.method == "manual" and len(self.breaks) >= 2 else "left"
                index[finite] = np.clip(np.searchsorted(edges[1:-1], x[finite], side=side), 0, k - 1)
            else:
                index[finite] = 0
            pos = np.linspace(0.0, 1.0, k) if k > 1 else np.array([1.0 if self.classes > 1 else 0.5])
            rgb = sample_colormap(self.colormap, pos)
            palette = np.empty((k, 4), dtype=np.uint8)
            palette[:, :3] = np.round(rgb).astype(np.uint8)
            palette[:, 3] = 255
            counts = np.bincount(index[finite], minlength=k)
            fin = edges[np.isfinite(edges)]
            step = float(np.min(np.diff(fin))) if len(fin) > 1 and fin[-1] > fin[0] else 1.0
            step = step if step > 0 else 1.0
            for i in range(k):
                a, b = float(edges[i]), float(edges[min(i + 1, len(edges) - 1)])
                if not math.isfinite(b):
                    label = f"{_format_number(a, step)} –"
                elif not math.isfinite(a):
                    label = f"– {_format_number(b, step)}"
                else:
                    label = (_format_number(a, step) if a == b
                             else f"{_format_number(a, step)} – {_format_number(b, step)}")
                entries.append(LegendEntry(label, rgb_to_hex(palette[i]), (a, b), int(counts[i])))
        else:
            palette = np.empty((0, 4), dtype=np.uint8)
        nnull = int((~finite).sum())
        if nnull:
            entries.append(LegendEntry(self.null_label, self.null_color, None, nnull))
        return Classification(index, palette, entries, null)

    def colors(self, values: Sequence[Any] | np.ndarray | None, n: int | None = None) -> np.ndarray:
        """``(n, 4)`` uint8 RGBA, one row per value."""
        return self.classify(values, n).colors()

    def legend(self, values: Sequence[Any] | np.ndarray | None = None) -> list[LegendEntry]:
        """Legend entries for ``values`` (in single mode values may be None)."""
        return self.classify(values, 0 if values is None else None).entries

    # -- state ------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode, "attribute": self.attribute, "color": self.color, "colormap": self.colormap,
            "classes": self.classes, "method": self.method, "categories": dict(self.categories),
            "breaks": [b if math.isfinite(b) else ("inf" if b > 0 else "-inf") for b in self.breaks],  # JSON
            "palette": self.palette, "null_color": self.null_color, "null_label": self.null_label,
            "other_color": self.other_color, "other_label": self.other_label,
            "max_categories": self.max_categories, "label_attribute": self.label_attribute,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Style":
        """Inverse of :meth:`to_dict`; unknown keys are ignored, missing keys take defaults."""
        known = cls().to_dict().keys()
        return cls(**{k: v for k, v in dict(data or {}).items() if k in known})

    def update(self, **changes: Any) -> None:
        """Set several fields, validating them all first (so a bad value changes nothing), with **one** change
        event (so a layer recolours once, not once per field)."""
        values = {}
        for k, v in changes.items():
            if k not in self.to_dict():
                raise AttributeError(f"Style has no field {k!r}")
            values[k] = self._validate(k, v)
        changed = [(k, v, getattr(self, k)) for k, v in values.items() if getattr(self, k) != v]
        for k, v, _ in changed:
            object.__setattr__(self, k, v)          # silently: the one event follows
        if changed:
            k, v, old = changed[-1]
            getattr(self.events, k).emit(v, old)

    def copy(self) -> "Style":
        return Style.from_dict(self.to_dict())

    def __repr__(self) -> str:
        return (f"Style(mode={self.mode!r}, attribute={self.attribute!r}, color={self.color!r}, "
                f"colormap={self.colormap!r}, classes={self.classes}, method={self.method!r})")


#: words of attribute names that are shares or rates (0–1 or 0–100): equal intervals read best for them
_SHARE_WORDS = re.compile(r"(share|ratio|rate|pct|percent|fraction|proportion|率|割合)", re.IGNORECASE)


def default_method(attribute: str) -> str:
    """The class-break method an attribute starts with when no theme names one: equal intervals for shares and
    rates (``share_65_plus``, ``vacancy_rate``, 高齢化率), natural breaks (Fisher-Jenks) for everything else —
    counts, heights, areas and money are skewed, and quantiles put a house and a hotel in one class."""
    return "equal_interval" if _SHARE_WORDS.search(attribute or "") else "natural_breaks"


def graduated_defaults(attribute: str, colormap: str | None = None) -> dict[str, Any]:
    """The colormap, method and breaks a graduated style of ``attribute`` starts with, the same wherever the
    map is made (the Style panel, ``kaga-twin render --color-by``): the official class edges a theme declares
    (flood depth), otherwise 5 classes of the theme's ramp and method for that attribute (:func:`default_method`
    when the theme names none). A ``colormap`` of the user's means their ramp over 5 classes."""
    from twin import themes

    edges = themes.class_edges(attribute)
    if edges is not None and colormap is None:
        return {"colormap": edges.colormap, "method": "manual", "breaks": list(edges.breaks)}
    return {"colormap": colormap or themes.first_colormap(attribute) or "viridis", "classes": 5,
            "method": themes.first_method(attribute) or default_method(attribute), "breaks": []}


def categorized_defaults(attribute: str) -> dict[str, Any]:
    """The category colours a categorized style of ``attribute`` starts with: the ones a theme declares for its
    values (``Theme.category_colors``), else none (the palette colours every value)."""
    from twin import themes

    return {"categories": themes.category_colors(attribute)}


_BREAKS_CACHE: "OrderedDict[tuple, np.ndarray]" = OrderedDict()


def fisher_jenks_sample(x: np.ndarray, size: int = FISHER_JENKS_SAMPLE) -> np.ndarray:
    """The values Fisher-Jenks classifies: all of ``x`` when there are at most ``size``, otherwise the sorted
    values at ``size`` evenly spaced ranks (deterministic; the minimum and maximum are included)."""
    if len(x) <= size:
        return x
    xs = np.sort(x)
    return xs[np.round(np.linspace(0, len(xs) - 1, size)).astype(np.int64)]


def class_breaks(values: Sequence[float] | np.ndarray, method: str, classes: int = 5) -> np.ndarray:
    """Class edges of the finite ``values`` by mapclassify: ``[min, bin_1, …, bin_k]`` where the bins are the
    classifier's upper class bounds (``bins``). ``method``: 'natural_breaks', 'head_tail', 'quantile' or
    'equal_interval' (see the module docstring). Results are cached (a restyle asks for colours and legend)."""
    x = _numeric(values)
    x = x[np.isfinite(x)]
    if not len(x):
        return np.empty(0)
    lo, hi = float(x.min()), float(x.max())
    if lo == hi:
        return np.array([lo, hi])
    if method not in METHODS or method == "manual":
        raise ValueError(f"no automatic class breaks for method {method!r}")
    key = (method, int(classes), len(x), hashlib.blake2b(np.ascontiguousarray(x).tobytes(), digest_size=16).digest())
    cached = _BREAKS_CACHE.get(key)
    if cached is None:
        cached = _mapclassify_edges(x, method, int(classes))
        _BREAKS_CACHE[key] = cached
        while len(_BREAKS_CACHE) > 32:
            _BREAKS_CACHE.popitem(last=False)
    else:
        _BREAKS_CACHE.move_to_end(key)
    return cached.copy()


def _quantile_bins(x: np.ndarray, k: int) -> np.ndarray:
    """mapclassify's ``Quantiles(x, k).bins`` (its ``quantile``: linear percentiles at 100/k steps), in numpy."""
    w = 100.0 / k
    p = np.arange(w, 100 + w, w)
    p[-1] = min(p[-1], 100.0)
    return np.unique(np.percentile(x, p[:k]))


def _equal_interval_bins(x: np.ndarray, k: int) -> np.ndarray:
    """mapclassify's ``EqualInterval(x, k).bins``, in numpy."""
    lo, hi = float(x.min()), float(x.max())
    width = (hi - lo) / k
    cuts = np.arange(lo + width, hi + width, width)[:k]
    cuts[-1] = hi
    return cuts


def _mapclassify_edges(x: np.ndarray, method: str, classes: int) -> np.ndarray:
    lo = float(x.min())
    y = fisher_jenks_sample(x) if method == "natural_breaks" else x
    k = max(1, min(classes, len(np.unique(y)) if method in ("natural_breaks", "quantile") else classes))
    if method == "quantile":             # the same rules as mapclassify's, without importing it (~1 s, scipy and
        bins = _quantile_bins(x, k)      # scikit-learn) for the default terrain and raster styles at start-up
    elif method == "equal_interval":
        bins = _equal_interval_bins(x, k)
    else:
        with warnings.catch_warnings():  # "Numba not installed", "not enough unique values": handled here
            warnings.simplefilter("ignore")
            import mapclassify           # imported when first needed (~1 s); the app warms it up in the background

            if method == "natural_breaks":
                bins = mapclassify.FisherJenks(y, k=k).bins
            else:
                bins = mapclassify.HeadTailBreaks(x).bins
    bins = np.unique(np.asarray(bins, dtype=np.float64))
    bins = bins[bins >= lo]             # a first bin equal to the minimum is a class of its own (e.g. 1 storey)
    if len(bins) > MAX_CLASSES:          # head/tail on a very long tail: the last classes merged
        bins = np.concatenate([bins[:MAX_CLASSES - 1], bins[-1:]])
    bins[-1] = max(float(bins[-1]), float(x.max()))
    return np.concatenate([[lo], bins])


def _numeric(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiub":
        return values.astype(np.float64, copy=False)
    out = np.empty(len(values), dtype=np.float64)
    for i, v in enumerate(values):
        try:
            out[i] = np.nan if v is None else float(v)
        except (TypeError, ValueError):
            out[i] = np.nan
    return out


__all__ = ["COLORMAPS", "Classification", "FISHER_JENKS_SAMPLE", "LegendEntry", "METHODS", "MODES", "PALETTES", "Style", "categorized_defaults",
           "class_breaks", "default_method", "graduated_defaults", "colormap_lut", "colormap_names", "hex_to_rgba", "normalize_color", "rgb_to_hex", "sample_colormap"]
