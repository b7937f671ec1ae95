"""File ▸ Open area from lake… (issue 12, "Use a lake"): the dialog lists the lake's cities, gives the area as
importer options, refuses a folder that is not a lake, and the area opens through the window's import machinery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui.lake_dialog import LakeAreaDialog, area_crs
from gui.workers import ImportInput
from twin.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "17206_kaga-shi_city_2024_citygml_1_op"


@pytest.fixture(scope="module")
def lake(tmp_path_factory) -> Path:
    """A lake of the Kaga sample built with the lake's own task function (importers.lake.build.build_source)."""
    from importers.lake.build import build_source, plan
    from twin.lake import manifest as mf

    lake = tmp_path_factory.mktemp("lake") / "lake"
    lake.mkdir()
    manifest = mf.read_manifest(lake)
    todo, _ = plan([SAMPLE], manifest)
    for src, sha in todo:
        mf.record(manifest, build_source(src.path, lake, sha))
    mf.write_manifest(lake, manifest)
    return lake


def _ok(dlg: LakeAreaDialog):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_dialog_lists_cities_and_gives_the_area(qtbot, qtmodeltester, lake):
    dlg = LakeAreaDialog(None, lake, suggested_project="/tmp/x.duckdb")
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.cities.model(), force_py=True)
    rows = [[dlg.cities.topLevelItem(0).text(c) for c in range(3)]]
    assert dlg.cities.topLevelItemCount() == 1 and rows == [["17206", "kaga-shi", "3,050"]]
    assert "Cities: 1, buildings: 3,050" in dlg.status.text()
    assert dlg.options() == {"city": "17206"} and _ok(dlg).isEnabled()
    # the box starts as the lake's extent; a box gives the bbox option
    x0, y0, x1, y1 = dlg.bbox()
    assert 136.3 < x0 < x1 < 136.4 and 36.3 < y0 < y1 < 36.4
    dlg.set_bbox(136.35, 36.32, 136.36, 36.33)
    assert dlg.options() == {"bbox": "136.35,36.32,136.36,36.33"}   # one spelling per box (it names the source)
    assert not dlg.cities.isEnabled() and all(s.isEnabled() for s in dlg.spins)
    dlg.set_bbox(136.36, 36.32, 136.35, 36.33)   # west east of east
    assert not _ok(dlg).isEnabled()
    assert dlg.select_city("17206") and _ok(dlg).isEnabled()
    # a new project file needs a name
    dlg.new_radio.setChecked(True)
    dlg.new_edit.setText("")
    assert not _ok(dlg).isEnabled()
    dlg.new_edit.setText("/tmp/area.duckdb")
    assert dlg.into_new() and dlg.new_path() == Path("/tmp/area.duckdb") and _ok(dlg).isEnabled()
    assert area_crs(lake, dlg.options()) == "EPSG:6675"


def test_dialog_refuses_a_folder_that_is_not_a_lake(qtbot, tmp_path):
    dlg = LakeAreaDialog(None, tmp_path, has_project=False)
    qtbot.addWidget(dlg)
    assert not dlg.set_lake(tmp_path)
    assert "is not a lake: it has no _manifest.json" in dlg.status.text()
    assert dlg.cities.topLevelItemCount() == 0 and not _ok(dlg).isEnabled()
    assert not dlg.this_radio.isEnabled() and dlg.into_new()


def test_area_opens_through_the_import_machinery(qtbot, lake, tmp_path):
    from gui.import_dialog import ImportController

    store = Store(tmp_path / "p.duckdb")
    try:
        ctrl = ImportController(None, store, [ImportInput(lake, "plateau-lake", {"bbox": "136.35,36.32,136.36,36.33"})],
                                show_messages=False)
        with qtbot.waitSignal(ctrl.finished, timeout=120_000) as sig:
            ctrl.start()
        outcome = sig.args[0]
        assert outcome.ok, outcome.errors
        n = store.query("SELECT count(*) FROM buildings")[0][0]
        assert 0 < n < 3050 and outcome.reports[0].counts["buildings"] == n
        assert store.crs == "EPSG:6675"
        ctrl.deleteLater()
    finally:
        store.close()


class _Host:
    """What open_area_from_lake asks of the main window: the store, new_project, import_paths (the real
    ImportController) and the viewport's fit_bounds."""

    def __init__(self, store=None):
        self.store = store
        self.framed = []
        self.ctrl = None
        self.viewport = self
        self.made = []

    def new_project(self, path, crs=None):
        self.made.append((Path(path), crs))
        self.store = Store(path, crs=crs)
        return True

    def import_paths(self, inputs):
        from gui.import_dialog import ImportController

        self.ctrl = ImportController(None, self.store, list(inputs), show_messages=False)
        self.ctrl.start()
        return self.ctrl

    def fit_bounds(self, bounds, min_radius=60.0):
        self.framed.append(bounds)
        return True


def test_open_area_from_lake_into_a_new_project_frames_the_area(qtbot, lake, tmp_path, monkeypatch):
    import gui.lake_dialog as ld

    target = tmp_path / "area.duckdb"

    def choose(self):
        assert not self.this_radio.isEnabled()   # no project open: only a new one
        self.new_edit.setText(str(target))
        self.set_bbox(136.35, 36.32, 136.36, 36.33)
        return 1

    monkeypatch.setattr(ld.LakeAreaDialog, "exec", choose)
    host = _Host()
    try:
        ld.open_area_from_lake(host, lake)
        assert host.made == [(target, "EPSG:6675")]
        with qtbot.waitSignal(host.ctrl.finished, timeout=120_000) as sig:
            pass
        assert sig.args[0].ok
        n = host.store.query("SELECT count(*) FROM buildings")[0][0]
        x0, x1, y0, y1, z0, z1 = host.framed[-1]
        ext = host.store.query("SELECT min(ST_XMin(footprint)), max(ST_XMax(footprint)), min(ST_YMin(footprint)), "
                               "max(ST_YMax(footprint)) FROM buildings")[0]
        assert 0 < n < 3050
        assert x0 <= ext[0] and x1 >= ext[1] and y0 <= ext[2] and y1 >= ext[3]
        assert x1 - x0 < 2000 and y1 - y0 < 2000 and z1 > z0   # the box, not the whole city
        host.ctrl.deleteLater()
    finally:
        if host.store is not None:
            host.store.close()
