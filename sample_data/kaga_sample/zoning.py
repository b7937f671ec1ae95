"""Sample 用途地域 (zoning) for the station area in the 国土数値情報 A29 layout.

Invented but plausible: a commercial zone (商業地域, 80 % / 400 %) around Kaga Onsen Station and its west plaza, a
neighbourhood-commercial zone (近隣商業地域, 80 % / 200 %) along the east exit, a Category I residential zone
(第一種住居地域, 60 % / 200 %) around them, low-rise housing (第一種低層住居専用地域, 50 % / 80 %) further north and a
quasi-industrial strip (準工業地域, 60 % / 200 %) south of the tracks. Only the station's position is real; the
zones are rectangles in the railway frame of :mod:`kaga_sample.site` (u along the tracks, v across, metres).

Layout (§7 of the operations reference): a GeoJSON FeatureCollection in EPSG:6668 with ``A29_001`` (city code),
``A29_002`` (prefecture), ``A29_003`` (city), ``A29_004`` (zone code), ``A29_005`` (zone name), ``A29_006``
(building coverage %), ``A29_007`` (floor-area ratio %). Plain arithmetic only: the same bytes everywhere.

    python -m kaga_sample.zoning   (from sample_data/)  writes sample_data/zoning/kaga_zoning_a29.geojson
"""

from __future__ import annotations

import json
from pathlib import Path

from .geo import to_latlon
from .site import uv

ROOT = Path(__file__).resolve().parents[2]
ZONING_PATH = ROOT / "sample_data" / "zoning" / "kaga_zoning_a29.geojson"

#: the commercial core's rectangle (u0, v0, u1, v1): the residential zone around it has it as a hole
CORE = (-260.0, -160.0, 400.0, 180.0)
#: (code, name, coverage %, floor-area %, outer rectangle, hole or None)
ZONES = (
    ("9", "商業地域", 80, 400, (-260.0, -160.0, 60.0, 180.0), None),
    ("8", "近隣商業地域", 80, 200, (60.0, -160.0, 400.0, 180.0), None),
    ("5", "第一種住居地域", 60, 200, (-700.0, -520.0, 900.0, 620.0), CORE),
    ("1", "第一種低層住居専用地域", 50, 80, (-700.0, 620.0, 900.0, 1000.0), None),
    ("10", "準工業地域", 60, 200, (-700.0, -900.0, 900.0, -520.0), None),
)


def _ring(rect: tuple[float, float, float, float], *, clockwise: bool = False) -> list[list[float]]:
    """A closed ring of lon/lat pairs around a u/v rectangle (anticlockwise exterior, clockwise hole)."""
    u0, v0, u1, v1 = rect
    corners = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]
    if clockwise:
        corners.reverse()
    out = []
    for u, v in corners + corners[:1]:
        lat, lon = to_latlon(*uv(u, v))
        out.append([lon, lat])
    return out


def zoning_features() -> list[dict]:
    """The sample zones as GeoJSON features (A29 properties)."""
    features = []
    for n, (code, name, cov, far, rect, hole) in enumerate(ZONES, start=1):
        rings = [_ring(rect)] + ([_ring(hole, clockwise=True)] if hole else [])
        features.append({"type": "Feature", "properties": {
            "A29_001": "17206", "A29_002": "石川県", "A29_003": "加賀市", "A29_004": int(code), "A29_005": name,
            "A29_006": cov, "A29_007": far}, "geometry": {"type": "Polygon", "coordinates": rings}, "id": n})
    return features


def write_zoning(path: Path = ZONING_PATH) -> Path:
    """Write the sample A29 GeoJSON (one feature per line) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in zoning_features())
    crs = '{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::6668"}}'
    path.write_text('{"type":"FeatureCollection","name":"A29-19_17206","crs":' + crs + ',"features":[\n'
                    + lines + "\n]}\n", encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    print(write_zoning())
