"""Benchmark the PLATEAU CityGML importer against its peers on >= 200 MB inputs built from the real shared samples.

    python benchmarks/import_citygml.py [--size-mb 200] [--big-mb 1000 | --big-mb 0] [--no-peers]
                                        [--only lod1|lod2tex|big] [--rounds 3] [--big-rounds 1]
                                        [--work benchmarks/_work]

Inputs (built once in the work folder, reused when present):

* ``lod1_<N>mb_bldg_6697_op.gml`` - the members of ``53392547_bldg_6697_op2.gml`` (i-UR 1.4, LOD0 + LOD1,
  flood sets) replicated; built at ``--size-mb`` and at ``--big-mb`` (the 1 GB case: memory must not
  grow with the input);
* ``lod2tex_<N>mb_bldg_6697_op.gml`` - the members of ``52397519_bldg_6697_op.gml`` (i-UR 2.0, LOD2 with
  BuildingParts and xlinks) replicated, followed by its appearance block with the texture targets of
  every copy (the textured case).

Every copy gets fresh ids (the first 8 hex digits of every UUID-based gml:id, and with them every
``xlink:href``, ``app:target uri`` and ``ring`` reference, become the copy number) and its own coordinate
offset (the leading latitude/longitude digits change, so copies land on distinct 0.1° cells).

Measured on the same input in one run, each in a fresh process (tree) of its own:

* **bare** - a bare lxml iterparse pass (parse and clear every cityObjectMember, nothing extracted);
* **import** - ``kaga-twin import`` (``importers.registry.import_path``) into a new project file;
* **GDAL** - ``ogr2ogr -f GPKG`` (Debian gdal-bin), its GML driver. Its first run on a file pre-scans it for
  a ``.gfs`` schema file, which later runs reuse (the line says which case it measured); it is stopped after
  ``--gdal-timeout`` seconds (the LOD2 textured file took 557 s without a .gfs on a loaded machine);
* **plateaukit** 0.20 - GeoJSON through its Python API (its CLI reads only zipped datasets), the call its
  ``export-geojson`` command makes for buildings (LOD0, heights kept), in an isolated venv
  (``<work>/peers-venv``, made by this script with ``pip install plateaukit==0.20.0`` when missing) so its
  dependencies never touch ours.

For each: MB/s, buildings/s (the buildings in the input, counted by the bare pass), peak RSS summed over
the process tree (read from /proc every 20 ms, :class:`ProcTree`) and CPU seconds (user + system of the tree), with the
1-minute load average (the machine may be shared). The tools run in ``--rounds`` rounds on each 200 MB input (every
tool once per round, one after another, so that a slow phase of a shared machine falls on all of them; ``--big-rounds``
on the large input); then the ratios of each round and their median: import/bare (target >= 50%), import/GDAL (> 1x)
and import/plateaukit (>= 3x), judged on the median, and the largest peak RSS (<= 500 MB on every input), each OK or
MISSED.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "plateau"
LOD1_SRC = "53392547_bldg_6697_op2.gml"
LOD2_SRC = "52397519_bldg_6697_op.gml"
CORE = "http://www.opengis.net/citygml/2.0"

RSS_LIMIT_MB = 500
FULL_EVERY = 25       # memory samples (20 ms apart) per PSS/USS sample
BARE_RATIO = 0.5      # import at >= 50% of the bare lxml pass's MB/s
GDAL_RATIO = 1.0      # faster than ogr2ogr
PLATEAUKIT_RATIO = 3.0
PLATEAUKIT = "plateaukit==0.20.0"

_UUID_HEAD = re.compile(rb"[0-9a-f]{8}(?=-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_MEMBER_START = b"<core:cityObjectMember"
_MEMBER_END = b"</core:cityObjectMember>"


# --- building the inputs ----------------------------------------------------------------------------
def _coordinate_prefixes(data: bytes) -> tuple[bytes, bytes]:
    """Leading 'DD.d' of the latitudes and 'DDD.d' of the longitudes, from the envelope."""
    lo = re.search(rb"<gml:lowerCorner>\s*([\d.]+)\s+([\d.]+)", data)
    hi = re.search(rb"<gml:upperCorner>\s*([\d.]+)\s+([\d.]+)", data)
    lat_lo, lon_lo, lat_hi, lon_hi = (float(x) for x in (lo.group(1), lo.group(2), hi.group(1), hi.group(2)))
    lat_p, lon_p = f"{lat_lo:.3f}"[:4], f"{lon_lo:.3f}"[:5]
    if f"{lat_hi:.3f}"[:4] != lat_p or f"{lon_hi:.3f}"[:5] != lon_p:
        raise SystemExit("sample spans more than a 0.1° cell; cannot offset copies textually")
    return lat_p.encode(), lon_p.encode()


def _offset(data: bytes, lat_p: bytes, lon_p: bytes, k: int) -> bytes:
    """Move copy ``k`` to its own 0.1° cell: 'DD.d' → '3x.y', 'DDD.d' → '13u.v'."""
    new_lat = f"3{k % 10}.{(k // 10) % 10}".encode()
    new_lon = f"13{(k // 100) % 10}.{(k // 1000) % 10}".encode()
    for sep in (b" ", b">"):
        data = data.replace(sep + lat_p, sep + new_lat).replace(sep + lon_p, sep + new_lon)
    return data


class _Template:
    """Bytes whose UUID heads are replaced per copy with one C-level join."""

    def __init__(self, data: bytes):
        self.parts = _UUID_HEAD.split(data)

    def copy(self, k: int) -> bytes:
        return (b"%08x" % k).join(self.parts)


def build_input(kind: str, target_mb: int, work: Path) -> Path:
    src = SHARED / (LOD1_SRC if kind == "lod1" else LOD2_SRC)
    out = work / f"{kind}_{target_mb}mb_bldg_6697_op.gml"
    if out.exists() and out.stat().st_size >= target_mb * 1_000_000:
        return out
    data = src.read_bytes()
    first = data.index(_MEMBER_START)
    last = data.rindex(_MEMBER_END) + len(_MEMBER_END)
    head, members, rest = data[:first], data[first:last], data[last:]
    lat_p, lon_p = _coordinate_prefixes(head)
    member_t = _Template(members)
    # appearance: the texture targets are replicated per copy, the rest once
    app_pieces: list[tuple[bytes, _Template | None]] = []
    if kind == "lod2tex":
        pos = 0
        for m in re.finditer(rb"(<app:target\b.*</app:target>)", rest, re.S):
            app_pieces.append((rest[pos:m.start()], None))
            app_pieces.append((m.group(1), _Template(m.group(1))))
            pos = m.end()
        app_pieces.append((rest[pos:], None))
    else:
        app_pieces.append((rest, None))
    per_copy = len(members) + sum(len(b) for b, t in app_pieces if t is not None)
    copies = math.ceil((target_mb * 1_000_000 - len(head) - len(rest)) / per_copy) + 1
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        f.write(head)
        for k in range(copies):
            f.write(_offset(member_t.copy(k), lat_p, lon_p, k))
            f.write(b"\n\t")
        for piece, tmpl in app_pieces:
            if tmpl is None:
                f.write(piece)
            else:
                for k in range(copies):
                    f.write(tmpl.copy(k))
                    f.write(b"\n\t\t\t\t\t")
    os.replace(tmp, out)
    return out


# --- measuring (each in a fresh process) -------------------------------------------------------------
def measure_bare(path: Path) -> dict:
    from lxml import etree

    tag = f"{{{CORE}}}cityObjectMember"
    bldg = "{http://www.opengis.net/citygml/building/2.0}Building"
    t0 = time.perf_counter()
    n = members = 0
    for _ev, el in etree.iterparse(str(path), events=("end",), tag=tag, huge_tree=True):
        members += 1
        n += sum(1 for c in el if c.tag == bldg)
        el.clear()
        while el.getprevious() is not None:
            del el.getparent()[0]
    return {"seconds": time.perf_counter() - t0, "buildings": n, "members": members}


def measure_import(path: Path, project: Path) -> dict:
    from importers.registry import import_path
    from twin.store import Store

    with Store(project) as store:
        t0 = time.perf_counter()
        report = import_path(store, path)
        dt = time.perf_counter() - t0
        n = store.query("SELECT count(*) FROM buildings")[0][0]
        surfaces = store.query("SELECT count(*) FROM building_surfaces")[0][0]
    return {"seconds": dt, "buildings": n, "surfaces": surfaces, "warnings": len(report.warnings),
            "skipped": len(report.skipped)}


def measure_plateaukit(path: Path, out: Path) -> dict:
    """plateaukit's GeoJSON export of one loose GML file (runs in the peers venv)."""
    from plateaukit.exporters.geojson._serial import geojson_from_gml_serial_with_quit

    t0 = time.perf_counter()
    # the arguments plateaukit's export-geojson passes for type "bldg" (exporters/geojson/_parallel.py)
    geojson_from_gml_serial_with_quit([str(path)], str(out), types=["Building"], include_type=False, seq=False,
                                      lod=["0"], altitude=True, allow_geometry_collection=False)
    dt = time.perf_counter() - t0
    features, tail = 0, b""
    with open(out, "rb") as f:   # counted by streaming: loading the output would add to the peak RSS
        while block := f.read(1 << 20):
            features += (tail + block).count(b'"type":"Feature"')
            tail = block[-15:]
    return {"seconds": dt, "features": features, "bytes_out": out.stat().st_size}


def _peers_python(work: Path) -> Path | None:
    """The Python of the isolated peers venv (made on first use); None when it cannot be made."""
    venv = work / "peers-venv"
    py = venv / "bin" / "python"
    ok = py.exists() and subprocess.run([str(py), "-c", "import plateaukit"], capture_output=True).returncode == 0
    if not ok:
        print(f"  (installing {PLATEAUKIT} into {venv} …)", flush=True)
        base = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
        try:
            if not py.exists():
                subprocess.run([base, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(py), "-m", "pip", "install", "-q", PLATEAUKIT], check=True)
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"  (plateaukit unavailable: {exc})")
            return None
    return py


def _gdal_count(gpkg: Path) -> int:
    """Features ogr2ogr wrote to its Building layer."""
    import sqlite3

    with sqlite3.connect(gpkg) as db:
        names = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        return sum(db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if "uilding" in n)


class ProcTree:
    """The memory of a process and its descendants, read straight from ``/proc`` (Linux).

    The sampler runs beside the measured tool, on the same two cores: psutil's ``children(recursive=True)`` read
    the ``stat`` file of every process on the machine at every sample, and with ``cmdline`` and ``parent`` per
    child the sampler took 0.10-0.12 CPU-s a second (0.5 CPU-s during a 200 MB import, taken from a tool that
    uses both cores, not from one that uses one). Here a process's parent is read once, when its pid first
    appears; a sample then reads one ``statm`` per process of the tree (``smaps_rollup`` for PSS and USS).
    """

    def __init__(self, root: int):
        self.root = root
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._ppid: dict[int, int] = {}
        self._execd: set[int] = set()   # children known to run their own program (see _copy_of_parent)

    @staticmethod
    def _read(path: str) -> bytes | None:
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:   # gone meanwhile
            return None

    def _parent_of(self, pid: int) -> int:
        pp = self._ppid.get(pid)
        if pp is None:
            stat = self._read(f"/proc/{pid}/stat")
            # "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after its last ")"
            pp = int(stat[stat.rindex(b")") + 2:].split(None, 2)[1]) if stat else 0
            self._ppid[pid] = pp
        return pp

    def members(self) -> list[int]:
        """The root and its living descendants."""
        kids: dict[int, list[int]] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                pid = int(name)
                kids.setdefault(self._parent_of(pid), []).append(pid)
        out, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(kids.get(pid, ()))
        return out

    def _copy_of_parent(self, pid: int) -> bool:
        """Whether child ``pid`` is still a copy of its parent (forked, not yet exec'd): the same command line. A
        worker being started is such a copy for a moment; its RSS is then its parent's, every page shared with it
        (one such sample had put 249 MB of the parent's pages into a 1 GB import's peak)."""
        if pid in self._execd:
            return False
        mine = self._read(f"/proc/{pid}/cmdline")
        theirs = self._read(f"/proc/{self._ppid.get(pid, 0)}/cmdline")
        if mine and mine != theirs:
            self._execd.add(pid)
            return False
        return bool(mine)

    def rss(self, pid: int) -> int:
        statm = self._read(f"/proc/{pid}/statm")
        return int(statm.split()[1]) * self._page if statm else 0

    def pss_uss(self, pid: int) -> tuple[int, int]:
        data = self._read(f"/proc/{pid}/smaps_rollup") or b""
        kb = {}
        for line in data.splitlines():
            key, _, rest = line.partition(b":")
            if key in (b"Pss", b"Private_Clean", b"Private_Dirty"):
                kb[key] = int(rest.split()[0])
        return kb.get(b"Pss", 0) * 1024, (kb.get(b"Private_Clean", 0) + kb.get(b"Private_Dirty", 0)) * 1024

    def sample(self, full: bool) -> dict[str, int]:
        """Summed ``rss``, the root's (``main``) and the descendants' (``children``); with ``full`` also ``pss``
        and ``uss``."""
        total = {"rss": 0, "pss": 0, "uss": 0, "main": 0, "children": 0}
        for pid in self.members():
            if pid != self.root and self._copy_of_parent(pid):
                continue
            r = self.rss(pid)
            total["rss"] += r
            total["main" if pid == self.root else "children"] += r
            if full:
                pss, uss = self.pss_uss(pid)
                total["pss"] += pss
                total["uss"] += uss
        return total


def _run_child(cmd: list[str], json_out: bool = True, timeout: float | None = None) -> tuple[dict, dict]:
    """Run ``cmd`` in a child process and sample its tree's memory; returns (result, peaks in MB).

    Peaks (of the sum over the process and its children, sampled every 20 ms): ``rss`` (the figure the
    target is judged on; it counts pages shared between the processes - libraries, the interpreter - once
    per process), ``pss`` (shared pages divided among the processes that map them: what the tree really
    costs) and ``uss`` (pages private to one process), these two sampled every ``FULL_EVERY``-th time only
    (reading ``/proc/PID/smaps`` every 20 ms had cost the sampler 0.86 CPU-s during a 4.7 s import, CPU taken from
    the import's two cores); ``main`` and ``children``: peak RSS of the process itself and peak RSS sum of its
    children (worker processes, multiprocessing's resource tracker). A child caught between ``fork`` and ``exec``
    is not counted (:class:`ProcTree`).

    The result (the JSON of the last stdout line, or ``{}`` when ``json_out`` is false) also gets ``wall``
    (seconds from start to exit), ``cpu`` (user + system seconds of the child and everything it waited
    for, i.e. its worker processes) and ``load`` (the 1-minute load average before and after)."""
    import resource

    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    tree = ProcTree(proc.pid)
    peak = {"rss": 0, "pss": 0, "uss": 0, "main": 0, "children": 0}
    stop = threading.Event()

    def sample() -> None:
        n = 0
        while not stop.is_set():
            full = n % FULL_EVERY == 0   # PSS/USS read /proc/PID/smaps_rollup: costlier, so every FULL_EVERY-th sample
            n += 1
            try:
                total = tree.sample(full)
            except (OSError, ValueError, IndexError):   # a process gone or changing while read: the next sample
                total = {}
            for k in total:
                peak[k] = max(peak[k], total[k])
            stop.wait(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()   # (our own child, by its handle)
        proc.communicate()
        stop.set()
        th.join()
        raise
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    if proc.returncode != 0:
        sys.stderr.write(err[-4000:])
        raise RuntimeError(f"{' '.join(cmd[:4])} … failed with exit code {proc.returncode}")
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.strip().splitlines()[-1]) if json_out else {}
    result["wall"] = wall
    result["cpu"] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    result["load"] = (load0, os.getloadavg()[0])
    return result, {k: v / 1e6 for k, v in peak.items()}


def _self(*args: str, python: str | Path = sys.executable) -> list[str]:
    return [str(python), __file__, *args]


def _line(name: str, seconds: float, mb: float, buildings: int, r: dict, rss: dict, extra: str = "") -> None:
    print(f"  {name:<15}: {seconds:7.2f} s {mb / seconds:6.1f} MB/s {buildings / seconds:8,.0f} buildings/s  "
          f"peak RSS {rss['rss']:6.0f} MB  {r['cpu']:6.1f} CPU-s  load {r['load'][0]:.1f}→{r['load'][1]:.1f}"
          + (f"  ({extra})" if extra else ""))


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def _round(path: Path, work: Path, peers: bool, peers_py: Path | None, gdal_timeout: float) -> dict:
    """One round: every tool once on ``path``, one after another; prints a line each; returns their figures
    (``name: (seconds, peak RSS MB, CPU-s)``, and ``buildings``)."""
    mb = path.stat().st_size / 1e6
    bare, bare_rss = _run_child(_self("--measure", "bare", str(path)))
    n = bare["buildings"]
    _line("bare lxml pass", bare["seconds"], mb, n, bare, bare_rss, f"{n:,} buildings")
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        project = Path(tmp) / "bench.duckdb"
        imp, imp_rss = _run_child(_self("--measure", "import", "--project", str(project), str(path)))
    _line("kaga-twin import", imp["seconds"], mb, n, imp, imp_rss,
          f"{imp['buildings']:,} buildings, {imp['surfaces']:,} surfaces, {imp['warnings']} warnings; "
          f"RSS main {imp_rss['main']:.0f} + workers {imp_rss['children']:.0f} MB, PSS sum {imp_rss['pss']:.0f} MB")
    figures = {"buildings": n, "bare": (bare["seconds"], bare_rss["rss"], bare["cpu"]),
               "import": (imp["seconds"], imp_rss["rss"], imp["cpu"])}
    if peers:
        if shutil.which("ogr2ogr"):
            gfs = path.with_suffix(".gfs")
            had_gfs = gfs.exists()
            with tempfile.TemporaryDirectory(dir=work) as tmp:
                gpkg = Path(tmp) / "out.gpkg"
                try:
                    gd, gd_rss = _run_child(["ogr2ogr", "-f", "GPKG", str(gpkg), str(path)], json_out=False,
                                            timeout=gdal_timeout)
                except subprocess.TimeoutExpired:
                    print(f"  GDAL ogr2ogr   : stopped after {gdal_timeout:.0f} s ({'with' if had_gfs else 'without'} "
                          "a .gfs schema file); the ratio below is a lower bound")
                    figures["gdal"] = (gdal_timeout, 0.0, gdal_timeout)
                except RuntimeError as exc:
                    print(f"  GDAL ogr2ogr   : failed ({exc})")
                else:
                    count = _gdal_count(gpkg)
                    _line("GDAL ogr2ogr", gd["wall"], mb, n, gd, gd_rss, f"{count:,} Building features; "
                          + ("read with the .gfs schema file of an earlier run" if had_gfs else
                             "no .gfs yet: the driver pre-scanned the file for its schema"))
                    figures["gdal"] = (gd["wall"], gd_rss["rss"], gd["cpu"])
        else:
            print("  GDAL ogr2ogr   : not installed (apt-get install gdal-bin)")
        if peers_py is not None:
            with tempfile.TemporaryDirectory(dir=work) as tmp:
                try:
                    pk, pk_rss = _run_child(_self("--measure", "plateaukit", "--out", str(Path(tmp) / "out.geojson"),
                                                  str(path), python=peers_py))
                except RuntimeError as exc:
                    print(f"  plateaukit     : failed ({exc})")
                else:
                    _line("plateaukit 0.20", pk["seconds"], mb, n, pk, pk_rss, f"{pk['features']:,} GeoJSON features")
                    figures["plateaukit"] = (pk["seconds"], pk_rss["rss"], pk["cpu"])
    return figures


def _median(values: list[float]) -> float:
    v = sorted(values)
    k = len(v) // 2
    return v[k] if len(v) % 2 else (v[k - 1] + v[k]) / 2


def run_case(path: Path, work: Path, peers: bool, peers_py: Path | None, gdal_timeout: float = 300,
             rounds: int = 1) -> dict:
    """Measure every tool on ``path`` in ``rounds`` rounds (each tool once per round, one after another, so that a
    slow phase of a shared machine falls on all of them); prints their lines, then each ratio per round and its median,
    the verdicts taken on the medians, and the largest peak RSS; returns the rounds' figures."""
    runs = []
    for k in range(rounds):
        if rounds > 1:
            print(f"  -- round {k + 1} of {rounds}")
        runs.append(_round(path, work, peers, peers_py, gdal_timeout))

    def ratios(num: str, den: str) -> list[float]:
        return [r[num][0] / r[den][0] for r in runs if num in r and den in r]

    def show(label: str, values: list[float], target: float, fmt: str, strict: bool = False) -> None:
        if not values:
            return
        med = _median(values)
        ok = med > target if strict else med >= target
        each = " / ".join(format(v, fmt) for v in values)
        tgt = f"{'>' if strict else '>='} {format(target, fmt)}"
        print(f"  {label:<19}: {format(med, fmt):>6}{' median of ' + each if len(values) > 1 else ''}  "
              f"(target {tgt})  {_verdict(ok)}")

    print(f"  {'':-<19}")
    show("import / bare", ratios("bare", "import"), BARE_RATIO, ".0%")
    show("import / GDAL", ratios("gdal", "import"), GDAL_RATIO, ".2f", strict=True)
    show("import / plateaukit", ratios("plateaukit", "import"), PLATEAUKIT_RATIO, ".2f")
    cpu = [f"{name} {_median([r[key][2] / r['import'][2] for r in runs]):.2f}x"
           for name, key in (("bare", "bare"), ("GDAL", "gdal"), ("plateaukit", "plateaukit"))
           if all(key in r for r in runs)]
    print(f"  (CPU-s, which a loaded machine distorts less than wall time: import "
          f"{_median([r['import'][2] for r in runs]):.1f}; per tool, its CPU-s over the import's: "
          + ", ".join(cpu) + ")")
    rss = max(r["import"][1] for r in runs)
    print(f"  import peak RSS: {rss:.0f} MB summed over its processes, the largest of the rounds "
          f"(target <= {RSS_LIMIT_MB} MB)  {_verdict(rss <= RSS_LIMIT_MB)}")
    return {"rounds": runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--big-mb", type=int, default=1000, help="size of the large LOD1 case (0: none)")
    ap.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--only", choices=["lod1", "lod2tex", "big"])
    ap.add_argument("--no-peers", action="store_true", help="only the bare pass and the import")
    ap.add_argument("--gdal-timeout", type=float, default=300, help="stop ogr2ogr after this many seconds")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of every tool on each 200 MB input (the verdicts are taken on the medians)")
    ap.add_argument("--big-rounds", type=int, default=1, help="rounds on the large input")
    ap.add_argument("--measure", choices=["bare", "import", "plateaukit"], help=argparse.SUPPRESS)
    ap.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.measure == "bare":
        print(json.dumps(measure_bare(a.path)))
        return
    if a.measure == "import":
        print(json.dumps(measure_import(a.path, a.project)))
        return
    if a.measure == "plateaukit":
        print(json.dumps(measure_plateaukit(a.path, a.out)))
        return
    if not (SHARED / LOD1_SRC).exists():
        raise SystemExit(f"the real PLATEAU samples are not at {SHARED}")
    a.work.mkdir(parents=True, exist_ok=True)
    cases = [("lod1", a.size_mb), ("lod2tex", a.size_mb)]
    if a.big_mb:
        cases.append(("lod1", a.big_mb))
    if a.only:
        cases = [c for i, c in enumerate(cases) if (a.only == "big" and i == 2) or (a.only == c[0] and i < 2)]
    print(f"machine: {os.cpu_count()} CPU(s); Python {sys.version.split()[0]}; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    peers_py = None if a.no_peers else _peers_python(a.work)
    if not a.no_peers:
        gdal = subprocess.run(["ogr2ogr", "--version"], capture_output=True, text=True).stdout.strip() \
            if shutil.which("ogr2ogr") else "not installed"
        print(f"peers: {gdal}; {PLATEAUKIT if peers_py else 'plateaukit not available'}")
    for kind, size in cases:
        t0 = time.perf_counter()
        path = build_input(kind, size, a.work)
        print(f"\n== {path.name}: {path.stat().st_size / 1e6:,.1f} MB (built/checked in {time.perf_counter() - t0:.1f} s)")
        run_case(path, a.work, not a.no_peers, peers_py, a.gdal_timeout,
                 rounds=max(1, a.big_rounds if size == a.big_mb and size != a.size_mb else a.rounds))


if __name__ == "__main__":
    main()
