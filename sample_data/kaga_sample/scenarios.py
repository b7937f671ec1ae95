"""The two sample planning scenarios for the Kaga Onsen Station area, as GeoJSON (RFC 7946, lon/lat):

* ``eki_higashi_hotel.geojson`` — 駅東ホテル棟: a 12-storey hotel (usage 403) at the station's east exit;
* ``eki_kita_jutaku.geojson`` — 駅北住宅: low-rise housing north of the station in two phases: 第1期 (2028) houses
  and a small block of flats on vacant lots, and the two old buildings (built 1976 and 1977) taken down;
  第2期 (2035) flats and houses where those stood.

Each feature is one edit: ``op`` = ``add`` (a footprint with storeys, usage_code, units) or ``remove`` (the
base building's ``gml_id``, no geometry); ``phase`` and ``phase_date`` say when it happens. Footprints are
rectangles in the generator's local frame (metres east/north of the station, :mod:`kaga_sample.geo`), turned
21.5° to follow the street grid, placed on vacant land (tests check they overlap no base building).
Run ``python -m kaga_sample.scenarios`` from ``sample_data/`` to rewrite the files (deterministic bytes).
"""

from __future__ import annotations

import json
from pathlib import Path

from kaga_sample.geo import to_latlon

#: cos and sin of the street grid's angle (21.5°), written out so the output is the same on every platform
COS, SIN = 0.9304175680688417, 0.3665012267242973

OUT = Path(__file__).resolve().parent.parent / "scenarios"

#: base buildings the housing scenario takes down (built 1977 and 1976, north of the station)
OLD_BLOCKS = ("bldg_b1d33801-1a0d-426d-ae0c-09ccba75badc", "bldg_b5b6c890-cb8a-450d-8302-59c87d1f228a")
PHASE_1 = ("第1期", "2028-04-01")
PHASE_2 = ("第2期", "2035-04-01")


def rectangle(cx: float, cy: float, w: float, h: float) -> list[list[float]]:
    """A w × h m rectangle centred on (cx, cy) m from the station, turned with the street grid; lon/lat ring."""
    ring = []
    for u, v in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2), (-w / 2, -h / 2)):
        lat, lon = to_latlon(cx + u * COS - v * SIN, cy + u * SIN + v * COS)
        ring.append([lon, lat])
    return [ring]


def add(fid: str, centre: tuple[float, float], size: tuple[float, float], storeys: int, usage: str,
        units: int, phase: tuple[str, str] | None = None) -> dict:
    props = {"id": fid, "op": "add", "storeys": storeys, "usage_code": usage, "units": units,
             "phase": phase[0] if phase else None, "phase_date": phase[1] if phase else None}
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Polygon", "coordinates": rectangle(*centre, *size)}}


def remove(fid: str, gml_id: str, phase: tuple[str, str]) -> dict:
    return {"type": "Feature", "geometry": None,
            "properties": {"id": fid, "op": "remove", "gml_id": gml_id, "phase": phase[0], "phase_date": phase[1]}}


def hotel() -> dict:
    return {"type": "FeatureCollection", "name": "駅東ホテル棟",
            "features": [add("hotel", (190.0, 40.0), (36.0, 18.0), 12, "403", 0)]}


def housing() -> dict:
    feats = [add("house-1", (10.0, 180.0), (12.0, 9.0), 2, "411", 1, PHASE_1),
             add("house-2", (14.0, 168.0), (12.0, 9.0), 2, "411", 1, PHASE_1),
             add("house-3", (24.0, 186.0), (12.0, 9.0), 2, "411", 1, PHASE_1),
             add("flats-1", (26.0, 204.0), (26.0, 12.0), 3, "412", 12, PHASE_1),
             remove("old-1", OLD_BLOCKS[0], PHASE_1),
             remove("old-2", OLD_BLOCKS[1], PHASE_1),
             add("flats-2", (-14.0, 253.0), (26.0, 14.0), 4, "412", 16, PHASE_2),
             add("house-4", (-66.0, 280.0), (12.0, 9.0), 2, "411", 1, PHASE_2),
             add("house-5", (-72.0, 292.0), (12.0, 9.0), 2, "411", 1, PHASE_2)]
    return {"type": "FeatureCollection", "name": "駅北住宅", "features": feats}


FILES = {"eki_higashi_hotel.geojson": hotel, "eki_kita_jutaku.geojson": housing}


def write(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in FILES.items():
        path = out / name
        path.write_text(json.dumps(make(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in write():
        print(p)
