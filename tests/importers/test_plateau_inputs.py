"""Inputs and behaviour around the parse: folders, zips, code lists, re-imports, the parallel path,
skips, LOD2 xlinks, interior rings, the appearance block, progress and cancellation."""

from __future__ import annotations

import io
import json
import threading
import zipfile

import pytest
import shapely

from importers.plateau import scan
from importers.plateau.inputs import sniff
from importers.registry import import_path
from plateau_fixtures import (CL, LAT0, LON0, box_faces, building, citygml, core_attrs, dataset, lod0, lod1,
                              polygon, road, uro_attrs, workers_parse)
from twin.errors import ImportCancelled


def _two_mesh_dataset(root, n=40, codelists=None):
    files = {}
    for k, mesh in enumerate(("54363287", "54363288")):
        members = [building(f"bldg_{mesh}_{i}", lat=LAT0 + (i % 8) * 0.0004, lon=LON0 + k * 0.01 + (i // 8) * 0.0004,
                            attrs=core_attrs(usage="411" if i % 2 else "402") + uro_attrs("3.1", f"17206-bldg-{k}{i}"),
                            with_lod2=(i % 3 == 0)) for i in range(n)]
        files[f"bldg/{mesh}_bldg_6697_op.gml"] = citygml(members)
        files[f"tran/{mesh}_tran_6697_op.gml"] = citygml([road(f"tran_{mesh}_{i}", lat=LAT0 + i * 0.001,
                                                                traffic_areas=True) for i in range(3)])
    return dataset(root, files, codelists)


def _snapshot(store):
    q = store.query
    return {
        "buildings": q("SELECT * EXCLUDE (id, source_id, footprint), ST_AsText(footprint) FROM buildings ORDER BY gml_id"),
        "surfaces": q("SELECT * EXCLUDE (source_id, geom), ST_AsText(geom) FROM building_surfaces "
                      "ORDER BY gml_id, lod, surface_type, ST_AsText(geom)"),
        "risks": q("SELECT * EXCLUDE (source_id) FROM building_risks ORDER BY gml_id"),
        "roads": q("SELECT * EXCLUDE (id, source_id, geom), ST_AsText(geom) FROM roads ORDER BY gml_id"),
        "road_surfaces": q("SELECT * EXCLUDE (source_id, geom), ST_AsText(geom) FROM road_surfaces ORDER BY 1, 2"),
    }


def test_sniff_by_content(tmp_path):
    root = _two_mesh_dataset(tmp_path / "ds", n=2)
    assert sniff(root) == 0.95
    assert sniff(root / "udx") == 0.95
    assert sniff(root / "udx" / "bldg") == 0.9
    assert sniff(root / "udx" / "bldg" / "54363288_bldg_6697_op.gml") == 0.95
    renamed = tmp_path / "model.xml"
    renamed.write_bytes((root / "udx" / "bldg" / "54363288_bldg_6697_op.gml").read_bytes())
    assert sniff(renamed) == 0.95  # by content, not extension
    other = tmp_path / "other.gml"
    other.write_text('<?xml version="1.0"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml"/>')
    assert sniff(other) == 0.0
    z = tmp_path / "d.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("ds/udx/bldg/54363288_bldg_6697_op.gml", b"<x/>")
    assert sniff(z) == 0.95


def test_dataset_root_udx_and_theme_folder(store, tmp_path):
    root = _two_mesh_dataset(tmp_path / "ds", n=5)
    (root / "udx" / "dem").mkdir()
    (root / "udx" / "dem" / "543632_dem_6697_op.gml").write_text("not even XML")  # not a theme we read
    r = import_path(store, root)
    assert r.counts["buildings"] == 10 and r.counts["roads"] == 6 and r.counts["road_surfaces"] == 12
    files = {f for (f,) in store.query("SELECT DISTINCT source_file FROM buildings")}
    assert files == {"udx/bldg/54363287_bldg_6697_op.gml", "udx/bldg/54363288_bldg_6697_op.gml"}
    r = import_path(store, root / "udx" / "bldg")
    assert r.counts == {"buildings": 10, "building_surfaces": 10 * 6 + 4 * 6, "building_risks": 10}
    assert {f for (f,) in store.query("SELECT DISTINCT source_file FROM buildings")} == {
        "54363287_bldg_6697_op.gml", "54363288_bldg_6697_op.gml"}


def test_code_lists_case_insensitive_and_missing_lists_warn_once(store, tmp_path):
    # the codeSpace says Building_buildingStructureType.xml; the dataset ships a differently cased file
    root = _two_mesh_dataset(tmp_path / "ds", n=3, codelists={
        "Building_usage.xml": {"411": "住宅", "402": "商業施設"},
        "BUILDING_BUILDINGSTRUCTURETYPE.XML": {"610": "鉄骨鉄筋コンクリート造"}})
    r = import_path(store, root / "udx" / "bldg")
    assert set(store.query("SELECT DISTINCT usage_code, usage FROM buildings")) == {("411", "住宅"), ("402", "商業施設")}
    assert store.query("SELECT DISTINCT structure_type FROM buildings") == [("鉄骨鉄筋コンクリート造",)]
    missing = [w for w in r.warnings if "Building_class.xml" in w]
    assert len(missing) == 1 and "codes are kept" in missing[0]
    assert store.query("SELECT DISTINCT class_code, class FROM buildings") == [("3001", None)]


def test_missing_codelists_folder_is_not_an_error(store, tmp_path):
    root = _two_mesh_dataset(tmp_path / "ds", n=3)
    assert not (root / "codelists").exists()
    r = import_path(store, root)
    assert r.counts["buildings"] == 6
    usage_warnings = [w for w in r.warnings if "Building_usage.xml" in w]
    assert len(usage_warnings) == 1 and "not found" in usage_warnings[0]
    # one summary line for all missing lists, naming the folder looked in and each list
    assert str(root / "codelists") in usage_warnings[0] and "code lists not found" in usage_warnings[0]
    assert sum("not found" in w for w in r.warnings) == 1
    assert store.query("SELECT DISTINCT usage FROM buildings") == [(None,)]
    assert {c for (c,) in store.query("SELECT DISTINCT usage_code FROM buildings")} == {"411", "402"}


def test_file_copied_out_of_its_dataset_finds_the_code_lists_beside_it(store, tmp_path):
    """A flat folder (GML files and a codelists/ folder side by side) still gives labels."""
    root = _two_mesh_dataset(tmp_path / "ds", n=3, codelists={"Building_usage.xml": {"411": "住宅", "402": "商業施設"}})
    flat = tmp_path / "flat"
    (flat / "codelists").mkdir(parents=True)
    gml = flat / "54363288_bldg_6697_op.gml"
    gml.write_bytes((root / "udx" / "bldg" / gml.name).read_bytes())
    (flat / "codelists" / "building_usage.xml").write_bytes((root / "codelists" / "Building_usage.xml").read_bytes())
    r = import_path(store, gml)
    assert set(store.query("SELECT DISTINCT usage_code, usage FROM buildings")) == {("411", "住宅"), ("402", "商業施設")}
    assert not [w for w in r.warnings if "Building_usage.xml" in w]
    missing = [w for w in r.warnings if "Building_class.xml" in w]
    assert len(missing) == 1 and "codelists/ folders beside the file" in missing[0]


def test_zip_with_code_lists_inside(store, tmp_path):
    root = _two_mesh_dataset(tmp_path / "ds", n=3, codelists={"Building_usage.xml": {"411": "住宅"}})
    z = tmp_path / "17206_kaga-shi_city_2024_citygml_1_op.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in root.rglob("*"):
            if p.is_file():
                zf.write(p, "17206_kaga-shi_city_2024_citygml_1_op/" + p.relative_to(root).as_posix())
    r = import_path(store, z)
    assert r.counts["buildings"] == 6 and r.counts["roads"] == 6
    assert ("411", "住宅") in set(store.query("SELECT DISTINCT usage_code, usage FROM buildings"))
    assert store.sources()[0]["path"] == str(z)


def test_reimport_and_file_after_folder_never_duplicate(store, tmp_path):
    root = _two_mesh_dataset(tmp_path / "ds", n=4)
    import_path(store, root)
    import_path(store, root)  # same source again: replaced
    assert store.query("SELECT count(*), count(DISTINCT gml_id) FROM buildings") == [(8, 8)]
    assert len(store.sources()) == 1
    one = root / "udx" / "bldg" / "54363288_bldg_6697_op.gml"
    r = import_path(store, one)
    assert store.query("SELECT count(*), count(DISTINCT gml_id) FROM buildings") == [(8, 8)]
    assert any("replaced" in w for w in r.warnings)
    per_source = dict(store.query("SELECT source_id, count(*) FROM buildings GROUP BY ALL"))
    assert sorted(per_source.values()) == [4, 4]
    # surfaces and risks moved with their buildings
    assert store.query("SELECT count(*) FROM building_surfaces s WHERE NOT EXISTS (SELECT 1 FROM buildings b "
                       "WHERE b.gml_id = s.gml_id AND b.source_id = s.source_id)") == [(0,)]
    assert store.query("SELECT count(*), count(DISTINCT gml_id) FROM building_risks") == [(8, 8)]
    assert store.query("SELECT count(*) FROM roads") == [(6,)]
    # the folder's source record now counts only the rows it still holds
    recorded = {s["path"]: json.loads(s["feature_counts"]) for s in store.sources()}
    assert recorded[str(root)]["buildings"] == 4 and recorded[str(one)]["buildings"] == 4
    assert recorded[str(root)]["roads"] == 6 and "roads" not in recorded[str(one)]


def test_parallel_and_in_process_give_the_same_tables(tmp_path, monkeypatch):
    from twin.store import Store

    root = _two_mesh_dataset(tmp_path / "ds", n=60, codelists={"Building_usage.xml": {"411": "住宅"}})
    snaps = []
    from_workers = workers_parse(monkeypatch)
    # (with workers the main process parses chunks too, while it waits for theirs)
    for workers, chunk in (("0", None), ("2", "30000"), ("1", "20000")):
        monkeypatch.setenv("KAGA_PLATEAU_WORKERS", workers)
        if chunk:
            monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", chunk)
        with Store(tmp_path / f"p{workers}.duckdb") as s:
            r = import_path(s, root)
            assert r.counts["buildings"] == 120
            snaps.append((_snapshot(s), sorted(r.warnings), r.skipped))
    assert snaps[0] == snaps[1] == snaps[2] and from_workers[0] > 0


def test_clearing_members_as_they_are_read_gives_the_same_tables(tmp_path, monkeypatch):
    """Oversized chunks clear every member as it is read; the tables do not change."""
    from importers.plateau import reader
    from twin.store import Store

    root = _two_mesh_dataset(tmp_path / "ds", n=20)
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "0")
    snaps = []
    for clear_after in (reader.CLEAR_AFTER_BYTES, 0):
        monkeypatch.setattr(reader, "CLEAR_AFTER_BYTES", clear_after)
        with Store(tmp_path / f"c{clear_after}.duckdb") as s:
            import_path(s, root)
            snaps.append(_snapshot(s))
    assert snaps[0] == snaps[1] and len(snaps[0]["buildings"]) == 40


def test_lod2_xlinks_inline_polygons_and_unresolved_refs(store, tmp_path):
    f = box_faces(LAT0, LON0, 10.0, 20.0)
    extra_roof = [(a, b, 22.0) for a, b, _z in f["top"]]
    geometry = (lod0(LAT0, LON0) + lod1(LAT0, LON0, 10.0, 20.0)
                + "<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
                + '<gml:surfaceMember xlink:href="#roof-1"/><gml:surfaceMember xlink:href="#nowhere"/>'
                + f"<gml:surfaceMember>{polygon(extra_roof, 'inline-1')}</gml:surfaceMember>"
                + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>"
                + '<bldg:boundedBy><bldg:RoofSurface gml:id="rs"><bldg:lod2MultiSurface><gml:MultiSurface>'
                + f"<gml:surfaceMember>{polygon(f['top'], 'roof-1')}</gml:surfaceMember>"
                + "</gml:MultiSurface></bldg:lod2MultiSurface></bldg:RoofSurface></bldg:boundedBy>"
                + '<bldg:boundedBy><bldg:OuterCeilingSurface gml:id="oc"><bldg:lod2MultiSurface><gml:MultiSurface>'
                + f"<gml:surfaceMember>{polygon(f['bottom'], 'ceil-1')}</gml:surfaceMember>"
                + "</gml:MultiSurface></bldg:lod2MultiSurface></bldg:OuterCeilingSurface></bldg:boundedBy>")
    p = tmp_path / "54363288_bldg_6697_op.gml"
    p.write_bytes(citygml([building("b1", geometry=geometry)]))
    r = import_path(store, p)
    rows = store.query("SELECT surface_gml_id, surface_type FROM building_surfaces WHERE lod = 2 ORDER BY 1")
    assert rows == [("ceil-1", "OuterCeilingSurface"), ("inline-1", "RoofSurface"), ("roof-1", "RoofSurface")]
    assert any("1 xlink:href" in w for w in r.warnings)


def test_skips_are_reported_never_silent(store, tmp_path):
    degenerate = polygon([(LAT0, LON0, 5.0), (LAT0, LON0 + 0.0001, 5.0), (LAT0, LON0 + 0.0002, 5.0)], "flat-1")
    members = [
        building("ok"),
        building("no_geometry", geometry=""),
        building("one_bad", geometry=lod1(LAT0, LON0, 0, 5) + "<bldg:lod2MultiSurface><gml:MultiSurface>"
                 f"<gml:surfaceMember>{degenerate}</gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface>"),
    ]
    p = tmp_path / "54363288_bldg_6697_op.gml"
    p.write_bytes(citygml(members))
    r = import_path(store, p)
    assert r.counts["buildings"] == 2
    assert {(s["item"], s["reason"].split(":")[0]) for s in r.skipped} == {
        ("no_geometry", "no geometry"), ("one_bad: polygon flat-1", "polygon with zero area")}
    assert store.query("SELECT gml_id, lod FROM buildings ORDER BY 1") == [("ok", 1), ("one_bad", 1)]


def test_interior_rings_are_kept(store, tmp_path):
    d = 0.0001
    hole = [(LAT0 - d / 3, LON0 - d / 3, 0.0), (LAT0 + d / 3, LON0 - d / 3, 0.0), (LAT0 + d / 3, LON0 + d / 3, 0.0),
            (LAT0 - d / 3, LON0 + d / 3, 0.0)]
    ground = [(a, b, 5.0) for a, b, _ in hole]
    f = box_faces(LAT0, LON0, 5.0, 9.0)
    geometry = (lod0(LAT0, LON0, holes=[hole]) + "<bldg:boundedBy><bldg:GroundSurface><bldg:lod2MultiSurface>"
                f"<gml:MultiSurface><gml:surfaceMember>{polygon(f['bottom'], 'g1', holes=[ground])}"
                "</gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface></bldg:GroundSurface></bldg:boundedBy>")
    p = tmp_path / "54363288_bldg_6697_op.gml"
    p.write_bytes(citygml([building("courtyard", geometry=geometry)]))
    import_path(store, p)
    fp = shapely.from_wkb(bytes(store.query("SELECT ST_AsWKB(footprint) FROM buildings")[0][0]))
    assert len(fp.interiors) == 1 and fp.area < shapely.Polygon(fp.exterior).area
    assert store.query("SELECT ST_NumInteriorRings(geom), ST_ZMin(geom) FROM building_surfaces") == [(1, 5.0)]


def test_gml_pos_rings_and_triangles(store, tmp_path):
    pts = [(LAT0, LON0, 3.0), (LAT0, LON0 + 0.0001, 3.0), (LAT0 + 0.0001, LON0, 3.0), (LAT0, LON0, 3.0)]
    pos = "".join(f"<gml:pos>{a!r} {b!r} {c!r}</gml:pos>" for a, b, c in pts)
    tri = " ".join(f"{a!r} {b!r} {c + 1!r}" for a, b, c in pts)
    geometry = ("<bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior>"
                f"<gml:LinearRing>{pos}</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>"
                "<gml:surfaceMember><gml:TriangulatedSurface><gml:trianglePatches><gml:Triangle><gml:exterior>"
                f"<gml:LinearRing><gml:posList>{tri}</gml:posList></gml:LinearRing></gml:exterior></gml:Triangle>"
                "</gml:trianglePatches></gml:TriangulatedSurface></gml:surfaceMember>"
                "</gml:MultiSurface></bldg:lod2MultiSurface>")
    p = tmp_path / "54363288_bldg_6697_op.gml"
    p.write_bytes(citygml([building("b", geometry=geometry)]))
    import_path(store, p)
    assert store.query("SELECT ST_NPoints(geom), ST_ZMin(geom) FROM building_surfaces ORDER BY 2") == [(4, 3.0),
                                                                                                        (4, 4.0)]


def test_the_appearance_block_is_skipped_without_buffering_it(tmp_path):
    members = [building(f"b{i}", with_lod2=True) for i in range(5)]
    target = ('<app:target uri="#b0-RoofSurface-0"><app:TexCoordList><app:textureCoordinates ring="#r">'
              + "0.1 0.2 " * 40 + "</app:textureCoordinates></app:TexCoordList></app:target>\n")
    appearance = ('<app:appearanceMember><app:Appearance><app:surfaceDataMember><app:ParameterizedTexture>'
                  + target * 12000 + "</app:ParameterizedTexture></app:surfaceDataMember></app:Appearance>"
                  "</app:appearanceMember>\n")
    data = citygml(members, appearance=appearance)
    assert len(appearance) > 4 * scan.GAP_BYTES
    sc = scan.Scanner(io.BytesIO(data), target_bytes=10_000, block_bytes=64 * 1024)
    peak = 0
    real_read = sc._read

    def read():
        nonlocal peak
        ok = real_read()
        peak = max(peak, len(sc.buf))
        return ok

    sc._read = read
    sc.header()
    chunks = list(sc.chunks())
    assert sum(c.data.count(b"<core:cityObjectMember>") for c in chunks) == 5
    assert sum(len(c.data) for c in chunks) < len(data) - len(appearance)
    assert b"appearanceMember" not in b"".join(c.data for c in chunks)
    # what is held is bounded by the gap limit and a few blocks, not by the appearance size
    assert peak < scan.GAP_BYTES + 10_000 + 3 * 64 * 1024


@pytest.mark.parametrize("keep", [True, False], ids=["data", "range"])
def test_chunks_cover_every_member_once_and_map_lines(keep):
    """Chunk boundaries, lines and the appearance cut, for many block and chunk sizes (tags straddling
    block and target boundaries included)."""
    members = [building(f"b{i}", with_lod2=i % 3 == 0) for i in range(40)]
    data = citygml(members, appearance="<app:appearanceMember>" + "<!-- x -->\n" * 2000 + "</app:appearanceMember>\n")
    lines = data.split(b"\n")
    for block, target in ((4096, 1), (4096, 3000), (5000, 7777), (1 << 16, 20000), (1 << 20, 1 << 20)):
        sc = scan.Scanner(io.BytesIO(data), target_bytes=target, block_bytes=block, keep_data=keep)
        sc.header()
        chunks = list(sc.chunks())
        got = b"".join(data[c.start:c.end] for c in chunks)
        assert got.count(b"<core:cityObjectMember>") == 40 and got.count(b"</core:cityObjectMember>") == 40
        for c, nxt in zip(chunks, chunks[1:] + [None]):
            body = data[c.start:c.end]
            if keep:
                assert c.data == body
            assert body.startswith(b"<core:cityObjectMember>") and lines[c.line0 - 1].lstrip().startswith(
                b"<core:cityObjectMember>") and data[:c.start].count(b"\n") + 1 == c.line0
            assert nxt is None or c.end == nxt.start
        assert chunks[-1].end == data.rindex(b"</core:cityObjectMember>") + len(b"</core:cityObjectMember>")
        assert not any(c.truncated for c in chunks)


def test_truncated_member_is_flagged():
    data = citygml([building(f"b{i}") for i in range(5)])
    cut = data[: data.rindex(b"<gml:posList>") + 20]
    sc = scan.Scanner(io.BytesIO(cut), target_bytes=1000, block_bytes=4096)
    sc.header()
    chunks = list(sc.chunks())
    assert chunks[-1].truncated and chunks[-1].end == len(cut) and chunks[-1].last_line == cut.count(b"\n") + 1


def test_a_file_on_disk_gives_the_same_chunks_with_lines_counted_on_demand(tmp_path):
    """A file on disk is scanned without counting its lines: the same chunks as with them counted, first lines from
    LineCounter (asked in any order), and a cut-off file still names its last line."""
    members = [building(f"b{i}", with_lod2=i % 3 == 0) for i in range(40)]
    data = citygml(members, appearance="<app:appearanceMember>" + "<!-- x -->\n" * 2000 + "</app:appearanceMember>\n")
    path = tmp_path / "m_bldg_6697_op.gml"
    path.write_bytes(data)
    for block, target in ((4096, 1), (4096, 3000), (5000, 7777), (1 << 20, 1 << 20)):
        got = []
        for count_lines in (True, False):
            with open(path, "rb", buffering=0) as f:
                sc = scan.Scanner(f, target_bytes=target, block_bytes=block, keep_data=False, count_lines=count_lines)
                sc.header()
                got.append(list(sc.chunks()))
        counted, uncounted = got
        assert [(c.start, c.end) for c in counted] == [(c.start, c.end) for c in uncounted] and counted
        assert all(c.line0 is None for c in uncounted)
        lines = scan.LineCounter(str(path))
        for c in counted + counted[::-1]:
            assert lines.line_at(c.start) == c.line0 == data[:c.start].count(b"\n") + 1
    cut = data[: data.rindex(b"<gml:posList>") + 20]
    path.write_bytes(cut)
    with open(path, "rb", buffering=0) as f:
        sc = scan.Scanner(f, target_bytes=1000, keep_data=False, count_lines=False)
        sc.header()
        last = list(sc.chunks())[-1]
    assert last.truncated and last.last_line == cut.count(b"\n") + 1
    path.write_bytes(data[: data.rindex(b"</core:CityModel>")])   # every member whole, the root never closed
    with open(path, "rb", buffering=0) as f, pytest.raises(scan.ScanError) as exc:
        sc = scan.Scanner(f, target_bytes=1000, keep_data=False, count_lines=False)
        sc.header()
        list(sc.chunks())
    assert exc.value.line == data[: data.rindex(b"</core:CityModel>")].count(b"\n") + 1


def _range_chunks(path, target: int, window: int, count_lines: bool) -> tuple[list, int]:
    """(start, end, truncated, last line) of the chunks of a file on disk in range mode, and the bytes read."""
    with open(path, "rb", buffering=0) as f:
        sc = scan.Scanner(f, target_bytes=target, block_bytes=4096, keep_data=False, count_lines=count_lines)
        sc.head_window = window
        n = [0]

        class Counted:
            seek, fileno = f.seek, f.fileno

            @staticmethod
            def read(size=-1):
                b = f.read(size)
                n[0] += len(b)
                return b

        sc.stream = Counted
        sc.header()
        return [(c.start, c.end, c.truncated, c.last_line) for c in sc.chunks()], n[0]


def test_a_file_on_disk_is_cut_reading_only_the_ends_of_chunks(tmp_path):
    """Range mode reads a chunk's last bytes only (the parser reads the rest), going further back while they hold no
    member tag: the same chunks as a scan that reads everything (counting lines), with members longer than what it
    reads first, a comment that looks like a member tag, and a cut-off end; far less read. A long gap between members
    is still cut out, or else inside one chunk: every member in exactly one chunk."""
    long_attr = "<!-- " + "z" * 9000 + " -->"
    members = [building(f"b{i}", with_lod2=i % 3 == 0, attrs=long_attr if i % 7 == 3 else "") for i in range(200)]
    tricky = members[:20] + [members[20] + "\n<!-- <core:cityObjectMember> </core:cityObjectMember> -->"] + members[21:]
    data = citygml(tricky)
    path = tmp_path / "m_bldg_6697_op.gml"
    for body in (data, data[: data.rindex(b"<gml:posList>") + 20]):
        path.write_bytes(body)
        for target, window in ((3000, 512), (7777, 256), (40000, 1024), (40000, 4096), (1 << 20, scan.HEAD_WINDOW)):
            (full, read_all), (ranged, read) = (_range_chunks(path, target, window, c) for c in (True, False))
            assert ranged == full and ranged[-1][2] == (body is not data), (target, window)
            if (target, window) == (40000, 4096) and body is data:   # (a cut-off file is read again for its lines)
                assert read < 0.5 * read_all, (read, read_all)
    gap = "<app:appearanceMember>" + "<!-- x -->\n" * 100_000 + "</app:appearanceMember>\n"
    assert len(gap) > scan.GAP_BYTES
    data = citygml(members[:30]).replace(b"</core:CityModel>", gap.encode() + b"".join(
        f" <core:cityObjectMember>\n{m}\n </core:cityObjectMember>\n".encode() for m in members[30:])
        + b"</core:CityModel>")
    path.write_bytes(data)
    for target, window in ((3000, 512), (40000, 1024), (1 << 20, scan.HEAD_WINDOW)):
        chunks, _read = _range_chunks(path, target, window, False)
        pieces = [data[c[0]:c[1]] for c in chunks]
        assert sum(p.count(b"<core:cityObjectMember>") for p in pieces) == 200
        assert all(p.startswith(b"<core:cityObjectMember>") and p.count(b"<core:cityObjectMember>")
                   == p.count(b"</core:cityObjectMember>") for p in pieces)   # (whole members only)


@pytest.mark.parametrize("workers", ["0", "2"])
def test_features_without_gml_id_are_named_after_their_file_line(store, tmp_path, monkeypatch, workers):
    """A chunk of a mapped file has no first line; one holding a feature without gml:id is parsed again with it,
    so the id names the feature's exact line however far into the file (and whoever parsed it)."""
    members = [building(f"bldg_{i}", lat=LAT0 + (i % 20) * 0.0005, lon=LON0 + (i // 20) * 0.0005) for i in range(120)]
    for i in (3, 77, 118):
        members[i] = members[i].replace(f'<bldg:Building gml:id="bldg_{i}">', "<bldg:Building>")
    members.append(road("", lat=LAT0 + 0.01).replace(' gml:id=""', ""))
    data = citygml(members)
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(data)
    text = data.decode().split("\n")
    starts = [n for n, line in enumerate(text, 1) if line.lstrip().startswith(("<bldg:Building>", "<tran:Road>"))]
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", workers)
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "8000")
    from_workers = workers_parse(monkeypatch)
    r = import_path(store, f)
    assert (from_workers[0] > 0) == (workers != "0")
    assert r.counts["buildings"] == 120
    ids = [row[0] for row in store.query("SELECT gml_id FROM buildings WHERE gml_id LIKE '%.gml:%' ORDER BY 1")]
    ids += [row[0] for row in store.query("SELECT gml_id FROM roads")]
    assert sorted(ids) == sorted(f"{f.name}:{n}" for n in starts) and len(starts) == 4
    assert any("without gml:id" in w for w in r.warnings)


def test_range_mode_chunks_are_byte_ranges_of_whole_members():
    members = [building(f"b{i}") for i in range(30)]
    data = citygml(members, appearance="<app:appearanceMember/>\n")
    sc = scan.Scanner(io.BytesIO(data), target_bytes=3000, block_bytes=4096, keep_data=False)
    sc.header()
    chunks = list(sc.chunks())
    assert len(chunks) > 3 and sum(data[c.start:c.end].count(b"<core:cityObjectMember>") for c in chunks) == 30
    for c, nxt in zip(chunks, chunks[1:] + [None]):
        piece = data[c.start:c.end]
        assert c.data is None and piece.startswith(b"<core:cityObjectMember>")
        assert piece.rstrip().endswith(b"</core:cityObjectMember>")
        assert data[:c.start].count(b"\n") + 1 == c.line0
        if nxt is not None:
            assert c.end == nxt.start
    assert b"appearanceMember" not in data[chunks[0].start:chunks[-1].end]


def test_progress_in_bytes_and_cancel_rolls_back(store, tmp_path, monkeypatch):
    root = _two_mesh_dataset(tmp_path / "ds", n=30)
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "20000")
    seen = []
    r = import_path(store, root, progress=lambda d, t, u, m: seen.append((d, t, u)))
    total = sum(p.stat().st_size for p in root.rglob("*.gml"))
    assert seen and all(u == "bytes" and t == total for _d, t, u in seen)
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen) and seen[-1][0] > 0.9 * total
    before = store.table_counts(), len(store.sources())
    cancel = threading.Event()

    def progress(done, total, unit, msg):
        cancel.set()  # the user presses Cancel after the first chunk

    with pytest.raises(ImportCancelled):
        import_path(store, root / "udx" / "bldg", progress=progress, cancel=cancel)
    assert (store.table_counts(), len(store.sources())) == before
    assert r.counts["buildings"] == 60


def test_generic_attributes_and_json(store, tmp_path):
    attrs = ('<gml:name>加賀温泉駅</gml:name><core:creationDate>2025-03-21</core:creationDate>'
             '<gen:stringAttribute name="備考"><gen:value>駅舎</gen:value></gen:stringAttribute>'
             '<gen:intAttribute name="棟数"><gen:value>3</gen:value></gen:intAttribute>'
             f'<bldg:usage codeSpace="{CL}Building_usage.xml">402</bldg:usage>'
             f'<bldg:usage codeSpace="{CL}Building_usage.xml">411</bldg:usage>'
             '<uro:bldgKeyValuePairAttribute><uro:KeyValuePairAttribute>'
             f'<uro:key codeSpace="{CL}KeyValuePairAttribute_key.xml">100</uro:key>'
             f'<uro:codeValue codeSpace="{CL}KeyValuePairAttribute_key100.xml">11</uro:codeValue>'
             '</uro:KeyValuePairAttribute></uro:bldgKeyValuePairAttribute>'
             '<bldg:address><core:Address><core:xalAddress><xAL:AddressDetails><xAL:Country>'
             '<xAL:CountryName>日本</xAL:CountryName><xAL:Locality><xAL:LocalityName>石川県加賀市作見町</xAL:LocalityName>'
             '</xAL:Locality></xAL:Country></xAL:AddressDetails></core:xalAddress></core:Address></bldg:address>')
    root = dataset(tmp_path / "ds", {"bldg/54363288_bldg_6697_op.gml": citygml([building("st", attrs=attrs)])},
                   {"Building_usage.xml": {"402": "商業施設", "411": "住宅"},
                    "KeyValuePairAttribute_key.xml": {"100": "駅区分"}})
    import_path(store, root)
    name, usage_code, usage, a = store.query("SELECT name, usage_code, usage, attributes FROM buildings")[0]
    assert (name, usage_code, usage) == ("加賀温泉駅", "402", "商業施設")
    a = json.loads(a)
    assert a["creationDate"] == "2025-03-21"
    assert a["generic"] == {"備考": "駅舎", "棟数": 3}
    assert a["usages"] == [{"code": "402", "label": "商業施設"}, {"code": "411", "label": "住宅"}]
    assert a["key_values"] == [{"key": "100", "key_label": "駅区分", "codeValue": "11"}]
    assert a["address"] == "日本 石川県加賀市作見町"


def test_no_chunk_goes_to_a_worker_that_has_not_started(store, tmp_path, monkeypatch):
    """Until a worker says it has loaded the parser, the main process parses the chunks itself, in order: an import
    whose workers never get ready is complete, all parsed here."""
    from importers.plateau import pipeline

    class NeverReady(set):
        def add(self, pid):
            pass

    real_init = pipeline.ChunkPool.__init__

    def init(self, n):
        real_init(self, n)
        self.ready = NeverReady()

    submitted = []
    monkeypatch.setattr(pipeline.ChunkPool, "__init__", init)
    monkeypatch.setattr(pipeline.ChunkPool, "submit", lambda self, task: submitted.append(task))
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "1")
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "8000")
    root = _two_mesh_dataset(tmp_path / "ds", n=30)
    r = import_path(store, root)
    assert r.counts["buildings"] == 60 and submitted == []
    assert store.query("SELECT count(DISTINCT gml_id) FROM buildings")[0][0] == 60
