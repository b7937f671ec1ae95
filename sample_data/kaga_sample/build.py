"""Generate the whole sample: DEM, roads, buildings, code lists and the per-mesh CityGML files."""

from __future__ import annotations

from pathlib import Path

from .attributes import finalize
from .buildings import Town
from .citygml import MeshFile, Writer, assign_mesh, building_xml, road_xml, write_mesh_file
from .codelists import write_codelists
from .dem import DemSampler, build_dem, write_geotiff
from .rand import Ids, Rng
from .roads import build_network
from .site import MESHES, SEED

DATASET = "17206_kaga-shi_city_2024_citygml_1_op"
DEM_PATH = Path("dem") / "kaga_onsen_station_dem.tif"
#: buildings kept (PLATEAU-like files are ~4 KB per LOD1 building; 15 MB budget for the whole sample)
TARGET_BUILDINGS = 3050


def _clear(folder: Path, pattern: str) -> None:
    """Remove earlier generated files (only ours: the pattern is specific) so no stale mesh file survives."""
    if folder.is_dir():
        for p in sorted(folder.glob(pattern)):
            p.unlink()


def generate(out: Path) -> dict[str, MeshFile | dict]:
    """Write the sample under ``out`` and return the per-mesh index (with the road pieces and buildings)."""
    out = Path(out)
    root = out / DATASET
    for sub, pattern in (("codelists", "*.xml"), ("udx/bldg", "*_bldg_6697_op.gml"),
                         ("udx/tran", "*_tran_6697_op.gml")):
        _clear(root / sub, pattern)

    grid = build_dem()
    write_geotiff(out / DEM_PATH, grid)

    roads = build_network()
    town = Town(roads, Rng(SEED + 100))
    town.landmarks()
    town.streets(roads)
    town.thin_to(TARGET_BUILDINGS)
    buildings = town.buildings
    finalize(buildings, DemSampler(grid), Rng(SEED + 200))

    ids = Ids(SEED)
    write_codelists(root / "codelists", ids)
    writer = Writer(ids)
    bldg_files = {m: MeshFile(m) for m in MESHES}
    for n, b in enumerate(buildings, 1):
        mf = bldg_files[assign_mesh([p.ring for p in b.parts])]
        writer.ext = mf.extent
        mf.members.append(building_xml(writer, b, f"17206-bldg-{n}"))
        mf.buildings += 1
        mf.lod2 += b.lod2
        mf.parts += len(b.parts) if b.multipart else 0
        mf.flood_records += sum(r["kind"] == "river" for r in b.risks)
        mf.landslide_records += sum(r["kind"] == "landslide" for r in b.risks)
    tran_files = {m: MeshFile(m) for m in MESHES}
    for r in roads:
        mf = tran_files[assign_mesh([r.ring], r.holes)]
        writer.ext = mf.extent
        mf.members.append(road_xml(writer, r))
        mf.roads += 1
    for m in MESHES:
        if bldg_files[m].members:
            write_mesh_file(root / "udx" / "bldg" / f"{m}_bldg_6697_op.gml", bldg_files[m].members,
                            bldg_files[m].extent)
        if tran_files[m].members:
            write_mesh_file(root / "udx" / "tran" / f"{m}_tran_6697_op.gml", tran_files[m].members,
                            tran_files[m].extent)
    # the road pieces and buildings go along for the generators that place things on them (road damage)
    return {"bldg": bldg_files, "tran": tran_files, "roads": roads, "buildings": buildings}


def index_lines(index: dict, out: Path) -> list[str]:
    """The human-readable index printed by the generator."""
    lines = [f"{'mesh':<10}{'buildings':>10}{'LOD2':>7}{'parts':>7}{'flood':>7}{'slide':>7}{'roads':>7}"
             f"{'bldg KB':>9}{'tran KB':>9}"]
    tot = [0] * 6
    root = Path(out) / DATASET / "udx"
    for m in MESHES:
        b, t = index["bldg"][m], index["tran"][m]
        kb_b = (root / "bldg" / f"{m}_bldg_6697_op.gml").stat().st_size / 1024 if b.members else 0
        kb_t = (root / "tran" / f"{m}_tran_6697_op.gml").stat().st_size / 1024 if t.members else 0
        row = [b.buildings, b.lod2, b.parts, b.flood_records, b.landslide_records, t.roads]
        tot = [a + c for a, c in zip(tot, row)]
        lines.append(f"{m:<10}" + "".join(f"{v:>{w}}" for v, w in zip(row, (10, 7, 7, 7, 7, 7)))
                     + f"{kb_b:>9.0f}{kb_t:>9.0f}")
    lines.append(f"{'total':<10}" + "".join(f"{v:>{w}}" for v, w in zip(tot, (10, 7, 7, 7, 7, 7))))
    size = sum(p.stat().st_size for p in (Path(out) / DATASET).rglob("*") if p.is_file())
    dem = (Path(out) / DEM_PATH).stat().st_size
    lines.append(f"CityGML + code lists {size / 1e6:.2f} MB, DEM {dem / 1e6:.2f} MB, "
                 f"total {(size + dem) / 1e6:.2f} MB")
    return lines
