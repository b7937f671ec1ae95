"""Generic vector layer: points, lines and polygons from any store table (or view, or query) with a
geometry column, in one PolyData (VTK cell order: vertices, then lines, then polygons).

``params``: ``geometry`` (column, default the first GEOMETRY column), ``id_column`` (default ``rowid``),
``drape`` (default: drape when the geometry is 2D or all z = 0), ``offset`` (metres above the terrain),
``point_size`` / ``line_width`` (pixels), ``extrude`` (numeric attribute: polygons become prisms of that
height standing on the terrain).
"""

from __future__ import annotations

import numpy as np
import pyvista as pv
import shapely

from layers.adapter import LayerAdapter, register_adapter
from layers.meshing import extrude, polygons_from_geoms, triangulate
from layers.dem import drape_heights
from twin.document import quote_ident


def _cells(counts: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """VTK legacy cell array [n, i0, i1, …] for consecutive runs of ``ids`` of the given lengths."""
    out = np.empty(len(ids) + len(counts), np.int64)
    starts = np.r_[0, np.cumsum(counts + 1)[:-1]]
    out[starts] = counts
    mask = np.ones(len(out), bool)
    mask[starts] = False
    out[mask] = ids
    return out


def vector_mesh(geoms: np.ndarray, ids: np.ndarray, grid, *, drape: bool | None, offset: float,
                extrude_height: np.ndarray | None = None) -> tuple[pv.PolyData, np.ndarray]:
    """One PolyData for mixed geometries; returns the mesh and the terrain height per point."""
    geoms = np.asarray(geoms, dtype=object)
    parts, part_row = shapely.get_parts(geoms, return_index=True)
    types = shapely.get_type_id(parts)
    if drape is None:
        has_z = shapely.has_z(parts)
        zc = shapely.get_coordinates(parts[has_z], include_z=True)[:, 2] if has_z.any() else np.zeros(0)
        drape = (not has_z.any()) or bool(np.all(zc == 0))
    pts_list, ground_list = [], []
    verts_fid, lines_fid, polys_fid = [], [], []
    verts_cells = lines_cells = polys_cells = None
    base = 0

    def add_points(p: np.ndarray) -> np.ndarray:
        nonlocal base
        p = np.array(p, dtype=np.float64)
        g = drape_heights(grid, p[:, 0], p[:, 1], np.zeros(len(p))) if grid is not None else np.zeros(len(p))
        if drape:
            p[:, 2] = g + offset
        pts_list.append(p)
        ground_list.append(g)
        idx = np.arange(base, base + len(p))
        base += len(p)
        return idx

    pt = parts[types == 0]
    if len(pt):
        c = shapely.get_coordinates(pt, include_z=True)
        c = np.where(np.isnan(c), 0.0, c)
        idx = add_points(c)
        verts_cells = _cells(np.ones(len(idx), np.int64), idx)
        verts_fid = ids[part_row[types == 0]]
    ln = parts[(types == 1) | (types == 2)]
    if len(ln):
        ln = shapely.get_exterior_ring(ln) if False else ln
        lrow = part_row[(types == 1) | (types == 2)]
        c, ci = shapely.get_coordinates(ln, include_z=True, return_index=True)
        c = np.where(np.isnan(c), 0.0, c)
        idx = add_points(c)
        counts = np.bincount(ci, minlength=len(ln))
        good = counts >= 2
        keep = good[ci]
        lines_cells = _cells(counts[good], idx[keep])
        lines_fid = ids[lrow[good]]
    pg = parts[types == 3]
    if len(pg):
        prow = part_row[types == 3]
        pa, ok = polygons_from_geoms(pg)
        if extrude_height is not None:
            hgt = extrude_height[prow][pa.owner]
            g0 = drape_heights(grid, pa.coords[pa.ring_offsets[pa.poly_offsets[:-1]], 0],
                               pa.coords[pa.ring_offsets[pa.poly_offsets[:-1]], 1],
                               np.zeros(pa.n_polygons)) if grid is not None else np.zeros(pa.n_polygons)
            hgt = np.where(np.isfinite(hgt), hgt, 0.0)
            p, tris, tpoly = extrude(pa, g0, g0 + np.maximum(hgt, 0.1))
            pts_list.append(p)
            nv = len(pa.coords)
            vert_ring = np.repeat(np.arange(pa.n_rings), np.diff(pa.ring_offsets))
            ring_poly = np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets))
            gp = g0[ring_poly[vert_ring]]
            ground_list.append(np.r_[gp, gp])
            idx_base = base
            base += 2 * nv
        else:
            tris, tpoly = triangulate(pa, plane="xy" if drape else "auto")
            idx = add_points(pa.coords)
            idx_base = idx[0] if len(idx) else base
        if len(tris):
            polys_cells = _cells(np.full(len(tris), 3, np.int64), (tris + idx_base).ravel())
            polys_fid = ids[prow[pa.owner[tpoly]]]
    if not pts_list:
        mesh = pv.PolyData()
        mesh.cell_data["feature_id"] = np.empty(0, np.int64)
        return mesh, np.empty(0)
    kw = {k: v for k, v in (("verts", verts_cells), ("lines", lines_cells), ("faces", polys_cells))
          if v is not None}
    # cells are always given explicitly (pyvista would otherwise add one vertex cell per point)
    mesh = pv.PolyData(np.concatenate(pts_list), **kw) if kw else pv.PolyData()
    fid = np.concatenate([np.asarray(a, np.int64) for a in (verts_fid, lines_fid, polys_fid)])
    mesh.cell_data["feature_id"] = fid
    return mesh, np.concatenate(ground_list)


@register_adapter("vector")
class VectorAdapter(LayerAdapter):
    """Any table with a geometry column."""

    drapes = True

    geometry_params = ("geometry", "id_column", "drape", "offset", "extrude", "raster_id")

    def build_mesh(self) -> pv.PolyData:
        doc = self.document
        ft = doc.feature_table(self.layer)
        geom = doc.geometry_column(self.layer)
        if geom is None:
            self.warnings.append(f"{ft[0]} has no geometry column")
            mesh = pv.PolyData()
            mesh.cell_data["feature_id"] = np.empty(0, np.int64)
            return mesh
        ext = self.layer.params.get("extrude")
        ext_sql = f", TRY_CAST({quote_ident(ext)} AS DOUBLE) AS h" if ext else ""
        id_sql = "rowid" if ft[1] == "rowid" else quote_ident(ft[1])
        tbl = doc.store.query_arrow(f"SELECT {id_sql} AS id, ST_AsWKB({quote_ident(geom)}) AS wkb{ext_sql} "
                                    f"FROM {ft[0]} WHERE {quote_ident(geom)} IS NOT NULL")
        ids = tbl.column("id").to_numpy(zero_copy_only=False).astype(np.int64)
        geoms = shapely.from_wkb(np.asarray(tbl.column("wkb").to_numpy(zero_copy_only=False), dtype=object),
                                 on_invalid="ignore")
        height = tbl.column("h").to_numpy(zero_copy_only=False).astype(np.float64) if ext else None
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        drape = self.layer.params.get("drape")
        mesh, ground = vector_mesh(geoms, ids, grid, drape=drape, offset=float(self.layer.params.get("offset") or 0.0),
                                   extrude_height=height)
        self._zground = ground
        return mesh

    def configure_actor(self, actor) -> None:
        prop = actor.GetProperty()
        prop.SetPointSize(float(self.layer.params.get("point_size") or 8.0))
        prop.SetLineWidth(float(self.layer.params.get("line_width") or 3.0))
        prop.SetRenderPointsAsSpheres(True)
        prop.SetAmbient(0.35)
        prop.SetDiffuse(0.7)

    def apply_params(self, keys: set[str]) -> None:
        if self.actor is not None and keys & {"point_size", "line_width"}:
            self.configure_actor(self.actor)


__all__ = ["VectorAdapter", "vector_mesh"]
