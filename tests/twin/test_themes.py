"""The theme registry: built-in themes, lookups, typed parameters, registering and unregistering a theme."""

from __future__ import annotations

import pytest

from twin import themes
from twin.layer import Layer
from twin.style import graduated_defaults
from twin.themes import Label, LayerKind, Param, TableSpec, Theme


def test_builtin_themes_declare_the_tables_kinds_and_labels():
    assert [t.name for t in themes.themes()][:3] == ["core", "terrain", "plateau"]
    assert set(themes.feature_tables()) >= {"buildings", "building_surfaces", "building_risks", "roads",
                                            "road_surfaces", "rasters", "import_rejects"}
    assert "import_rejects" not in themes.counted_tables()
    assert {k.name for k in themes.layer_kinds()} >= {"buildings", "roads", "terrain", "raster", "vector"}
    assert themes.attribute_label("measured_height", "ja") == "計測高さ (m)"
    assert themes.attribute_label("measured_height", "en") == "Measured height (m)"
    assert themes.attribute_label("no_such_column", "ja") == "no_such_column"
    assert themes.value_label("risk_type", "river_flood", "ja") == "洪水浸水想定"
    assert themes.table_label("building_risks", "en") == "risk records"


def test_refresh_rules_and_official_class_edges():
    assert themes.kinds_to_refresh({"building_risks"}) == {"buildings"}
    assert {"terrain", "raster", "roads"} <= themes.kinds_to_refresh({"rasters"})
    assert themes.kinds_to_refresh({"sources"}) == set()
    assert graduated_defaults("max_flood_depth") == {"colormap": "hazard", "method": "manual",
                                                     "breaks": [0.0, 0.5, 3.0, 5.0, 10.0, 20.0, float("inf")]}
    assert graduated_defaults("year_built")["method"] == "equal_interval"
    assert graduated_defaults("max_flood_depth", "viridis")["method"] == "natural_breaks"   # the user's ramp over the default method


def test_layer_params_are_typed_by_the_kind_schema():
    lay = Layer(kind="terrain", params={"exaggeration": "2.5"})
    assert lay.params["exaggeration"] == 2.5 and isinstance(lay.params["exaggeration"], float)
    with pytest.raises(ValueError, match="at least 0.01"):
        lay.set_param("exaggeration", 0)
    with pytest.raises(ValueError, match="has no parameter 'lod'"):
        lay.set_param("lod", 1)
    b = Layer(kind="buildings")
    with pytest.raises(ValueError, match="one of 1, 2"):
        b.set_param("lod", 3)
    b.set_param("lod", "1")
    assert b.params["lod"] == 1
    with pytest.raises(ValueError, match="layer kind must be one of"):
        Layer(kind="nonsense")


def test_a_theme_registers_and_unregisters_its_kind_tables_and_labels():
    kind = LayerKind("test_things", Label("もの", "Things"), default_source="things",
                     params=(Param("size", "int", 3, minimum=1),))
    theme = Theme("test", Label("テスト", "Test"), tables=(TableSpec("things", Label("もの", "things")),),
                  layer_kinds=(kind,), labels={"weight": Label("重さ", "Weight")})
    with themes.registered(theme):
        assert "things" in themes.feature_tables()
        assert themes.theme_of_kind("test_things") is theme
        lay = Layer(kind="test_things")
        assert lay.source == "things" and lay.params == {"size": 3}
        assert themes.attribute_label("weight", "ja") == "重さ"
    assert "things" not in themes.feature_tables()
    with pytest.raises(ValueError):
        Layer(kind="test_things_unknown")


def test_names_cannot_be_taken_from_another_theme():
    clash = Theme("clash", Label("x", "x"), tables=(TableSpec("buildings", Label("x", "x")),))
    with pytest.raises(ValueError, match="table 'buildings' belongs to another theme"):
        themes.register_theme(clash)
    assert themes.theme_of_table("buildings").name == "plateau"
