"""Bad inputs: a clear message naming the file and the line or feature, and the store exactly as before,
through the API and through the CLI (non-zero exit, no traceback)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from importers.plateau import pipeline
from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs, polygon
from twin.errors import InputError

GOOD = citygml([building("bldg_good", attrs=core_attrs())])


def _state(store):
    return store.table_counts(), [(s["id"], s["path"], s["sha256"]) for s in store.sources()]


def _with_bad_coordinate(token: str) -> tuple[bytes, int]:
    """Three buildings; the second one's roof has ``token`` inside a posList. Returns (file, line of it)."""
    members = [building(f"bldg_{i}", lat=LAT0 + i * 0.001) for i in range(3)]
    text = citygml(members).decode()
    lines = text.split("\n")
    # put every member on its own lines so the bad line is distinctive
    text = text.replace("<gml:posList>", "\n<gml:posList>")
    target = f"{LAT0 + 0.001 + 0.0001!r} {LON0 + 0.0001!r} 18.0"  # a roof corner of bldg_1
    assert target in text, target
    text = text.replace(target, target.replace("18.0", token), 1)
    line = next(i for i, l in enumerate(text.split("\n"), 1) if token in l and "posList" in l)
    del lines
    return text.encode(), line


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str, int | None, str | None]]:
    """name → (path, expected message part, expected line, expected feature)."""
    tmp.mkdir(parents=True, exist_ok=True)
    out = {}
    real_like = citygml([building(f"bldg_{i}", lat=LAT0 + i * 0.001) for i in range(4)])
    cut = real_like[: int(len(real_like) * 0.6)]
    p = tmp / "truncated_bldg_6697_op.gml"
    p.write_bytes(cut)
    out["truncated"] = (p, "the file ends early", cut.count(b"\n") + 1, None)
    p = tmp / "truncated_end_bldg_6697_op.gml"
    p.write_bytes(real_like[: real_like.rindex(b"</core:CityModel>")])
    out["truncated_end"] = (p, "the file ends early", real_like.count(b"\n"), None)
    p = tmp / "random.gml"
    p.write_bytes(os.urandom(5000))
    out["random"] = (p, "", None, None)
    p = tmp / "other.gml"
    p.write_bytes(b'<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>\n')
    out["not_citygml"] = (p, "not CityGML", 2, None)
    data, line = _with_bad_coordinate("1O.5")
    p = tmp / "nonnumeric_bldg_6697_op.gml"
    p.write_bytes(data)
    out["non_numeric"] = (p, "non-numeric coordinate '1O.5'", line, "bldg_1")
    data, line = _with_bad_coordinate("18.0 7.25")
    p = tmp / "odd_bldg_6697_op.gml"
    p.write_bytes(data)
    out["odd_count"] = (p, "not a multiple of 3", line, "bldg_1")
    p = tmp / "empty.gml"
    p.write_bytes(b"")
    out["empty"] = (p, "empty", None, None)
    d = tmp / "no_citygml_folder"
    (d / "docs").mkdir(parents=True)
    (d / "docs" / "readme.txt").write_text("nothing here")
    out["empty_folder"] = (d, "no CityGML", None, None)
    z = tmp / "no_citygml.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
        zf.writestr("udx/bldg/notes.xml", "<a/>")
    out["zip_without_gml"] = (z, "no CityGML", None, None)
    return out


@pytest.fixture
def filled_store(store, tmp_path):
    f = tmp_path / "good" / "54363288_bldg_6697_op.gml"
    f.parent.mkdir()
    f.write_bytes(GOOD)
    import_path(store, f)
    return store


def test_bad_inputs_are_refused_and_store_unchanged(filled_store, tmp_path):
    inputs = bad_inputs(tmp_path / "bad")
    assert len(inputs) == 9
    for name, (path, part, line, feature) in inputs.items():
        for forced in (True, False):
            before = _state(filled_store)
            with pytest.raises(InputError) as exc:
                import_path(filled_store, path, importer="plateau-citygml" if forced else None)
            err = exc.value
            where = f"{name} ({'forced' if forced else 'detected'}): {err}"
            assert str(path) in str(err), where
            # detection refuses random bytes, other XML, empty files and CityGML-less folders and zips before
            # any importer runs, with the registry's "not in a format Kaga Twin can import" message
            if forced or name in ("non_numeric", "odd_count", "truncated", "truncated_end"):
                assert part in err.problem, where
                if line is not None:
                    assert err.line == line, where
                if feature is not None:
                    assert err.feature == feature, where
            else:
                assert "not in a format Kaga Twin can import" in err.problem, where
            assert _state(filled_store) == before, where


def test_random_bytes_message_names_xml(filled_store, tmp_path):
    path = tmp_path / "r.gml"
    path.write_bytes(b"\x00\x01binary\xffjunk" * 100)
    with pytest.raises(InputError) as exc:
        import_path(filled_store, path, importer="plateau-citygml")
    assert "XML" in exc.value.problem and exc.value.line == 1


def test_bad_chunk_in_a_worker_reports_the_exact_line(store, tmp_path, monkeypatch):
    """Many chunks parsed by two worker processes; the bad one is far into the file."""
    members = [building(f"bldg_{i}", lat=LAT0 + (i % 50) * 0.0005, lon=LON0 + (i // 50) * 0.0005)
               for i in range(300)]
    bad = polygon([(LAT0, LON0, 1.0), (LAT0, LON0 + 0.0001, 1.0), (LAT0 + 0.0001, LON0, 1.0)]).replace(
        f"{LAT0!r} {LON0!r} 1.0 {LAT0!r}", f"{LAT0!r} {LON0!r} abc {LAT0!r}", 1)
    members[250] = members[250].replace("</bldg:Building>", "") + (
        f"<bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>\n{bad}\n</gml:surfaceMember>"
        "</gml:MultiSurface></bldg:lod2MultiSurface></bldg:Building>")
    data = citygml(members)
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(data)
    line = next(i for i, l in enumerate(data.decode().split("\n"), 1) if " abc " in l)
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "2")
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "20000")
    monkeypatch.setattr(pipeline, "PARSE_WHILE_WORKERS_START", False)   # (the chunks go to the workers at once)
    pools = []

    class RecordingPool(pipeline.ChunkPool):
        def __init__(self, n):
            super().__init__(n)
            pools.append(self)

    monkeypatch.setattr(pipeline, "ChunkPool", RecordingPool)
    with pytest.raises(InputError) as exc:
        import_path(store, f)
    assert len(pools) == 1 and len(pools[0].procs) == 2
    assert all(not p.is_alive() for p in pools[0].procs)  # stopped after the error
    assert exc.value.line == line and exc.value.feature == "bldg_250"
    assert "non-numeric coordinate 'abc'" in exc.value.problem
    assert store.table_counts()["buildings"] == 0 and store.sources() == []


def test_cli_bad_inputs_exit_nonzero_without_traceback(tmp_path):
    inputs = bad_inputs(tmp_path / "bad")
    project = tmp_path / "cli.duckdb"
    good = tmp_path / "good_bldg_6697_op.gml"
    good.write_bytes(GOOD)
    run = [sys.executable, "-c", "import sys; from main import main; sys.exit(main())", "import"]
    r = subprocess.run(run + [str(good), "--project", str(project)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    paths = [str(p) for p, *_ in inputs.values()]
    r = subprocess.run(run + paths + ["--project", str(project), "--importer", "plateau-citygml"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == len(inputs), r.stderr
    for (p, part, line, feature), err in zip(inputs.values(), errors):
        assert str(p) in err and part in err
        if line is not None:
            assert re.search(rf", line {line}\b", err), err
        if feature is not None:
            assert f"feature {feature}" in err
    r = subprocess.run([sys.executable, "-c", "import sys; from main import main; sys.exit(main())", "sql",
                        "SELECT count(*) AS n FROM buildings", "--project", str(project), "--format", "csv"],
                       capture_output=True, text=True)
    assert r.stdout.split() == ["n", "1"]
