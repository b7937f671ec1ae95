"""The road-damage theme: citizen reports (Open311 GeoReport v2 JSON/CSV, FixMyStreet CSV, Japanese municipal
CSV exports), AI detections (RDD classes D00 … D50) and patrol finds in one ``road_reports`` table
(``importers/road_reports.py``), drawn as points that appear on the clock when they were received
(``layers/road_reports.py``). Statuses are mapped onto 受付済 / 対応中 / 対応済 (the original kept in
``status_raw``). The analysis ``repair-priority`` (``twin/repairs.py``) snaps reports to road segments
(``segment_id``, ``distance_m``, ``flagged``), groups them into repair cases (``case_id``, ``repair_cases``) and
ranks the cases (``repair_segments`` sums them per segment)."""

from __future__ import annotations

from twin.repairs import REPAIR_PRIORITY
from twin.style import Style
from twin.themes.core import vector_params
from twin.themes.registry import Label, LayerKind, SearchSpec, TableSpec, Theme, TimeSpec

L = Label

#: the three statuses every format is mapped onto
STATUSES = ("受付済", "対応中", "対応済")
STATUS_COLORS = {"受付済": "#d7191c", "対応中": "#fdae61", "対応済": "#1a9641"}

#: Road Damage Dataset classes (Sekimoto lab; JRA 2013 definitions)
RDD_CLASSES = {
    "D00": L("縦ひび割れ (車輪走行部)", "Longitudinal crack (wheel mark)"),
    "D01": L("縦ひび割れ (施工継目)", "Longitudinal crack (construction joint)"),
    "D10": L("横ひび割れ (等間隔)", "Transverse crack (equal interval)"),
    "D11": L("横ひび割れ (施工継目)", "Transverse crack (construction joint)"),
    "D20": L("亀甲状ひび割れ", "Alligator crack"),
    "D40": L("わだち掘れ・段差・ポットホール・剥離", "Rutting, bump, pothole, separation"),
    "D43": L("横断歩道のかすれ", "Crosswalk blur"),
    "D44": L("白線のかすれ", "White-line blur"),
    "D50": L("マンホール・ハンドホール", "Manhole / handhole"),
}
RDD_COLORS = {"D00": "#fee08b", "D01": "#fdd049", "D10": "#fdae61", "D11": "#f99150", "D20": "#f46d43",
              "D40": "#d73027", "D43": "#74add1", "D44": "#4575b4", "D50": "#999999"}

ROAD_REPORTS = LayerKind(
    name="road_reports", label=L("道路損傷の通報", "Road damage reports"), default_source="road_reports",
    default_name=L("道路損傷の通報", "道路損傷の通報"), stack=70,
    present_sql="SELECT count(*) FROM road_reports", icon_color="#d7191c", icon_shape="points",
    time=TimeSpec("received_at", "instant", window=False), needs_dem=True,
    default_style=lambda: Style(mode="categorized", attribute="status", categories=dict(STATUS_COLORS),
                                color="#808080"),
    params=vector_params(point_size={"default": 10.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 1.0}, drape={"default": True}))

REPAIR_SEGMENTS = LayerKind(
    name="repair_segments", label=L("補修優先度 (道路区間)", "Repair priority by segment"),
    default_source="repair_segment_map", default_name=L("補修優先度 (道路区間)", "補修優先度 (道路区間)"), stack=14,
    present_sql="SELECT count(*) FROM repair_segments", icon_color="#bd0026", icon_shape="line", needs_dem=True,
    default_style=lambda: Style(mode="graduated", attribute="priority_sum", colormap="YlOrRd", classes=5,
                                method="natural_breaks"),
    params=vector_params(point_size={"hidden": True}, extrude={"hidden": True}, offset={"default": 1.5},
                         line_width={"default": 6.0}, drape={"default": True, "hidden": True}))

REPAIR_CASES = LayerKind(
    name="repair_cases", label=L("補修案件", "Repair cases"), default_source="repair_cases", id_column="case_id",
    default_name=L("補修案件", "補修案件"), stack=72, present_sql="SELECT count(*) FROM repair_cases",
    icon_color="#fdae61", icon_shape="points", needs_dem=True, time=TimeSpec("first_reported", "instant", window=False),
    default_style=lambda: Style(mode="categorized", attribute="status", categories=dict(STATUS_COLORS),
                                color="#808080"),
    params=vector_params(point_size={"default": 16.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 3.0}, drape={"default": True}))

THEME = Theme(
    name="road_damage",
    title=L("道路損傷", "Road damage"),
    tables=(TableSpec("road_reports", L("道路損傷の通報", "road damage reports")),
            TableSpec("repair_cases", L("補修案件", "repair cases"), feature=False),
            TableSpec("repair_segments", L("補修案件 (区間別)", "repair cases per segment"), feature=False),
            TableSpec("repair_status_log", L("補修状況の変更履歴", "repair status changes"), feature=False),
            TableSpec("pavement_surveys", L("路面性状調査", "pavement surveys"))),
    search=(SearchSpec("repair_cases", ("case_id",), "repair_cases"), SearchSpec("road_reports", ("external_id",), "road_reports", "category")),
    analyses=(REPAIR_PRIORITY,),
    migrations="twin.themes.road_damage_sql",
    layer_kinds=(ROAD_REPORTS, REPAIR_SEGMENTS, REPAIR_CASES),
    labels={
        "external_id": L("受付番号", "Report number"),
        "received_at": L("受付日時", "Received"),
        "updated_at": L("更新日時", "Updated"),
        "status": L("状態", "Status"),
        "status_raw": L("状態 (元の値)", "Status (as given)"),
        "category": L("分野", "Category"),
        "damage_class": L("損傷区分", "Damage class"),
        "size": L("大きさ (m)", "Size (m)"),
        "confidence": L("確信度", "Confidence"),
        "photo": L("写真", "Photo"),
        "lat": L("緯度", "Latitude"),
        "lon": L("経度", "Longitude"),
        "geom": L("位置", "Location"),
        "segment_id": L("道路区間", "Road segment"),
        "distance_m": L("道路区間までの距離 (m)", "Distance to segment (m)"),
        "case_id": L("補修案件", "Repair case"),
        "flagged": L("要確認", "Flagged"),
        "notes": L("経過・その他", "Notes and other fields"),
        "report_count": L("通報件数", "Reports"),
        "first_reported": L("初回通報日時", "First reported"),
        "last_reported": L("最終通報日時", "Last reported"),
        "worst_class": L("損傷区分", "Damage class"),
        "priority": L("優先度", "Priority"),
        "parts": L("優先度の内訳", "Priority parts"),
        "photos": L("写真", "Photos"),
        "package": L("作業区画", "Work package"),
        "mci": L("MCI", "MCI"),
        "open_cases": L("未完了の案件", "Open cases"),
        "priority_sum": L("優先度合計", "Priority sum"),
        "report_key": L("通報キー", "Report key"),
        # id, kind, description and source_id: the core theme's labels
    },
    values={
        "status": {"受付済": L("受付済", "Received"), "対応中": L("対応中", "In progress"),
                   "対応済": L("対応済", "Done")},
        "damage_class": dict(RDD_CLASSES),
        "kind": {"citizen": L("市民通報", "Citizen report"), "ai": L("AI 検出", "AI detection"),
                 "patrol": L("パトロール", "Patrol")},
    },
    colormaps={"confidence": "viridis", "size": "YlOrRd", "priority": "YlOrRd", "priority_sum": "YlOrRd",
               "mci": "RdYlGn"},
    category_colors={"status": STATUS_COLORS, "damage_class": RDD_COLORS, "worst_class": RDD_COLORS},
    refresh={"road_reports": ("road_reports", "repair_cases"), "repair_cases": ("repair_cases", "repair_segments"),
             "repair_segments": ("repair_segments",)},
    group=L("道路損傷", "Road damage"),
    modules={"importers": ("importers.road_reports", "importers.pavement_surveys"),
             "layers": ("layers.road_reports",), "gui": ("gui.road_damage_panel",)},
)
