"""Road-damage sample data (``road_damage/``): an MCR-style citizen-report export, AI detections along the main
roads, report photos, and the facilities the repair priority looks at.

* ``kaga_mcr_reports_2024-2025.csv`` — a My City Report-style municipal export as Ishikawa's towns publish them:
  CP932, CRLF, headers 受付番号, 状態, 分野, 緯度, 経度, 投稿日時, 内容, 写真, 住所; citizen reports from January
  2024 to December 2025 (more potholes after the snow, February to April); the three statuses, older reports
  mostly 対応済; dates in the forms people type (``2025-01-09 10:30``, ``2025/1/9 10:30``, ``2025/1/9``,
  ``R7.1.9 10時30分頃``, ``令和7年1月9日``); a few reports repeated at the same spot within days (so they form
  repair cases); a few non-road reports (公園, ごみ) as real exports hold them; a few reports far from any road
  (to be flagged); and a handful of malformed rows (bad coordinate, bad date, a short row) that an importer must
  reject. Report positions lie within 3 m of the sample's road centre lines (``centrelines.centre_lines``).
* ``photos/R000123.jpg`` — small JPEGs (320 × 240, grey asphalt with a pothole, a crack or a step, and the report
  number drawn on it) for about a dozen reports, named in the CSV's 写真 column relative to the CSV.
* ``kaga_ai_detections_2025.csv`` — UTF-8 AI detections from three survey drives in 2025 along national route 8,
  the prefectural roads and the station avenue: time (ISO 8601 with +09:00), lat, lon, RDD class (D00 D10 D20 D40
  D43 D44 D50), confidence, size (cm for potholes and manholes, m for cracks and faded markings), route.
* ``kaga_facilities.geojson`` — 加賀温泉駅 (station), the sample's two schools (their main buildings), an invented
  hospital, and evacuation centres (the two school gyms, 作見地区会館, an invented park and meeting hall), with
  名称 / 種別 / 住所 properties in Japanese as municipal lists have them.

Deterministic: ``Rng`` (``random.random`` only), plain arithmetic, text written by the generator itself (csv,
json), JPEGs encoded by Pillow from pixels the generator computes (no fonts: the digits are a built-in bitmap).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from math import sqrt
from pathlib import Path

from .geo import STATION_LAT, STATION_LON, Point, polyline_distance, to_latlon
from .rand import Rng
from .site import INSET, SEED, XMAX, XMIN, YMAX, YMIN

ROAD_DAMAGE_DIR = Path("road_damage")
MCR_CSV = "kaga_mcr_reports_2024-2025.csv"
AI_CSV = "kaga_ai_detections_2025.csv"
FACILITIES_GEOJSON = "kaga_facilities.geojson"
PHOTO_DIR = "photos"

MCR_HEADER = ("受付番号", "状態", "分野", "緯度", "経度", "投稿日時", "内容", "写真", "住所")
AI_HEADER = ("detected_at", "lat", "lon", "damage_class", "confidence", "size", "route")

#: the export was taken on this day; statuses follow the reports' age at it
EXPORT_DAY = dt.date(2025, 12, 24)
FIRST_DAY = dt.date(2024, 1, 4)
N_REPORTS = 420             # good rows (the malformed ones come on top)
N_HOTSPOTS = 30             # spots reported several times
N_FAR = 4                   # reports far from any road (> 60 m)
N_PHOTOS = 12
JST = dt.timezone(dt.timedelta(hours=9))

#: citizens report more where there is more traffic
CLASS_WEIGHT = {"national": 3.0, "prefectural": 2.5, "avenue": 3.0, "collector": 1.5, "municipal": 1.0,
                "farm": 0.3}
#: potholes open up after the snow (Kaga has snow from December to February)
MONTH_WEIGHT = (1.6, 2.2, 2.0, 1.4, 1.0, 0.8, 0.9, 0.8, 0.8, 0.9, 1.0, 1.3)

# -- what citizens write ---------------------------------------------------------------------------------------

PLACES = ("交差点の手前", "交差点を渡ったところ", "歩道側", "センターライン付近", "信号の近く", "バス停の前",
          "コンビニの前", "カーブの出口", "橋のたもと", "駐車場の出入口", "横断歩道の近く", "家の前")

#: (topic, 分野, photo drawing, weight, texts); {place} and {size} are filled in
TOPICS = (
    ("pothole", "道路", "pothole", 30, (
        "道路に穴が開いています。{place}です。車が通るたびに音がします。",
        "舗装に直径{size}cmほどの穴があります。{place}。自転車が危ないです。",
        "アスファルトがえぐれて穴になっています。雨の日は水がたまって見えません。",
        "ポットホールがあります。{place}。タイヤがはまりそうです。",
        "道路のへこみ・段差があります。{place}。夜は特に見えにくいです。",
    )),
    ("step", "道路", "step", 14, (
        "マンホールの周りが沈んで段差になっています。{place}。",
        "舗装が盛り上がって段差ができています。バイクで通ると危険です。",
        "道路のつなぎ目に段差があり、車が跳ねます。{place}。",
    )),
    ("crack", "道路", "crack", 18, (
        "路面にひび割れが広がっています。{place}。",
        "亀の甲羅のようなひび割れが{size}mほど続いています。",
        "道路の端にひびが入って崩れかけています。{place}。",
    )),
    ("gutter", "側溝・水路", "puddle", 12, (
        "側溝のふたがガタガタ鳴ります。{place}。",
        "側溝が詰まって水たまりができています。{place}。",
        "雨のあと大きな水たまりができて、歩道まで水がはねます。",
    )),
    ("guardrail", "道路施設", None, 5, (
        "ガードレールが曲がっています。車がぶつかったようです。",
        "ガードレールの支柱が傾いています。{place}。",
    )),
    ("mirror", "道路施設", None, 5, (
        "カーブミラーの向きがずれていて、車が来るのが見えません。",
        "カーブミラーが割れています。{place}。",
    )),
    ("marking", "道路", None, 6, (
        "横断歩道の白線が消えかかっています。{place}。",
        "センターラインがほとんど見えません。",
    )),
    ("sign", "道路施設", None, 2, (
        "止まれの標識が傾いています。",
    )),
    ("park", "公園", None, 4, (
        "公園の遊具が壊れています。",
        "公園のベンチの板が割れています。",
        "公園の街灯が夜つきません。",
    )),
    ("garbage", "ごみ", None, 4, (
        "歩道にごみが不法投棄されています。{place}。",
        "ごみ集積所のネットが破れて、カラスがごみを散らかしています。",
    )),
)
FAR_TEXTS = ("田んぼの中の農道の舗装がはがれています。", "用水路沿いの道が陥没しています。",
             "畑の横の砂利道に大きな穴があります。", "山すその作業道に倒木があります。")
FOLLOW_UPS = ("まだ直っていません。", "前にも通報しましたが、穴が大きくなっています。", "同じ場所です。早めにお願いします。",
              "昨日ここで自転車が転びそうになりました。", "")

#: towns around the station (real names of Kaga towns, assigned by direction, not surveyed addresses)
TOWNS = ("作見町", "小菅波町", "加茂町", "熊坂町", "箱宮町")


def _town(x: float, y: float) -> str:
    if x * x + y * y < 800.0 * 800.0:
        return TOWNS[0]
    if abs(y) >= abs(x):
        return TOWNS[1] if y > 0 else TOWNS[3]
    return TOWNS[2] if x > 0 else TOWNS[4]


def _address(x: float, y: float) -> str:
    return f"石川県加賀市{_town(x, y)}"


# -- road geometry -----------------------------------------------------------------------------------------------


class Roads:
    """The sample's centre lines (local metres) with a sampler for positions along them."""

    def __init__(self, lines: list[dict]):
        self.lines = [ln for ln in lines if len(ln["points"]) >= 2]
        self.cum = []
        for ln in self.lines:
            pts = ln["points"]
            c = [0.0]
            for (ax, ay), (bx, by) in zip(pts[:-1], pts[1:]):
                c.append(c[-1] + sqrt((bx - ax) ** 2 + (by - ay) ** 2))
            self.cum.append(c)

    def weighted(self, classes: dict[str, float]) -> list[tuple[int, float]]:
        return [(i, self.cum[i][-1] * classes.get(ln["road_class"], 0.0)) for i, ln in enumerate(self.lines)
                if classes.get(ln["road_class"], 0.0) > 0 and self.cum[i][-1] > 1.0]

    def at(self, i: int, s: float, offset: float) -> Point:
        """The point ``s`` metres along line ``i``, ``offset`` metres to its left."""
        pts, c = self.lines[i]["points"], self.cum[i]
        s = min(max(s, 0.0), c[-1])
        k = 0
        while k < len(c) - 2 and c[k + 1] < s:
            k += 1
        (ax, ay), (bx, by) = pts[k], pts[k + 1]
        seg = c[k + 1] - c[k]
        t = (s - c[k]) / seg if seg > 0 else 0.0
        ux, uy = ((bx - ax) / seg, (by - ay) / seg) if seg > 0 else (0.0, 0.0)
        return ax + (bx - ax) * t - uy * offset, ay + (by - ay) * t + ux * offset

    def distance(self, x: float, y: float) -> float:
        return min(polyline_distance(x, y, ln["points"]) for ln in self.lines)


def _inside(x: float, y: float, margin: float = INSET + 20.0) -> bool:
    return XMIN + margin <= x <= XMAX - margin and YMIN + margin <= y <= YMAX - margin


# -- citizen reports -----------------------------------------------------------------------------------------------


@dataclass
class Report:
    when: dt.datetime
    x: float
    y: float
    topic: str
    category: str
    text: str
    status: str = ""
    photo_kind: str | None = None
    hotspot: int | None = None
    ident: str = ""
    photo: str = ""
    raw_cells: list[str] | None = None       # a malformed row, written as is


def _status(rng: Rng, last: dt.date) -> str:
    age = (EXPORT_DAY - last).days
    if age > 180:
        table = (("対応済", 0.92), ("対応中", 0.06), ("受付済", 0.02))
    elif age > 60:
        table = (("対応済", 0.6), ("対応中", 0.25), ("受付済", 0.15))
    elif age > 14:
        table = (("対応済", 0.25), ("対応中", 0.35), ("受付済", 0.4))
    else:
        table = (("受付済", 0.75), ("対応中", 0.2), ("対応済", 0.05))
    return rng.weighted(table)


def _day(rng: Rng, start: dt.date = FIRST_DAY, end: dt.date = EXPORT_DAY - dt.timedelta(days=1)) -> dt.date:
    """A day between ``start`` and ``end``, weighted by month (potholes after the snow)."""
    days = (end - start).days + 1
    table = [(start + dt.timedelta(days=k), MONTH_WEIGHT[(start + dt.timedelta(days=k)).month - 1])
             for k in range(days)]
    return rng.weighted(table)


def _time(rng: Rng, day: dt.date) -> dt.datetime:
    minutes = rng.int_between(6 * 60, 22 * 60 + 30)
    return dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60)


def _text(rng: Rng, topic: tuple) -> str:
    text = rng.choice(topic[4])
    return text.format(place=rng.choice(PLACES), size=rng.int_between(15, 60) if "cm" in text else
                       rng.int_between(2, 8))


def _date_text(rng: Rng, t: dt.datetime) -> str:
    """The date as citizens' and clerks' exports have it, in one of five forms."""
    form = rng.weighted((("iso", 0.45), ("slash", 0.25), ("slash_day", 0.10), ("wareki_short", 0.12),
                         ("wareki", 0.08)))
    r = t.year - 2018
    if form == "iso":
        return f"{t:%Y-%m-%d %H:%M}"
    if form == "slash":
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    if form == "slash_day":
        return f"{t.year}/{t.month}/{t.day}"
    if form == "wareki_short":
        return f"R{r}.{t.month}.{t.day} {t.hour}時{t.minute:02d}分頃"
    return f"令和{r}年{t.month}月{t.day}日"


def _latlon_text(x: float, y: float) -> tuple[str, str]:
    lat, lon = to_latlon(x, y)
    return f"{lat:.6f}", f"{lon:.6f}"


def citizen_reports(roads: Roads, rng: Rng) -> list[Report]:
    """The good reports (hot spots, single reports, far ones), sorted by time, without numbers yet."""
    by_name = {t[0]: t for t in TOPICS}
    lines = roads.weighted(CLASS_WEIGHT)
    out: list[Report] = []

    def road_point(offset_max: float = 3.0) -> tuple[float, float, int, float]:
        while True:
            i = rng.weighted(lines)
            s = rng.uniform(0.0, roads.cum[i][-1])
            x, y = roads.at(i, s, rng.uniform(-offset_max, offset_max))
            if _inside(x, y):
                return x, y, i, s

    # spots reported several times within days (one pothole seen by many): they become repair cases
    for h in range(N_HOTSPOTS):
        x0, y0, i, s = road_point(1.5)
        topic = by_name[rng.weighted([(t, w) for t, w in (("pothole", 0.65), ("step", 0.2), ("crack", 0.15))])]
        # half of the spots are recent (open work), half spread over the two years
        start = _day(rng, dt.date(2025, 9, 1)) if h % 2 == 0 else _day(rng, FIRST_DAY, dt.date(2025, 8, 31))
        n = rng.weighted(((2, 0.35), (3, 0.3), (4, 0.2), (5, 0.1), (6, 0.05)))
        day = start
        group = []
        for k in range(n):
            if k:
                day = day + dt.timedelta(days=rng.int_between(0, 12))
            if day >= EXPORT_DAY:
                break
            x, y = roads.at(i, s + rng.uniform(-4.0, 4.0), rng.uniform(-3.0, 3.0))
            # follow-ups add a sentence, now and then on a line of its own (a quoted field with a line break)
            text = _text(rng, topic) if k == 0 else \
                f"{_text(rng, topic)}{chr(10) if rng.chance(0.15) else ''}{rng.choice(FOLLOW_UPS)}"
            group.append(Report(_time(rng, day), x, y, topic[0], topic[1], text, photo_kind=topic[2], hotspot=h))
        status = _status(rng, max(r.when.date() for r in group))
        for r in group:
            r.status = status
        out += group
    # single reports along the roads
    weights = [(t, t[3]) for t in TOPICS]
    while len(out) < N_REPORTS - N_FAR:
        topic = rng.weighted(weights)
        x, y, _, _ = road_point(3.0)
        when = _time(rng, _day(rng))
        out.append(Report(when, x, y, topic[0], topic[1], _text(rng, topic), _status(rng, when.date()),
                          photo_kind=topic[2]))
    # a few far from any road (a farm track the network does not have): imported and flagged
    for k in range(N_FAR):
        while True:
            x, y = rng.uniform(XMIN, XMAX), rng.uniform(YMIN, YMAX)
            if _inside(x, y, 60.0) and roads.distance(x, y) > 80.0:
                break
        when = _time(rng, _day(rng, dt.date(2025, 4, 1)))
        out.append(Report(when, x, y, "far", "道路", FAR_TEXTS[k % len(FAR_TEXTS)], _status(rng, when.date()),
                          photo_kind="pothole"))
    out.sort(key=lambda r: (r.when, r.x, r.y))
    return out


def _malformed(rng: Rng, good: list[Report]) -> list[Report]:
    """Rows an importer must reject: bad coordinates (a typo, none, swapped), bad dates, a short row."""
    rows = []
    picks = [good[int(len(good) * f)] for f in (0.08, 0.21, 0.37, 0.5, 0.63, 0.77, 0.9)]
    for k, r in enumerate(picks):
        lat, lon = _latlon_text(r.x, r.y)
        date = f"{r.when:%Y-%m-%d %H:%M}"
        text = _text(rng, TOPICS[0])
        cells = ["", "受付済", "道路", lat, lon, date, text, "", _address(r.x, r.y)]
        if k == 0:
            cells[3] = lat[:4] + "l" + lat[5:]              # a letter typed for a digit
        elif k == 1:
            cells[3] = cells[4] = ""                        # no position
        elif k == 2:
            cells[3], cells[4] = lon, lat                   # latitude and longitude swapped
        elif k == 3:
            cells[5] = f"{r.when.year}/13/40 10:00"         # no such date
        elif k == 4:
            cells[5] = f"R{r.when.year - 2018}.2.30"        # 30 February
        elif k == 5:
            cells[5] = ""                                   # no date
        else:
            cells = cells[:4]                               # cut short (a broken export line)
        rows.append(Report(r.when, r.x, r.y, "malformed", "道路", text, "受付済", raw_cells=cells))
    return rows


def _choose_photos(reports: list[Report]) -> list[Report]:
    """About a dozen reports with a photo: the first report of some spots and some single damage reports."""
    first_of_spot = {}
    for r in reports:
        if r.hotspot is not None and r.hotspot not in first_of_spot:
            first_of_spot[r.hotspot] = r
    spots = [first_of_spot[h] for h in sorted(first_of_spot)][1::5][: N_PHOTOS // 2]
    singles = [r for r in reports if r.hotspot is None and r.photo_kind in ("pothole", "crack", "step", "puddle")
               and r.raw_cells is None]
    step = max(1, len(singles) // (N_PHOTOS - len(spots)))
    chosen = spots + singles[step // 2::step][: N_PHOTOS - len(spots)]
    return sorted(chosen, key=lambda r: r.ident)


def mcr_rows(roads: Roads, rng: Rng) -> list[Report]:
    """Every row of the export (good and malformed), numbered, with their photos chosen."""
    good = citizen_reports(roads, rng)
    bad = _malformed(rng, good)
    rows = sorted(good + bad, key=lambda r: (r.when, r.raw_cells is not None, r.x, r.y))
    for n, r in enumerate(rows, 1):
        r.ident = f"R{n:06d}"
        if r.raw_cells is not None:
            r.raw_cells[0] = r.ident
    for r in _choose_photos(rows):
        r.photo = f"{PHOTO_DIR}/{r.ident}.jpg"
    return rows


def write_mcr_csv(path: Path, rows: list[Report], rng: Rng) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(MCR_HEADER)
    for r in rows:
        if r.raw_cells is not None:
            w.writerow(r.raw_cells)
            continue
        lat, lon = _latlon_text(r.x, r.y)
        w.writerow([r.ident, r.status, r.category, lat, lon, _date_text(rng, r.when), r.text, r.photo,
                    _address(r.x, r.y)])
    path.write_bytes(buf.getvalue().replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("cp932"))


# -- photos ----------------------------------------------------------------------------------------------------------

#: a 5 x 7 bitmap of the characters a report number uses
GLYPHS = {
    "R": ("11110", "10001", "10001", "11110", "10100", "10010", "10001"),
    "0": ("01110", "10001", "10011", "10101", "11001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
}
#: a unit circle as 16 points (cos, sin of k * 22.5 degrees, written out: no trigonometry at run time)
CIRCLE16 = ((1.0, 0.0), (0.9239, 0.3827), (0.7071, 0.7071), (0.3827, 0.9239), (0.0, 1.0), (-0.3827, 0.9239),
            (-0.7071, 0.7071), (-0.9239, 0.3827), (-1.0, 0.0), (-0.9239, -0.3827), (-0.7071, -0.7071),
            (-0.3827, -0.9239), (0.0, -1.0), (0.3827, -0.9239), (0.7071, -0.7071), (0.9239, -0.3827))
PHOTO_SIZE = (320, 240)


def photo_jpeg(ident: str, kind: str, rng: Rng) -> bytes:
    """A small grey JPEG: asphalt, the damage (``pothole``, ``crack``, ``step`` or ``puddle``), a lane marking,
    and the report number."""
    import numpy as np
    from PIL import Image, ImageDraw

    w, h = PHOTO_SIZE

    def noise(cols: int, rows: int, amp: float) -> np.ndarray:
        small = np.array([[rng.uniform(-amp, amp) for _ in range(cols)] for _ in range(rows)], dtype=np.float32)
        return np.asarray(Image.fromarray(small).resize((w, h), Image.Resampling.BILINEAR))

    shade = 104.0 + rng.uniform(-12.0, 12.0)
    pixels = shade + noise(16, 12, 10.0) + noise(64, 48, 7.0)
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    # a lane marking along one side, worn
    lx = int(rng.uniform(30, 70)) if rng.chance(0.5) else int(rng.uniform(250, 290))
    d.polygon([(lx, 0), (lx + 12, 0), (lx + 18, h), (lx + 4, h)], fill=int(rng.uniform(175, 205)))
    cx, cy = rng.uniform(110, 210), rng.uniform(100, 170)
    if kind in ("pothole", "puddle"):
        rx, ry = rng.uniform(38, 70), rng.uniform(22, 40)
        ring = [(cx + c * rx * rng.uniform(0.8, 1.15), cy + s * ry * rng.uniform(0.8, 1.15)) for c, s in CIRCLE16]
        fill = int(rng.uniform(28, 45)) if kind == "pothole" else int(rng.uniform(125, 150))
        d.polygon(ring, fill=fill, outline=int(rng.uniform(60, 75)))
        if kind == "pothole":
            inner = [(cx + (x - cx) * 0.55, cy + (y - cy) * 0.5 + 4) for x, y in ring]
            d.polygon(inner, fill=fill - 12)
    elif kind == "step":
        y0 = int(rng.uniform(90, 160))
        d.polygon([(0, y0), (w, y0 + int(rng.uniform(-25, 25))), (w, y0 + 30), (0, y0 + 18)],
                  fill=int(rng.uniform(55, 70)))
    else:
        for _ in range(3):
            x, y = cx, cy
            pts = [(x, y)]
            for _ in range(14):
                x, y = x + rng.uniform(-18, 18), y + rng.uniform(-14, 14)
                pts.append((x, y))
            d.line(pts, fill=int(rng.uniform(25, 45)), width=2)
    # the report number, white on a dark box, top left
    scale = 3
    d.rectangle((6, 6, 14 + len(ident) * 6 * scale, 14 + 7 * scale), fill=20)
    for k, ch in enumerate(ident):
        for row, bits in enumerate(GLYPHS[ch]):
            for col, bit in enumerate(bits):
                if bit == "1":
                    x0, y0 = 10 + (k * 6 + col) * scale, 10 + row * scale
                    d.rectangle((x0, y0, x0 + scale - 1, y0 + scale - 1), fill=235)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=55, optimize=True)
    return out.getvalue()


# -- AI detections -------------------------------------------------------------------------------------------------

SURVEYS = (dt.datetime(2025, 5, 20, 9, 0), dt.datetime(2025, 8, 26, 9, 30), dt.datetime(2025, 11, 18, 9, 15))
ROUTES = {"national": "国道8号", "prefectural": "県道", "avenue": "駅前通り"}
#: (class, weight, size range, unit)
AI_CLASSES = (("D00", 26, (0.8, 6.5), "m"), ("D10", 14, (0.6, 4.0), "m"), ("D20", 14, (1.0, 4.5), "m"),
              ("D40", 14, (12.0, 60.0), "cm"), ("D43", 8, (1.5, 6.0), "m"), ("D44", 18, (2.0, 14.0), "m"),
              ("D50", 6, (55.0, 75.0), "cm"))
N_DAMAGES = 160


def ai_detections(roads: Roads, rng: Rng) -> list[list[str]]:
    """Detections from three survey drives: each damage on the surveyed roads is seen on some of the drives
    (a pothole repaired after the second one is not seen on the third), with GPS jitter of a metre or two."""
    lines = roads.weighted({"national": 1.0, "prefectural": 1.0, "avenue": 1.0})
    damages = []
    for _ in range(N_DAMAGES):
        i = rng.weighted(lines)
        s = rng.uniform(0.0, roads.cum[i][-1])
        cls, _, (lo, hi), unit = rng.weighted([(c, c[1]) for c in AI_CLASSES])
        size = rng.uniform(lo, hi)
        x, y = roads.at(i, s, rng.uniform(-3.0, 3.0))
        if not _inside(x, y):
            continue
        first = rng.weighted(((0, 0.6), (1, 0.25), (2, 0.15)))
        last = 2 if rng.chance(0.75) else max(first, rng.int_between(first, 2))
        damages.append((i, s, x, y, cls, size, unit, first, last))
    rows = []
    for n, start in enumerate(SURVEYS):
        seen = [d for d in damages if d[7] <= n <= d[8] and rng.chance(0.85)]
        # the drive goes road by road (national, prefectural, avenue), west to east, at about 30 km/h
        order = {"national": 0, "prefectural": 1, "avenue": 2}
        seen.sort(key=lambda d: (order[roads.lines[d[0]]["road_class"]], d[2]))
        t = start
        prev = None
        for i, s, x, y, cls, size, unit, first, _ in seen:
            if prev is not None:
                t += dt.timedelta(seconds=int(sqrt((x - prev[0]) ** 2 + (y - prev[1]) ** 2) / 8.3) + 2)
            prev = (x, y)
            grown = size * (1.0 + 0.15 * (n - first))
            jx, jy = x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1.5, 1.5)
            lat, lon = _latlon_text(jx, jy)
            conf = rng.uniform(0.35, 0.97)
            size_text = f"{grown:.0f}cm" if unit == "cm" else f"{grown:.1f}m"
            rows.append([t.replace(tzinfo=JST).isoformat(), lat, lon, cls, f"{conf:.2f}", size_text,
                         ROUTES[roads.lines[i]["road_class"]]])
    return rows


# -- facilities ----------------------------------------------------------------------------------------------------

#: invented facilities (local metres): name, 種別, x, y, capacity
INVENTED = (("作見中央病院", "病院", 560.0, -300.0, None),
            ("作見中央公園", "指定緊急避難場所", -260.0, -430.0, 1200),
            ("加茂地区集会所", "指定避難所", 1320.0, 160.0, 80))


def facility_features(buildings: list) -> list[dict]:
    """The station, the schools and evacuation centres of the sample's buildings, and the invented ones."""
    named = {b.name: b for b in buildings if b.name}
    feats = []

    def add(name: str, kind: str, x: float, y: float, **props) -> None:
        lat, lon = to_latlon(x, y)
        feats.append({"type": "Feature", "properties": {"名称": name, "種別": kind, "住所": _address(x, y),
                                                        **props},
                      "geometry": {"type": "Point", "coordinates": [lon, lat]}})

    feats.append({"type": "Feature", "properties": {"名称": "加賀温泉駅", "種別": "駅", "住所": "石川県加賀市作見町"},
                  "geometry": {"type": "Point", "coordinates": [STATION_LON, STATION_LAT]}})
    for name in ("小学校", "中学校"):
        x, y = named[name].centroid
        add(name, name, x, y)
    x, y = INVENTED[0][2], INVENTED[0][3]
    add(INVENTED[0][0], INVENTED[0][1], x, y, 病床数=120, 救急告示="有")
    for name, capacity in (("小学校体育館", 600), ("中学校体育館", 700), ("作見地区会館", 150)):
        x, y = named[name].centroid
        add(name, "指定避難所", x, y, 収容人数=capacity)
    for name, kind, x, y, capacity in INVENTED[1:]:
        add(name, kind, x, y, 収容人数=capacity)
    return feats


def write_facilities(path: Path, buildings: list) -> int:
    feats = facility_features(buildings)
    doc = {"type": "FeatureCollection", "name": "kaga_facilities", "features": feats}
    text = json.dumps(doc, ensure_ascii=False, indent=None, separators=(",", ":"))
    path.write_text(text.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n", encoding="utf-8")
    return len(feats)


# -- all of it -------------------------------------------------------------------------------------------------------


def write_road_damage(out: Path, pieces: list | None = None, buildings: list | None = None) -> dict[str, int]:
    """Write ``road_damage/`` under ``out``; ``pieces`` (road pieces) and ``buildings`` are the generator's, built
    again when not given. Returns the counts printed by the generator."""
    from .centrelines import centre_lines
    from .roads import build_network

    pieces = build_network() if pieces is None else pieces
    if buildings is None:
        from .buildings import Town
        town = Town(pieces, Rng(SEED + 100))
        town.landmarks()
        town.streets(pieces)
        town.thin_to(3050)
        buildings = town.buildings
    roads = Roads(centre_lines(pieces))
    folder = Path(out) / ROAD_DAMAGE_DIR
    (folder / PHOTO_DIR).mkdir(parents=True, exist_ok=True)
    for old in sorted((folder / PHOTO_DIR).glob("R*.jpg")):
        old.unlink()

    rng = Rng(SEED + 700)
    rows = mcr_rows(roads, rng)
    write_mcr_csv(folder / MCR_CSV, rows, Rng(SEED + 701))
    photo_rng = Rng(SEED + 702)
    photos = [r for r in rows if r.photo]
    for r in photos:
        (folder / r.photo).write_bytes(photo_jpeg(r.ident, r.photo_kind or "pothole", photo_rng))

    ai = ai_detections(roads, Rng(SEED + 703))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(AI_HEADER)
    w.writerows(ai)
    (folder / AI_CSV).write_text(buf.getvalue(), encoding="utf-8", newline="")

    n_fac = write_facilities(folder / FACILITIES_GEOJSON, buildings)
    good = [r for r in rows if r.raw_cells is None]
    return {"reports": len(good), "malformed": len(rows) - len(good), "photos": len(photos),
            "far": sum(r.topic == "far" for r in good),
            "spots": len({r.hotspot for r in good if r.hotspot is not None}),
            "spot_reports": sum(r.hotspot is not None for r in good),
            "received": sum(r.status == "受付済" for r in good), "in_progress": sum(r.status == "対応中" for r in good),
            "done": sum(r.status == "対応済" for r in good), "detections": len(ai), "facilities": n_fac}


def summary_line(counts: dict[str, int], out: Path) -> str:
    size = sum(p.stat().st_size for p in (Path(out) / ROAD_DAMAGE_DIR).rglob("*") if p.is_file())
    c = counts
    return (f"road damage: {c['reports']} reports ({c['received']} 受付済, {c['in_progress']} 対応中, {c['done']} "
            f"対応済; {c['spot_reports']} at {c['spots']} repeated spots, {c['far']} far from roads) + "
            f"{c['malformed']} malformed rows, {c['photos']} photos, {c['detections']} AI detections, "
            f"{c['facilities']} facilities, {size / 1e3:.0f} KB")
