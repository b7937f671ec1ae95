"""A deterministic synthetic city written into a project store, for tests and benchmarks.

:func:`write_synthetic_city` fills ``buildings``, ``building_surfaces`` (the LOD1 solid of every
building, and LOD2 roofs/walls/ground for a share of them), ``building_risks`` (flood records along a
synthetic river), ``roads`` (a street grid, z = 0 as PLATEAU LOD1 roads are) and a DEM in ``rasters``,
all through one source row, exactly in the layout the importers use. It is centred on Kaga Onsen
Station unless told otherwise, so camera presets and lat/lon conversions are meaningful.

Footprints mix rectangles (convex), L shapes (concave) and courtyard blocks (a hole), so every
triangulation path is exercised. Heights follow the DEM: ``ground_z`` is the DEM at the footprint's
centre, as in real PLATEAU data.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import zlib
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import shapely

from twin.store import Store

USAGES = [("411", "住宅", 0.52), ("412", "共同住宅", 0.08), ("413", "店舗等併用住宅", 0.06), ("402", "商業施設", 0.08),
          ("401", "業務施設", 0.06), ("403", "宿泊施設", 0.04), ("441", "工場", 0.05), ("431", "運輸倉庫施設", 0.04),
          ("422", "文教厚生施設", 0.03), ("421", "官公庁施設", 0.02), ("454", "その他", 0.02)]


@dataclass
class SyntheticCity:
    """What was written: counts and geometry facts tests can compare against."""

    source_id: int
    n_buildings: int
    n_lod2: int
    n_lod1_surfaces: int
    n_lod2_surfaces: int
    n_roads: int
    n_risks: int
    extent: tuple[float, float, float, float]   # of the buildings' footprints
    center: tuple[float, float]
    dem_id: int | None
    kinds: np.ndarray            # per building (gml order): 0 rectangle, 1 L shape, 2 courtyard


def dem_height(x: np.ndarray, y: np.ndarray, center: tuple[float, float]) -> np.ndarray:
    """Plain at ~8 m rising to ~60 m hills in the south, with gentle undulation (T.P. metres)."""
    dx = (np.asarray(x) - center[0]) / 1000.0
    dy = (np.asarray(y) - center[1]) / 1000.0
    hills = 50.0 / (1.0 + np.exp((dy + 1.2) * 4.0))
    return 8.0 + 1.5 * dy * -1 + hills + 1.2 * np.sin(dx * 3.1) * np.cos(dy * 2.3)


def _rect(cx, cy, w, d, a):
    """Corners (n, 4, 2) of rotated rectangles, counter-clockwise."""
    c, s = np.cos(a), np.sin(a)
    loc = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]])
    px = loc[None, :, 0] * w[:, None]
    py = loc[None, :, 1] * d[:, None]
    x = cx[:, None] + px * c[:, None] - py * s[:, None]
    y = cy[:, None] + px * s[:, None] + py * c[:, None]
    return np.stack([x, y], axis=-1)


def _rotate(pts, cx, cy, a):
    c, s = math.cos(a), math.sin(a)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def write_synthetic_city(store: Store, n_buildings: int = 400, *, seed: int = 0, lod2_fraction: float = 0.25,
                         center: tuple[float, float] | None = None, spacing: float = 28.0,
                         dem_resolution: float = 10.0, with_dem: bool = True, with_roads: bool = True,
                         with_risks: bool = True, with_lod1_surfaces: bool = True,
                         batch: int = 20000) -> SyntheticCity:
    """Write a synthetic city of ``n_buildings`` into ``store`` (one source, one transaction)."""
    from twin.document import station_xy

    rng = np.random.default_rng(seed)
    cx0, cy0 = center if center is not None else station_xy(store.crs)
    side = int(math.ceil(math.sqrt(n_buildings)))
    # lots on a grid, every 6th row/column left empty for streets
    lots = []
    gx = 0
    while len(lots) < n_buildings:
        for gy in range(side + side // 5 + 2):
            if gx % 6 == 5 or gy % 6 == 5:
                continue
            lots.append((gx, gy))
            if len(lots) >= n_buildings:
                break
        gx += 1
    lots = np.array(lots[:n_buildings], dtype=np.float64)
    ncols = lots[:, 0].max() + 1
    nrows = lots[:, 1].max() + 1
    x = cx0 + (lots[:, 0] - ncols / 2) * spacing + rng.uniform(-2, 2, n_buildings)
    y = cy0 + (lots[:, 1] - nrows / 2) * spacing + rng.uniform(-2, 2, n_buildings)
    n = n_buildings
    kinds = rng.choice([0, 1, 2], size=n, p=[0.8, 0.15, 0.05])
    w = rng.uniform(8, 18, n)
    d = rng.uniform(7, 14, n)
    ang = rng.uniform(-0.25, 0.25, n)
    lod2 = (rng.random(n) < lod2_fraction) & (kinds == 0)

    # footprints (2D)
    corners = _rect(x, y, w, d, ang)
    polys: list = list(shapely.polygons(np.concatenate([corners, corners[:, :1]], axis=1)))
    for k in np.nonzero(kinds == 1)[0]:
        hw, hd = w[k] / 2, d[k] / 2
        pts = [(-hw, -hd), (hw, -hd), (hw, 0), (0, 0), (0, hd), (-hw, hd)]
        polys[k] = shapely.Polygon(_rotate(pts, x[k], y[k], ang[k]))
    for k in np.nonzero(kinds == 2)[0]:
        hw, hd = w[k] / 2 + 4, d[k] / 2 + 4
        outer = _rotate([(-hw, -hd), (hw, -hd), (hw, hd), (-hw, hd)], x[k], y[k], ang[k])
        ihw, ihd = hw - 4, hd - 4
        inner = _rotate([(-ihw, -ihd), (-ihw, ihd), (ihw, ihd), (ihw, -ihd)], x[k], y[k], ang[k])
        polys[k] = shapely.Polygon(outer, [inner])
    footprints = np.array(polys, dtype=object)
    footprints = shapely.orient_polygons(footprints) if hasattr(shapely, "orient_polygons") else \
        np.array([shapely.geometry.polygon.orient(p) for p in footprints], dtype=object)

    ground = dem_height(x, y, (cx0, cy0)).round(2)
    storeys = rng.choice([1, 2, 2, 2, 3, 3, 4, 5, 8, 12], size=n)
    height = (storeys * 3.1 + rng.uniform(0.5, 2.5, n)).round(1)
    top = ground + height
    usage_idx = rng.choice(len(USAGES), size=n, p=np.array([u[2] for u in USAGES]) / sum(u[2] for u in USAGES))
    year = rng.integers(1955, 2024, n).astype(object)
    year[rng.random(n) < 0.07] = None  # sentinels became NULL
    measured = height.astype(object)
    measured[rng.random(n) < 0.02] = None
    gml = np.array([f"bldg_syn{seed}_{i:07d}" for i in range(n)], dtype=object)

    cur = store.cursor()
    cur.execute("BEGIN TRANSACTION")
    try:
        source_id = cur.execute("SELECT nextval('source_id_seq')").fetchone()[0]
        cur.execute("INSERT INTO sources (id, path, sha256, bytes, importer, importer_version, imported_at, options)"
                    " VALUES (?, ?, ?, 0, 'synthetic', '1', ?, ?)",
                    [source_id, f"synthetic://city?n={n}&seed={seed}", f"synthetic-{n}-{seed}-{source_id}",
                     dt.datetime.now(), json.dumps({"n": n, "seed": seed})])

        def insert(table: str, data: pa.Table, geoms=()):
            cols = [f'ST_GeomFromWKB("{c}") AS "{c}"' if c in geoms else f'"{c}"' for c in data.schema.names]
            view = f"_syn_{table}"
            for off in range(0, data.num_rows, batch):
                cur.register(view, data.slice(off, batch))
                cur.execute(f'INSERT INTO "{table}" BY NAME SELECT {", ".join(cols)}, {source_id} AS source_id '
                            f'FROM "{view}"')
                cur.unregister(view)

        insert("buildings", pa.table({
            "gml_id": pa.array(gml.tolist(), pa.string()),
            "building_id": pa.array([f"17206-bldg-{seed}-{i}" for i in range(n)], pa.string()),
            "name": pa.array([("加賀温泉駅" if i == 0 else None) for i in range(n)], pa.string()),
            "usage_code": pa.array([USAGES[k][0] for k in usage_idx], pa.string()),
            "usage": pa.array([USAGES[k][1] for k in usage_idx], pa.string()),
            "measured_height": pa.array(measured.tolist(), pa.float64()),
            "storeys_above": pa.array(storeys.tolist(), pa.int32()),
            "year_built": pa.array(year.tolist(), pa.int32()),
            "total_floor_area": pa.array((shapely.area(footprints) * storeys).round(1), pa.float64()),
            "lod": pa.array(np.where(lod2, 2, 1).astype(np.int8)),
            "ground_z": pa.array(ground), "lod1_top_z": pa.array(top.round(2)),
            "footprint": pa.array(shapely.to_wkb(footprints).tolist(), pa.binary()),
            "mesh_code": pa.array(["54363287"] * n, pa.string()),
            "uro_version": pa.array(["3.1"] * n, pa.string()),
        }), geoms=("footprint",))

        n_l1 = 0
        if with_lod1_surfaces:
            n_l1 = _write_lod1(insert, footprints, gml, ground, top)
        n_l2 = _write_lod2(insert, corners[lod2], gml[lod2], ground[lod2], top[lod2], rng) if lod2.any() else 0

        n_risk = 0
        if with_risks:
            n_risk = _write_risks(insert, x, y, gml, (cx0, cy0), rng)

        n_roads = 0
        xs = np.concatenate([[c.bounds[0], c.bounds[2]] for c in footprints[:1]])
        fx0, fy0, fx1, fy1 = shapely.total_bounds(footprints)
        if with_roads:
            n_roads = _write_roads(insert, lots, ncols, nrows, cx0, cy0, spacing, (fx0, fy0, fx1, fy1))
        del xs
        dem_id = None
        if with_dem:
            dem_id = _write_dem(cur, source_id, (fx0, fy0, fx1, fy1), (cx0, cy0), dem_resolution, store.crs)
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    finally:
        cur.close()
    return SyntheticCity(source_id=int(source_id), n_buildings=n, n_lod2=int(lod2.sum()), n_lod1_surfaces=n_l1,
                         n_lod2_surfaces=n_l2, n_roads=n_roads, n_risks=n_risk,
                         extent=(float(fx0), float(fy0), float(fx1), float(fy1)), center=(cx0, cy0),
                         dem_id=dem_id, kinds=kinds)


def _write_lod1(insert, footprints, gml, ground, top) -> int:
    """LOD1 solids: floor (reversed footprint at ground), roof (footprint at top), one quad per edge."""
    floors = shapely.reverse(shapely.force_3d(footprints, ground))
    roofs = shapely.force_3d(footprints, top)
    rings_geoms, ring_idx = shapely.get_rings(footprints, return_index=True)
    coords, cidx = shapely.get_coordinates(rings_geoms, return_index=True)
    # consecutive vertex pairs within each ring
    same = cidx[1:] == cidx[:-1]
    a = coords[:-1][same]
    b = coords[1:][same]
    owner = ring_idx[cidx[:-1][same]]
    g = ground[owner]
    t = top[owner]
    quad = np.stack([np.c_[a, g], np.c_[b, g], np.c_[b, t], np.c_[a, t], np.c_[a, g]], axis=1)
    walls = shapely.polygons(quad)
    geoms = np.concatenate([floors, roofs, walls])
    owners = np.concatenate([np.arange(len(footprints)), np.arange(len(footprints)), owner])
    types = np.array(["GroundSurface"] * len(footprints) + ["RoofSurface"] * len(footprints) +
                     ["WallSurface"] * len(walls), dtype=object)
    insert("building_surfaces", pa.table({
        "gml_id": pa.array(gml[owners].tolist(), pa.string()),
        "surface_type": pa.array(types.tolist(), pa.string()),
        "lod": pa.array(np.ones(len(geoms), dtype=np.int8)),
        "geom": pa.array(shapely.to_wkb(geoms, output_dimension=3).tolist(), pa.binary()),
    }), geoms=("geom",))
    return len(geoms)


def _write_lod2(insert, corners, gml, ground, top, rng) -> int:
    """Gabled roofs on rectangles: 2 roof planes, 2 eave walls, 2 gable (pentagon) walls, 1 ground."""
    m = len(gml)
    p = corners  # (m, 4, 2) ccw: p0 p1 along the first side
    l01 = np.linalg.norm(p[:, 1] - p[:, 0], axis=1)
    l12 = np.linalg.norm(p[:, 2] - p[:, 1], axis=1)
    # ridge parallel to the longer side
    swap = l12 > l01
    p = np.where(swap[:, None, None], np.roll(p, -1, axis=1), p)
    eave = top[:, None] - 1.2
    ridge = top[:, None] + 1.5
    g = ground[:, None]
    r0 = (p[:, 0] + p[:, 3]) / 2
    r1 = (p[:, 1] + p[:, 2]) / 2

    def P(xy, z):
        return np.c_[xy, z]

    surfaces, types, owners = [], [], []
    def add(rings, typ):
        surfaces.append(shapely.polygons(np.stack(rings + [rings[0]], axis=1)))
        types.extend([typ] * m)
        owners.append(np.arange(m))
    add([P(p[:, 0], eave), P(p[:, 1], eave), P(r1, ridge), P(r0, ridge)], "RoofSurface")
    add([P(p[:, 2], eave), P(p[:, 3], eave), P(r0, ridge), P(r1, ridge)], "RoofSurface")
    add([P(p[:, 0], g), P(p[:, 1], g), P(p[:, 1], eave), P(p[:, 0], eave)], "WallSurface")
    add([P(p[:, 2], g), P(p[:, 3], g), P(p[:, 3], eave), P(p[:, 2], eave)], "WallSurface")
    add([P(p[:, 1], g), P(p[:, 2], g), P(p[:, 2], eave), P(r1, ridge), P(p[:, 1], eave)], "WallSurface")
    add([P(p[:, 3], g), P(p[:, 0], g), P(p[:, 0], eave), P(r0, ridge), P(p[:, 3], eave)], "WallSurface")
    add([P(p[:, 0], g), P(p[:, 3], g), P(p[:, 2], g), P(p[:, 1], g)], "GroundSurface")
    geoms = np.concatenate(surfaces)
    owner = np.concatenate(owners)
    insert("building_surfaces", pa.table({
        "gml_id": pa.array(gml[owner].tolist(), pa.string()),
        "surface_type": pa.array(types, pa.string()),
        "lod": pa.array(np.full(len(geoms), 2, dtype=np.int8)),
        "geom": pa.array(shapely.to_wkb(geoms, output_dimension=3).tolist(), pa.binary()),
    }), geoms=("geom",))
    return len(geoms)


def _write_risks(insert, x, y, gml, center, rng) -> int:
    """River-flood records for buildings within 250 m of a river running SW–NE through the centre."""
    d = np.abs((x - center[0]) * 0.6 - (y - center[1]) * 0.8 + 120.0)
    near = np.nonzero(d < 250.0)[0]
    rows = {"gml_id": [], "risk_type": [], "description": [], "rank_code": [], "rank": [], "depth_m": [],
            "duration_h": [], "scale_code": [], "scale": [], "admin_type": []}
    ranks = [("1", "0.5m未満"), ("2", "0.5m以上3m未満"), ("3", "3m以上5m未満")]
    for k in near:
        base = max(0.05, 3.2 * (1 - d[k] / 250.0) + rng.normal(0, 0.2))
        for scale_code, scale, factor in (("1", "L1", 0.6), ("2", "L2", 1.0)):
            depth = round(base * factor, 2)
            rc = ranks[0] if depth < 0.5 else ranks[1] if depth < 3 else ranks[2]
            rows["gml_id"].append(gml[k])
            rows["risk_type"].append("river_flood")
            rows["description"].append("動橋川")
            rows["rank_code"].append(rc[0])
            rows["rank"].append(rc[1])
            rows["depth_m"].append(depth)
            rows["duration_h"].append(round(depth * 6, 1) if scale == "L2" else None)
            rows["scale_code"].append(scale_code)
            rows["scale"].append(scale)
            rows["admin_type"].append("都道府県")
        if k % 7 == 0:
            rows["gml_id"].append(gml[k])
            rows["risk_type"].append("inland_flood")
            rows["description"].append("内水")
            rows["rank_code"].append("1")
            rows["rank"].append("0.5m未満")
            rows["depth_m"].append(0.3)
            rows["duration_h"].append(None)
            rows["scale_code"].append(None)
            rows["scale"].append(None)
            rows["admin_type"].append("市区町村")
    if not rows["gml_id"]:
        return 0
    insert("building_risks", pa.table({k: pa.array(v, pa.float64() if k in ("depth_m", "duration_h")
                                                   else pa.string()) for k, v in rows.items()}))
    return len(rows["gml_id"])


def _write_roads(insert, lots, ncols, nrows, cx0, cy0, spacing, ext) -> int:
    """Streets along the empty grid rows/columns: 6 m wide, z = 0, one MultiPolygon Z per street piece."""
    fx0, fy0, fx1, fy1 = ext
    geoms, widths, funcs = [], [], []
    for gx in range(5, int(ncols) + 1, 6):
        xc = cx0 + (gx - ncols / 2) * spacing
        y0, y1 = fy0 - 10, fy1 + 10
        # split into pieces of ~200 m so roads are separate features
        for a in np.arange(y0, y1, 200.0):
            b = min(a + 200.0, y1)
            geoms.append(shapely.MultiPolygon([shapely.Polygon(
                [(xc - 3, a, 0), (xc + 3, a, 0), (xc + 3, b, 0), (xc - 3, b, 0)])]))
            widths.append(6.0)
            funcs.append("市町村道")
    for gy in range(5, int(nrows) + 1, 6):
        yc = cy0 + (gy - nrows / 2) * spacing
        x0, x1 = fx0 - 10, fx1 + 10
        for a in np.arange(x0, x1, 200.0):
            b = min(a + 200.0, x1)
            wide = gy == 5
            hw = 7.0 if wide else 3.0
            geoms.append(shapely.MultiPolygon([shapely.Polygon(
                [(a, yc - hw, 0), (b, yc - hw, 0), (b, yc + hw, 0), (a, yc + hw, 0)])]))
            widths.append(2 * hw)
            funcs.append("一般国道" if wide else "市町村道")
    if not geoms:
        return 0
    insert("roads", pa.table({
        "gml_id": pa.array([f"tran_syn_{i:06d}" for i in range(len(geoms))], pa.string()),
        "function": pa.array(funcs, pa.string()),
        "width": pa.array(widths, pa.float64()),
        "lod": pa.array(np.ones(len(geoms), dtype=np.int8)),
        "geom": pa.array(shapely.to_wkb(np.array(geoms, dtype=object), output_dimension=3).tolist(), pa.binary()),
    }), geoms=("geom",))
    return len(geoms)


def _write_dem(cur, source_id, ext, center, res, crs) -> int:
    fx0, fy0, fx1, fy1 = ext
    margin = 300.0
    x0 = math.floor((fx0 - margin) / res) * res
    y1 = math.ceil((fy1 + margin) / res) * res
    width = int(math.ceil((fx1 + margin - x0) / res))
    height = int(math.ceil((y1 - (fy0 - margin)) / res))
    cols = x0 + (np.arange(width) + 0.5) * res
    rows = y1 - (np.arange(height) + 0.5) * res
    xx, yy = np.meshgrid(cols, rows)
    z = dem_height(xx, yy, center).astype(np.float32)[None]
    outline = shapely.box(x0, y1 - height * res, x0 + width * res, y1)
    rid = cur.execute("SELECT nextval('raster_id_seq')").fetchone()[0]
    cur.execute("INSERT INTO rasters (id, name, kind, crs, width, height, bands, dtype, transform, nodata, data, "
                "extent, source_id) VALUES (?, 'synthetic DEM', 'dem', ?, ?, ?, 1, 'float32', ?, -9999, ?, "
                "ST_GeomFromWKB(?), ?)",
                [rid, crs, width, height, [res, 0.0, x0, 0.0, -res, y1], zlib.compress(z.tobytes(), 1),
                 shapely.to_wkb(outline), source_id])
    return int(rid)


__all__ = ["SyntheticCity", "dem_height", "write_synthetic_city"]
