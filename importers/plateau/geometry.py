"""Coordinates and WKB in numpy: posList text → arrays → project CRS → ISO WKB, all vectorised.

A chunk of city objects yields thousands of ``gml:posList`` strings. They are parsed together
(:func:`parse_poslists`), transformed in one pyproj call (:class:`Projector`), and written as WKB by
index arithmetic (:func:`polygons_wkb`, :func:`multipolygons_wkb`), with no per-coordinate Python loop.

Layout used throughout ("ragged arrays", as in GeoArrow):

* ``coords``: (N, 3) float64, x y z in the project CRS;
* ``ring_off``: (R + 1,) int64, ring r is ``coords[ring_off[r]:ring_off[r + 1]]``;
* ``poly_off``: (P + 1,) int64, polygon p is rings ``poly_off[p]:poly_off[p + 1]`` (exterior first);
* ``geom_off``: (G + 1,) int64 for multipolygons, geometry g is polygons ``geom_off[g]:geom_off[g + 1]``.

posList axis order is latitude, longitude, height (EPSG:6697); the transform is done with
``always_xy=True`` on (longitude, latitude) arrays and the height passes through unchanged (T.P.).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import io
import warnings
from itertools import repeat

import numpy as np
from pyproj import CRS, Transformer

try:  # the compiled fast path (importers/plateau/_poslists.c, built by pip install when a C compiler is there)
    from . import _poslists as _native
except ImportError:  # pragma: no cover - not built: the pure-Python parse below gives the same numbers
    _native = None

WKB_POLYGON = 3
WKB_MULTIPOLYGON = 6
_Z = 1000  # ISO WKB: + 1000 for Z


class CoordinateError(ValueError):
    """A posList that is not a list of numbers in groups of ``dim``; ``index`` is the posList's position."""

    def __init__(self, index: int, problem: str):
        self.index = index
        self.problem = problem
        super().__init__(problem)


# --- parsing ----------------------------------------------------------------------------------------
def _check_one(text: str, dim: int) -> np.ndarray:
    try:
        values = np.array(text.split(), dtype=np.float64)
    except ValueError:
        bad = next((t for t in text.split() if not _is_number(t)), text.strip()[:40])
        raise ValueError(f"non-numeric coordinate {bad[:40]!r} in gml:posList") from None
    if values.size == 0:
        raise ValueError("empty gml:posList")
    if values.size % dim:
        raise ValueError(f"gml:posList has {values.size} numbers, not a multiple of {dim} "
                         f"(srsDimension {dim}: latitude longitude{' height' if dim == 3 else ''})")
    if not np.isfinite(values).all():
        raise ValueError("non-finite coordinate (NaN or infinity) in gml:posList")
    return values


def _is_number(token: str) -> bool:
    try:
        float(token)
        return True
    except ValueError:
        return False


def _parse_numbers(joined: str) -> np.ndarray | None:
    """All numbers of a single-space-separated string, or None if any token is not a number.

    pyarrow's CSV reader converts text to doubles about five times faster than numpy (and, unlike
    ``pyarrow.compute``, without loading Arrow's compute registry, ~40 MB per process); numpy is the
    fallback when pyarrow is not available.
    """
    try:
        import pyarrow as pa
        import pyarrow.csv as pcsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        pcsv = None
    if pcsv is not None:
        try:
            read, parse, convert = _csv_options(pa)
            tb = pcsv.read_csv(io.BytesIO(joined.replace(" ", "\n").encode("ascii")), read_options=read,
                               parse_options=parse, convert_options=convert)
        except (pa.ArrowInvalid, UnicodeEncodeError):
            return None
        chunks = tb.column(0).chunks
        if any(c.null_count for c in chunks):
            return None
        return np.concatenate([np.frombuffer(c.buffers()[1], dtype=np.float64, count=len(c), offset=c.offset * 8)
                               for c in chunks]) if chunks else np.zeros(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns (instead of raising) when a token is not a number
        try:
            return np.fromstring(joined, dtype=np.float64, sep=" ")
        except (ValueError, DeprecationWarning):
            return None


_CSV_OPTIONS: tuple | None = None


def _csv_options(pa) -> tuple:
    """(read, parse, convert) options of the CSV number parse, made on first use: a parse worker with the compiled
    parser never loads pyarrow (~25 ms and ~20 MB per process)."""
    global _CSV_OPTIONS
    if _CSV_OPTIONS is None:
        import pyarrow.csv as pcsv
        _CSV_OPTIONS = (pcsv.ReadOptions(column_names=["v"], use_threads=False, block_size=1 << 28),
                        pcsv.ParseOptions(delimiter="\t", quote_char=False, double_quote=False, escape_char=False),
                        pcsv.ConvertOptions(column_types={"v": pa.float64()}, null_values=[], strings_can_be_null=False,
                                            quoted_strings_can_be_null=False))
    return _CSV_OPTIONS


def parse_poslists(texts: list[str], dim: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Parse posList strings into one (N, dim) array and the number of points of each string.

    Fastest path: the compiled parser (``_poslists.c``), when it was built; it hands anything irregular back
    (None) to the code below. Fast path: when every string is numbers separated by single spaces (PLATEAU's
    writers all do this), the strings are joined and converted in one C call, and the numbers per string are counted
    from the spaces. Anything irregular (tabs, newlines, double spaces, an empty list, a bad token)
    falls back to a per-string parse that also pinpoints the offending string (:class:`CoordinateError`).
    """
    if not texts:
        return np.empty((0, dim)), np.zeros(0, dtype=np.int64)
    if _native is not None:
        got = _native.parse(texts if isinstance(texts, list) else list(texts), dim)
        if got is not None:   # None: something irregular, which the code below parses or reports
            return (np.frombuffer(got[0], dtype=np.float64).reshape(-1, dim),
                    np.frombuffer(got[1], dtype=np.int64))
    stripped = [t.strip() for t in texts]
    joined = " ".join(stripped)
    n = len(stripped)
    counts = np.fromiter(map(str.count, stripped, repeat(" ", n)), dtype=np.int64, count=n) + 1
    counts[np.fromiter(map(len, stripped), dtype=np.int64, count=n) == 0] = 0   # an empty posList: no numbers
    values = None
    if not ("  " in joined or "\n" in joined or "\t" in joined or "\r" in joined) and bool((counts > 0).all()):
        values = _parse_numbers(joined)
    if (values is not None and values.size == int(counts.sum()) and bool((counts % dim == 0).all())
            and bool(np.isfinite(values).all())):
        return values.reshape(-1, dim), counts // dim
    out, counts_l = [], []
    for i, t in enumerate(texts):
        try:
            v = _check_one(t, dim)
        except ValueError as exc:
            raise CoordinateError(i, str(exc)) from None
        out.append(v)
        counts_l.append(v.size // dim)
    return np.concatenate(out).reshape(-1, dim), np.asarray(counts_l, dtype=np.int64)


# --- CRS --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceCRS:
    """The horizontal CRS of a file's coordinates (geographic, lat/lon order) and its srsDimension."""

    epsg: int
    horizontal: str   # e.g. "EPSG:6668" for EPSG:6697 (JGD2011 + T.P. height)
    dim: int = 3


def source_crs(srs_name: str | None, dim: int | None = None) -> SourceCRS:
    """SourceCRS from an Envelope ``srsName`` (``http://www.opengis.net/def/crs/EPSG/0/6697``, ``EPSG:6697``,
    ``urn:ogc:def:crs:EPSG::6697``); raises ValueError for anything that is not a geographic CRS."""
    import re

    if not srs_name:
        raise ValueError("no srsName")
    m = re.search(r"(?:EPSG[/:]+(?:[\d.]*[/:]+)?|epsg\.io/)(\d+)\s*$", srs_name.strip(), re.I)
    if not m:
        raise ValueError(f"unrecognised srsName {srs_name!r}")
    epsg = int(m.group(1))
    try:
        crs = CRS.from_epsg(epsg)
    except Exception:  # pyproj.exceptions.CRSError
        raise ValueError(f"unknown CRS EPSG:{epsg} (srsName {srs_name!r})") from None
    horiz = crs
    if crs.is_compound:
        horiz = crs.sub_crs_list[0]
    if not horiz.is_geographic:
        raise ValueError(f"CRS EPSG:{epsg} is not geographic; PLATEAU CityGML uses EPSG:6697 (latitude, "
                         "longitude, height)")
    if horiz.to_epsg() is None:
        raise ValueError(f"cannot use CRS EPSG:{epsg}")
    if dim is None:
        dim = 3  # PLATEAU posLists are 3D even in the 2D-named EPSG:6668 files (virtual heights)
    # A geographic 3D CRS (e.g. EPSG:6667) → its 2D counterpart for the horizontal transform
    geod = horiz.geodetic_crs
    h2 = geod.to_2d() if len(geod.axis_info) == 3 else geod
    code = h2.to_epsg() or horiz.to_epsg()
    return SourceCRS(epsg, f"EPSG:{code}", dim)


@lru_cache(maxsize=16)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


class Projector:
    """latitude/longitude/height arrays → project CRS x/y, height unchanged."""

    def __init__(self, src: str, dst: str):
        self.src, self.dst = src, dst
        self._t = _transformer(src, dst)

    def latlon_to_xyz(self, latlonh: np.ndarray) -> np.ndarray:
        """(N, 2 or 3) lat lon [h] → (N, 3) x y z (z = h, or 0 without heights)."""
        n = latlonh.shape[0]
        out = np.empty((n, 3), dtype=np.float64)
        if n == 0:
            return out
        pairs = _unique_pairs(latlonh)
        if pairs is None:
            x, y = self._t.transform(latlonh[:, 1], latlonh[:, 0])
            out[:, 0] = x
            out[:, 1] = y
        else:   # each distinct latitude/longitude once (a point's projection does not depend on the others)
            inverse, firsts = pairs
            x, y = self._t.transform(latlonh[firsts, 1], latlonh[firsts, 0])
            out[:, 0] = np.asarray(x)[inverse]
            out[:, 1] = np.asarray(y)[inverse]
        out[:, 2] = latlonh[:, 2] if latlonh.shape[1] >= 3 else 0.0
        if not np.isfinite(out[:, :2]).all():
            bad = int(np.flatnonzero(~np.isfinite(out[:, :2]).all(axis=1))[0])
            raise ValueError(f"coordinate lat {latlonh[bad, 0]!r} lon {latlonh[bad, 1]!r} cannot be "
                             f"transformed to {self.dst}")
        return out


def _unique_pairs(latlonh: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(inverse, firsts) of the distinct latitude/longitude pairs (see ``unique_pairs`` in ``_poslists.c``), or None
    without the compiled module (every point is then projected)."""
    if _native is None or latlonh.ndim != 2 or latlonh.shape[1] < 2:
        return None
    got = _native.unique_pairs(np.ascontiguousarray(latlonh, dtype=np.float64), latlonh.shape[1])
    if got is None:
        return None
    return np.frombuffer(got[0], dtype=np.int64), np.frombuffer(got[1], dtype=np.int64)


# --- ragged helpers ---------------------------------------------------------------------------------
def offsets_from_counts(counts: np.ndarray) -> np.ndarray:
    off = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=off[1:])
    return off


def ranges_index(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(s, s + l)`` for every (s, l), vectorised."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.asarray(starts, dtype=np.int64)
    nz = lengths > 0
    starts, lengths = starts[nz], lengths[nz]
    out = np.ones(total, dtype=np.int64)
    out[0] = starts[0]
    ends = np.cumsum(lengths)[:-1]
    out[ends] = starts[1:] - (starts[:-1] + lengths[:-1] - 1)
    return np.cumsum(out)


def close_rings(coords: np.ndarray, ring_off: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Append the first point to every ring whose last point differs from it."""
    if len(ring_off) < 2:
        return coords, ring_off
    first = ring_off[:-1]
    last = ring_off[1:] - 1
    open_ = (coords[first] != coords[last]).any(axis=1)
    if not open_.any():
        return coords, ring_off
    lengths = np.diff(ring_off) + open_
    # gather index: each ring's points, then (if open) its first point again
    idx = np.insert(np.arange(len(coords)), ring_off[1:][open_], first[open_])
    return coords[idx], offsets_from_counts(lengths)


@dataclass
class PolygonStats:
    """Per polygon: exterior point count, area (m², from the Newell normal), unit normal z, z range, and
    the exterior's extent (bounding-box diagonal, m)."""

    n_ext: np.ndarray
    area: np.ndarray
    nz: np.ndarray
    zmin: np.ndarray
    zmax: np.ndarray
    extent: np.ndarray

    def degenerate(self, rel: float = 1e-6) -> np.ndarray:
        """Zero-area polygons: area below ``rel`` × extent² (collinear points, slivers of no width)."""
        return self.area <= rel * self.extent ** 2


def polygon_stats(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray) -> PolygonStats:
    P = len(poly_off) - 1
    if P == 0:
        e = np.zeros(0)
        return PolygonStats(np.zeros(0, dtype=np.int64), e, e, e, e, e)
    ext = poly_off[:-1]                       # exterior ring of each polygon
    ext_len = ring_off[ext + 1] - ring_off[ext]
    sums = _polygon_sums_native(coords, ring_off, poly_off) if _native_sums and _native is not None else None
    n, lo, hi, zmin, zmax = sums if sums is not None else _polygon_sums(coords, ring_off, poly_off)
    norm = np.linalg.norm(n, axis=1)
    extent = np.linalg.norm(hi - lo, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        nz = np.where(norm > 0, n[:, 2] / norm, 0.0)
    return PolygonStats(ext_len, norm / 2.0, nz, zmin, zmax, extent)


def _polygon_sums(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray) -> tuple:
    """Per polygon: the Newell sums of its exterior ring (in coordinates local to the ring's first point), that
    ring's least and greatest local x, y, z, and the z range of all its rings."""
    P = len(poly_off) - 1
    ext = poly_off[:-1]
    ext_start = ring_off[ext]
    ext_len = ring_off[ext + 1] - ext_start
    idx = ranges_index(ext_start, ext_len)
    ring_of_pt = np.repeat(np.arange(P), ext_len)
    local = coords[idx] - coords[ext_start][ring_of_pt]
    nxt = np.roll(local, -1, axis=0)
    seg_start = np.zeros(P, dtype=np.int64)
    seg_start[1:] = np.cumsum(ext_len)[:-1]
    last = seg_start + ext_len - 1
    nxt[last] = local[seg_start]              # wrap around inside each ring
    x, y, z = local[:, 0], local[:, 1], local[:, 2]
    xn, yn, zn = nxt[:, 0], nxt[:, 1], nxt[:, 2]
    terms = np.stack([(y - yn) * (z + zn), (z - zn) * (x + xn), (x - xn) * (y + yn)], axis=1)
    n = np.add.reduceat(terms, seg_start, axis=0) if len(terms) else np.zeros((P, 3))
    lo = np.minimum.reduceat(local, seg_start, axis=0) if len(local) else np.zeros((P, 3))
    hi = np.maximum.reduceat(local, seg_start, axis=0) if len(local) else np.zeros((P, 3))
    # z range over all rings of each polygon
    pstart = ring_off[poly_off[:-1]]
    zs = coords[:, 2]
    zmin = np.minimum.reduceat(zs, pstart) if len(zs) else np.zeros(P)
    zmax = np.maximum.reduceat(zs, pstart) if len(zs) else np.zeros(P)
    return n, lo, hi, zmin, zmax


def _polygon_sums_native(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray) -> tuple | None:
    """:func:`_polygon_sums` by the compiled kernel (``_poslists.c``), or None where it hands the case back."""
    if coords.ndim != 2 or coords.shape[1] != 3:
        return None
    got = _native.polygon_sums(np.ascontiguousarray(coords, dtype=np.float64),
                               np.ascontiguousarray(ring_off, dtype=np.int64),
                               np.ascontiguousarray(poly_off, dtype=np.int64))
    if got is None:
        return None
    P = len(poly_off) - 1
    n, lo, hi = (np.frombuffer(b, dtype=np.float64).reshape(P, 3) for b in got[:3])
    return n, lo, hi, np.frombuffer(got[3], dtype=np.float64), np.frombuffer(got[4], dtype=np.float64)


def _sums_agree() -> bool:
    """Whether the compiled kernel gives numpy's bits (numpy's summation order is its own: checked, not assumed), on
    rings of 1 to 300 points with random coordinates."""
    if _native is None or not hasattr(_native, "polygon_sums"):
        return False
    rng = np.random.default_rng(6697)
    lens = rng.integers(1, 300, 120)
    rings_per_poly = rng.integers(1, 4, 40)
    lens = lens[:int(rings_per_poly.sum())]
    coords = rng.normal(0, 1e4, (int(lens.sum()), 3))
    ring_off = offsets_from_counts(lens)
    poly_off = offsets_from_counts(rings_per_poly)
    got = _polygon_sums_native(coords, ring_off, poly_off)
    want = _polygon_sums(coords, ring_off, poly_off)
    return got is not None and all(np.array_equal(a, b) for a, b in zip(got, want))


_native_sums = _sums_agree()


# --- WKB --------------------------------------------------------------------------------------------
def _put_u32(buf: np.ndarray, pos: np.ndarray, values) -> None:
    vals = np.broadcast_to(np.asarray(values, dtype="<u4"), pos.shape).astype("<u4")
    buf[pos[:, None] + np.arange(4)] = vals.view(np.uint8).reshape(-1, 4)


def _write_polygons(buf: np.ndarray, poly_start: np.ndarray, coords: np.ndarray, ring_off: np.ndarray,
                    poly_off: np.ndarray, dim: int) -> None:
    """Write polygon WKB blocks starting at ``poly_start`` (bytes) into ``buf``."""
    P = len(poly_off) - 1
    rl = np.diff(ring_off)
    pr = np.diff(poly_off)
    stride = 8 * dim
    ring_bytes = 4 + rl * stride
    ring_poly = np.repeat(np.arange(P), pr)
    ring_cum = np.zeros(len(rl), dtype=np.int64)
    np.cumsum(ring_bytes[:-1], out=ring_cum[1:])
    ring_start = poly_start[ring_poly] + 9 + ring_cum - ring_cum[poly_off[:-1]][ring_poly]
    buf[poly_start] = 1
    _put_u32(buf, poly_start + 1, WKB_POLYGON + (_Z if dim == 3 else 0))
    _put_u32(buf, poly_start + 5, pr)
    _put_u32(buf, ring_start, rl)
    N = int(ring_off[-1])
    if N:
        pt_ring = np.repeat(np.arange(len(rl)), rl)
        k = np.arange(N) - ring_off[:-1][pt_ring]
        pos = ring_start[pt_ring] + 4 + k * stride
        src = np.ascontiguousarray(coords[:, :dim], dtype="<f8").view(np.uint8).reshape(N, stride)
        buf[pos[:, None] + np.arange(stride)] = src


def _poly_bytes(ring_off: np.ndarray, poly_off: np.ndarray, dim: int) -> np.ndarray:
    rl = np.diff(ring_off)
    ring_bytes = 4 + rl * 8 * dim
    cum = np.zeros(len(rl) + 1, dtype=np.int64)
    np.cumsum(ring_bytes, out=cum[1:])
    return 9 + cum[poly_off[1:]] - cum[poly_off[:-1]]


def polygons_wkb_buffer(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray,
                        dim: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """ISO WKB POLYGON (Z when ``dim`` is 3) of every polygon, end to end: (bytes buffer, sizes)."""
    P = len(poly_off) - 1
    if P == 0:
        return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64)
    sizes = _poly_bytes(ring_off, poly_off, dim)
    starts = offsets_from_counts(sizes)
    buf = np.zeros(int(starts[-1]), dtype=np.uint8)
    _write_polygons(buf, starts[:-1], coords, ring_off, poly_off, dim)
    return buf, sizes


def subset_polygons_wkb(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray, which: np.ndarray,
                        dim: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """:func:`polygons_wkb_buffer` of :func:`subset_polygons`, the same bytes: in one pass by the compiled writer
    (``_poslists.c``) when it was built."""
    if _native is not None and coords.ndim == 2:
        got = _native.polygons_wkb(np.ascontiguousarray(coords, dtype=np.float64),
                                   np.ascontiguousarray(ring_off, dtype=np.int64),
                                   np.ascontiguousarray(poly_off, dtype=np.int64),
                                   np.ascontiguousarray(which, dtype=np.int64), coords.shape[1], dim)
        if got is not None:
            return np.frombuffer(got[0], dtype=np.uint8), np.frombuffer(got[1], dtype=np.int64)
    return polygons_wkb_buffer(*subset_polygons(coords, ring_off, poly_off, which), dim=dim)


def multipolygons_wkb_buffer(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray, geom_off: np.ndarray,
                             dim: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """ISO WKB MULTIPOLYGON (Z) of every geometry (polygons ``geom_off[g]:geom_off[g+1]``): (buffer, sizes)."""
    G = len(geom_off) - 1
    if G == 0:
        return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64)
    pbytes = _poly_bytes(ring_off, poly_off, dim)
    pcum = offsets_from_counts(pbytes)
    gsizes = 9 + pcum[geom_off[1:]] - pcum[geom_off[:-1]]
    gstart = offsets_from_counts(gsizes)
    buf = np.zeros(int(gstart[-1]), dtype=np.uint8)
    gp = np.diff(geom_off)
    buf[gstart[:-1]] = 1
    _put_u32(buf, gstart[:-1] + 1, WKB_MULTIPOLYGON + (_Z if dim == 3 else 0))
    _put_u32(buf, gstart[:-1] + 5, gp)
    if len(pbytes):
        poly_geom = np.repeat(np.arange(G), gp)
        poly_start = gstart[:-1][poly_geom] + 9 + pcum[:-1] - pcum[geom_off[:-1]][poly_geom]
        _write_polygons(buf, poly_start, coords, ring_off, poly_off, dim)
    return buf, gsizes


def split_buffer(buf: np.ndarray, sizes: np.ndarray) -> list[bytes]:
    """The values of a (buffer, sizes) pair as a list of bytes."""
    off = offsets_from_counts(sizes)
    raw = buf.tobytes()
    return [raw[a:b] for a, b in zip(off[:-1].tolist(), off[1:].tolist())]


def polygons_wkb(coords, ring_off, poly_off, dim: int = 3):
    """:func:`polygons_wkb_buffer` as an Arrow binary array (main process, tests)."""
    from .packing import binary_buffer, to_arrow_array

    return to_arrow_array(binary_buffer(*polygons_wkb_buffer(coords, ring_off, poly_off, dim)))


def multipolygons_wkb(coords, ring_off, poly_off, geom_off, dim: int = 3):
    """:func:`multipolygons_wkb_buffer` as an Arrow binary array (main process, tests)."""
    from .packing import binary_buffer, to_arrow_array

    return to_arrow_array(binary_buffer(*multipolygons_wkb_buffer(coords, ring_off, poly_off, geom_off, dim)))


def subset_polygons(coords: np.ndarray, ring_off: np.ndarray, poly_off: np.ndarray,
                    which: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ragged arrays of the polygons ``which`` (indices, in that order)."""
    which = np.asarray(which, dtype=np.int64)
    if len(which) == 0:
        return np.zeros((0, coords.shape[1])), np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64)
    nr = poly_off[which + 1] - poly_off[which]
    rings = ranges_index(poly_off[which], nr)
    rl = ring_off[rings + 1] - ring_off[rings]
    pts = ranges_index(ring_off[rings], rl)
    return coords[pts], offsets_from_counts(rl), offsets_from_counts(nr)
