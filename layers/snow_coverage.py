"""The snow theme's coverage map: road segments with a route tier (``snow_segment_map``) as ribbons on the terrain,
as wide as their tier (params ``tier1_width`` … ``tier3_width``, metres), coloured by the layer's style — by default
the bands of the hours since each segment was last ploughed at the twin's clock (time kind ``since``,
:mod:`twin.themes.snow_layers`).

The ribbons are one merged triangle mesh (``feature_id`` = ``road_segments.id``): each segment's centre line
buffered with flat ends in SQL, densified so it follows the DEM, triangulated and draped ``offset`` metres above
the terrain; a higher tier lies a little higher (:data:`TIER_LIFT`), so where a tier-1 road crosses a tier-3 road
the tier-1 colour wins instead of flickering. A clock step only writes the cells' colours (the adapter's ``since``
hook); the mesh is built once.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from layers.adapter import LayerAdapter, register_adapter
from layers.dem import drape_heights
from layers.meshing import _earcut_many, densify, polygons_from_wkb
from twin.document import quote_ident

#: metres each tier lies above the next lower one (tier 3 at ``offset``)
TIER_LIFT = 0.3


def _ring_owner(pa) -> np.ndarray:
    """Per vertex of ``pa``: the input row of its polygon."""
    vert_ring = np.repeat(np.arange(pa.n_rings), np.diff(pa.ring_offsets))
    ring_poly = np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets))
    return pa.owner[ring_poly[vert_ring]]


def ribbon_mesh(ids: np.ndarray, wkb, lift: np.ndarray, grid, step: float) -> tuple[pv.PolyData, np.ndarray]:
    """A merged triangle mesh of the polygons ``wkb`` (one row per feature ``ids``), densified to ``step``
    metres and draped ``lift`` metres (per row) above ``grid``; returns the mesh and the terrain height per point."""
    pa, _ = polygons_from_wkb(wkb)
    pa = densify(pa, step)
    P = pa.n_polygons
    if not P:
        mesh = pv.PolyData()
        mesh.cell_data["feature_id"] = np.empty(0, np.int64)
        return mesh, np.empty(0)
    tris, tpoly = _earcut_many(pa, np.arange(P, dtype=np.int64), np.tile(np.array([[0, 1]]), (P, 1)))
    pts = pa.coords.copy()
    ground = drape_heights(grid, pts[:, 0], pts[:, 1], np.zeros(len(pts)))
    pts[:, 2] = ground + lift[_ring_owner(pa)]
    mesh = pv.PolyData.from_regular_faces(pts, tris) if len(tris) else pv.PolyData()
    mesh.cell_data["feature_id"] = ids[pa.owner[tpoly]] if len(tris) else np.empty(0, np.int64)
    return mesh, ground


@register_adapter("snow_coverage")
class SnowCoverageAdapter(LayerAdapter):
    """Segments with a route tier as ribbons, width by tier, coloured at the clock's time."""

    drapes = True
    tiling = True
    geometry_params = ("tier1_width", "tier2_width", "tier3_width", "offset", "raster_id")

    def widths(self) -> tuple[float, float, float]:
        p = self.layer.params
        return tuple(float(p.get(f"tier{k}_width") or d) for k, d in ((1, 18.0), (2, 12.0), (3, 7.0)))

    def build_mesh(self) -> pv.PolyData:
        doc = self.document
        from_clause, id_col = doc.feature_table(self.layer)
        cols = {c for c, _ in doc.columns(self.layer)}
        w1, w2, w3 = self.widths()
        tier = "TRY_CAST(tier AS INTEGER)" if "tier" in cols else "3"
        geom = quote_ident(doc.geometry_column(self.layer) or "geom")
        tbl = doc.store.query_arrow(
            f"SELECT {quote_ident(id_col)} AS id, coalesce({tier}, 3) AS tier, "
            f"ST_AsWKB(ST_Buffer({geom}, (CASE coalesce({tier}, 3) WHEN 1 THEN {w1} WHEN 2 THEN {w2} ELSE {w3} END)"
            f" / 2.0, 2, 'CAP_FLAT', 'JOIN_MITRE', 2.0)) AS wkb "
            f"FROM {from_clause} WHERE {geom} IS NOT NULL ORDER BY id")
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        if grid is None and tbl.num_rows:
            self.warnings.append("no DEM in the project: the ribbons lie at height 0")
        ids = tbl.column("id").to_numpy(zero_copy_only=False).astype(np.int64)
        tiers = tbl.column("tier").to_numpy(zero_copy_only=False).astype(np.int64)
        offset = float(self.layer.params.get("offset", 1.5) or 0.0)
        lift = offset + TIER_LIFT * np.clip(3 - tiers, 0, 2)
        step = 10.0
        if grid is not None:
            step = max(5.0, 2.0 * min(abs(grid.transform[0]), abs(grid.transform[4])))
        mesh, ground = ribbon_mesh(ids, tbl.column("wkb"), lift, grid, step)
        self._zground = ground
        return mesh

    def configure_actor(self, actor) -> None:
        prop = actor.GetProperty()
        prop.SetAmbient(0.45)
        prop.SetDiffuse(0.6)
        prop.SetSpecular(0.0)


__all__ = ["SnowCoverageAdapter", "TIER_LIFT", "ribbon_mesh"]
