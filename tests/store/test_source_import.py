"""One import = one transaction: replace on re-import, rollback on error or cancel, nothing partial."""

from __future__ import annotations

import json
import threading

import numpy as np
import pyarrow as pa
import pytest
import shapely

from twin.errors import ImportCancelled, InputError, StoreError
from twin.store import Store
from twin.store.sources import run_source_import


def squares(n: int, offset: float = 0.0, ring_points: int = 5) -> pa.Table:
    """n buildings with square footprints (real WKB through shapely)."""
    xs = np.arange(n, dtype=float) * 20 + offset
    polys = [shapely.box(x, 0, x + 10, 10) if ring_points == 5 else
             shapely.Point(x, 0).buffer(5, quad_segs=ring_points) for x in xs]
    return pa.table({"gml_id": [f"bldg_{offset:.0f}_{i}" for i in range(n)],
                     "measured_height": np.full(n, 9.5),
                     "footprint": shapely.to_wkb(polys)})


def counts(store: Store) -> dict:
    return store.table_counts()


def run(store, src, table, *, fail_after=False, cancel=None, name="test"):
    def body(w):
        w.insert_arrow("buildings", table, geometry_columns=["footprint"])
        w.warn("a warning")
        w.warn("said once", once_key="k")
        w.warn("said once", once_key="k")
        w.skip("bldg_x", "no geometry")
        w.progress(1, 2)
        if fail_after:
            raise InputError(src, "bad thing", line=12)
    return run_source_import(store, src, importer=name, importer_version="1", files=[src], body=body, cancel=cancel)


def test_import_records_source_counts_warnings_and_skips(store, tmp_path):
    src = tmp_path / "a.gml"
    src.write_text("x")
    rep = run(store, src, squares(5))
    assert rep.counts == {"buildings": 5}
    assert rep.warnings == ["a warning", "said once"]
    assert rep.skipped == [{"item": "bldg_x", "reason": "no geometry"}]
    (row,) = store.sources()
    assert row["path"] == str(src) and row["importer"] == "test" and len(row["sha256"]) == 64
    assert json.loads(row["feature_counts"]) == {"buildings": 5}
    assert json.loads(row["skipped"])[0]["reason"] == "no geometry"
    area = store.query("SELECT sum(ST_Area(footprint)) FROM buildings")[0][0]
    assert area == pytest.approx(500.0)


def test_reimport_replaces_rows_never_duplicates(store, tmp_path):
    src = tmp_path / "a.gml"
    src.write_text("x")
    run(store, src, squares(5))
    rep = run(store, src, squares(3))
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 3
    assert len(store.sources()) == 1 and rep.replaced_sources
    # the same content under another name (same importer) is the same source too
    copy = tmp_path / "copy.gml"
    copy.write_text("x")
    run(store, copy, squares(4))
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 4


def test_other_sources_are_untouched(store, tmp_path):
    a, b = tmp_path / "a.gml", tmp_path / "b.gml"
    a.write_text("a")
    b.write_text("b")
    run(store, a, squares(5, offset=0))
    run(store, b, squares(2, offset=1000))
    run(store, a, squares(1, offset=0))
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 3
    assert len(store.sources()) == 2


def test_error_rolls_back_everything(store, tmp_path):
    a = tmp_path / "a.gml"
    a.write_text("a")
    run(store, a, squares(5))
    before = counts(store)
    with pytest.raises(InputError, match=r"a\.gml, line 12: bad thing"):
        run(store, a, squares(50), fail_after=True)
    assert counts(store) == before
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 5


def test_cancel_rolls_back(store, tmp_path):
    a = tmp_path / "a.gml"
    a.write_text("a")
    ev = threading.Event()
    ev.set()
    before = counts(store)
    with pytest.raises(ImportCancelled):
        run(store, a, squares(10), cancel=ev)
    assert counts(store) == before


def test_import_from_a_worker_thread_cursor(store, tmp_path):
    a = tmp_path / "a.gml"
    a.write_text("a")
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("rep", run(store, a, squares(7))))
    t.start()
    t.join()
    assert out["rep"].counts == {"buildings": 7}
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 7


def test_disk_full_during_import_is_a_clear_error_and_store_unchanged(small_fs, tmp_path):
    path = small_fs / "p.duckdb"
    src = tmp_path / "big.gml"
    src.write_text("x")
    with Store(path) as s:
        run(s, src, squares(10))
        before = counts(s)
        big = squares(40_000, offset=1e6, ring_points=64)  # ~40 MB of WKB, far more than the disk holds
        with pytest.raises(StoreError, match="disk .* is full"):
            run(s, src, big)
    with Store(path, read_only=True) as s:
        assert counts(s) == before


def test_read_only_filesystem(remountable_fs, tmp_path):
    mnt, remount_ro = remountable_fs
    path = mnt / "p.duckdb"
    src = tmp_path / "a.gml"
    src.write_text("x")
    with Store(path) as s:
        run(s, src, squares(3))
    remount_ro()
    with Store(path) as s:
        assert s.read_only
        assert s.query("SELECT count(*) FROM buildings")[0][0] == 3
        with pytest.raises(StoreError, match="read-only"):
            run(s, src, squares(5))
    with pytest.raises(StoreError, match="read-only"):
        Store(mnt / "new.duckdb")
