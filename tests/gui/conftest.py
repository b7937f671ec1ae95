"""Fixtures for widget tests: isolated QSettings, English UI by default, small stores built with SQL."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from twin.store import Store


def pytest_configure(config):
    # The GL surface format and context sharing must be set before the QApplication and any window exist.
    if QApplication.instance() is None:
        from gui.app import prepare_qt

        prepare_qt()


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path, monkeypatch):
    """QSettings in a temporary folder; the UI language starts as English for every test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("KagaTwinTests")
    QCoreApplication.setApplicationName("kaga-twin-tests")
    from gui.i18n import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fail a test that leaves top-level widgets behind (qtbot.addWidget closes the ones it is given)."""
    from PySide6.QtCore import QEvent

    def drain():
        for _ in range(3):
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()

    drain()
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    drain()
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before]
    names = [f"{type(w).__name__}:{w.objectName()}" for w in leaked]
    for w in leaked:  # do not let one leak fail the following tests too
        w.close()
        w.deleteLater()
    drain()
    assert not leaked, f"test left windows behind: {names}"


def fill_buildings(store: Store, n: int, *, seed: int = 0) -> None:
    """``n`` buildings with usage, height and year; ids 1..n."""
    usages = ["住宅", "商業施設", "業務施設", "共同住宅", "文教厚生施設"]
    store.query(
        """INSERT INTO buildings (id, gml_id, building_id, usage_code, usage, measured_height, year_built,
                                  storeys_above, source_id)
           SELECT i, 'bldg_' || i, '17206-bldg-' || i, CAST(411 + i % 5 AS VARCHAR),
                  list_extract(?::VARCHAR[], (i % 5) + 1), round(3.0 + (i * 7919 % 400) / 10.0, 1),
                  CASE WHEN i % 7 = 0 THEN NULL ELSE 1950 + i % 70 END, 1 + i % 9, 1
           FROM range(1, ? + 1) t(i)""", [usages, n])


@pytest.fixture
def buildings_store(store):
    fill_buildings(store, 1234)
    return store


def add_risks_and_footprints(store: Store) -> None:
    """Footprints (10 m squares on a grid near the station) and flood-risk rows for building 5."""
    store.query("""UPDATE buildings SET footprint = ST_GeomFromText(
                     'POLYGON((' || (-27000 + (id % 40) * 20) || ' ' || (35000 + (id // 40) * 20) || ', '
                     || (-26990 + (id % 40) * 20) || ' ' || (35000 + (id // 40) * 20) || ', '
                     || (-26990 + (id % 40) * 20) || ' ' || (35010 + (id // 40) * 20) || ', '
                     || (-27000 + (id % 40) * 20) || ' ' || (35010 + (id // 40) * 20) || ', '
                     || (-27000 + (id % 40) * 20) || ' ' || (35000 + (id // 40) * 20) || '))')""")
    store.query("""INSERT INTO building_risks (gml_id, risk_type, description_code, description, rank_code, rank,
                                               depth_m, scale, source_id) VALUES
                   ('bldg_5', 'river_flood', '1', '動橋川', '2', '0.5m以上3m未満', 1.2, 'L2', 1),
                   ('bldg_5', 'landslide', NULL, NULL, NULL, NULL, NULL, NULL, 1)""")


@pytest.fixture
def document(buildings_store):
    from twin.document import TwinDocument, default_style
    from twin.layer import Layer

    add_risks_and_footprints(buildings_store)
    doc = TwinDocument(buildings_store)
    doc.layers.append(Layer(name="建物", kind="buildings", source="buildings", style=default_style("buildings")))
    doc.layers.selection.active = doc.layers[0]
    return doc
