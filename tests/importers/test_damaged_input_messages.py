"""What a user reads about damaged inputs, made from a real PLATEAU file (copies cut or spoiled in tmp_path):
a cut-off GML says where the file ends, a damaged zip says the archive is damaged, and missing code lists are
one summary line (API and CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from importers.registry import import_path
from twin.errors import InputError
from twin.messages import set_language

REAL = "52397519_bldg_6697_op.gml"
ROOT = Path(__file__).resolve().parents[2]


def _state(store):
    return store.table_counts(), len(store.sources())


def _import_error(store, path) -> InputError:
    before = _state(store)
    with pytest.raises(InputError) as exc:
        import_path(store, path)
    assert _state(store) == before   # the project is exactly as it was
    return exc.value


def test_a_cut_off_gml_says_it_ends_early_at_its_last_line(store, shared_plateau, tmp_path):
    data = (shared_plateau / REAL).read_bytes()
    cut = data[:300_000]
    f = tmp_path / REAL
    f.write_bytes(cut)
    err = _import_error(store, f)
    last = cut.count(b"\n") + 1
    assert err.line == last
    assert f"the file ends early (at line {last})" in err.problem
    assert "mismatch" not in str(err) and "CityModel" not in str(err)
    assert str(f) in str(err)


def test_a_gml_cut_before_its_closing_tag_says_so(store, shared_plateau, tmp_path):
    data = (shared_plateau / REAL).read_bytes()
    f = tmp_path / REAL
    f.write_bytes(data[:data.rindex(b"</core:CityModel>")])
    err = _import_error(store, f)
    assert "the file ends early" in err.problem and "</core:CityModel>" in err.problem


def test_the_cut_off_message_speaks_japanese(store, shared_plateau, tmp_path):
    f = tmp_path / REAL
    f.write_bytes((shared_plateau / REAL).read_bytes()[:300_000])
    set_language("ja")
    try:
        err = _import_error(store, f)
    finally:
        set_language("en")
    assert "途中で終わっています" in err.problem


def _dataset_zip(shared_plateau: Path, tmp_path: Path) -> bytes:
    z = tmp_path / "src.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(shared_plateau / REAL, f"udx/bldg/{REAL}")
    return z.read_bytes()


def test_a_zip_cut_in_half_is_a_damaged_archive(store, shared_plateau, tmp_path):
    data = _dataset_zip(shared_plateau, tmp_path)
    f = tmp_path / "14201_yokosuka-shi_2023_citygml_1_op.zip"
    f.write_bytes(data[: len(data) // 2])
    err = _import_error(store, f)
    assert "the archive is damaged" in err.problem and "cut off" in err.problem
    assert "not in a format" not in err.problem


def test_a_zip_with_spoiled_data_is_a_damaged_archive_not_a_traceback(store, shared_plateau, tmp_path):
    data = bytearray(_dataset_zip(shared_plateau, tmp_path))
    data[200:400] = b"\0" * 200        # inside the compressed member; the table of contents is intact
    f = tmp_path / "spoiled.zip"
    f.write_bytes(bytes(data))
    err = _import_error(store, f)
    assert "the archive is damaged" in err.problem


def test_missing_code_lists_are_one_summary_line(store, shared_plateau, tmp_path):
    f = tmp_path / "alone" / REAL          # copied out of its dataset: no codelists folder anywhere
    f.parent.mkdir()
    f.write_bytes((shared_plateau / REAL).read_bytes())
    r = import_path(store, f)
    lines = [w for w in r.warnings if "code list" in w]
    assert len(lines) == 1, r.warnings
    assert lines[0].startswith("15 code lists not found")
    for name in ("Building_usage.xml", "Common_localPublicAuthorities.xml", "KeyValuePairAttribute_key107.xml"):
        assert name in lines[0]
    assert r.counts["buildings"] == 13


def test_the_cli_prints_one_code_list_line(shared_plateau, tmp_path):
    f = tmp_path / "alone" / REAL
    f.parent.mkdir()
    f.write_bytes((shared_plateau / REAL).read_bytes())
    env = {**os.environ, "KAGA_TWIN_HOME": str(tmp_path / "home"), "KAGA_TWIN_LANG": "en"}
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(f), "--project",
                          str(tmp_path / "p.duckdb")], capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    out = res.stdout + res.stderr
    assert out.count("code list") == 1 and "15 code lists not found" in out
