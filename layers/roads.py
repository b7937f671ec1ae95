"""Roads draped on the DEM: PLATEAU LOD1 roads have z = 0 by specification, so every vertex gets the
terrain height (bilinear DEM sample) plus a small offset (``params['offset']``, default 0.5 m).

Road polygons are first densified so no edge is longer than two DEM cells (at least 5 m), then
triangulated with earcut in plan (which strips narrow polygons along their length), so the surface follows
the terrain between the original vertices instead of cutting through hills.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from layers.adapter import LayerAdapter, register_adapter
from layers.dem import drape_heights
from layers.meshing import _earcut_many, polygons_from_wkb
from layers.meshing import densify as densify_rings
from layers.tiled_drawing import StandIn
from twin.raster import Raster
from twin.store import Store


def flat_polygons_mesh(store: Store, sql: str, grid: Raster | None, offset: float, *, drape: bool = True,
                       densify: bool = True) -> tuple[pv.PolyData, np.ndarray, list[str]]:
    """Mesh of (id, wkb) polygon rows draped on ``grid``; returns mesh, ground height per point, warnings."""
    tbl = store.query_arrow(sql)
    warnings: list[str] = []
    if not tbl.num_rows:
        mesh = pv.PolyData()
        mesh.cell_data["feature_id"] = np.empty(0, np.int64)
        return mesh, np.empty(0), warnings
    ids = tbl.column("id").to_numpy(zero_copy_only=False).astype(np.int64)
    step = 10.0
    if grid is not None:
        step = max(5.0, 2.0 * min(abs(grid.transform[0]), abs(grid.transform[4])))
    pa, ok = polygons_from_wkb(tbl.column("wkb"))
    if drape and densify:
        pa = densify_rings(pa, step)
    if (~ok).any():
        warnings.append(f"{int((~ok).sum())} feature(s) without polygon geometry are not drawn")
    P = pa.n_polygons
    keep = np.tile(np.array([[0, 1]]), (P, 1))
    tris, tpoly = _earcut_many(pa, np.arange(P, dtype=np.int64), keep)
    pts = pa.coords.copy()
    if drape:
        ground = drape_heights(grid, pts[:, 0], pts[:, 1], pts[:, 2])
        pts[:, 2] = ground + offset
        if grid is None:
            warnings.append("no DEM in the project: drawn at the stored heights")
    else:
        ground = drape_heights(grid, pts[:, 0], pts[:, 1], np.zeros(len(pts))) if grid is not None else \
            np.zeros(len(pts))
    mesh = pv.PolyData.from_regular_faces(pts, tris) if len(tris) else pv.PolyData()
    mesh.cell_data["feature_id"] = ids[pa.owner[tpoly]] if len(tris) else np.empty(0, np.int64)
    return mesh, ground, warnings


@register_adapter("roads")
class RoadsAdapter(LayerAdapter):
    """Road polygons (``roads.geom``) draped on the terrain."""

    tiling = True
    drapes = True

    geometry_params = ("offset", "raster_id", "geometry")

    def _sql(self) -> str:
        ft = self.document.feature_table(self.layer)
        col = self.layer.params.get("geometry") or "geom"
        return f'SELECT "{ft[1]}" AS id, ST_AsWKB("{col}") AS wkb FROM {ft[0]} WHERE "{col}" IS NOT NULL'

    def make_light(self) -> StandIn | None:
        """While the camera moves: the road polygons draped at their own vertices only (not densified)."""
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        mesh, ground, _ = flat_polygons_mesh(self.document.store, self._sql(), grid,
                                             float(self.layer.params.get("offset", 0.5) or 0.0), densify=False)
        if not mesh.n_cells:
            return None
        fid = np.asarray(mesh.cell_data["feature_id"])
        pos = np.clip(np.searchsorted(self.fids, fid), 0, max(len(self.fids) - 1, 0))
        order, starts = self.features.cell_index()
        # any full cell of the same road has its colour
        return StandIn(mesh, order[starts[pos]], z=(np.array(mesh.points[:, 2]), ground))

    def build_mesh(self) -> pv.PolyData:
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        mesh, ground, warnings = flat_polygons_mesh(self.document.store, self._sql(), grid,
                                                    float(self.layer.params.get("offset", 0.5) or 0.0))
        self.warnings.extend(warnings)
        self._zground = ground
        return mesh

    def configure_actor(self, actor) -> None:
        prop = actor.GetProperty()
        prop.SetAmbient(0.35)
        prop.SetDiffuse(0.7)
        prop.SetSpecular(0.0)


__all__ = ["RoadsAdapter", "flat_polygons_mesh"]
