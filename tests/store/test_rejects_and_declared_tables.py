"""Rejected rows go to ``import_rejects`` inside the import transaction; an importer writes only the tables it
declares, and the summary lists exactly those."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from importers import registry
from twin.errors import InputError, StoreError
from twin.store.sources import REPORT_REJECTS, UndeclaredTableError, run_source_import


def source(tmp_path: Path, text: str = "x") -> Path:
    p = tmp_path / "rows.csv"
    p.write_text(text)
    return p


def run(store, src, body, tables=("buildings",)):
    return run_source_import(store, src, importer="csv-test", importer_version="1", files=[src], body=body,
                             tables=tables)


def rejects(store):
    return store.query("SELECT source_id, line, item, reason, raw FROM import_rejects ORDER BY line NULLS LAST, item")


def test_reject_and_skip_write_import_rejects_and_the_report(store, tmp_path):
    src = source(tmp_path)

    def body(w):
        w.insert_arrow("buildings", pa.table({"gml_id": ["b1"]}))
        for line in range(2, 2 + REPORT_REJECTS + 2):
            w.reject(line=line, reason=f"bad date on line {line}", raw=f"x,{line},not-a-date")
        w.skip("bldg_9", "no geometry")

    rep = run(store, src, body)
    n = REPORT_REJECTS + 2
    assert rep.rejected == n + 1 and len(rep.reject_samples) == REPORT_REJECTS
    assert rep.reject_samples[0] == {"line": 2, "item": None, "reason": "bad date on line 2"}
    assert rep.skipped == [{"item": "bldg_9", "reason": "no geometry"}]
    rows = rejects(store)
    assert len(rows) == n + 1 and {r[0] for r in rows} == {rep.source_id}
    assert rows[0] == (rep.source_id, 2, None, "bad date on line 2", "x,2,not-a-date")
    assert rows[-1] == (rep.source_id, None, "bldg_9", "no geometry", None)       # skip() writes a row too
    # the sources row keeps skips as before; import_rejects is not counted as features
    (src_row,) = store.sources()
    assert json.loads(src_row["skipped"]) == [{"item": "bldg_9", "reason": "no geometry"}]
    assert json.loads(src_row["feature_counts"]) == {"buildings": 1}
    text = "\n".join(rep.summary_lines())
    assert f"{n} row(s) rejected:" in text and "- line 2: bad date on line 2" in text
    assert "… and 2 more" in text and f"all {n + 1} kept in import_rejects" in text
    assert f"WHERE source_id = {rep.source_id}" in text


def test_rejects_go_with_the_import(store, tmp_path):
    src = source(tmp_path)

    def failing(w):
        w.reject(line=3, reason="short row")
        raise InputError(src, "broken", line=9)

    with pytest.raises(InputError):
        run(store, src, failing)
    assert rejects(store) == []                                  # rolled back with the import

    first = run(store, src, lambda w: w.reject(line=3, reason="short row"))
    again = run(store, src, lambda w: w.reject(item="row 4", reason="unknown class"))
    assert again.replaced_sources == [first.source_id]
    assert rejects(store) == [(again.source_id, None, "row 4", "unknown class", None)]   # re-import replaces


def test_many_rejects_are_written_in_batches(store, tmp_path, monkeypatch):
    import twin.store.sources as sources

    monkeypatch.setattr(sources, "REJECT_BATCH", 100)
    rep = run(store, source(tmp_path), lambda w: [w.reject(line=i, reason="bad") for i in range(1, 251)])
    assert rep.rejected == 250 and store.query("SELECT count(*), max(line) FROM import_rejects")[0] == (250, 250)


def test_reject_needs_a_reason(store, tmp_path):
    with pytest.raises(ValueError, match="needs a reason"):
        run(store, source(tmp_path), lambda w: w.reject(line=1, reason=" "))


def test_an_undeclared_table_is_refused_and_nothing_is_kept(store, tmp_path):
    def body(w):
        w.insert_arrow("buildings", pa.table({"gml_id": ["b1"]}))
        w.insert_arrow("roads", pa.table({"gml_id": ["r1"]}))

    with pytest.raises(UndeclaredTableError, match=r"importer csv-test wrote to table 'roads', which it does not "
                                                   r"declare in its Importer\.tables \(buildings\)"):
        run(store, source(tmp_path), body)
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 0 and store.sources() == []
    with pytest.raises(UndeclaredTableError, match=r"writer\.reject\(\)"):
        run(store, source(tmp_path), lambda w: w.insert_arrow("import_rejects", pa.table({"reason": ["x"]})))


def test_the_summary_lists_exactly_the_declared_tables(store, tmp_path):
    rep = run(store, source(tmp_path), lambda w: w.insert_arrow("roads", pa.table({"gml_id": ["r1", "r2"]})),
              tables=("roads", "road_surfaces"))
    assert rep.counts == {"roads": 2} and rep.tables == ("roads", "road_surfaces")
    lines = rep.summary_lines()
    listed = [ln.split()[0] for ln in lines[1:] if ln.startswith("  ") and ln.split()[-1].replace(",", "").isdigit()]
    assert listed == ["roads", "road_surfaces"]
    assert any(ln.split() == ["road_surfaces", "0"] for ln in lines)


def test_a_declared_table_the_project_lacks_is_a_clear_error(store, tmp_path):
    with pytest.raises(StoreError, match=r"the csv-test importer writes the table\(s\) nowhere_table, which the "
                                         r"project .* does not have"):
        run(store, source(tmp_path), lambda w: None, tables=("buildings", "nowhere_table"))
    assert store.sources() == []


def test_importers_must_declare_tables_and_builtin_ones_do():
    class NoTables(registry.Importer):
        name = "no-tables"
        version = "1"
        label = "No tables"

        def sniff(self, path):
            return 0.0

        def read(self, path, writer, options):
            pass

    with pytest.raises(TypeError, match="declares no tables"):
        registry.register(NoTables)
    assert "no-tables" not in {i.name for i in registry.all_importers()}
    declared = {i.name: i.tables for i in registry.all_importers()}
    assert declared["plateau-citygml"] == ("buildings", "building_surfaces", "building_risks", "roads",
                                           "road_surfaces")
    assert declared["geotiff"] == ("rasters",)
