"""The scenarios theme: named sets of edits (add, change, remove buildings) over the base twin, with undo/redo,
phases and history (:mod:`twin.scenarios`). The base ``buildings`` table is never modified: a scenario is read
as a view over it (:func:`twin.scenarios.scenario_buildings`)."""

from __future__ import annotations

from twin.themes.registry import Label, TableSpec, Theme

L = Label

THEME = Theme(
    name="scenarios",
    title=L("シナリオ", "Scenarios"),
    tables=(TableSpec("scenarios", L("シナリオ", "scenarios"), feature=False),
            TableSpec("scenario_phases", L("シナリオの段階", "scenario phases"), feature=False, counted=False),
            TableSpec("scenario_edits", L("シナリオの編集", "scenario edits"), feature=False)),
    migrations="twin.themes.scenarios_sql",
    labels={
        "scenario_id": L("シナリオ ID", "Scenario ID"),
        "description": L("説明", "Description"),
        "author": L("作成者", "Author"),
        "created_at": L("作成日時", "Created"),
        "seq": L("編集番号", "Edit number"),
        "op": L("編集", "Edit"),
        "target_gml_id": L("対象の建物 ID", "Target building ID"),
        "new_id": L("新しい建物 ID", "New building ID"),
        "height_m": L("高さ (m)", "Height (m)"),
        "storeys": L("階数", "Storeys"),
        "units": L("住戸数", "Dwelling units"),
        "phase_date": L("完成時期", "Phase date"),
        "at": L("編集日時", "Edited at"),
        "active": L("有効", "Active"),
        "status": L("シナリオでの状態", "Status in the scenario"),
        "date": L("日付", "Date"),
    },
    values={"op": {"add": L("追加", "Add"), "change": L("変更", "Change"), "remove": L("除却", "Remove")},
            "status": {"base": L("現況", "Base"), "added": L("新築", "Added"), "changed": L("変更", "Changed"),
                       "removed": L("除却", "Removed")}},
    group=L("シナリオ", "Scenarios"),
    # the scenario layer's adapter (a view over the base buildings) and the Scenarios dock
    modules={"layers": ("layers.scenario",), "gui": ("gui.scenario_panel",)},
)
