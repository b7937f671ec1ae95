"""PLATEAU buildings → one merged triangle mesh per layer, and its adapter.

Geometry per building (``Layer.params['lod']`` = 1 or 2, ``params['lod1_geometry']``):

* LOD2 layer: the building's LOD2 surfaces (``building_surfaces`` lod 2) where it has any; otherwise its
  LOD1 — so every building is in the layer exactly once (``cell_data['lod']`` tells which);
* LOD1, ``params['lod1_geometry']``:

  - ``'auto'`` (default): the footprint extruded from ``ground_z`` to ``lod1_top_z`` — PLATEAU's LOD1 solid
    is exactly that prism, and it needs a third of the points of the stored solid, which is what lets
    100,000 buildings reach a first frame in a few seconds — except for buildings made of BuildingParts
    (parts have their own heights) or without a usable footprint/height, which use their stored LOD1
    surfaces (``building_surfaces`` lod 1);
  - ``'surfaces'``: the stored LOD1 surfaces for every building that has them (prisms for the rest);
  - ``'footprint'``: prisms for every building without LOD2.

Cell arrays: ``feature_id`` (buildings.id, int64), ``lod`` (uint8), ``surface_id`` (int32: which stored
surface polygon of this layer's query the triangle comes from, −1 for footprint prisms), ``roof`` (uint8: 1 for
triangles facing up — prism roofs, and stored surfaces within 60° of horizontal), ``rgba``. Point array
``ground_z`` (the building's ground height, for terrain exaggeration).

Big layers are drawn in spatial tiles (:mod:`layers.tiles`; the cells are then ordered by tile). While the
camera moves, each tile shows the full mesh (near), its roofs (middle distance) or one triangle per building
with the roof's area, centre and orientation (far away, where a building covers a few pixels).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyvista as pv

from layers.adapter import LayerAdapter, register_adapter
from layers.tiled_drawing import StandIn
from layers.meshing import extrude, polygons_from_wkb, triangulate
from layers.tiles import set_triangles, triangle_connectivity
from twin.store import Store


@dataclass
class BuildingMeshInfo:
    n_buildings: int = 0
    n_lod2_buildings: int = 0
    n_lod1_surface_buildings: int = 0
    n_extruded: int = 0
    n_surfaces: int = 0
    n_lod2_surfaces: int = 0
    skipped: list[str] = field(default_factory=list)


def _available_sql(from_clause: str, lod: int, lod1_geometry: str) -> str | None:
    """SQL giving (gml_id, source_id, lod) of the buildings drawn from stored surfaces, and at which LOD."""
    parts = []
    if lod == 2:
        parts.append("SELECT gml_id, source_id, 2 AS lod FROM building_surfaces WHERE lod = 2 GROUP BY ALL")
    if lod1_geometry == "surfaces":
        lod1 = "SELECT gml_id, source_id, 1 AS lod FROM building_surfaces WHERE lod = 1 GROUP BY ALL"
    elif lod1_geometry == "auto":
        # stored LOD1 solids only where a prism of the footprint would not be exact: BuildingParts (several
        # heights), or no usable footprint / heights
        lod1 = ("SELECT DISTINCT gml_id, source_id, 1 AS lod FROM building_surfaces "
                "WHERE lod = 1 AND part_gml_id IS NOT NULL UNION "
                f"SELECT f.gml_id, f.source_id, 1 AS lod FROM {from_clause} f WHERE (f.footprint IS NULL "
                "OR f.ground_z IS NULL OR coalesce(f.lod1_top_z, f.ground_z + f.measured_height) IS NULL) "
                "AND EXISTS (SELECT 1 FROM building_surfaces s WHERE s.lod = 1 AND s.gml_id = f.gml_id "
                "AND s.source_id = f.source_id)")
    else:
        lod1 = None
    if lod1 is not None:
        if parts:
            lod1 = (f"SELECT * FROM ({lod1}) l1 WHERE NOT EXISTS (SELECT 1 FROM building_surfaces s2 WHERE "
                    "s2.lod = 2 AND s2.gml_id = l1.gml_id AND s2.source_id = l1.source_id)")
        parts.append(lod1)
    return " UNION ALL ".join(f"({p})" for p in parts) if parts else None


def building_mesh(store: Store, from_clause: str = '"buildings"', *, lod: int = 2,
                  lod1_geometry: str = "auto") -> tuple[pv.PolyData, BuildingMeshInfo]:
    """Build the merged triangle mesh of the buildings in ``from_clause`` (see the module docstring)."""
    if lod not in (1, 2):
        raise ValueError(f"lod must be 1 or 2, not {lod!r}")
    if lod1_geometry not in ("auto", "surfaces", "footprint"):
        raise ValueError(f"lod1_geometry must be 'auto', 'surfaces' or 'footprint', not {lod1_geometry!r}")
    info = BuildingMeshInfo()
    info.n_buildings = int(store.query(f"SELECT count(*) FROM {from_clause}")[0][0])
    avail = _available_sql(from_clause, lod, lod1_geometry)
    lods = avail is not None
    if avail is None:
        avail = "SELECT NULL::VARCHAR AS gml_id, NULL::INTEGER AS source_id, NULL::INTEGER AS lod WHERE false"
    pts_parts: list[np.ndarray] = []
    tri_parts: list[np.ndarray] = []
    fid_parts: list[np.ndarray] = []
    lod_parts: list[np.ndarray] = []
    ground_parts: list[np.ndarray] = []
    surf_parts: list[np.ndarray] = []
    roof_parts: list[np.ndarray] = []
    offset = 0

    if lods:
        tbl = store.query_arrow(
            f"WITH f AS (SELECT id, gml_id, source_id, ground_z FROM {from_clause}), a AS ({avail}) "
            f"SELECT f.id, s.lod, f.ground_z, ST_AsWKB(s.geom) AS wkb FROM f "
            f"JOIN a ON a.gml_id = f.gml_id AND a.source_id = f.source_id "
            f"JOIN building_surfaces s ON s.gml_id = a.gml_id AND s.source_id = a.source_id AND s.lod = a.lod")
        if tbl.num_rows:
            ids = tbl.column("id").to_numpy().astype(np.int64)
            slod = tbl.column("lod").to_numpy().astype(np.uint8)
            gz = tbl.column("ground_z").to_numpy(zero_copy_only=False).astype(np.float64)
            pa, ok = polygons_from_wkb(tbl.column("wkb"))
            if (~ok).any():
                info.skipped.append(f"{int((~ok).sum())} surface(s) are not polygons and were skipped")
            tris, tpoly = triangulate(pa)
            owner = pa.owner[tpoly]
            pts_parts.append(pa.coords)
            tri_parts.append(tris)
            fid_parts.append(ids[owner])
            lod_parts.append(slod[owner])
            surf_parts.append(owner.astype(np.int32))
            roof_parts.append(_facing_up(pa.coords, tris))
            # ground height per point: the building's ground_z (else its lowest surface vertex)
            vert_poly = np.repeat(np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets)),
                                  np.diff(pa.ring_offsets))
            g = gz[pa.owner[vert_poly]]
            if np.isnan(g).any():
                low = np.full(int(ids.max()) + 1, np.inf)
                np.minimum.at(low, ids[pa.owner[vert_poly]], pa.coords[:, 2])
                g = np.where(np.isnan(g), low[ids[pa.owner[vert_poly]]], g)
            ground_parts.append(g)
            offset += len(pa.coords)
            info.n_surfaces = int(tbl.num_rows)
            info.n_lod2_surfaces = int((slod == 2).sum())
            info.n_lod2_buildings = int(len(np.unique(ids[slod == 2])))
            info.n_lod1_surface_buildings = int(len(np.unique(ids[slod == 1])))

    # the rest: footprint prisms
    tbl = store.query_arrow(
        f"WITH a AS ({avail}) SELECT f.id, f.ground_z, coalesce(f.lod1_top_z, f.ground_z + f.measured_height) AS top,"
        f" ST_AsWKB(f.footprint) AS wkb FROM {from_clause} f "
        f"ANTI JOIN a ON a.gml_id = f.gml_id AND a.source_id = f.source_id")
    if tbl.num_rows:
        ids = tbl.column("id").to_numpy().astype(np.int64)
        base = tbl.column("ground_z").to_numpy(zero_copy_only=False).astype(np.float64)
        top = tbl.column("top").to_numpy(zero_copy_only=False).astype(np.float64)
        good = np.isfinite(base) & np.isfinite(top) & (top > base)
        nbad = int((~good).sum())
        if nbad:
            info.skipped.append(f"{nbad} building(s) without surfaces have no footprint height "
                                "(ground_z/lod1_top_z) and are not drawn")
        pa, ok = polygons_from_wkb(tbl.column("wkb"), mask=good)
        missing = int((good & ~ok).sum())
        if missing:
            info.skipped.append(f"{missing} building(s) have no footprint polygon and are not drawn")
        pts, tris, tpoly = extrude(pa, base[pa.owner], top[pa.owner])
        owner = pa.owner[tpoly]
        roof = np.zeros(len(tris), np.uint8)
        roof[tris[:, 0] >= len(pa.coords)] = 1          # extrude: walls first, then roofs on the top points
        pts_parts.append(pts)
        tri_parts.append(tris + offset)
        fid_parts.append(ids[owner])
        lod_parts.append(np.ones(len(tris), np.uint8))
        surf_parts.append(np.full(len(tris), -1, np.int32))
        roof_parts.append(roof)
        ground_parts.append(np.concatenate([base[pa.owner][_vert_poly(pa)]] * 2))
        offset += len(pts)
        drawn = np.zeros(len(ids), bool)                 # one row per building: count rows with triangles
        drawn[owner] = True
        info.n_extruded = int(drawn.sum())

    if not pts_parts or offset == 0:
        mesh = pv.PolyData()
        mesh.cell_data["feature_id"] = np.empty(0, np.int64)
        return mesh, info
    points = np.concatenate(pts_parts)
    tris = np.concatenate(tri_parts)
    mesh = pv.PolyData.from_regular_faces(points, tris)
    mesh.cell_data["feature_id"] = np.concatenate(fid_parts).astype(np.int64)
    mesh.cell_data["lod"] = np.concatenate(lod_parts).astype(np.uint8)
    mesh.cell_data["surface_id"] = np.concatenate(surf_parts)
    mesh.cell_data["roof"] = np.concatenate(roof_parts)
    mesh.point_data["ground_z"] = np.concatenate(ground_parts).astype(np.float64)
    return mesh, info


def _facing_up(points: np.ndarray, tris: np.ndarray) -> np.ndarray:
    """uint8 per triangle: 1 where its normal is within 60° of vertical (|cos| > 0.5)."""
    a = points[tris[:, 0]]
    u = points[tris[:, 1]] - a
    v = points[tris[:, 2]] - a
    del a
    nx = u[:, 1] * v[:, 2] - u[:, 2] * v[:, 1]
    ny = u[:, 2] * v[:, 0] - u[:, 0] * v[:, 2]
    nz = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
    return (4.0 * nz * nz > (nx * nx + ny * ny + nz * nz)).astype(np.uint8)


def _vert_poly(pa) -> np.ndarray:
    ring_poly = np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets))
    return ring_poly[np.repeat(np.arange(pa.n_rings), np.diff(pa.ring_offsets))]


@register_adapter("buildings")
class BuildingsAdapter(LayerAdapter):
    """Buildings layer: LOD2 with per-building LOD1 fallback, coloured per building."""

    color_by_priority = 0            # "colour by an attribute" tries buildings first
    geometry_params = ("lod", "lod1_geometry")
    light_eager = True

    tiling = True
    #: far away, a building whose roof is this many times longer than its tile's typical one keeps its roof
    FAR_BIG_FACTOR = 1.5
    #: tiled from 20,000 triangles (~2,000 buildings): near buildings keep their walls while the camera moves
    tile_min_cells = 20_000

    def make_light(self) -> StandIn:
        """While the camera moves: the roofs only (triangles facing up), sharing the full mesh's points —
        about a fifth of the triangles, still every building in its colour."""
        mesh = self.mesh
        faces = triangle_connectivity(mesh)
        if faces is None:
            faces = np.asarray(mesh.faces).reshape(-1, 4)[:, 1:]
        if "roof" in mesh.cell_data:
            sel = np.nonzero(np.asarray(mesh.cell_data["roof"]))[0]
        else:
            sel = np.nonzero(_facing_up(np.asarray(mesh.points), faces))[0]
        light = pv.PolyData()
        light.SetPoints(mesh.GetPoints())          # shared: exaggeration moves both
        set_triangles(light, faces[sel].ravel())
        return StandIn(light, sel)

    def make_far(self, light: StandIn) -> StandIn | None:
        """Far-away stand-ins: one triangle per building, in the plane of its roof (mean roof height), with
        the roof's plan area and centre and stretched along the roof's principal axis — except buildings much
        bigger than their tile's typical one (:attr:`FAR_BIG_FACTOR`), which keep their roof triangles. Built
        from the roof triangles (:meth:`make_light`), ordered by tile."""
        feature_tile = self.features.feature_tile
        if feature_tile is None or not len(light.index):
            return None
        pts = np.asarray(self.mesh.points)
        faces = triangle_connectivity(light.mesh)
        fidx = self.features.cell_fidx[light.index]              # feature (index into fids) of each roof tri
        F = len(self.fids)
        # plan area of the roof triangles, per feature
        a, b, c = pts[faces[:, 0]], pts[faces[:, 1]], pts[faces[:, 2]]
        area = 0.5 * np.abs((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1]))
        del a, b, c
        A = np.bincount(fidx, area, minlength=F)
        # the roof's distinct vertices (every building has its own points) → centre, height, second moments
        owner = np.full(len(pts), -1, np.int64)
        owner[faces.ravel()] = np.repeat(fidx, 3)
        pv_ids = np.nonzero(owner >= 0)[0]
        po = owner[pv_ids]
        n = np.maximum(np.bincount(po, minlength=F), 1).astype(np.float64)
        P = pts[pv_ids]
        cx = np.bincount(po, P[:, 0], minlength=F) / n
        cy = np.bincount(po, P[:, 1], minlength=F) / n
        cz = np.bincount(po, self._z0[pv_ids], minlength=F) / n      # at exaggeration 1
        ground = np.bincount(po, self._zground[pv_ids], minlength=F) / n
        dx, dy = P[:, 0] - cx[po], P[:, 1] - cy[po]
        sxx = np.bincount(po, dx * dx, minlength=F) / n
        syy = np.bincount(po, dy * dy, minlength=F) / n
        sxy = np.bincount(po, dx * dy, minlength=F) / n
        theta = 0.5 * np.arctan2(2 * sxy, sxx - syy)              # principal axis
        tr, det = sxx + syy, sxx * syy - sxy * sxy
        disc = np.sqrt(np.maximum(tr * tr / 4 - det, 0.0))
        l1, l2 = tr / 2 + disc, np.maximum(tr / 2 - disc, 1e-12)
        ratio = np.sqrt(np.clip(l1 / l2, 1.0, 100.0))             # side ratio of the equivalent rectangle
        L = np.sqrt(A * ratio)
        W = A / np.maximum(L, 1e-9)
        keep = A > 0
        # typical building size per tile (metres): median of the roofs' longer side
        T = len(self.drawing.tiles)
        size = np.zeros(T)
        kf = np.nonzero(keep)[0]
        ft_all, Ls = feature_tile[kf], L[kf]
        o = np.lexsort((Ls, ft_all))
        st = np.searchsorted(ft_all[o], np.arange(T + 1))
        for k in range(T):
            if st[k + 1] > st[k]:
                size[k] = Ls[o][(st[k] + st[k + 1]) // 2]
        # buildings much bigger than their tile's typical one would show their triangle's shape: they keep
        # their real roof triangles (exact, and for a rectangle just two)
        big = keep & (L > self.FAR_BIG_FACTOR * size[feature_tile])
        small = np.nonzero(keep & ~big)[0]
        # triangle with the rectangle's area and centroid: base 4L/3 at −W/2, apex at +W
        loc = np.array([[-2.0 / 3.0, -0.5], [2.0 / 3.0, -0.5], [0.0, 1.0]])
        ux, uy = np.cos(theta[small]), np.sin(theta[small])
        su = L[small, None] * loc[None, :, 0]
        sv = W[small, None] * loc[None, :, 1]
        sx = cx[small, None] + su * ux[:, None] - sv * uy[:, None]
        sy = cy[small, None] + su * uy[:, None] + sv * ux[:, None]
        s_pts = np.stack([sx, sy, np.repeat(cz[small, None], 3, axis=1)], axis=2).reshape(-1, 3)
        s_ground = np.repeat(ground[small], 3)
        roof_cell = np.zeros(F, np.int64)
        roof_cell[fidx[::-1]] = light.index[::-1]               # the first roof triangle of each building
        # the big ones: their roof triangles, with points of their own
        bt = np.nonzero(big[fidx])[0]
        bv = faces[bt].ravel()
        b_pts = np.column_stack([pts[bv, 0], pts[bv, 1], self._z0[bv]])
        b_ground = self._zground[bv]
        cell_feature = np.concatenate([small, fidx[bt]])
        cell_index = np.concatenate([roof_cell[small], light.index[bt]])
        order = np.argsort(feature_tile[cell_feature], kind="stable")
        pts3 = np.concatenate([s_pts.reshape(-1, 3, 3), b_pts.reshape(-1, 3, 3)])[order].reshape(-1, 3)
        g = np.concatenate([s_ground.reshape(-1, 3), b_ground.reshape(-1, 3)])[order].reshape(-1)
        z0 = pts3[:, 2].copy()                                    # at exaggeration 1
        pts3[:, 2] = z0 + (self.exaggeration - 1.0) * g
        far = pv.PolyData()
        far.points = pts3
        set_triangles(far, np.arange(len(pts3), dtype=np.int64))
        ft = feature_tile[cell_feature[order]]
        return StandIn(far, cell_index[order], z=(z0, g), ranges=np.searchsorted(ft, np.arange(T + 1)).astype(np.int64),
                       feature_size=size)

    def build_mesh(self) -> pv.PolyData:
        ft = self.document.feature_table(self.layer)
        lod = int(self.layer.params.get("lod", 2) or 2)
        mode = self.layer.params.get("lod1_geometry") or "auto"
        mesh, info = building_mesh(self.document.store, ft[0], lod=lod, lod1_geometry=mode)
        self.info = info
        self.warnings.extend(info.skipped)
        if mesh.n_points:
            self._zground = np.asarray(mesh.point_data["ground_z"], dtype=np.float64)
        return mesh

    def configure_actor(self, actor) -> None:
        prop = actor.GetProperty()
        prop.SetAmbient(0.3)
        prop.SetDiffuse(0.75)
        prop.SetSpecular(0.05)


__all__ = ["BuildingMeshInfo", "BuildingsAdapter", "building_mesh"]
