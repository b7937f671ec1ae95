"""What the model, the store and the importers tell users, in the UI language (no Qt: plain Python).

Messages are written as English templates and formatted with :func:`tr`. When the language is Japanese,
templates found in :data:`JA` are translated; any other message stays English. The desktop app sets the
language with its UI language (:func:`set_language`); the command line stays English unless the
``KAGA_TWIN_LANG`` environment variable says ``ja``. The choice is kept in that variable, so the parser
processes started for an import speak it too.
"""

from __future__ import annotations

import os

LANGUAGES = ("en", "ja")
_ENV = "KAGA_TWIN_LANG"

#: English template → Japanese template (same ``{placeholders}``)
JA: dict[str, str] = {
    # errors.py
    "{where}, line {line}": "{where}（{line} 行目）",
    "{where}, feature {feature}": "{where}（地物 {feature}）",
    "Import of {path} was cancelled; the project is unchanged.":
        "{path} のインポートを中止しました。プロジェクトは変更されていません。",
    "Import cancelled; the project is unchanged.": "インポートを中止しました。プロジェクトは変更されていません。",
    # importers/registry.py
    "no such file or folder": "ファイルまたはフォルダがありません",
    "this file is not in a format Kaga Twin can import": "このファイルは Kaga Twin が読み込める形式ではありません",
    "the file is empty (0 bytes), so it is not in a format Kaga Twin can import":
        "ファイルが空です（0 バイト）。Kaga Twin が読み込める形式ではありません",
    "this folder is not in a format Kaga Twin can import (no importable files in it, nor in PLATEAU "
    "udx/<theme> subfolders)":
        "このフォルダには読み込めるファイルがありません（フォルダ内にも PLATEAU の udx/<テーマ> フォルダにもありません）",
    "{problem}. Supported: {kinds}": "{problem}。対応形式: {kinds}",
    # twin/store
    "{path} is in use by {name}; waiting up to {s:.0f} s…": "{path} は {name} が使用中です。最大 {s:.0f} 秒待ちます…",
    "another program": "別のプログラム",
    "{path} is being written by Kaga Twin (the desktop app, PID {pid}): an import or analysis is running there "
    "(waited {s:.0f} s). Try again when it has finished; nothing was changed.":
        "{path} は Kaga Twin（デスクトップアプリ、PID {pid}）が書き込み中です。インポートか分析が実行中です"
        "（{s:.0f} 秒待ちました）。終わってからもう一度試してください。何も変更していません。",
    "{path} is open in Kaga Twin (the desktop app, PID {pid}), which was using it for the {s:.0f} s waited. It lets "
    "go of the file a few seconds after its last use: try again, or import from the app (File ▸ Import…); nothing "
    "was changed.":
        "{path} は Kaga Twin（デスクトップアプリ、PID {pid}）で開かれていて、待った {s:.0f} 秒の間使用中でした。"
        "最後の操作の数秒後にファイルを手放すので、もう一度試すか、アプリから読み込んでください（ファイル ▸ "
        "インポート…）。何も変更していません。",
    "{path} is in use by {name} (PID {pid}) (waited {s:.0f} s). Try again when it has finished; nothing was "
    "changed.":
        "{path} は {name}（PID {pid}）が使用中です（{s:.0f} 秒待ちました）。終わってからもう一度試してください。"
        "何も変更していません。",
    "{path} is being changed by {name} (PID {pid}) (waited {s:.0f} s). Try again when it has finished; nothing "
    "was changed.":
        "{path} は {name}（PID {pid}）が変更中です（{s:.0f} 秒待ちました）。終わってからもう一度試してください。"
        "何も変更していません。",
    "{path} is open in another program{who}. Close it there, or work on a copy; nothing was changed.":
        "{path} は別のプログラム{who}で開かれています。そちらで閉じるか、コピーで作業してください。何も変更していません。",
    " by {name} (PID {pid})": "（{name}、PID {pid}）",
    "{path} is not a Kaga Twin project: it is not a DuckDB database file.":
        "{path} は Kaga Twin のプロジェクトではありません（DuckDB のデータベースファイルではありません）。",
    "The disk holding {path} is full; nothing was changed. Free some space and try again.":
        "{path} のあるディスクがいっぱいです。何も変更していません。空き容量を作ってからやり直してください。",
    "{path} cannot be written (read-only file or location); nothing was changed.":
        "{path} に書き込めません（読み取り専用のファイルまたは場所）。何も変更していません。",
    "{path} is open read-only; this action needs to write to it.":
        "{path} は読み取り専用で開かれています。この操作には書き込みが必要です。",
    "{path} is not a Kaga Twin project: the file is empty.": "{path} は Kaga Twin のプロジェクトではありません（空のファイルです）。",
    "{path} does not exist.": "{path} がありません。",
    "{path} is a folder, not a project file.": "{path} はフォルダです。プロジェクトファイルではありません。",
    "{path} was written by a newer Kaga Twin (project schema version {current}; this version knows up to "
    "{latest}). Update Kaga Twin to open it.":
        "{path} は新しい Kaga Twin で作られています（プロジェクトのスキーマ版 {current}、この版が扱えるのは {latest} まで）。"
        "開くには Kaga Twin を更新してください。ファイルは変更していません。",
    # importers/plateau
    "code list {code_space} not found (looked for {where}, and in codelists/ folders beside the file and above "
    "it); codes are kept without labels":
        "コードリスト {code_space} が見つかりません（{where} と、ファイルの横・上位フォルダの codelists/ を探しました）。"
        "コードはラベルなしで保持します",
    "{n} {table} with the same gml:id from earlier imports of other files were replaced by this import":
        "他のファイルから以前にインポートした同じ gml:id の {table} {n} 件を、今回のインポートで置き換えました",
    "none": "なし",
    "buildings": "建物",
    "roads": "道路",
    # twin/added_layers.py
    "choose a table or write a query": "テーブルを選ぶか、クエリを書いてください",
    "no table or view {source!r} with a geometry column; tables with geometry: {tables}":
        "ジオメトリ列を持つテーブル・ビュー {source!r} はありません。ジオメトリを持つテーブル: {tables}",
    "{what} has no geometry column; columns: {columns}": "{what} にジオメトリ列がありません。列: {columns}",
    "the query": "クエリ",
    "the query does not run": "クエリを実行できません",
    "the query needs an id column (e.g. SELECT id, geom, … or row_number() OVER () AS id); columns: {columns}":
        "クエリには id 列が必要です（例: SELECT id, geom, … または row_number() OVER () AS id）。列: {columns}",
    "{geometry!r} is not a geometry column; geometry columns: {columns}":
        "{geometry!r} はジオメトリ列ではありません。ジオメトリ列: {columns}",
    "no column {column!r}; columns: {columns}": "列 {column!r} はありません。列: {columns}",
    "no raster with id {raster_id}; rasters: {rasters}": "ID {raster_id} のラスタはありません。ラスタ: {rasters}",
    "raster {name!r} has {bands} band(s); band {band} does not exist":
        "ラスタ {name!r} のバンドは {bands} 個です。バンド {band} はありません",
    # twin/crs.py, project CRS
    "Choose a projected CRS in metres, e.g. the JGD2011 plane rectangular zone of the area "
    "(EPSG:6669–6687; Ishikawa is EPSG:6675).":
        "メートル単位の投影座標系を選んでください（例: その地域の JGD2011 平面直角座標系 EPSG:6669–6687。石川県は EPSG:6675）。",
    "{crs} is not a coordinate reference system Kaga Twin knows ({why}). {hint}":
        "{crs} は Kaga Twin が知っている座標参照系ではありません（{why}）。{hint}",
    "{crs} ({name}) is not a projected CRS: a project stores x and y in metres, not degrees. {hint}":
        "{crs}（{name}）は投影座標系ではありません。プロジェクトは x, y を度ではなくメートルで保存します。{hint}",
    "{crs} ({name}) measures in {units}, not metres. {hint}": "{crs}（{name}）の単位は {units} で、メートルではありません。{hint}",
    "project CRS set to {crs} from the data's location": "データの位置からプロジェクトの座標系を {crs} にしました",
    "the project CRS {crs} does not fit this data's location ({where}): its zone is {zone}. Lengths and areas are "
    "distorted far from a zone's origin; for this area make a project with kaga-twin new PATH --crs {zone_crs}":
        "プロジェクトの座標系 {crs} はこのデータの位置（{where}）に合いません。この位置の系は {zone} です。系の原点から遠いと"
        "長さや面積がゆがみます。この地域には kaga-twin new PATH --crs {zone_crs} でプロジェクトを作ってください",
    "{path} was written with a newer version of the theme {theme} (its schema version {current}; this Kaga Twin "
    "knows up to {latest}). Update Kaga Twin or the theme to open it.":
        "{path} はテーマ {theme} の新しい版で作られています（スキーマ版 {current}、この Kaga Twin が扱えるのは {latest} まで）。"
        "開くには Kaga Twin かテーマを更新してください。ファイルは変更していません。",
    # importers/road_reports.py (twin/repair_status.py)
    "{n} report(s) were already in the project (same report id): updated in place, keeping their repair cases and "
    "status history":
        "{n} 件の通報はすでにプロジェクトにありました（同じ受付番号）。補修案件と状況の履歴を保ったまま更新しました",
    "{n} report(s) keep the status the road crew set in Kaga Twin although this file gives another (the file's "
    "value is in status_raw)":
        "{n} 件の通報は、このファイルの状態と違っても Kaga Twin で設定した状態のままです（ファイルの値は status_raw にあります）",
    # twin/analysis.py
    "{name} has not run in this project yet": "{name} はこのプロジェクトでまだ実行されていません",
    "{tables} changed since its last run (run {run})": "前回の実行（実行 {run}）の後に {tables} が変わりました",
}

_language = os.environ.get(_ENV, "en") if os.environ.get(_ENV) in LANGUAGES else "en"


def set_language(lang: str) -> str:
    """Use ``lang`` ('en' or 'ja'; anything else is English) for messages from now on; returns it."""
    global _language
    _language = lang if lang in LANGUAGES else "en"
    os.environ[_ENV] = _language
    return _language


def language() -> str:
    return _language


def tr(template: str, **values: object) -> str:
    """``template`` in the current language, formatted with ``values``."""
    text = JA.get(template, template) if _language == "ja" else template
    return text.format(**values) if values else text


__all__ = ["JA", "LANGUAGES", "language", "set_language", "tr"]
