"""A chunk's :class:`~.common.Collector` → packed tables (see ``packing``) for buildings,
building_surfaces, building_risks, roads and road_surfaces.

All polygons of the chunk are parsed, transformed, closed, measured and written as WKB together
(``geometry``). Then:

* LOD1 (and unclassified LOD2+) polygons get a surface type from their orientation: walls are
  vertical, and a horizontal polygon is the ``GroundSurface`` when it lies in the lower half of its
  solid's z range, else the ``RoofSurface``;
* degenerate polygons (fewer than 3 distinct points, zero area) are skipped with a reason; degenerate
  interior rings are dropped, other interior rings are kept;
* a building with no usable polygon is skipped with a reason;
* the footprint is, per building or part, the LOD0 footprint (else roof edge), else the LOD1 ground
  polygon(s), else the LOD2 GroundSurfaces, in 2D; the pieces of a building are unioned (holes kept).
"""

from __future__ import annotations

import json

import numpy as np
import shapely

from . import geometry as geo
from . import packing as pk
from .common import KIND_BSURF, KIND_LOD0, KIND_ROAD, KIND_TAREA, TYPE_FOOTPRINT, Collector

MIN_AREA = 1e-9  # m²: below this a polygon is degenerate

BUILDING_COLUMNS = ("building_id", "name", "class_code", "class", "usage_code", "usage", "measured_height",
                    "storeys_above", "storeys_below", "year_built", "total_floor_area", "structure_type_code",
                    "structure_type", "lod1_height_type_code", "lod1_height_type")
_F64, _I32 = "f64", "i32"
_BUILDING_TYPES = {"measured_height": _F64, "storeys_above": _I32, "storeys_below": _I32, "year_built": _I32,
                   "total_floor_area": _F64}
RISK_COLUMNS = ("gml_id", "part_gml_id", "risk_type", "description_code", "description", "rank_code", "rank",
                "depth_m", "duration_h", "scale_code", "scale", "admin_type_code", "admin_type", "area_type_code",
                "area_type", "attributes")
_RISK_TYPES = {"depth_m": _F64, "duration_h": _F64}
ROAD_COLUMNS = ("name", "class_code", "class", "function_code", "function", "usage_code", "usage", "width",
                "width_type_code", "width_type", "lanes", "section_type_code", "section_type")
_ROAD_TYPES = {"width": _F64, "lanes": _I32}


def _column(values: list, kind: str | None) -> tuple:
    if kind == _F64:
        return pk.floats(values)
    if kind == _I32:
        return pk.ints(values)
    return pk.strings(values)


class ChunkError(Exception):
    """Bad input found while building tables: problem, line within the chunk, feature gml:id.

    ``wants_line``: the line is unknown because rings were collected without lines (re-read precisely).
    """

    def __init__(self, problem: str, line: int | None, feature: str | None, wants_line: bool = False):
        self.problem, self.line, self.feature, self.wants_line = problem, line, feature, wants_line
        super().__init__(problem)


def _ring_line(col: Collector, r: int) -> int | None:
    return col.ring_lines[r] if col.precise and r < len(col.ring_lines) else None


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
#: the C encoder behind ``_JSON.encode``, made once instead of per call (without its check for circular references: the
#: attributes are trees read from XML); None where the json module has no C speedups
_JSON_C = (json.encoder.c_make_encoder(None, str, json.encoder.encode_basestring, None, ":", ",", False, False, True)
           if json.encoder.c_make_encoder is not None else None)


def _json(d: dict) -> str | None:
    if not d:
        return None
    return "".join(_JSON_C(d, 0)) if _JSON_C is not None else _JSON.encode(d)


def _feature_of_poly(col: Collector, p: int) -> str | None:
    pc = col.poly_columns()
    kind, owner = int(pc.kind[p]), int(pc.owner[p])
    if kind in (KIND_BSURF, KIND_LOD0):
        return col.buildings[owner]["gml_id"] if owner < len(col.buildings) else None
    if kind == KIND_ROAD:
        return col.roads[owner]["gml_id"] if owner < len(col.roads) else None
    if owner < len(col.tareas):
        ri = col.tareas[owner][0]
        return col.roads[ri]["gml_id"] if ri < len(col.roads) else None
    return None


def build_tables(col: Collector, projector: geo.Projector, dim: int, meta: dict) -> dict[str, dict]:
    """Packed tables of one chunk; appends skip records to ``col.skipped``. ``meta`` has mesh_code,
    uro_version and source_file."""
    P = len(col.poly_nrings)
    poly_nrings = np.asarray(col.poly_nrings, dtype=np.int64)
    poly_off = geo.offsets_from_counts(poly_nrings)
    ring_poly = np.repeat(np.arange(P), poly_nrings)

    # 1. parse and transform every ring of the chunk at once
    try:
        latlon, counts = geo.parse_poslists(col.ring_texts, dim)
    except geo.CoordinateError as exc:
        p = int(ring_poly[exc.index]) if exc.index < len(ring_poly) else None
        raise ChunkError(exc.problem, _ring_line(col, exc.index), _feature_of_poly(col, p) if p is not None else None,
                         wants_line=not col.precise) from None
    ring_off = geo.offsets_from_counts(counts)
    if len(latlon):
        lat, lon = latlon[:, 0], latlon[:, 1]
        bad = (np.abs(lat) > 90) | (np.abs(lon) > 180)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            r = int(np.searchsorted(ring_off, i, side="right") - 1)
            raise ChunkError(f"coordinate out of range: latitude {lat[i]!r}, longitude {lon[i]!r} (gml:posList "
                             "order must be latitude longitude height)", _ring_line(col, r),
                             _feature_of_poly(col, int(ring_poly[r])), wants_line=not col.precise)
    try:
        coords = projector.latlon_to_xyz(latlon)
    except ValueError as exc:
        raise ChunkError(str(exc), None, None) from None
    coords, ring_off = geo.close_rings(coords, ring_off)

    # 2. degenerate rings and polygons
    ring_len = np.diff(ring_off)
    is_ext = np.zeros(len(ring_len), dtype=bool)
    if P:
        is_ext[poly_off[:-1]] = True
    short = ring_len < 4
    valid = np.ones(P, dtype=bool)
    if short.any():
        bad_ext = short & is_ext
        valid[ring_poly[bad_ext]] = False
        bad_int = np.flatnonzero(short & ~is_ext)
        for r in bad_int:
            p = int(ring_poly[r])
            if valid[p]:
                col.skipped.append((_poly_label(col, p), "interior ring with fewer than 3 distinct points dropped"))
        keep_ring = ~(short & ~is_ext)
        if not keep_ring.all():
            poly_nrings = np.bincount(ring_poly[keep_ring], minlength=P).astype(np.int64)
            sel = np.flatnonzero(keep_ring)
            pts = geo.ranges_index(ring_off[sel], ring_len[sel])
            coords = coords[pts]
            ring_off = geo.offsets_from_counts(ring_len[sel])
            poly_off = geo.offsets_from_counts(poly_nrings)
            ring_poly = np.repeat(np.arange(P), poly_nrings)
    stats = geo.polygon_stats(coords, ring_off, poly_off)
    zero = stats.degenerate() | (stats.area < MIN_AREA)
    for p in np.flatnonzero(~valid | zero):
        reason = ("polygon with fewer than 3 distinct points" if not valid[p] else "polygon with zero area")
        col.skipped.append((_poly_label(col, int(p)), reason))
    valid &= ~zero

    pc = col.poly_columns()
    kind, owner, lod = pc.kind, pc.owner, pc.lod
    tables: dict[str, dict] = {}

    # 3. buildings and their surfaces
    if col.buildings:
        tables.update(_building_tables(col, coords, ring_off, poly_off, stats, valid, kind, owner, lod, meta))
    # 4. roads and traffic areas
    if col.roads:
        tables.update(_road_tables(col, coords, ring_off, poly_off, valid, kind, owner, lod, meta))
    return tables


def _poly_label(col: Collector, p: int) -> str:
    feat = _feature_of_poly(col, p) or "?"
    pid = col.poly_gml_id[p]
    what = f"polygon {pid}" if pid else f"a LOD{int(col.poly_columns().lod[p])} polygon"
    return f"{feat}: {what}"


def _classify(col: Collector, stats: geo.PolygonStats, sel: np.ndarray, need: np.ndarray, owner: np.ndarray,
              part: np.ndarray, lod: np.ndarray) -> np.ndarray:
    """Surface types of the unclassified polygons ``sel[need]``.

    Vertical polygons are walls. A horizontal one is the ground when it lies in the lower half of the z
    range of its solid (all surfaces of the same building, part and LOD, typed or not), else the roof;
    when that range is flat, its facing decides (outward normal down = ground).
    """
    key = (owner[sel] * (len(col.parts) + 2) + (part[sel] + 1)) * 8 + lod[sel]
    _u, gidx = np.unique(key, return_inverse=True)
    G = len(_u)
    gmin = np.full(G, np.inf)
    gmax = np.full(G, -np.inf)
    np.minimum.at(gmin, gidx, stats.zmin[sel])
    np.maximum.at(gmax, gidx, stats.zmax[sel])
    s, g = sel[need], gidx[need]
    mid = (gmin[g] + gmax[g]) / 2
    zc = (stats.zmin[s] + stats.zmax[s]) / 2
    nz = stats.nz[s]
    horizontal = np.abs(nz) >= 0.5
    flat = (gmax[g] - gmin[g]) < 1e-6
    low = np.where(flat, nz < 0, zc < mid - 1e-9)
    return np.where(horizontal, np.where(low, _GROUND, _ROOF), _WALL)


def _building_tables(col, coords, ring_off, poly_off, stats, valid, kind, owner, lod, meta) -> dict[str, dict]:
    B = len(col.buildings)
    part = col.poly_columns().part
    bmask = valid & ((kind == KIND_BSURF) | (kind == KIND_LOD0))
    has_geom = np.zeros(B, dtype=bool)
    has_geom[owner[bmask]] = True
    any_poly = np.zeros(B, dtype=bool)
    m_all = (kind == KIND_BSURF) | (kind == KIND_LOD0)
    any_poly[owner[m_all]] = True
    for b in np.flatnonzero(~has_geom):
        rec = col.buildings[b]
        reason = ("no usable geometry: every polygon is degenerate" if any_poly[b] else
                  "no geometry: no LOD0, LOD1 or LOD2 polygons in the building or its parts")
        col.skipped.append((rec["gml_id"], reason))

    # per-building LOD, ground z, LOD1 top z
    blod = np.full(B, -1, dtype=np.int16)
    np.maximum.at(blod, owner[bmask], lod[bmask].astype(np.int16))
    smask = valid & (kind == KIND_BSURF)
    ground = np.full(B, np.inf)
    np.minimum.at(ground, owner[smask], stats.zmin[smask])
    top1 = np.full(B, -np.inf)
    m1 = smask & (lod == 1)
    np.maximum.at(top1, owner[m1], stats.zmax[m1])

    # surface types: given (boundary surfaces) or classified from orientation
    sel = np.flatnonzero(smask)
    names = np.array(col.type_names + ["GroundSurface", "RoofSurface", "WallSurface"], dtype=object)
    tcode = col.poly_columns().type[sel]
    need = tcode == 0
    if need.any():
        cls = _classify(col, stats, sel, need, owner, part, lod)
        tcode[need] = len(col.type_names) + cls
    types = names[tcode]

    surf_wkb = geo.subset_polygons_wkb(coords, ring_off, poly_off, sel, dim=3)
    pids = np.array(col.poly_gml_id, dtype=object)
    surfaces = {
        "gml_id": pk.dictionary(owner[sel], [r["gml_id"] for r in col.buildings]),
        "part_gml_id": pk.dictionary(part[sel], col.parts),
        "surface_gml_id": pk.strings(pids[sel].tolist()),
        "surface_type": pk.dictionary(tcode, names.tolist()),
        "lod": pk.ints(lod[sel], np.int8),
        "geom": pk.binary_buffer(*surf_wkb),
    }
    ground_sel = sel[types == "GroundSurface"]
    footprints = _footprints(col, coords, ring_off, poly_off, valid, kind, owner, part, lod, ground_sel)

    keep = np.flatnonzero(has_geom)
    keep_l = keep.tolist()
    recs = [col.buildings[b] for b in keep_l]
    cols: dict[str, tuple] = {"gml_id": pk.strings([r["gml_id"] for r in recs])}
    for c in BUILDING_COLUMNS:
        cols[c] = _column([r[c] for r in recs], _BUILDING_TYPES.get(c))
    cols["lod"] = pk.ints(blod[keep], np.int8)
    cols["ground_z"] = pk.floats(ground[keep])
    cols["lod1_top_z"] = pk.floats(top1[keep])
    cols["footprint"] = pk.binaries([footprints.get(b) for b in keep_l])
    n = len(recs)
    cols["mesh_code"] = pk.const(meta["mesh_code"], n)
    cols["uro_version"] = pk.const(meta["uro_version"], n)
    cols["attributes"] = pk.strings([_json(r["attrs"]) for r in recs])
    cols["source_file"] = pk.const(meta["source_file"], n)
    # (a skipped building has no valid polygon, hence no surface rows)
    out = {"buildings": cols, "building_surfaces": surfaces}
    risks = [r for r in col.risks if has_geom[r[0]]]
    if risks:
        rcols = list(zip(*[r[1:] for r in risks]))
        out["building_risks"] = {name: _column(list(vals), _RISK_TYPES.get(name))
                                 for name, vals in zip(RISK_COLUMNS, rcols)}
    return out


_GROUND, _ROOF, _WALL = 0, 1, 2


# footprint source preference per building/part: lower is better
_FP_LOD0_FOOTPRINT, _FP_LOD0_ROOFEDGE, _FP_LOD1_GROUND, _FP_LOD2_GROUND = 0, 1, 2, 3


def _footprints(col, coords, ring_off, poly_off, valid, kind, owner, part, lod, ground_sel) -> dict[int, bytes]:
    """building index → 2D footprint WKB: per building or part the best source (LOD0 footprint, LOD0 roof
    edge, LOD1 ground, LOD2 ground), then the pieces of the building unioned."""
    lod0 = np.flatnonzero(valid & (kind == KIND_LOD0))
    ptype = col.poly_columns().type
    cand = np.concatenate([lod0, ground_sel]).astype(np.int64)
    if len(cand) == 0:
        return {}
    level = np.concatenate([
        np.where(ptype[lod0] == TYPE_FOOTPRINT, _FP_LOD0_FOOTPRINT, _FP_LOD0_ROOFEDGE),
        np.where(lod[ground_sel] == 1, _FP_LOD1_GROUND, _FP_LOD2_GROUND + 10 * (lod[ground_sel].astype(np.int64) - 2)),
    ])
    b = owner[cand]
    okey = b * (len(col.parts) + 2) + part[cand] + 1
    best = {}
    for k, lv in zip(okey.tolist(), level.tolist()):
        if lv < best.get(k, 1 << 30):
            best[k] = lv
    best_level = np.fromiter((best[k] for k in okey.tolist()), dtype=np.int64, count=len(okey))
    chosen = level == best_level
    cand, b = cand[chosen], b[chosen]
    order = np.argsort(b, kind="stable")
    cand, b = cand[order], b[order]
    out: dict[int, bytes] = {}
    bounds = np.flatnonzero(np.diff(b)) + 1
    starts = np.concatenate([[0], bounds])
    ends = np.concatenate([bounds, [len(b)]])
    single = ends - starts == 1
    if single.any():   # one piece: its polygon's 2D WKB as it is (the bytes shapely.to_wkb writes)
        buf, sizes = geo.subset_polygons_wkb(coords, ring_off, poly_off, cand[starts[single]], dim=2)
        out.update(zip(b[starts[single]].tolist(), geo.split_buffer(buf, sizes)))
    if not single.all():   # several pieces: unioned
        many = geo.ranges_index(starts[~single], ends[~single] - starts[~single])
        c, ro, po = geo.subset_polygons(coords, ring_off, poly_off, cand[many])
        shp = shapely.from_ragged_array(shapely.GeometryType.POLYGON, np.ascontiguousarray(c[:, :2]), (ro, po))
        at = 0
        for s0, e0 in zip(starts[~single].tolist(), ends[~single].tolist()):
            out[int(b[s0])] = shapely.to_wkb(_union(shp[at:at + e0 - s0]), output_dimension=2)
            at += e0 - s0
    return out


def _union(polys: np.ndarray):
    try:
        u = shapely.union_all(polys)
    except shapely.errors.GEOSException:
        u = shapely.union_all(shapely.make_valid(polys))
    if u.geom_type not in ("Polygon", "MultiPolygon"):
        parts = [g for g in shapely.get_parts(u) if g.geom_type in ("Polygon", "MultiPolygon")]
        u = shapely.union_all(parts) if parts else shapely.Polygon()
    return u


def _road_tables(col, coords, ring_off, poly_off, valid, kind, owner, lod, meta) -> dict[str, dict]:
    R = len(col.roads)
    rmask = valid & (kind == KIND_ROAD)
    rsel = np.flatnonzero(rmask)
    counts = np.bincount(owner[rsel], minlength=R)
    tmask = valid & (kind == KIND_TAREA)
    tsel = np.flatnonzero(tmask)
    T = len(col.tareas)
    tcounts = np.bincount(owner[tsel], minlength=T) if T else np.zeros(0, dtype=np.int64)

    rlod = np.full(R, -1, dtype=np.int16)
    rlod[counts > 0] = 1
    for t in np.flatnonzero(tcounts > 0).tolist():
        ri, _sid, _st, _fc, _fl, tl = col.tareas[t]
        rlod[ri] = max(rlod[ri], tl)
    for r in np.flatnonzero(rlod < 0).tolist():
        col.skipped.append((col.roads[r]["gml_id"], "no geometry: no usable LOD1 multi-surface or traffic area"))
    keep_road = rlod >= 0

    # road geometry: MULTIPOLYGON Z of its LOD1 polygons (NULL when it only has traffic areas)
    with_geom = np.flatnonzero(counts > 0)
    geoms: list[bytes | None] = [None] * R
    if len(with_geom):
        c, ro, po = geo.subset_polygons(coords, ring_off, poly_off, rsel)
        buf, sizes = geo.multipolygons_wkb_buffer(c, ro, po, geo.offsets_from_counts(counts[with_geom]), dim=3)
        for r, w in zip(with_geom.tolist(), geo.split_buffer(buf, sizes)):
            geoms[r] = w
    keep = np.flatnonzero(keep_road).tolist()
    recs = [col.roads[r] for r in keep]
    cols: dict[str, tuple] = {"gml_id": pk.strings([r["gml_id"] for r in recs])}
    for name in ROAD_COLUMNS:
        cols[name] = _column([r[name] for r in recs], _ROAD_TYPES.get(name))
    cols["lod"] = pk.ints(rlod[keep], np.int8)
    cols["geom"] = pk.binaries([geoms[r] for r in keep])
    n = len(recs)
    cols["mesh_code"] = pk.const(meta["mesh_code"], n)
    cols["uro_version"] = pk.const(meta["uro_version"], n)
    cols["attributes"] = pk.strings([_json(r["attrs"]) for r in recs])
    cols["source_file"] = pk.const(meta["source_file"], n)
    out = {"roads": cols}

    areas = np.flatnonzero(tcounts > 0)
    if len(areas):
        c, ro, po = geo.subset_polygons(coords, ring_off, poly_off, tsel)
        wkb = geo.multipolygons_wkb_buffer(c, ro, po, geo.offsets_from_counts(tcounts[areas]), dim=3)
        rows = [col.tareas[t] for t in areas.tolist()]
        out["road_surfaces"] = {
            "gml_id": pk.strings([col.roads[r[0]]["gml_id"] for r in rows]),
            "surface_gml_id": pk.strings([r[1] for r in rows]),
            "surface_type": pk.strings([r[2] for r in rows]),
            "function_code": pk.strings([r[3] for r in rows]),
            "function": pk.strings([r[4] for r in rows]),
            "lod": pk.ints(np.array([r[5] for r in rows]), np.int8),
            "geom": pk.binary_buffer(*wkb),
        }
    return out
