"""Style classification, colours, legends and state — no Qt, no VTK."""

from __future__ import annotations

import numpy as np
import pytest

from twin.style import Style, colormap_lut, hex_to_rgba, normalize_color, sample_colormap


def test_single_colour_gives_one_entry_and_uniform_colours():
    st = Style(color="#336699")
    cols = st.colors(None, n=4)
    assert cols.shape == (4, 4) and cols.dtype == np.uint8
    assert (cols == [0x33, 0x66, 0x99, 255]).all()
    assert [e.color for e in st.legend()] == ["#336699"]


def test_quantile_breaks_put_equal_counts_in_each_class():
    st = Style(mode="graduated", attribute="h", classes=4, method="quantile")
    v = np.arange(1, 101, dtype=float)
    cls = st.classify(v)
    assert np.bincount(cls.index) .tolist() == [25, 25, 25, 25]
    assert [e.count for e in cls.entries] == [25, 25, 25, 25]
    assert cls.entries[0].value[0] == 1 and cls.entries[-1].value[1] == 100


def test_equal_interval_breaks_have_equal_widths_and_classes_closed_on_the_right():
    st = Style(mode="graduated", attribute="h", classes=4, method="equal_interval")
    v = np.array([0.0, 1.0, 2.4, 2.6, 5.0, 9.9, 10.0])
    cls = st.classify(v)
    widths = [e.value[1] - e.value[0] for e in cls.entries]
    assert widths == pytest.approx([2.5] * 4)
    assert cls.index.tolist() == [0, 0, 0, 1, 1, 3, 3]      # mapclassify's classes: 5.0 ends (2.5, 5]


def test_graduated_nulls_and_nan_get_the_null_colour_and_entry():
    st = Style(mode="graduated", attribute="h", classes=3, null_color="#010203")
    v = [1.0, None, 2.0, float("nan"), 3.0, "x"]
    cls = st.classify(v)
    assert cls.index.tolist()[1] == -1 and cls.index.tolist()[3] == -1 and cls.index.tolist()[5] == -1
    cols = cls.colors()
    assert tuple(cols[1]) == (1, 2, 3, 255)
    assert cls.entries[-1].label == st.null_label and cls.entries[-1].count == 3


def test_graduated_colours_follow_the_colormap_ends():
    st = Style(mode="graduated", attribute="h", classes=5, colormap="viridis")
    cols = st.colors(np.linspace(0, 1, 50))
    assert tuple(cols[0][:3]) == hex_to_rgba("#440154")[:3]
    assert tuple(cols[-1][:3]) == hex_to_rgba("#fde725")[:3]
    rev = Style(mode="graduated", attribute="h", classes=5, colormap="viridis_r").colors(np.linspace(0, 1, 50))
    assert tuple(rev[0][:3]) == hex_to_rgba("#fde725")[:3]


def test_constant_values_make_one_class():
    st = Style(mode="graduated", attribute="h", classes=5)
    cls = st.classify([7.0, 7.0, 7.0])
    assert len([e for e in cls.entries if e.value is not None]) == 1
    assert (cls.index == 0).all()


def test_categorized_overrides_palette_and_is_stable():
    st = Style(mode="categorized", attribute="usage", categories={"住宅": "#ffff00"})
    vals = ["商業施設", "住宅", None, "住宅", "工場"]
    cls = st.classify(vals)
    labels = [e.label for e in cls.entries]
    assert labels == ["住宅", "商業施設", "工場", st.null_label]  # sorted by value, null last
    by_label = {e.label: e for e in cls.entries}
    assert by_label["住宅"].color == "#ffff00" and by_label["住宅"].count == 2
    cols = cls.colors()
    assert tuple(cols[1]) == (255, 255, 0, 255) and tuple(cols[3]) == (255, 255, 0, 255)
    assert tuple(cols[2]) == hex_to_rgba(st.null_color)
    # same data in another order → same colour per value
    cls2 = st.classify(list(reversed(vals)))
    assert {e.label: e.color for e in cls2.entries} == {e.label: e.color for e in cls.entries}


def test_categorized_numbers_are_compared_as_text():
    st = Style(mode="categorized", attribute="lod", categories={"2": "#00ff00"})
    cls = st.classify(np.array([1.0, 2.0, 2.0]))
    assert [e.label for e in cls.entries] == ["1", "2"]
    assert tuple(cls.colors()[1][:3]) == (0, 255, 0)


def test_too_many_categories_collapse_into_other():
    st = Style(mode="categorized", attribute="x", max_categories=3)
    vals = ["a"] * 5 + ["b"] * 4 + ["c"] * 3 + ["d"] * 2 + ["e"]
    cls = st.classify(vals)
    assert [e.label for e in cls.entries] == ["a", "b", st.other_label]
    assert cls.entries[-1].count == 6
    assert tuple(cls.colors()[-1]) == hex_to_rgba(st.other_color)


def test_validation_rejects_bad_values_and_keeps_the_old_ones():
    st = Style()
    with pytest.raises(ValueError):
        st.mode = "heatmap"
    with pytest.raises(ValueError):
        st.colormap = "nope"
    with pytest.raises(ValueError):
        st.classes = 0
    with pytest.raises(ValueError):
        st.color = "not a colour"
    with pytest.raises(ValueError):
        st.update(classes=3, method="jenks")
    assert st.mode == "single" and st.classes == 5 and st.method == "quantile"
    assert normalize_color("#ABC") == "#aabbcc"


def test_fields_emit_events_only_on_change():
    st = Style()
    seen = []
    st.events.colormap.connect(lambda new, old: seen.append((new, old)))
    st.colormap = "magma"
    st.colormap = "magma"
    assert seen == [("magma", "viridis")]
    cats = []
    st.events.categories.connect(lambda new, old: cats.append(new))
    st.set_category_color("住宅", "#010101")
    assert cats == [{"住宅": "#010101"}]


def test_to_dict_from_dict_round_trip():
    st = Style(mode="graduated", attribute="year_built", colormap="YlOrRd", classes=7, method="equal_interval",
               categories={"a": "#123456"}, null_label="なし")
    again = Style.from_dict(st.to_dict())
    assert again.to_dict() == st.to_dict()
    assert Style.from_dict({"mode": "categorized", "unknown_key": 1}).mode == "categorized"


def test_colormap_sampling_and_lut():
    rgb = sample_colormap("Greys", [0.0, 1.0])
    assert rgb[0].tolist() == [255, 255, 255] and rgb[1].tolist() == [0, 0, 0]
    lut = colormap_lut("viridis", 16)
    assert lut.shape == (16, 4) and (lut[:, 3] == 255).all()


def test_manual_breaks_with_an_open_last_class_and_json_state():
    import json

    st = Style(mode="graduated", attribute="max_flood_depth", method="manual", colormap="hazard",
               breaks=[0, 0.5, 3, 5, 10, 20, float("inf")])
    cls = st.classify([0.2, 0.5, 2.9, 4.0, 12.0, 35.0, None])
    assert cls.index.tolist() == [0, 1, 1, 2, 4, 5, -1]
    assert [e.label for e in cls.entries] == ["0 – 0.5", "0.5 – 3", "3 – 5", "5 – 10", "10 – 20", "20 –",
                                               st.null_label]
    assert cls.entries[0].color == "#f7f5a9" and cls.entries[5].color == "#dc7adc"   # MLIT rank colours
    again = Style.from_dict(json.loads(json.dumps(st.to_dict(), allow_nan=False)))
    assert again.breaks == st.breaks
    with pytest.raises(ValueError):
        st.breaks = [3, 1]


def test_update_changes_several_fields_with_one_event_through_the_layer():
    from twin.layer import Layer

    layer = Layer(kind="buildings")
    seen = []
    layer.events.style.connect(lambda new, old: seen.append((new.mode, new.attribute, new.colormap)))
    layer.style.update(mode="graduated", attribute="measured_height", colormap="YlOrRd", classes=5)
    assert seen == [("graduated", "measured_height", "YlOrRd")]
    layer.style.update(colormap="YlOrRd")                  # nothing changed: no event
    assert len(seen) == 1
    with pytest.raises(ValueError):
        layer.style.update(classes=5, mode="nonsense")     # validated first: nothing changes
    assert layer.style.classes == 5 and layer.style.mode == "graduated" and len(seen) == 1


# -- class breaks from mapclassify ----------------------------------------------------------------------------

SKEWED = np.array([2.6, 3.0, 3.5, 4.1, 4.4, 5.0, 5.5, 6.0, 6.5, 6.5, 7.0, 7.4, 7.6, 7.8, 7.9, 8.0, 8.2, 8.4,
                   9.0, 10.4, 11.0, 12.5, 15.0, 18.0, 24.0, 31.7, 36.6])


@pytest.mark.parametrize("method, make", [
    ("natural_breaks", lambda mc, x, k: mc.FisherJenks(x, k=k)),
    ("head_tail", lambda mc, x, k: mc.HeadTailBreaks(x)),
    ("quantile", lambda mc, x, k: mc.Quantiles(x, k=k)),
    ("equal_interval", lambda mc, x, k: mc.EqualInterval(x, k=k)),
])
def test_each_method_gives_mapclassifys_own_bins_and_classes(method, make):
    import warnings

    import mapclassify

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = make(mapclassify, SKEWED, 5)
    st = Style(mode="graduated", attribute="h", classes=5, method=method)
    cls = st.classify(SKEWED)
    edges = [e.value for e in cls.entries]
    assert [b for _, b in edges] == pytest.approx(list(ref.bins))
    assert edges[0][0] == SKEWED.min()
    assert cls.index.tolist() == ref.yb.tolist()                  # the same class per value
    assert [e.count for e in cls.entries] == list(ref.counts)


def test_head_tail_decides_its_own_number_of_classes():
    st = Style(mode="graduated", attribute="h", classes=3, method="head_tail")
    assert len(st.classify(SKEWED).entries) > 3


def test_manual_edges_are_closed_on_the_left():
    st = Style(mode="graduated", attribute="h", method="manual", breaks=[0, 5, 10, 40])
    assert st.classify([0.0, 4.9, 5.0, 10.0, 39.0]).index.tolist() == [0, 0, 1, 2, 2]


def test_methods_keep_nan_out_and_counts_sum_to_n():
    rng = np.random.default_rng(1)
    v = rng.lognormal(2.0, 0.6, 300)
    v[::7] = np.nan
    for method in ("natural_breaks", "head_tail", "quantile", "equal_interval"):
        cls = Style(mode="graduated", attribute="h", classes=5, method=method).classify(v)
        assert sum(e.count for e in cls.entries) == len(v), method
        assert cls.entries[-1].value is None and cls.entries[-1].count == int(np.isnan(v).sum())
        assert ((cls.index == -1) == np.isnan(v)).all()
        assert (cls.index[~np.isnan(v)] >= 0).all()


def test_fisher_jenks_on_many_values_classifies_a_deterministic_sample_but_counts_every_value():
    from twin.style import FISHER_JENKS_SAMPLE, class_breaks, fisher_jenks_sample

    rng = np.random.default_rng(2)
    v = rng.lognormal(2.0, 0.6, 5 * FISHER_JENKS_SAMPLE)
    sample = fisher_jenks_sample(v)
    assert len(sample) == FISHER_JENKS_SAMPLE and sample.min() == v.min() and sample.max() == v.max()
    assert (class_breaks(v, "natural_breaks", 5) == class_breaks(v[::-1].copy(), "natural_breaks", 5)).all()
    cls = Style(mode="graduated", attribute="h", classes=5, method="natural_breaks").classify(v)
    assert len(cls.entries) == 5 and sum(e.count for e in cls.entries) == len(v)


def test_fewer_distinct_values_than_classes():
    for method in ("natural_breaks", "quantile", "head_tail", "equal_interval"):
        cls = Style(mode="graduated", attribute="h", classes=5, method=method).classify([1.0, 1.0, 2.0, 2.0, 3.0])
        assert sum(e.count for e in cls.entries) == 5 and (cls.index >= 0).all(), method


def test_old_method_names_still_load():
    for method in ("quantile", "equal_interval", "manual"):
        assert Style.from_dict({"mode": "graduated", "method": method}).method == method


def _sample_heights(imported_sample_project):
    from twin.store import Store

    with Store(imported_sample_project, read_only=True) as s:
        return np.array([np.nan if r[0] is None else r[0] for r in s.query("SELECT measured_height FROM buildings")],
                        dtype=float)


def test_the_height_default_separates_houses_from_hotels_on_the_sample(imported_sample_project):
    """The measured problem: 5 quantiles put an 8 m house, the station and an 11-storey hotel in one class."""
    from twin.style import graduated_defaults

    heights = _sample_heights(imported_sample_project)
    assert np.nanmax(heights) >= 30
    st = Style(mode="graduated", attribute="measured_height", **graduated_defaults("measured_height"))
    assert st.method in ("natural_breaks", "head_tail")
    cls = st.classify(np.concatenate([heights, [8.0, 30.0, np.nanmax(heights)]]))
    house, tall, tallest = cls.index[-3:]
    assert house != tall and tall == tallest and house < tall
    assert sum(e.count for e in cls.entries) == len(heights) + 3
    # what quantiles did (the bug): the house and the 30 m building in one class
    q = Style(mode="graduated", attribute="measured_height", classes=5, method="quantile")
    assert len(set(q.classify(np.concatenate([heights, [8.0, 30.0]])).index[-2:])) == 1


def test_skewed_attributes_default_to_natural_breaks_or_head_tail():
    from twin.style import graduated_defaults

    for attr in ("measured_height", "total_floor_area", "storeys_above"):
        assert graduated_defaults(attr)["method"] in ("natural_breaks", "head_tail"), attr
    assert graduated_defaults("year_built")["method"] == "equal_interval"
    assert graduated_defaults("max_flood_depth")["method"] == "manual"


def test_the_default_classes_put_the_samples_houses_station_and_hotel_apart(imported_sample_project):
    """On the sample's own buildings: an 8 m house is not in the class of the station or the 11-storey hotel
    (5 quantiles put all three in 7.9–36.6 m)."""
    from twin.store import Store
    from twin.style import graduated_defaults

    with Store(imported_sample_project, read_only=True) as s:
        rows = s.query("SELECT name, usage, measured_height FROM buildings")
    heights = np.array([np.nan if r[2] is None else r[2] for r in rows], dtype=float)
    index = {r[0]: i for i, r in enumerate(rows) if r[0]}
    house = next(i for i, r in enumerate(rows) if r[1] == "住宅" and r[2] is not None and 7.9 < r[2] <= 8.5)
    station, hotel = index["加賀温泉駅"], index["ホテル温泉中央口"]
    st = Style(mode="graduated", attribute="measured_height", **graduated_defaults("measured_height"))
    cls = st.classify(heights)
    assert cls.index[house] < cls.index[station] <= cls.index[hotel]
    assert cls.index[hotel] == len(cls.palette) - 1                     # the tallest class
    q = Style(mode="graduated", attribute="measured_height", classes=5, method="quantile").classify(heights)
    assert q.index[house] == q.index[station] == q.index[hotel]          # the reported problem


def test_attributes_no_theme_knows_start_with_natural_breaks_and_shares_with_equal_intervals():
    from twin.style import default_method, graduated_defaults

    assert default_method("floor_area_m2") == default_method("price") == "natural_breaks"
    for attr in ("share_elderly", "vacancy_rate", "高齢化率", "空き家割合", "pct_green"):
        assert default_method(attr) == "equal_interval", attr
    assert graduated_defaults("some_count")["method"] == "natural_breaks"


def test_the_label_setting_is_saved_with_the_style_and_old_styles_load_without_it():
    st = Style(mode="categorized", attribute="usage", label_attribute="name")
    assert Style.from_dict(st.to_dict()).label_attribute == "name"
    old = {k: v for k, v in st.to_dict().items() if k != "label_attribute"}       # saved before labels existed
    assert Style.from_dict(old).label_attribute is None and Style.from_dict(old).attribute == "usage"
    with pytest.raises(ValueError):
        Style(label_attribute=3)
    seen = []
    st.events.label_attribute.connect(lambda *a: seen.append(a))
    st.label_attribute = None
    assert seen and st.label_attribute is None
