"""One user choice in the Style panel is one style change of the layer (one restyle, one legend), and the kind's
own settings come from its parameter schema or its registered controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox

from gui.style_panel import StylePanel


def choose(combo, data) -> None:
    """Pick the item with ``data`` as a user does (``activated`` fires)."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


@pytest.fixture
def panel(document, qtbot):
    p = StylePanel(document)
    qtbot.addWidget(p)
    return p


def test_every_choice_is_one_style_event(document, panel):
    layer = document.layers[0]
    seen = []
    layer.events.style.connect(lambda new, old: seen.append((new, old)))
    # graduated: mode, attribute, colormap, method and breaks change together, in one event
    choose(panel.mode_combo, "graduated")
    assert len(seen) == 1
    assert layer.style.mode == "graduated" and layer.style.attribute == "measured_height"
    assert seen[0][0] is layer.style and seen[0][1] is not layer.style     # a new Style replaced the old one
    seen.clear()
    choose(panel.attribute_combo, "max_flood_depth")                      # attribute + its official classes
    assert len(seen) == 1 and (layer.style.attribute, layer.style.method) == ("max_flood_depth", "manual")
    seen.clear()
    choose(panel.colormap_combo, "magma")
    assert len(seen) == 1 and layer.style.colormap == "magma"
    seen.clear()
    choose(panel.method_combo, "quantile")
    assert len(seen) == 1
    seen.clear()
    panel.classes_spin.setValue(7)
    assert len(seen) == 1 and layer.style.classes == 7
    seen.clear()
    choose(panel.mode_combo, "categorized")
    assert len(seen) == 1 and layer.style.mode == "categorized"
    seen.clear()
    choose(panel.palette_combo, "Set2")
    assert len(seen) == 1
    # the panel still follows edits made elsewhere, in place
    seen.clear()
    layer.style.colormap = "viridis"
    assert len(seen) == 1


def test_one_choice_builds_the_legend_once(document, panel, monkeypatch):
    builds = []
    original = panel.refresh_legend
    monkeypatch.setattr(panel, "refresh_legend", lambda: (builds.append(1), original())[1])
    choose(panel.mode_combo, "graduated")
    assert len(builds) == 1
    assert panel.legend.count() == 5


def test_terrain_gets_its_exaggeration_from_the_schema(buildings_store, qtbot):
    from twin.document import TwinDocument
    from twin.layer import Layer

    doc = TwinDocument(buildings_store)
    doc.layers.append(Layer(name="地形", kind="terrain"))
    doc.layers.selection.active = doc.layers[0]
    panel = StylePanel(doc)
    qtbot.addWidget(panel)
    controls = panel.kind_controls
    assert controls is not None and not panel.kind_title.isHidden()
    assert set(controls.editors) == {"exaggeration"}                      # raster_id and max_size are hidden
    spin = controls.editors["exaggeration"]
    assert isinstance(spin, QDoubleSpinBox) and controls.labels["exaggeration"].text() == "Vertical exaggeration"
    assert (spin.minimum(), spin.maximum()) == (0.01, 50.0)
    seen = []
    doc.layers[0].events.params.connect(lambda *a: seen.append(a))
    spin.setValue(2.5)
    assert doc.layers[0].params["exaggeration"] == 2.5 and len(seen) == 1
    doc.layers[0].set_param("exaggeration", 3.0)                          # and back
    assert spin.value() == 3.0
    # rasters colour by value in classes: no categories
    item = panel.mode_combo.model().item(panel.mode_combo.findData("categorized"))
    assert not item.isEnabled()


def test_buildings_get_their_registered_controls(document, panel):
    from gui.plateau_controls import BuildingsControls

    controls = panel.kind_controls
    assert isinstance(controls, BuildingsControls)
    lod = controls.editors["lod"]
    assert isinstance(lod, QComboBox)
    assert [lod.itemText(i) for i in range(lod.count())] == ["LOD1 blocks only", "LOD2 where available, else LOD1"]
    choose(lod, 1)
    assert document.layers[0].params["lod"] == 1
    assert "lod1_geometry" not in controls.editors


def test_generic_controls_by_parameter_type(buildings_store, qtbot):
    """float → spin box, int → spin box, bool → check box (three states when optional), choice → combo."""
    from gui.kind_controls import controls_class, register_controls
    from gui.param_controls import ParamControls
    from twin.document import TwinDocument
    from twin.layer import Layer
    from twin.themes import Label, LayerKind, Param, Theme, registered

    kind = LayerKind(name="test_kind", label=Label("試験", "Test"), params=(
        Param("size", "float", 2.0, Label("大きさ", "Size"), minimum=0.0, maximum=10.0),
        Param("count", "int", 3, Label("数", "Count"), minimum=1, maximum=9),
        Param("flag", "bool", False, Label("旗", "Flag")),
        Param("auto", "bool", None, Label("自動", "Auto"), optional=True),
        Param("shape", "choice", "round", Label("形", "Shape"), choices=("round", "square")),
        Param("secret", "int", 0, hidden=True)))
    with registered(Theme(name="test_theme", title=Label("試験", "Test"), layer_kinds=(kind,))):
        assert controls_class("test_kind") is ParamControls                # nothing registered: the generic form
        doc = TwinDocument(buildings_store)
        layer = Layer(name="t", kind="test_kind")
        w = ParamControls(layer, doc)
        qtbot.addWidget(w)
        assert list(w.editors) == ["size", "count", "flag", "auto", "shape"]          # not the hidden one
        assert isinstance(w.editors["size"], QDoubleSpinBox) and isinstance(w.editors["count"], QSpinBox)
        assert isinstance(w.editors["flag"], QCheckBox) and isinstance(w.editors["shape"], QComboBox)
        assert w.editors["auto"].checkState() == Qt.CheckState.PartiallyChecked and w.editors["auto"].isTristate()
        w.editors["count"].setValue(5)
        w.editors["flag"].click()
        w.editors["auto"].click()                                          # automatic → off
        choose(w.editors["shape"], "square")
        assert layer.params == {"size": 2.0, "count": 5, "flag": True, "auto": False, "shape": "square", "secret": 0}
        layer.set_param("auto", None)
        assert w.editors["auto"].checkState() == Qt.CheckState.PartiallyChecked

        @register_controls("test_kind")
        class TestControls(ParamControls):
            pass

        assert controls_class("test_kind") is TestControls
        w.detach()


def test_param_labels_follow_the_ui_language(document, panel):
    from gui.i18n import install_language

    install_language("ja")
    assert panel.kind_controls.labels["lod"].text() == "詳細度"
    assert panel.kind_title.text() == "レイヤの設定"
    install_language("en")
    assert panel.kind_controls.labels["lod"].text() == "Level of detail"
