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
surface polygon of this layer's query the triangle comes from, −1 for footprint prisms), ``rgba``. Point array ``ground_z``
(the building's ground height, for terrain exaggeration).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyvista as pv
import shapely

from layers.adapter import LayerAdapter, register_adapter
from layers.meshing import extrude, polygons_from_geoms, triangulate
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


def _geoms(col) -> np.ndarray:
    return shapely.from_wkb(np.asarray(col.to_numpy(zero_copy_only=False), dtype=object), on_invalid="ignore")


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
            pa, ok = polygons_from_geoms(_geoms(tbl.column("wkb")))
            if (~ok).any():
                info.skipped.append(f"{int((~ok).sum())} surface(s) are not polygons and were skipped")
            tris, tpoly = triangulate(pa)
            owner = pa.owner[tpoly]
            pts_parts.append(pa.coords)
            tri_parts.append(tris)
            fid_parts.append(ids[owner])
            lod_parts.append(slod[owner])
            surf_parts.append(owner.astype(np.int32))
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
        geoms = _geoms(tbl.column("wkb"))
        good = np.isfinite(base) & np.isfinite(top) & (top > base)
        nbad = int((~good).sum())
        if nbad:
            info.skipped.append(f"{nbad} building(s) without surfaces have no footprint height "
                                "(ground_z/lod1_top_z) and are not drawn")
        geoms = np.where(good, geoms, None)
        pa, ok = polygons_from_geoms(geoms)
        missing = int((good & ~ok).sum())
        if missing:
            info.skipped.append(f"{missing} building(s) have no footprint polygon and are not drawn")
        pts, tris, tpoly = extrude(pa, base[pa.owner], top[pa.owner])
        owner = pa.owner[tpoly]
        pts_parts.append(pts)
        tri_parts.append(tris + offset)
        fid_parts.append(ids[owner])
        lod_parts.append(np.ones(len(tris), np.uint8))
        surf_parts.append(np.full(len(tris), -1, np.int32))
        ground_parts.append(np.concatenate([base[pa.owner][_vert_poly(pa)]] * 2))
        offset += len(pts)
        info.n_extruded = int(len(np.unique(ids[owner]))) if len(owner) else 0

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
    mesh.point_data["ground_z"] = np.concatenate(ground_parts).astype(np.float64)
    return mesh, info


def _vert_poly(pa) -> np.ndarray:
    ring_poly = np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets))
    return ring_poly[np.repeat(np.arange(pa.n_rings), np.diff(pa.ring_offsets))]


@register_adapter("buildings")
class BuildingsAdapter(LayerAdapter):
    """Buildings layer: LOD2 with per-building LOD1 fallback, coloured per building."""

    geometry_params = ("lod", "lod1_geometry")
    light_eager = True

    def make_light(self) -> None:
        """While the camera moves: the roofs only (triangles facing up), sharing the full mesh's points —
        about a fifth of the triangles, still every building in its colour."""
        mesh = self.mesh
        faces = np.asarray(mesh.faces).reshape(-1, 4)[:, 1:]
        p = mesh.points
        a = p[faces[:, 0]]
        u = p[faces[:, 1]] - a
        v = p[faces[:, 2]] - a
        del a
        nx = u[:, 1] * v[:, 2] - u[:, 2] * v[:, 1]
        ny = u[:, 2] * v[:, 0] - u[:, 0] * v[:, 2]
        nz = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
        up = 4.0 * nz * nz > (nx * nx + ny * ny + nz * nz)      # |cos(normal, z)| > 0.5
        sel = np.nonzero(up)[0]
        light = pv.PolyData()
        light.SetPoints(mesh.GetPoints())          # shared: exaggeration moves both
        cells = np.empty((len(sel), 4), np.int64)
        cells[:, 0] = 3
        cells[:, 1:] = faces[sel]
        light.faces = cells.ravel()
        self.light_mesh = light
        self.light_index = sel

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
