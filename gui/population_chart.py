"""The Population panel's chart (matplotlib in Qt): two population pyramids side by side — 5-year age bands, male
to the left, female to the right, one scale for both years — and below them the time series of the total and the
65+ share, the two compared years marked and a line at the twin's clock year. With a scenario what-if the series
has a second line, the total *with <scenario>*, and a footnote saying how it was made.

The data come from :mod:`twin.population_pyramid` (a mesh cell or a catchment). When the mesh data has no sex
bands the sexes are split by the IPSS municipal table's sex ratio and the chart says so; without either the
pyramids are one-sided age bars. Japanese text uses :func:`gui.snow_chart.japanese_font`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from gui.qt_helpers import Retranslatable
from gui.snow_chart import japanese_font
from twin.population_pyramid import Pyramid, Series

MALE_COLOR = "#4a78b5"
FEMALE_COLOR = "#d0605e"
TOTAL_COLOR = "#8c8c8c"
SHARE_COLOR = "#6a3d9a"
SCENARIO_COLOR = "#d95f02"


def _people(v: float) -> str:
    return f"{v:,.0f}"


class PopulationChart(Retranslatable, QWidget):
    """See the module docstring. :meth:`set_data` draws; :meth:`set_clock_year` moves the year line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("populationChart")
        japanese_font()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.4, 4.2), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("populationChartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(320, 260)
        self.place = ""
        self.pyramids: tuple[Pyramid, ...] = ()
        self.series: Series | None = None
        self.clock_year: int | None = None
        self.message = ""
        self.scenario: tuple[str, dict[int, float], str] | None = None    # (name, year → total with it, note)
        self.scenario_line = None
        self.pyramid_axes: list = []
        self.series_ax = None
        self.share_ax = None
        self.clock_line = None
        self.draws = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas)
        self._plot()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(620, 420)

    # -- data ------------------------------------------------------------------------------------------------------
    def set_data(self, place: str, pyramids: tuple[Pyramid, ...], series: Series | None,
                 scenario: tuple[str, dict[int, float], str] | None = None) -> None:
        """Draw the ``pyramids`` (one or two years) and the ``series`` of ``place`` (its name in the title);
        ``scenario``: (its name, year → total with it, the what-if footnote) for a second line."""
        self.place, self.pyramids, self.series, self.message = place, tuple(pyramids), series, ""
        self.scenario = scenario
        self._plot()

    def clear(self, message: str = "") -> None:
        """The empty chart with ``message`` (what to do to see one)."""
        self.place, self.pyramids, self.series, self.message = "", (), None, message
        self.scenario = None
        self._plot()

    def has_data(self) -> bool:
        return bool(self.pyramids)

    def set_clock_year(self, year: int | None) -> None:
        """Move the year line of the time series to the clock's year (hidden when None)."""
        self.clock_year = year
        if self.clock_line is not None:
            self.clock_line.set_visible(year is not None)
            if year is not None:
                self.clock_line.set_xdata([year, year])
            self.canvas.draw_idle()

    # -- drawing ---------------------------------------------------------------------------------------------------
    def _plot(self) -> None:
        fig = self.figure
        fig.clear()
        self.pyramid_axes, self.series_ax, self.share_ax, self.clock_line = [], None, None, None
        self.scenario_line = None
        self.draws += 1
        if not self.pyramids:
            ax = fig.add_subplot()
            ax.set_axis_off()
            ax.text(0.5, 0.5, self.message or self.tr("Run a catchment or click a mesh column\nto see its "
                                                      "population pyramid"),
                    transform=ax.transAxes, ha="center", va="center", color="#666666", fontsize=9)
            self.canvas.draw_idle()
            return
        grid = fig.add_gridspec(2, len(self.pyramids), height_ratios=(3, 2))
        widest = max((max(r.male or 0.0, r.female or 0.0, 0.0 if p.two_sided else r.total) for p in self.pyramids
                      for r in p.rows), default=1.0) or 1.0
        for i, p in enumerate(self.pyramids):
            ax = fig.add_subplot(grid[0, i], sharey=self.pyramid_axes[0] if self.pyramid_axes else None)
            self._pyramid(ax, p, widest, first=i == 0)
            self.pyramid_axes.append(ax)
        self._series(fig.add_subplot(grid[1, :]))
        fig.suptitle(self._title(), fontsize=10)
        self.canvas.draw_idle()

    def _title(self) -> str:
        p = self.pyramids[0]
        if p.sex_source == "ipss":
            years = ", ".join(str(y) for y in dict.fromkeys(q.ipss_year for q in self.pyramids if q.ipss_year))
            note = self.tr("men and women split by the IPSS municipal sex ratio ({year})").format(year=years)
        elif p.sex_source == "none":
            note = self.tr("no figures by sex: ages only")
        else:
            note = ""
        return f"{self.place}\n{note}" if note else self.place

    def _pyramid(self, ax, p: Pyramid, widest: float, *, first: bool) -> None:
        ages = [r.age for r in p.rows]
        y = list(range(len(ages)))
        if p.two_sided:
            ax.barh(y, [-(r.male or 0.0) for r in p.rows], color=MALE_COLOR, height=0.85, label=self.tr("Men"))
            ax.barh(y, [r.female or 0.0 for r in p.rows], color=FEMALE_COLOR, height=0.85, label=self.tr("Women"))
            ax.set_xlim(-widest * 1.05, widest * 1.05)
            ax.axvline(0, color="#444444", linewidth=0.6)
            ax.text(0.02, 0.98, self.tr("Men"), transform=ax.transAxes, ha="left", va="top", color=MALE_COLOR,
                    fontsize=8)
            ax.text(0.98, 0.98, self.tr("Women"), transform=ax.transAxes, ha="right", va="top", color=FEMALE_COLOR,
                    fontsize=8)
        else:
            ax.barh(y, [r.total for r in p.rows], color=TOTAL_COLOR, height=0.85)
            ax.set_xlim(0, widest * 1.05)
        ax.xaxis.set_major_formatter(lambda v, _pos: _people(abs(v)))
        ax.set_yticks(y[::2] if len(y) > 12 else y)
        ax.set_yticklabels(ages[::2] if len(y) > 12 else ages)
        ax.tick_params(labelsize=7)
        if not first:
            ax.tick_params(labelleft=False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        share = self.series.share(p.year) if self.series is not None else None
        extra = "" if share is None else self.tr(" · 65+ {share:.1f} %").format(share=100 * share)
        ax.set_title(self.tr("{year}: {total} people{extra}").format(year=p.year, total=_people(p.total), extra=extra),
                     fontsize=9)

    def _series(self, ax) -> None:
        s = self.series
        self.series_ax = ax
        years = s.years if s is not None else []
        totals = [s.total(y) or 0.0 for y in years]
        ax.bar(years, totals, width=3.2, color=TOTAL_COLOR, alpha=0.55, label=self.tr("Total"))
        if self.scenario is not None:
            name, with_it, note = self.scenario
            xs = [y for y in years if y in with_it]
            self.scenario_line, = ax.plot(xs, [with_it[y] for y in xs], color=SCENARIO_COLOR, marker="s",
                                          markersize=3, linewidth=1.8, label=self.tr("With {name}").format(name=name))
            totals = totals + [with_it[y] for y in xs]
            self.figure.supxlabel(note, fontsize=7, color="#555555", wrap=True)
        ax.set_ylim(0, max(totals, default=1.0) * 1.3)
        ax.set_ylabel(self.tr("People"), fontsize=8)
        ax.yaxis.set_major_formatter(lambda v, _pos: _people(v))
        ax.tick_params(labelsize=7)
        ax.spines["top"].set_visible(False)
        share_ax = ax.twinx()
        self.share_ax = share_ax
        shares = [(y, s.share(y)) for y in years] if s is not None else []
        shares = [(y, 100 * v) for y, v in shares if v is not None]
        if shares:
            share_ax.plot([y for y, _ in shares], [v for _, v in shares], color=SHARE_COLOR, marker="o",
                          markersize=3, linewidth=1.8, label=self.tr("Share 65+ (%)"))
            share_ax.set_ylim(0, max(60.0, max(v for _, v in shares)) * 1.3)     # room for the legend
        share_ax.set_ylabel(self.tr("Share 65+ (%)"), fontsize=8, color=SHARE_COLOR)
        share_ax.tick_params(labelsize=7, colors=SHARE_COLOR)
        share_ax.spines["top"].set_visible(False)
        for p in self.pyramids:
            ax.axvspan(p.year - 2, p.year + 2, color="#f2e394", alpha=0.5, zorder=0)
        if years:
            ax.set_xticks(years)
            ax.set_xlim(years[0] - 3, years[-1] + 3)
        self.clock_line = ax.axvline(self.clock_year or 0, color="#222222", linewidth=1.2, linestyle="--")
        self.clock_line.set_visible(self.clock_year is not None)
        handles = ax.get_legend_handles_labels()[0] + share_ax.get_legend_handles_labels()[0]
        ax.legend(handles=handles, loc="upper right", ncol=2, fontsize=7, frameon=True, framealpha=0.85)

    def pyramid_years(self) -> list[int]:
        return [p.year for p in self.pyramids]

    def retranslate(self) -> None:
        self._plot()


__all__ = ["PopulationChart"]
