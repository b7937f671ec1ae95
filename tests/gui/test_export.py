"""Export the selection as CSV and GeoPackage; legend painting with Japanese labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest
from PySide6.QtGui import QColor, QImage

from gui.export import ExportError, export_selection, paint_legend
from twin.style import LegendEntry


def test_export_selection_gpkg_and_csv(document, tmp_path):
    layer = document.layers[0]
    document.store.query("UPDATE buildings SET year_built = NULL WHERE id = 6")  # a gap in an integer column
    document.selection.set(layer.id, [5, 6, 40], origin="table")
    out = export_selection(document, tmp_path / "sel.gpkg")
    assert out == [("建物", 3, tmp_path / "sel.gpkg")]
    assert pyogrio.list_layers(tmp_path / "sel.gpkg")[0][0] == "建物"
    gdf = pyogrio.read_dataframe(tmp_path / "sel.gpkg", layer="建物")
    assert sorted(gdf["id"]) == [5, 6, 40]
    assert gdf.crs.to_epsg() == 6675
    assert set(gdf["usage"]) <= {"住宅", "商業施設", "業務施設", "共同住宅", "文教厚生施設"}
    assert gdf.geometry.area.round().tolist() == [100.0, 100.0, 100.0]
    # the flood summary goes with the buildings; integer columns stay integer fields
    assert gdf.set_index("id").loc[5, "max_flood_depth"] == 1.2 and gdf.set_index("id").loc[5, "risk_count"] == 2
    fields = dict(zip(*[pyogrio.read_info(tmp_path / "sel.gpkg", layer="建物")[k] for k in ("fields", "dtypes")]))
    assert fields["year_built"].startswith("int") and fields["risk_count"].startswith("int")

    out = export_selection(document, tmp_path / "sel.csv")
    raw = (tmp_path / "sel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")              # BOM: Excel reads the Japanese correctly
    df = pd.read_csv(tmp_path / "sel.csv", encoding="utf-8-sig")
    assert list(df["building_id"]) == ["17206-bldg-5", "17206-bldg-6", "17206-bldg-40"]
    assert {"latitude", "longitude", "geometry_wkt"} <= set(df.columns)
    assert np.all((df["latitude"] > 30) & (df["latitude"] < 40))
    year_text = raw.decode("utf-8-sig").splitlines()[1].split(",")[list(df.columns).index("year_built")]
    assert year_text == "" or "." not in year_text, year_text  # 1970, not 1970.0


def test_export_without_selection_says_so(document, tmp_path):
    with pytest.raises(ExportError, match="Nothing is selected"):
        export_selection(document, tmp_path / "x.gpkg")


def test_legend_is_painted_with_japanese_labels(qapp):
    img = QImage(800, 600, QImage.Format.Format_RGB32)
    img.fill(QColor(0, 0, 0))
    entries = [LegendEntry("住宅", "#f6d55c", "住宅", 10), LegendEntry("商業施設", "#e8384f", "商業施設", 3)]
    out = paint_legend(img, [("建物", "用途", entries)], title="加賀温泉駅")
    # the swatch colours appear in the legend box
    colors = {out.pixelColor(x, y).name() for x in range(0, 400) for y in range(0, 400)}
    assert "#f6d55c" in colors and "#e8384f" in colors
    # text was drawn: dark pixels inside the white box
    box = [out.pixelColor(x, y).lightness() for x in range(0, 300) for y in range(0, 60)]
    assert min(box) < 80 and max(box) > 200
