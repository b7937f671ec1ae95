"""The population theme's rendering tier.

* :class:`MeshPopulationAdapter` draws ``population_columns`` (one row per mesh cell and year) as one merged prism
  mesh built once: every year's column of every cell, height ``height_m`` (the ``extrude`` param) on the terrain,
  each cell inset by :data:`INSET` of its width so neighbouring columns read as columns. The twin's clock shows
  the columns of its year; a clock step never rebuilds the mesh, it

  - recolours (the layer's style: population, the 65+ share or the change against 2020), the cells of other
    years marked hidden (alpha 0 in the colours the picker reads, :meth:`LayerAdapter.cells_drawn`),
  - hides those cells with VTK's ghost flag (``vtkGhostType`` = HIDDENCELL) and keeps every drawn colour opaque:
    alpha-0 cells would make the whole actor translucent, and translucent columns are drawn through each other,
  - lays the hidden years' columns flat on the ground (their points' z; like the vertical exaggeration), so a
    click on a 2040 column finds it and not the taller, hidden 2020 column around it.

  The legend title names the year shown, and shares and changes are listed in per cent.
* :class:`CatchmentOutline` draws a catchment's boundary (a polygon in the project CRS) as a line on the terrain
  and the same ring above the tallest column, so it can be read among the columns (the Population panel's).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np
import pyvista as pv
import shapely

from layers.adapter import register_adapter
from layers.dem import drape_heights
from layers.vector import VectorAdapter, vector_mesh
from twin.document import quote_ident
from twin.style import LegendEntry

#: share of a cell's width left free on each side of its column
INSET = 0.04
#: VTK's ghost flag for a cell that is not drawn (vtkDataSetAttributes::HIDDENCELL)
HIDDEN_CELL = 32
#: attributes listed in per cent in the legend: fractions (0..1) and ratios against a base year (0 = no change)
PERCENT_ATTRIBUTES = {"share_65_plus": False, "share_75_plus": False, "change_vs_2020": True}


def _percent(x: float, signed: bool) -> str:
    if not math.isfinite(x):
        return ""
    v = 100.0 * x
    text = f"{v:.0f}" if abs(v - round(v)) < 0.05 else f"{v:.1f}"
    return (f"+{text}" if signed and v > 0 else text.replace("-", "−"))


def percent_label(value: Any, signed: bool) -> str | None:
    """A legend class (low, high) of a fraction in per cent: ``20–30 %``, ``≥ 50 %``, ``< −50 %``; None when
    ``value`` is not a class."""
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    a, b = (float(v) for v in value)
    lo, hi = _percent(a, signed), _percent(b, signed)
    if not math.isfinite(b) or (not signed and b >= 1.0):
        return f"≥ {lo} %"
    if signed and a <= -1.0:
        return f"< {hi} %"
    return f"{lo} – {hi} %"


@register_adapter("mesh_population")
class MeshPopulationAdapter(VectorAdapter):
    """Mesh cells of every year as one merged prism mesh (``feature_id`` = ``population_columns.id``); the clock's
    year shown (see the module docstring)."""

    def __init__(self, layer, scene):
        self._years: tuple[np.ndarray, np.ndarray] | None = None   # per feature year (NaN: none), sorted years
        self._point_fidx: np.ndarray | None = None                 # per point: its feature's index in fids
        self._z_full: np.ndarray | None = None                     # point z at exaggeration 1, every year standing
        self._geometry_build = -1
        self._flat: np.ndarray | None = None                       # per feature: laid flat now
        self._hidden: np.ndarray | None = None                     # per feature: hidden at the clock's time
        #: the year whose columns are shown (None: the clock is unset, every year stands)
        self.year: int | None = None
        #: how many clock steps wrote the columns' z (no rebuild)
        self.year_steps = 0
        super().__init__(layer, scene)

    # -- building -------------------------------------------------------------------------------------------------
    def build_mesh(self) -> pv.PolyData:
        doc = self.document
        ft = doc.feature_table(self.layer)
        geom = doc.geometry_column(self.layer) or "geom"
        ext = self.layer.params.get("extrude")
        ext_sql = f", TRY_CAST({quote_ident(ext)} AS DOUBLE) AS h" if ext else ""
        tbl = doc.store.query_arrow(f"SELECT {quote_ident(ft[1])} AS id, ST_AsWKB({quote_ident(geom)}) AS wkb{ext_sql}"
                                    f" FROM {ft[0]} WHERE {quote_ident(geom)} IS NOT NULL ORDER BY 1")
        ids = tbl.column("id").to_numpy(zero_copy_only=False).astype(np.int64)
        geoms = shapely.from_wkb(np.asarray(tbl.column("wkb").to_numpy(zero_copy_only=False), dtype=object),
                                 on_invalid="ignore")
        if len(geoms):
            x0, y0, x1, y1 = (shapely.bounds(geoms).T)
            inset = INSET * np.minimum(x1 - x0, y1 - y0)
            shrunk = shapely.buffer(geoms, -np.nan_to_num(inset), join_style="mitre")
            geoms = np.where(shapely.is_empty(shrunk), geoms, shrunk)
        height = tbl.column("h").to_numpy(zero_copy_only=False).astype(np.float64) if ext else None
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        mesh, ground = vector_mesh(geoms, ids, grid, drape=True, offset=0.0, extrude_height=height)
        self._zground = ground
        self._years = None
        return mesh

    def _geometry(self) -> None:
        """Once per build: each point's feature and the full columns' z (before a year lays any flat)."""
        if self._geometry_build == self.build_count or self.mesh is None:
            return
        self._geometry_build = self.build_count
        self._flat = None
        mesh = self.mesh
        self._z_full = np.array(self._z0, dtype=np.float64) if self._z0 is not None else None
        point_fidx = np.zeros(mesh.n_points, np.int64)
        if mesh.n_cells and mesh.n_points:
            faces = np.asarray(mesh.faces).reshape(-1, 4)[:, 1:]      # triangles only (polygons extruded)
            point_fidx[faces.ravel()] = np.repeat(self.features.cell_fidx, 3)
        self._point_fidx = point_fidx

    # -- the clock ------------------------------------------------------------------------------------------------
    def feature_years(self) -> tuple[np.ndarray, np.ndarray]:
        """Per feature (aligned with :attr:`fids`) its year (NaN: none), and the sorted years present (read once per
        build)."""
        if self._years is None:
            ids, start, _ = self.document.time_values(self.layer)
            years = np.array([np.nan if v is None else float(v) for v in start], dtype=np.float64) \
                if len(ids) else np.empty(0)
            fids = self.features.fids
            out = np.full(len(fids), np.nan)
            if len(ids):
                pos = np.clip(np.searchsorted(ids, fids), 0, len(ids) - 1)
                ok = ids[pos] == fids
                out[ok] = years[pos[ok]]
            self._years = (out, np.unique(out[~np.isnan(out)]))
        return self._years

    def clock_year(self) -> int | None:
        """The year shown at the clock's time: the latest year of the data not after it (the first year before
        them all); None when the clock is unset."""
        clock = self.document.clock
        _, years = self.feature_years()
        if not clock.is_set or not len(years):
            return None
        i = np.searchsorted(years, clock.current.year, side="right") - 1
        return int(years[max(i, 0)])

    def hidden_at_time(self) -> np.ndarray | None:
        """Per feature: True for the columns of other years than :meth:`clock_year` (one comparison per step)."""
        self._hidden = None
        if self.layer.time is None or not len(self.features.fids):
            return None
        years, _ = self.feature_years()
        self.year = self.clock_year()
        if self.year is None:
            self._hidden = np.zeros(len(years), bool)
        else:
            self._hidden = ~np.isnan(years) & (years != self.year)
        return self._hidden

    def colors_written(self) -> None:
        """After each recolour: hide the other years' cells (ghost flag; every colour written opaque) and, when the
        year changed, lay their columns flat and raise the shown year's."""
        super().colors_written()
        mesh, rgba = self.mesh, self.drawing.last_rgba
        if mesh is None or rgba is None or len(rgba) != mesh.n_cells or not mesh.n_cells:
            return
        self._geometry()
        hidden_cells = rgba[:, 3] == 0
        if "vtkGhostType" not in mesh.cell_data:
            mesh.cell_data["vtkGhostType"] = np.zeros(mesh.n_cells, np.uint8)
        ghost = mesh.cell_data["vtkGhostType"]
        np.multiply(hidden_cells, HIDDEN_CELL, out=ghost, casting="unsafe")
        mesh.GetCellData().GetArray("vtkGhostType").Modified()
        mesh.cell_data["rgba"][:, 3] = 255          # the ghost flag hides; the actor stays opaque
        mesh.Modified()
        if self._z_full is None or self._point_fidx is None:
            return
        hidden_f = self._hidden
        if hidden_f is None or len(hidden_f) != len(self.features.fids):
            hidden_f = np.zeros(len(self.features.fids), bool)
            hidden_f[self.features.cell_fidx[hidden_cells]] = True
        if self._flat is not None and np.array_equal(hidden_f, self._flat):
            return                                  # the same year (or style change only): heights stand
        self._flat = hidden_f
        self._z0 = np.where(hidden_f[self._point_fidx], self._zground, self._z_full)
        self.year_steps += 1
        self.apply_exaggeration()

    # -- legend ---------------------------------------------------------------------------------------------------
    def legend_title(self, *args: Any, **kwargs: Any) -> str:
        """The layer's legend title with the year shown: ``メッシュ人口 2040: 65歳以上の割合``."""
        title = super().legend_title(*args, **kwargs)
        year = self.year if self.layer.time is not None else None
        if year is None:
            return title
        name = self.layer.name
        return f"{name} {year}" + title[len(name):] if title.startswith(name) else f"{title} ({year})"

    def legend_entries(self) -> list[LegendEntry]:
        entries = super().legend_entries()
        st = self.layer.style
        signed = PERCENT_ATTRIBUTES.get(st.attribute or "") if st.mode == "graduated" else None
        if signed is None:
            return entries
        out = []
        for e in entries:
            label = percent_label(e.value, signed)
            out.append(dataclasses.replace(e, label=label) if label else e)
        return out

    def close(self) -> None:
        self._years = self._point_fidx = self._z_full = self._flat = None
        super().close()


class CatchmentOutline:
    """A catchment's boundary in the 3D view: one line actor, on the terrain and again at ``top`` metres above it
    (above the columns), joined by a few posts. ``services`` is the scene's :class:`~layers.services.SceneServices`."""

    COLOR = (0.05, 0.35, 0.85)
    #: the line's depth offset (factor, units), beyond any layer's (:meth:`TiledDrawing.set_z_order`)
    DEPTH_OFFSET = (-2.0, -400.0)

    def __init__(self, services: Any):
        self.services = services
        self.actor = None
        self.mesh: pv.PolyData | None = None

    def show(self, polygon_wkt: str | None, *, top: float = 0.0, lift: float = 3.0, posts: int = 16) -> bool:
        """Draw the boundary of ``polygon_wkt`` (project CRS; None clears); False when there is nothing to draw."""
        self.clear()
        if not polygon_wkt or self.services is None:
            return False
        geom = shapely.from_wkt(polygon_wkt)
        rings = [r for p in getattr(geom, "geoms", [geom]) if p.geom_type == "Polygon"
                 for r in (p.exterior, *p.interiors)]
        if not rings:
            return False
        grid = self.services.dem()
        e = float(self.services.exaggeration)
        pts, lines, base = [], [], 0
        for ring in rings:
            xy = np.asarray(ring.coords)[:, :2]
            g = drape_heights(grid, xy[:, 0], xy[:, 1], np.zeros(len(xy))) if grid is not None else np.zeros(len(xy))
            g = g * e + lift
            levels = [g] + ([g + top] if top > 0 else [])
            for z in levels:
                pts.append(np.c_[xy, z])
                lines.append(np.r_[len(xy), np.arange(base, base + len(xy))])
                base += len(xy)
            if top > 0:
                n = len(xy)
                for k in np.linspace(0, n - 1, posts, endpoint=False).astype(int):
                    lines.append(np.array([2, base - 2 * n + k, base - n + k]))
        self.mesh = pv.PolyData(np.concatenate(pts), lines=np.concatenate(lines))
        from layers.actors import make_actor
        self.actor = make_actor(self.mesh, scalars=None, pickable=False, color=self.COLOR)
        # layers shift their depth towards the camera by their stack index (polygon offset: later layers win over
        # coplanar earlier ones); the outline shifts further, or the columns' walls would hide it
        self.actor.GetMapper().SetRelativeCoincidentTopologyLineOffsetParameters(*self.DEPTH_OFFSET)
        prop = self.actor.GetProperty()
        prop.SetLineWidth(4.0)
        prop.SetLighting(False)
        self.services.add_actor(self.actor)
        self.services.changed()
        return True

    def clear(self) -> None:
        if self.actor is not None and self.services is not None:
            self.services.remove_actor(self.actor)
            self.services.changed()
        self.actor = None
        self.mesh = None

    def close(self) -> None:
        self.clear()
        self.services = None


__all__ = ["CatchmentOutline", "HIDDEN_CELL", "INSET", "MeshPopulationAdapter", "percent_label"]
