"""The Snow panel's chart: coverage of each route tier's length over the storm window (matplotlib in Qt), with a
vertical line at the twin's clock time.

:class:`CoverageChart` draws one line per tier (the share of the tier's length first served by each moment, from
:func:`twin.snow_coverage.coverage_over_time`) in the tier's colour, its target as a dotted mark, the time axis in
Japan time. The clock line is an *animated* artist drawn by blitting: when the clock moves only the line is drawn
again over a saved background (:meth:`CoverageChart.set_time`), the curves are not redrawn.

Japanese labels need a Japanese font: :func:`japanese_font` finds one on the machine (Noto Sans CJK JP,
IPAexGothic, …; also font files that matplotlib's font cache does not list yet) and puts it first in
matplotlib's sans-serif list; without one the labels fall back quietly to matplotlib's default font.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from gui.qt_helpers import Retranslatable
from gui.snow_models import format_time, tier_color, tier_text
from twin.clock import TOKYO, aware

log = logging.getLogger("kaga_twin.gui")

# font families tried for Japanese text, best first
JAPANESE_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "IPAPGothic", "TakaoGothic",
                  "VL Gothic", "Source Han Sans JP", "Source Han Sans", "Hiragino Sans", "Yu Gothic", "Meiryo",
                  "MS Gothic")
# font files (lower-case name starts) that hold one of them, for a font cache built before they were installed
_FONT_FILES = ("notosanscjk", "notosansjp", "ipaexg", "ipag", "ipapg", "takaogothic", "vl-gothic", "sourcehansans")


@functools.lru_cache(maxsize=1)
def japanese_font() -> str | None:
    """The family name of a Japanese font matplotlib can use, set first in its sans-serif list; None (and a quiet
    fallback) when the machine has none."""
    import matplotlib
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((n for n in JAPANESE_FONTS if n in names), None)

    family = known()
    if family is None:                 # the cache may predate the fonts: add the files themselves
        try:
            for path in font_manager.findSystemFonts():
                if Path(path).name.lower().startswith(_FONT_FILES):
                    try:
                        font_manager.fontManager.addfont(path)
                    except Exception:  # noqa: BLE001 - an unreadable font file: try the next
                        continue
        except Exception as exc:  # noqa: BLE001 - no fonts to search is no error
            log.debug("searching system fonts failed: %s", exc)
        family = known()
    if family is None:
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
        log.info("no Japanese font for the charts; Japanese labels may show as boxes")
        return None
    rest = [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
    matplotlib.rcParams["font.sans-serif"] = [family, *rest]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


class CoverageChart(Retranslatable, QWidget):
    """See the module docstring. :meth:`set_series` draws the curves; :meth:`set_time` moves the clock line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("snowCoverageChart")
        japanese_font()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5.0, 2.6), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("snowChartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(260, 160)
        self.ax = self.figure.add_subplot()
        self.times: list[dt.datetime] = []
        self.series: dict[int, list[float]] = {}
        self.targets: dict[int, float] = {}
        self.window: tuple[dt.datetime, dt.datetime] | None = None
        self.curves: dict[int, object] = {}
        self._time: dt.datetime | None = None
        self._background = None
        self.blits = 0                  # clock-line updates drawn by blitting (the curves were not redrawn)
        self.full_draws = 0
        self.clock_line = None
        self.canvas.mpl_connect("draw_event", self._on_draw)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas)
        self._plot()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(460, 240)

    # -- data ------------------------------------------------------------------------------------------------------
    def set_series(self, times: Sequence[dt.datetime], series: Mapping[int, Sequence[float]], *,
                   targets: Mapping[int, float] | None = None,
                   window: tuple[dt.datetime, dt.datetime] | None = None) -> None:
        """Draw the coverage ``series`` (tier → % of its length served at each of ``times``); ``targets``: tier →
        target hours after ``window``'s start (marked on the curves); no times: the empty chart with its hint."""
        self.times = [aware(t) for t in times]
        self.series = {int(k): [float(v) for v in vals] for k, vals in sorted(series.items())}
        self.targets = {int(k): float(v) for k, v in (targets or {}).items() if v is not None}
        self.window = (aware(window[0]), aware(window[1])) if window else (
            (self.times[0], self.times[-1]) if self.times else None)
        self._plot()

    def clear(self) -> None:
        self.set_series([], {})

    def has_data(self) -> bool:
        return bool(self.times and self.series)

    # -- drawing ---------------------------------------------------------------------------------------------------
    def _plot(self) -> None:
        from matplotlib import dates as mdates

        ax = self.ax
        ax.clear()
        self.curves = {}
        self._background = None
        ax.set_ylim(0, 100)
        ax.set_ylabel(self.tr("Served (% of length)"))
        ax.grid(True, color="#dddddd", linewidth=0.6)
        ax.tick_params(labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if not self.has_data():
            ax.set_xticks([])
            ax.text(0.5, 0.5, self.tr("Run the coverage analysis to see\nhow each tier was served over time"),
                    transform=ax.transAxes, ha="center", va="center", color="#666666", fontsize=9)
            self.clock_line = None
        else:
            for tier, values in self.series.items():
                n = min(len(values), len(self.times))
                (curve,) = ax.plot(self.times[:n], values[:n], color=tier_color(tier), linewidth=1.8,
                                   drawstyle="steps-post", label=self._legend_text(tier))
                self.curves[tier] = curve
                target = self._target_time(tier)
                if target is not None and self.times[0] <= target <= self.times[-1]:
                    ax.axvline(target, color=tier_color(tier), linestyle=":", linewidth=1.0, alpha=0.8)
            if self.window and self.window[0] < self.window[1]:
                ax.set_xlim(self.window[0], self.window[1])
            locator = mdates.AutoDateLocator(tz=TOKYO, minticks=3, maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz=TOKYO))
            ax.set_xlabel(self._window_text(), fontsize=8)
            ax.legend(loc="lower right", fontsize=8, frameon=True, framealpha=0.85)
            self.clock_line = ax.axvline(self.times[0], color="#222222", linewidth=1.4, animated=True)
            self._place_line()
        ax.set_title(self.tr("Coverage per tier over the storm"), fontsize=9)
        self.full_draws += 1
        self.canvas.draw_idle()

    def _target_time(self, tier: int) -> dt.datetime | None:
        if tier not in self.targets or not self.window:
            return None
        return self.window[0] + dt.timedelta(hours=self.targets[tier])

    def _legend_text(self, tier: int) -> str:
        if tier in self.targets:
            return self.tr("{tier} (target {h} h)").format(tier=tier_text(tier), h=f"{self.targets[tier]:g}")
        return tier_text(tier)

    def _window_text(self) -> str:
        if not self.window:
            return ""
        a, b = (format_time(t, date=True) for t in self.window)
        return self.tr("Japan time, {start} – {end}").format(start=a, end=b)

    def _on_draw(self, event) -> None:
        """After a full draw: keep the picture without the clock line, then draw the line on it."""
        try:
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        except Exception:  # noqa: BLE001 - a canvas without a renderer yet
            self._background = None
        if self.clock_line is not None and self.clock_line.get_visible():
            self.ax.draw_artist(self.clock_line)

    # -- the clock line ----------------------------------------------------------------------------------------------
    def set_time(self, t: dt.datetime | None) -> None:
        """Move the clock line to ``t`` (hidden when None or outside the chart's time span) without redrawing the
        curves: the saved background is restored and only the line is drawn on it."""
        self._time = aware(t) if t is not None else None
        if self.clock_line is None:
            return
        self._place_line()
        if self._background is None:
            self.canvas.draw_idle()             # the first draw saves the background and draws the line
            return
        self.canvas.restore_region(self._background)
        if self.clock_line.get_visible():
            self.ax.draw_artist(self.clock_line)
        self.canvas.blit(self.figure.bbox)
        self.blits += 1

    def _place_line(self) -> None:
        line, t = self.clock_line, self._time
        inside = t is not None and bool(self.times) and self.times[0] <= t <= self.times[-1]
        if inside:
            line.set_xdata([t, t])
        line.set_visible(inside)

    def line_time(self) -> dt.datetime | None:
        """The time the clock line stands at (None when it is hidden)."""
        from matplotlib import dates as mdates

        if self.clock_line is None or not self.clock_line.get_visible():
            return None
        x = self.clock_line.get_xdata()[0]
        if isinstance(x, dt.datetime):
            return aware(x)
        return mdates.num2date(float(x)).astimezone(TOKYO)

    def value_at(self, tier: int, t: dt.datetime) -> float | None:
        """The plotted coverage of ``tier`` at ``t`` (the last sample not after it)."""
        values = self.series.get(int(tier))
        t = aware(t)
        if not values or not self.times or t < self.times[0]:
            return None
        i = max(i for i, x in enumerate(self.times[:len(values)]) if x <= t)
        return values[i]

    def retranslate(self) -> None:
        self._plot()


__all__ = ["CoverageChart", "JAPANESE_FONTS", "japanese_font"]
