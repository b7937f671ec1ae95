"""Where a PLATEAU import's time goes: the phases of one import, and the parse of one chunk set split into its parts.

    python benchmarks/import_phases.py [FILE.gml] [--chunks 40]

FILE defaults to the 200 MB LOD1 input that ``import_citygml.py`` builds in ``benchmarks/_work`` (run that first).
Prints, for one import into a new project (workers as the desktop import uses them):

* the wall time of the parallel phase (scan, parse in the workers and here, the INSERTs into the project), and of what
  follows until the COMMIT has ended (the source's counts, the COMMIT's checkpoint), which runs with nothing beside it;
* the CPU seconds of the main process and of the parse workers;

then, in this process, the parse CPU of the file's first ``--chunks`` chunks: the building geometry lifted from the
bytes (``lifting.py``), lxml's tree build of what is left, the extraction of features (the Python readers), and the
table building (numbers, transform, WKB, columns), with its largest parts;

and last, from those figures, a floor: the wall time this import would still take if the extraction and the table
building cost nothing and everything else in the parallel phase were spread perfectly over the cores (the COMMIT
runs alone, as it does). A peer's time below that floor cannot be reached by a faster extraction alone.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT / "benchmarks" / "_work" / "lod1_200mb_bldg_6697_op.gml"


def _timed(obj, name: str, log: dict, key: str, clock=time.perf_counter) -> None:
    """Wrap ``obj.name`` so that its calls add their ``clock`` time to ``log[key]``."""
    f = getattr(obj, name)

    def wrapper(*a, **k):
        t = clock()
        try:
            return f(*a, **k)
        finally:
            log[key] = log.get(key, 0.0) + clock() - t

    setattr(obj, name, wrapper)


def phases(path: Path) -> dict:
    """Print one import's phases; return its wall time, its serial tail (counts and COMMIT) and the CPU of its parallel
    phase (main process and workers), for :func:`floor`."""
    from importers.plateau import pipeline
    from importers.registry import import_path
    from twin.store import Store

    wall: dict[str, float] = {}
    marks: dict[str, float] = {}
    run = pipeline.Pipeline.run

    def timed_run(self):
        marks["start"] = time.perf_counter()
        try:
            return run(self)
        finally:
            marks["end"] = time.perf_counter()

    pipeline.Pipeline.run = timed_run
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "phases.duckdb") as store:
        t0, c0 = time.perf_counter(), time.process_time()
        import_path(store, path)
        t1 = time.perf_counter()
        total, cpu = t1 - t0, time.process_time() - c0
    pipeline.Pipeline.run = run
    wall["before"] = marks["start"] - t0
    wall["parallel"] = marks["end"] - marks["start"]
    wall["commit"] = t1 - marks["end"]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    mb = path.stat().st_size / 1e6
    print(f"{path.name}: {mb:,.0f} MB imported in {total:.2f} s ({mb / total:.1f} MB/s)")
    print(f"  before the parse (the project CRS, the source row): {wall['before']:.2f} s")
    print(f"  parallel phase (scan, parse, INSERTs):              {wall['parallel']:.2f} s")
    print(f"  counts and COMMIT (its checkpoint):                 {wall['commit']:.2f} s")
    workers = children.ru_utime + children.ru_stime
    print(f"  CPU: main process {cpu:.2f} s, parse workers {workers:.2f} s")
    tail = wall["commit"]
    return {"total": total, "tail": tail, "parallel_cpu": cpu - tail + workers}


def parse_split(path: Path, chunks: int) -> dict:
    """Print the parse split of the first ``chunks`` chunks; return the file's member MB and the extraction and
    table-building CPU per MB, for :func:`floor`."""
    from lxml import etree

    import importers.plateau.geometry as geo
    import importers.plateau.packing as pk
    import importers.plateau.reader as rd
    from importers.plateau import lifting
    import importers.plateau.tables as tb
    from importers.plateau.pipeline import Pipeline

    class Writer:
        crs = "EPSG:6675"

        def warn(self, *a, **k):
            pass

    all_tasks = list(Pipeline(path, Writer(), {"workers": 0}).tasks())
    members_mb = sum(t["end"] - t["start"] for t in all_tasks) / 1e6   # (the appearance block is never parsed)
    tasks = all_tasks[:chunks]
    for t in tasks:
        with open(t["path"], "rb") as fh:
            fh.seek(t["start"])
            t["data"] = fh.read(t["end"] - t["start"])
    mb = sum(len(t["data"]) for t in tasks) / 1e6
    for t in tasks[:3]:
        rd.parse_chunk(t)   # warm up: code lists, the transformer
    c = time.process_time()
    left = [lifting.lift(t["file"]["head"], t["data"])[0] for t in tasks]
    lift = time.process_time() - c
    c = time.process_time()
    for t, data in zip(tasks, left):
        f = t["file"]
        etree.fromstring(f["head"] + data + f["tail"], etree.XMLParser(**rd._PARSER_OPTIONS))
    tree = time.process_time() - c
    parts: dict[str, float] = {}
    _timed(rd, "build_tables", parts, "tables", time.process_time)
    for mod, names in ((geo, ("parse_poslists", "polygon_stats", "subset_polygons_wkb", "close_rings")),
                       (tb, ("_footprints", "_classify")), (pk, ("strings", "dictionary", "binaries", "floats"))):
        for name in names:
            _timed(mod, name, parts, name, time.process_time)
    _timed(geo.Projector, "latlon_to_xyz", parts, "latlon_to_xyz", time.process_time)
    c = time.process_time()
    for t in tasks:
        rd.parse_chunk(t)
    total = time.process_time() - c
    tables = parts.pop("tables")
    print(f"parse of {len(tasks)} chunks ({mb:.0f} MB) in this process: {total:.3f} CPU-s ({mb / total:.0f} MB/s a core)")
    print(f"  geometry lifted  {lift:.3f}  (read from the bytes before the tree is built: _lift.c)")
    print(f"  lxml tree build  {tree:.3f}  (of what is left)")
    print(f"  extraction       {total - lift - tree - tables:.3f}  (the Python readers: buildings.py, roads.py, "
          "common.py)")
    print(f"  table building   {tables:.3f}, of which:")
    for name, v in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"    {name:20s} {v:.3f}")
    return {"members_mb": members_mb, "free_per_mb": (total - lift - tree) / mb}


def floor(ph: dict, sp: dict) -> None:
    """The floor described in the module docstring."""
    cores = os.cpu_count() or 1
    free = sp["free_per_mb"] * sp["members_mb"]
    rest = max(0.0, ph["parallel_cpu"] - free)
    low = rest / cores + ph["tail"]
    print(f"floor: {low:.2f} s for this import ({ph['total']:.2f} s measured) if extraction and table building were "
          f"free: parallel phase {ph['parallel_cpu']:.2f} CPU-s, of which extraction and tables ~{free:.2f} "
          f"({sp['members_mb']:.0f} MB of members), the rest over {cores} core(s) {rest / cores:.2f} s, "
          f"then counts and COMMIT {ph['tail']:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--chunks", type=int, default=40, help="chunks of the file for the parse split")
    args = ap.parse_args()
    if not args.file.exists():
        sys.exit(f"{args.file} does not exist: run benchmarks/import_citygml.py first (it builds the inputs)")
    print(f"machine: {os.cpu_count()} CPU(s); load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    ph = phases(args.file)
    floor(ph, parse_split(args.file, args.chunks))


if __name__ == "__main__":
    main()
