"""The project CRS: Japan's plane rectangular zones, which zone a place belongs to, and whether a CRS fits it.

Kaga Twin stores geometry in one projected CRS per project (``Store.crs``, metres). In Japan that is
normally the JGD2011 plane rectangular zone (平面直角座標系, EPSG:6669–6687, zones I–XIX) that the law
(平成14年国土交通省告示第9号) assigns to the prefecture. This module knows those zones and answers:

* :func:`zone_for` — the zone of a place: by prefecture where known (:data:`PREF_ZONES`; the few
  prefectures with several zones are split by the official rule, see :func:`zone_for`), else by the nearest
  zone origin;
* :func:`crs_fits` — whether a project CRS is reasonable for data at a place (rule in its docstring);
* :func:`crs_name` — the human name of a CRS ("JGD2011 / Japan Plane Rectangular CS VII") for the CLI's
  ``info`` and the GUI's status bar;
* :func:`check_project_crs` — validate a CRS a user chose (projected, in metres) and normalise it;
* :func:`auto_crs` — the CRS an empty project takes from its first import's location.

No Qt, no store: the GUI, the CLI and the store all use it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from twin.errors import TwinError
from twin.messages import tr

#: the CRS of a project nobody chose one for yet (Ishikawa's zone VII, the bundled Kaga sample's)
DEFAULT_CRS = "EPSG:6675"

#: where the project CRS came from (``project_meta.crs_source``)
CRS_SOURCES = ("user", "default", "auto")

#: |easting| within which a zone's scale error stays within 1/10 000 (scale 0.9999 on the central meridian,
#: 1 at about 90 km, 1.0001 at about 130 km: the zones are designed for this band)
ZONE_HALF_WIDTH_M = 130_000.0
#: |northing| from the origin within which a zone is used (the mainland prefectures lie within ~330 km of
#: their zone's origin parallel, the Izu islands within ~395 km; farther islands are covered by their own
#: official zone, see :func:`crs_fits`)
ZONE_HALF_HEIGHT_M = 400_000.0

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX")

#: zone number → origin (latitude, longitude) in degrees (告示第9号)
ZONE_ORIGINS: dict[int, tuple[float, float]] = {
    1: (33.0, 129.5), 2: (33.0, 131.0), 3: (36.0, 132 + 10 / 60), 4: (33.0, 133.5), 5: (36.0, 134 + 20 / 60),
    6: (36.0, 136.0), 7: (36.0, 137 + 10 / 60), 8: (36.0, 138.5), 9: (36.0, 139 + 50 / 60),
    10: (40.0, 140 + 50 / 60), 11: (44.0, 140.25), 12: (44.0, 142.25), 13: (44.0, 144.25), 14: (26.0, 142.0),
    15: (26.0, 127.5), 16: (26.0, 124.0), 17: (26.0, 131.0), 18: (20.0, 136.0), 19: (26.0, 154.0),
}

#: first EPSG code of zone I for each datum family of the plane rectangular zones (zone n is base + n - 1)
_ZONE_FAMILIES = {"JGD2011": 6669, "JGD2000": 2443, "Tokyo": 30161}

#: prefecture (JIS X 0401 code) → its zone(s), from 告示第9号. Several zones: Hokkaido (XI, XII, XIII by
#: municipality), Tokyo (IX; the Ogasawara islands XIV, Okinotorishima XVIII, Minamitorishima XIX),
#: Okinawa (XV; west of 126°E XVI, east of 130°E XVII), Kagoshima (II; its islands west of 130°E — the
#: Amami islands up to 130°13′E — between 27°N and 32°N are I). See :func:`zone_for` for how one is chosen.
PREF_ZONES: dict[int, tuple[int, ...]] = {
    1: (11, 12, 13),   # 北海道
    2: (10,), 3: (10,), 4: (10,), 5: (10,), 6: (10,),              # 青森 岩手 宮城 秋田 山形
    7: (9,), 8: (9,), 9: (9,), 10: (9,), 11: (9,), 12: (9,),       # 福島 茨城 栃木 群馬 埼玉 千葉
    13: (9, 14, 18, 19),                                           # 東京
    14: (9,),                                                      # 神奈川
    15: (8,),                                                      # 新潟
    16: (7,), 17: (7,),                                            # 富山 石川
    18: (6,),                                                      # 福井
    19: (8,), 20: (8,),                                            # 山梨 長野
    21: (7,),                                                      # 岐阜
    22: (8,),                                                      # 静岡
    23: (7,),                                                      # 愛知
    24: (6,), 25: (6,), 26: (6,), 27: (6,),                        # 三重 滋賀 京都 大阪
    28: (5,),                                                      # 兵庫
    29: (6,), 30: (6,),                                            # 奈良 和歌山
    31: (5,),                                                      # 鳥取
    32: (3,),                                                      # 島根
    33: (5,),                                                      # 岡山
    34: (3,), 35: (3,),                                            # 広島 山口
    36: (4,), 37: (4,), 38: (4,), 39: (4,),                        # 徳島 香川 愛媛 高知
    40: (2,), 41: (2,),                                            # 福岡 佐賀
    42: (1,),                                                      # 長崎
    43: (2,), 44: (2,), 45: (2,),                                  # 熊本 大分 宮崎
    46: (1, 2),                                                    # 鹿児島
    47: (15, 16, 17),                                              # 沖縄
}

# Hokkaido by municipality (JIS X 0402 five-digit codes): the cities named in zones XI and XIII (every other
# city is XII), and the towns and villages by the (sub)prefectural office areas named there.
_HOKKAIDO_CITIES = {"01202": 11, "01203": 11, "01233": 11, "01236": 11,              # 函館 小樽 伊達 北斗
                    "01206": 13, "01207": 13, "01208": 13, "01211": 13, "01223": 13}  # 釧路 帯広 北見 網走 根室
_HOKKAIDO_TOWNS = (  # (first, last code, zone); codes not listed are zone XII, オホーツク's towns by nearest origin
    ("01331", "01349", 11),   # 渡島
    ("01361", "01371", 11),   # 檜山
    ("01391", "01409", 11),   # 後志
    ("01571", "01571", 11), ("01575", "01575", 11), ("01584", "01584", 11),   # 胆振: 豊浦 壮瞥 洞爺湖
    ("01541", "01564", 0),    # オホーツク: part XIII, part XII → nearest origin among XI–XIII
    ("01631", "01649", 13),   # 十勝
    ("01661", "01668", 13),   # 釧路
    ("01691", "01695", 13),   # 根室
)


class CrsError(TwinError):
    """A CRS that cannot be a project CRS (unknown, geographic, not in metres)."""


@dataclass(frozen=True)
class Zone:
    """One JGD2011 plane rectangular zone."""

    number: int

    @property
    def roman(self) -> str:
        return ROMAN[self.number - 1]

    @property
    def epsg(self) -> int:
        return _ZONE_FAMILIES["JGD2011"] + self.number - 1

    @property
    def crs(self) -> str:
        return f"EPSG:{self.epsg}"

    @property
    def origin(self) -> tuple[float, float]:
        return ZONE_ORIGINS[self.number]

    @property
    def name(self) -> str:
        return f"JGD2011 / Japan Plane Rectangular CS {self.roman}"

    def __str__(self) -> str:
        return f"{self.crs} ({self.name})"


@dataclass(frozen=True)
class Location:
    """Where an input's data lies, read before any coordinate is transformed (``Importer.locate``).

    ``pref_code`` (1–47) and ``city_code`` (JIS X 0402, five digits) are given when the input names them
    (a PLATEAU dataset folder ``17206_kaga-shi_city_…`` → city 17206, prefecture 17)."""

    lat: float
    lon: float
    pref_code: int | None = None
    city_code: str | None = None

    def __post_init__(self) -> None:
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"not a latitude/longitude: {self.lat}, {self.lon}")
        if self.pref_code is None and self.city_code:
            object.__setattr__(self, "pref_code", pref_of_city(self.city_code))

    @property
    def zone(self) -> Zone:
        return zone_for(self.lat, self.lon, self.pref_code, city_code=self.city_code)

    def text(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.4f}°{ns} {abs(self.lon):.4f}°{ew}"


def pref_of_city(city_code: str | None) -> int | None:
    """The prefecture (1–47) of a JIS X 0402 municipality code (``"17206"`` → 17), None if it is not one."""
    if not city_code or not re.fullmatch(r"\d{5,6}", city_code):
        return None
    pref = int(city_code[:2])
    return pref if 1 <= pref <= 47 else None


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _nearest(lat: float, lon: float, numbers) -> int:
    return min(numbers, key=lambda n: (_distance_km(lat, lon, *ZONE_ORIGINS[n]), n))


def _hokkaido_zone(lat: float, lon: float, city_code: str | None) -> int:
    if city_code and re.fullmatch(r"01\d{3}\d?", city_code):
        code = city_code[:5]
        if code in _HOKKAIDO_CITIES:
            return _HOKKAIDO_CITIES[code]
        if code[2] in "12":        # 01100 (Sapporo and its wards) and the other 012xx cities
            return 12
        for first, last, zone in _HOKKAIDO_TOWNS:
            if first <= code <= last:
                return zone or _nearest(lat, lon, (11, 12, 13))
        return 12
    return _nearest(lat, lon, (11, 12, 13))


def zone_for(lat: float, lon: float, pref_code: int | str | None = None, *, city_code: str | None = None) -> Zone:
    """The plane rectangular zone of a place (latitude, longitude in degrees, JGD2011 ≈ WGS 84).

    With the prefecture (``pref_code`` 1–47, or derived from ``city_code``) the zone is the official one of
    :data:`PREF_ZONES`. Where a prefecture has several zones: Tokyo, Okinawa and Kagoshima are split by the
    official lines of latitude and longitude; Hokkaido by municipality when ``city_code`` is given (the named
    cities and office areas; オホーツク's towns, and Hokkaido without a municipality, by the nearest origin
    among XI–XIII). Without a prefecture the zone whose origin is nearest (great-circle distance) is chosen —
    a guess near prefecture borders, which is why :func:`auto_crs` keeps a CRS that still fits."""
    if pref_code is None and city_code:
        pref_code = pref_of_city(city_code)
    pref = int(pref_code) if pref_code not in (None, "") else None
    zones = PREF_ZONES.get(pref) if pref is not None else None
    if not zones:
        return Zone(_nearest(lat, lon, ZONE_ORIGINS))
    if len(zones) == 1:
        return Zone(zones[0])
    if pref == 13:      # Tokyo: south of 28°N are the Ogasawara islands and the two remote islands
        if lat >= 28.0:
            return Zone(9)
        return Zone(18 if lon < 140.5 else 19 if lon > 143.0 else 14)
    if pref == 47:      # Okinawa
        return Zone(16 if lon < 126.0 else 17 if lon > 130.0 else 15)
    if pref == 46:      # Kagoshima: the islands in 27–32°N west of 130°E (Amami up to 130°13′E) are zone I
        island_box = 27.0 <= lat <= 32.0 and 128.3 <= lon and (lon <= 130.0 or (lat < 29.0 and lon <= 130 + 13 / 60))
        return Zone(1 if island_box else 2)
    return Zone(_hokkaido_zone(lat, lon, city_code))


def zone_of_crs(crs: str) -> int | None:
    """The zone number of a plane rectangular CRS (JGD2011, JGD2000 or Tokyo datum), else None."""
    m = re.fullmatch(r"\s*EPSG:(\d+)\s*", str(crs), re.I)
    if not m:
        return None
    code = int(m.group(1))
    for base in _ZONE_FAMILIES.values():
        if base <= code < base + 19:
            return code - base + 1
    return None


@lru_cache(maxsize=64)
def _pyproj_crs(crs: str):
    from pyproj import CRS
    return CRS.from_user_input(crs)


@lru_cache(maxsize=64)
def _to_crs(crs: str):
    from pyproj import Transformer
    return Transformer.from_crs("EPSG:6668", crs, always_xy=True)


def crs_name(crs: str | None) -> str:
    """The name of a CRS ("JGD2011 / Japan Plane Rectangular CS VII" for EPSG:6675); the text itself when
    pyproj does not know it."""
    if not crs:
        return ""
    from pyproj.exceptions import CRSError

    try:
        return _pyproj_crs(str(crs)).name
    except CRSError:    # show what the project says
        return str(crs)


def describe(crs: str | None) -> str:
    """``EPSG:6675 (JGD2011 / Japan Plane Rectangular CS VII)``, for messages and status bars."""
    name = crs_name(crs)
    return f"{crs} ({name})" if name and name != crs else str(crs)


def check_project_crs(text: str) -> str:
    """Validate a CRS chosen for a project and return it normalised (``"epsg:6676"`` → ``"EPSG:6676"``).

    It must be known to pyproj, projected, and measure both axes in metres; :class:`CrsError` says what is
    wrong otherwise."""
    from pyproj.exceptions import CRSError

    raw = str(text).strip()
    hint = tr("Choose a projected CRS in metres, e.g. the JGD2011 plane rectangular zone of the area "
              "(EPSG:6669–6687; Ishikawa is EPSG:6675).")
    try:
        crs = _pyproj_crs(raw)
    except CRSError as exc:
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise CrsError(tr("{crs} is not a coordinate reference system Kaga Twin knows ({why}). {hint}",
                          crs=raw, why=first, hint=hint)) from None
    horizontal = crs.sub_crs_list[0] if crs.is_compound and crs.sub_crs_list else crs
    if not horizontal.is_projected:
        raise CrsError(tr("{crs} ({name}) is not a projected CRS: a project stores x and y in metres, not "
                          "degrees. {hint}", crs=raw, name=crs.name, hint=hint))
    units = {a.unit_name for a in horizontal.axis_info[:2]}
    if units != {"metre"}:
        raise CrsError(tr("{crs} ({name}) measures in {units}, not metres. {hint}", crs=raw, name=crs.name,
                          units=", ".join(sorted(units)), hint=hint))
    # a compound CRS (plane + height) is stored as its horizontal part: z is always T.P. height in metres
    auth = horizontal.to_authority(min_confidence=100)
    return f"{auth[0]}:{auth[1]}" if auth else raw


def _easting_northing(crs: str, lat: float, lon: float) -> tuple[float, float] | None:
    from pyproj.exceptions import CRSError, ProjError

    try:
        x, y = _to_crs(crs).transform(lon, lat)
    except (CRSError, ProjError):   # a CRS pyproj cannot transform to
        return None
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    return x, y


def crs_fits(crs: str, lat: float, lon: float, pref_code: int | str | None = None, *,
             city_code: str | None = None) -> bool:
    """Whether ``crs`` is a reasonable project CRS for data at (``lat``, ``lon``).

    The rule:

    * the official zone of the place (:func:`zone_for`, with the prefecture when known) always fits;
    * another plane rectangular zone (JGD2011, JGD2000 or Tokyo datum) fits when the place lies within
      130 km east–west of the zone's origin, where its scale error stays within 1/10 000 as the zones are
      designed, and within 400 km north–south of it (so data just across a prefecture border fits the
      neighbour's zone, Tokyo data does not fit Ishikawa's, and Sapporo's does not fit Tokyo's);
    * any other projected CRS fits where its area of use (EPSG database) covers the place;
    * a CRS pyproj cannot read, or a geographic one, never fits.
    """
    text = str(crs).strip()
    zone = zone_of_crs(text)
    official = zone_for(lat, lon, pref_code, city_code=city_code)
    if zone is not None:
        if zone == official.number:
            return True
        en = _easting_northing(text, lat, lon)
        return en is not None and abs(en[0]) <= ZONE_HALF_WIDTH_M and abs(en[1]) <= ZONE_HALF_HEIGHT_M
    from pyproj.exceptions import CRSError

    try:
        c = _pyproj_crs(text)
    except CRSError:    # unreadable
        return False
    horizontal = c.sub_crs_list[0] if c.is_compound and c.sub_crs_list else c
    if not horizontal.is_projected:
        return False
    area = c.area_of_use or horizontal.area_of_use
    if area is None:
        return _easting_northing(text, lat, lon) is not None
    west, south, east, north = area.bounds
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= lat <= north and inside_lon


def auto_crs(current: str, location: Location) -> str:
    """The CRS an empty project whose CRS nobody chose takes from its first import's ``location``.

    With the prefecture known the official zone is taken. Without it the nearest-origin zone is only a
    guess (wrong near some prefecture borders: Kaga is nearer zone VI's origin than VII's), so ``current``
    is kept when it :func:`fits <crs_fits>` the place, and replaced by the guessed zone otherwise."""
    zone = location.zone
    if location.pref_code is not None:
        return zone.crs
    if crs_fits(current, location.lat, location.lon):
        return current
    return zone.crs


__all__ = ["CRS_SOURCES", "DEFAULT_CRS", "PREF_ZONES", "ZONE_ORIGINS", "CrsError", "Location", "Zone", "auto_crs",
           "check_project_crs", "crs_fits", "crs_name", "describe", "pref_of_city", "zone_for", "zone_of_crs"]
