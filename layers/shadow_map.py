"""A scenario's shadow study as files: a GeoTIFF (base, scenario and difference hours as three float32 bands in
the project CRS) and a PNG map of the difference with the buildings' outlines, the neighbours that gain more than
the threshold numbered and listed, a colour bar, a north arrow and a scale bar. No Qt (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import shapely

#: band order in the GeoTIFF
BANDS = ("base", "scenario", "difference")


def write_shadow_tif(result: dict[str, Any], path: str | Path) -> Path:
    """Write the study's grids as a 3-band GeoTIFF (hours; band descriptions base / scenario / difference) with
    its parameters as tags."""
    import rasterio

    path = Path(path)
    grids = [result[b] for b in BANDS]
    rows, cols = grids[0].shape
    with rasterio.open(path, "w", driver="GTiff", width=cols, height=rows, count=3, dtype="float32",
                       crs=result["crs"], transform=result["transform"], compress="deflate") as dst:
        for i, (band, grid) in enumerate(zip(BANDS, grids), start=1):
            dst.write(grid.astype(np.float32), i)
            dst.set_band_description(i, f"{band} shadow hours")
        dst.update_tags(scenario=result["name"], date=result["date"], plane_height_m=str(result["height_m"]),
                        grid_m=str(result["grid_m"]), window=f"{result['start']}-{result['end']} true solar time",
                        step_min=str(result["step_min"]), units="hours")
    return path


def _font() -> str | None:
    from matplotlib import font_manager

    from layers.pdf_fonts import japanese_font

    path = japanese_font().path
    if not path:
        return None
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def _outlines(ax: Any, table: pa.Table, **style: Any) -> None:
    from matplotlib.collections import PolyCollection

    geoms = shapely.from_wkb(table.column("footprint").to_numpy(zero_copy_only=False))
    parts = shapely.get_parts(geoms)
    rings = [np.asarray(p.exterior.coords) for p in parts if isinstance(p, shapely.Polygon)]
    if rings:
        ax.add_collection(PolyCollection(rings, **style))


def write_shadow_png(result: dict[str, Any], base: pa.Table, scenario: pa.Table, path: str | Path, *,
                     title: str | None = None, dpi: int = 150) -> Path:
    """A map of the difference (hours of shadow gained red, lost blue) over the study area: base buildings
    grey, the scenario's added and changed ones black, removed ones dashed, neighbours numbered."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    family = _font()
    rc = {"font.family": family} if family else {}
    diff = result["difference"]
    t = result["transform"]
    minx, maxy = t.c, t.f
    maxx, miny = minx + diff.shape[1] * t.a, maxy + diff.shape[0] * t.e
    span = max(float(np.abs(diff).max()), 0.5)
    with plt.rc_context(rc):
        fig, ax = plt.subplots(figsize=(9, 8))
        shown = np.ma.masked_where(np.abs(diff) < 1e-6, diff)
        im = ax.imshow(shown, extent=(minx, maxx, miny, maxy), cmap="RdBu_r", vmin=-span, vmax=span,
                       interpolation="nearest", zorder=1)
        status = scenario.column("status").to_pylist()
        pick = lambda wanted: scenario.filter(pa.array([s in wanted for s in status]))  # noqa: E731
        _outlines(ax, pick({"base"}), facecolor="#d9d9d9", edgecolor="#808080", linewidth=0.4, zorder=2)
        _outlines(ax, pick({"removed"}), facecolor="none", edgecolor="#404040", linewidth=0.8, linestyle="--",
                  zorder=3)
        _outlines(ax, pick({"added", "changed"}), facecolor="#333333", edgecolor="black", linewidth=1.0, zorder=3)
        geoms = dict(zip(scenario.column("gml_id").to_pylist(),
                         shapely.from_wkb(scenario.column("footprint").to_numpy(zero_copy_only=False))))
        for i, n in enumerate(result["neighbours"][:20], start=1):
            g = geoms.get(n["gml_id"])
            if g is not None:
                p = g.representative_point()
                ax.annotate(str(i), (p.x, p.y), ha="center", va="center", fontsize=7, color="white", zorder=5,
                            bbox={"boxstyle": "circle,pad=0.2", "fc": "#b2182b", "ec": "none"})
        ax.set_xlim(minx, maxx)
        ax.set_ylim(miny, maxy)
        ax.set_aspect("equal")
        ax.set_xlabel(f"x (m, {result['crs']})")
        ax.set_ylabel("y (m)")
        fig.colorbar(im, ax=ax, shrink=0.8, label="hours of shadow gained (+) or lost (−)")
        _north_and_scale(ax, minx, miny, maxx, maxy)
        ax.set_title(title or (f"{result['name']}: shadow hours on {result['date']}, "
                               f"{result['start']}–{result['end']} true solar time, plane {result['height_m']} m, "
                               f"grid {result['grid_m']} m"), fontsize=9)
        listed = [f"{i}. {n['usage'] or ''} +{n['gain_h']:.1f} h ({n['base_h']:.1f} → {n['scenario_h']:.1f} h)"
                  for i, n in enumerate(result["neighbours"][:20], start=1)]
        if listed:
            ax.text(1.02, 0.0, "\n".join(listed), transform=ax.transAxes, fontsize=6, va="bottom", ha="left",
                    clip_on=False)
        fig.savefig(path, dpi=dpi, bbox_inches="tight")
        plt.close(fig)
    return Path(path)


def _north_and_scale(ax: Any, minx: float, miny: float, maxx: float, maxy: float) -> None:
    w, h = maxx - minx, maxy - miny
    ax.annotate("N", xy=(minx + 0.06 * w, miny + 0.95 * h), xytext=(minx + 0.06 * w, miny + 0.85 * h),
                ha="center", fontsize=9, arrowprops={"arrowstyle": "-|>", "color": "black"}, zorder=6)
    bar = 10 ** np.floor(np.log10(w / 4))
    bar = bar * 5 if bar * 5 <= w / 3 else bar * 2 if bar * 2 <= w / 3 else bar
    x0, y0 = maxx - 0.05 * w - bar, miny + 0.04 * h
    ax.plot([x0, x0 + bar], [y0, y0], color="black", linewidth=3, zorder=6, solid_capstyle="butt")
    ax.text(x0 + bar / 2, y0 + 0.015 * h, f"{bar:g} m", ha="center", va="bottom", fontsize=8, zorder=6)


__all__ = ["write_shadow_tif", "write_shadow_png", "BANDS"]
