<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddRasterLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="189"/>
        <source>Add raster overlay</source>
        <translation>ラスタ重ね合わせを追加</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="190"/>
        <source>Raster</source>
        <translation>ラスタ</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="191"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="192"/>
        <source>Layer name</source>
        <translation>レイヤ名</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="193"/>
        <source>(the raster&apos;s name)</source>
        <translation>（ラスタの名前）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="195"/>
        <source>{name} ({kind}, {width}×{height} px, {bands} band(s))</source>
        <translation>{name}（{kind}、{width}×{height} ピクセル、{bands} バンド）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="199"/>
        <source>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</source>
        <translation>プロジェクトにラスタがありません。先に GeoTIFF をインポートしてください（ファイル ▸ インポート…）。</translation>
    </message>
</context>
<context>
    <name>AddVectorLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="113"/>
        <source>Add vector layer</source>
        <translation>ベクタレイヤを追加</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="114"/>
        <source>Table or view</source>
        <translation>テーブル／ビュー</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="116"/>
        <source>Layer name</source>
        <translation>レイヤ名</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="117"/>
        <source>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</source>
        <translation>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="119"/>
        <source>Type a query with a geometry and an id column: it becomes the source</source>
        <translation>ジオメトリ列と id 列を持つクエリを入力すると、それがソースになります</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="154"/>
        <source>query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="158"/>
        <source>(the table&apos;s name)</source>
        <translation>（テーブルの名前）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="121"/>
        <source>{name} ({rows:,} features)</source>
        <translation>{name}（{rows:,} 件）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="115"/>
        <source>or SQL query</source>
        <translation>または SQL クエリ</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="122"/>
        <source>SQL query…</source>
        <translation>SQL クエリ…</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../analysis_dialog.py" line="52"/>
        <location filename="../analysis_dialog.py" line="132"/>
        <location filename="../analysis_dialog.py" line="135"/>
        <location filename="../analysis_dialog.py" line="149"/>
        <source>Run analysis</source>
        <translation>分析の実行</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="67"/>
        <source>Keep these values in the project</source>
        <translation>この値をプロジェクトに保存する</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="73"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="96"/>
        <source>No theme of this program offers an analysis yet.</source>
        <translation>このプログラムにはまだ分析を持つテーマがありません。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="108"/>
        <source>Reads {inputs}; writes {outputs}.</source>
        <translation>読むもの: {inputs}。書くもの: {outputs}。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="112"/>
        <source>Last run: #{id} at {time}.</source>
        <translation>前回の実行: #{id}（{time}）。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="146"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="148"/>
        <source>The analysis failed: nothing was changed.</source>
        <translation>分析に失敗しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="153"/>
        <source>Run #{id} finished in {s:.1f} s: {rows}.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました: {rows}。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="88"/>
        <source>Preparing the Kaga Onsen Station sample for the first start…</source>
        <translation>初回起動のため、加賀温泉駅周辺のサンプルを準備しています…</translation>
    </message>
    <message>
        <location filename="../app.py" line="95"/>
        <source>The sample project could not be created:</source>
        <translation>サンプルプロジェクトを作成できませんでした:</translation>
    </message>
    <message>
        <location filename="../app.py" line="127"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
</context>
<context>
    <name>AttributeTableModel</name>
    <message>
        <location filename="../attribute_table_model.py" line="395"/>
        <source>Column {name} ({type}); use this name in the filter.</source>
        <translation>列 {name}（{type}）。フィルタではこの名前を使います。</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <location filename="../attribute_table.py" line="171"/>
        <source>The table of this layer cannot be read: {error}</source>
        <translation>このレイヤのテーブルを読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="202"/>
        <source>Filter (SQL WHERE):</source>
        <translation>フィルタ（SQL WHERE）:</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="204"/>
        <source>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</source>
        <translation>列に対する SQL の条件（列名は見出しの下に表示）。Enter で適用、空欄ですべての地物を表示します。</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="206"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="207"/>
        <source>Selected only</source>
        <translation>選択のみ表示</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="208"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="209"/>
        <source>Select every feature that matches the filter, also rows not loaded yet</source>
        <translation>フィルタに一致するすべての地物を選択します（まだ読み込まれていない行も含む）</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="210"/>
        <source>Deselect</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="211"/>
        <source>Zoom to selection</source>
        <translation>選択地物にズーム</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="212"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="213"/>
        <source>Write features of this layer as GeoPackage, GeoJSON or CSV</source>
        <translation>このレイヤの地物を GeoPackage、GeoJSON、CSV で書き出します</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="214"/>
        <source>All features of the layer…</source>
        <translation>レイヤのすべての地物…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="215"/>
        <source>Features shown (filter)…</source>
        <translation>表示中の地物（フィルタ）…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="216"/>
        <source>Selected features…</source>
        <translation>選択した地物…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="223"/>
        <source>e.g. {example}</source>
        <translation>例: {example}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="224"/>
        <source>an SQL condition, e.g. name = &apos;value&apos;</source>
        <translation>SQL の条件（例: name = &apos;value&apos;）</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="241"/>
        <source>The filter was not applied: {error}</source>
        <translation>フィルタを適用できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="369"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="369"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="370"/>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV、Excel で開けます (*.csv)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="371"/>
        <location filename="../attribute_table.py" line="379"/>
        <source>Export features</source>
        <translation>地物の書き出し</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="382"/>
        <source>Exported {n} features to {path}</source>
        <translation>{n} 件の地物を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="398"/>
        <source>No layer with attributes selected</source>
        <translation>属性を持つレイヤが選択されていません</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="403"/>
        <source>{matching} of {total} features shown, {selected} selected</source>
        <translation>{total} 件中 {matching} 件を表示、{selected} 件選択</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../scenario_building_dialog.py" line="24"/>
        <source>New building</source>
        <translation>新しい建物</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="28"/>
        <source>from storeys</source>
        <translation>階数から算出</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="34"/>
        <source>estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="36"/>
        <source>footprint × storeys</source>
        <translation>建築面積 × 階数</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="38"/>
        <source>from the start (or e.g. 2028-04-01, 2035)</source>
        <translation>当初から（または 2028-04-01、2035 など）</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="43"/>
        <source>Storeys</source>
        <translation>階数</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="44"/>
        <source>Height (m)</source>
        <translation>高さ (m)</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="45"/>
        <source>Usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="46"/>
        <source>Dwelling units</source>
        <translation>住戸数</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="47"/>
        <source>Floor area (m²)</source>
        <translation>延床面積 (m²)</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="48"/>
        <source>Stands from</source>
        <translation>竣工時期</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="71"/>
        <source>Height {h:.1f} m</source>
        <translation>高さ {h:.1f} m</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="74"/>
        <source>Footprint {a:,.0f} m²</source>
        <translation>建築面積 {a:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="75"/>
        <source>floor area {f:,.0f} m²</source>
        <translation>延床面積 {f:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="82"/>
        <source>Write the date as 2028-04-01 or a year.</source>
        <translation>日付は 2028-04-01 の形式か、年で入力してください。</translation>
    </message>
</context>
<context>
    <name>BuildingsControls</name>
    <message>
        <location filename="../plateau_controls.py" line="18"/>
        <source>LOD2 where available, else LOD1</source>
        <translation>LOD2（ない建物は LOD1）</translation>
    </message>
    <message>
        <location filename="../plateau_controls.py" line="18"/>
        <source>LOD1 blocks only</source>
        <translation>LOD1 の箱型のみ</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../repair_case_details.py" line="232"/>
        <source>The project is open read-only.</source>
        <translation>プロジェクトは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="237"/>
        <location filename="../repair_case_details.py" line="394"/>
        <source>Choose a case in the list to see why it ranks where it does.</source>
        <translation>一覧で案件を選ぶと、その順位の理由を表示します。</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="259"/>
        <source>Case {id} is no longer in the list (the analysis was run again?).</source>
        <translation>案件 {id} は一覧にありません (分析を再実行しましたか?)。</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="287"/>
        <source>Segment {id}</source>
        <translation>区間 {id}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="291"/>
        <source>Case {id}</source>
        <translation>案件 {id}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="293"/>
        <source>Work package {code}</source>
        <translation>作業区画 {code}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="295"/>
        <source>Priority {p} · {n} report(s) · worst damage: {cls}</source>
        <translation>優先度 {p} · 通報 {n} 件 · 最も重い損傷: {cls}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="315"/>
        <source>Photo (web)</source>
        <translation>写真 (Web)</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="320"/>
        <source>Photo not found: {name}</source>
        <translation>写真が見つかりません: {name}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="341"/>
        <source>{m} m</source>
        <translation>{m} m</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="343"/>
        <source>{m} m from the road</source>
        <translation>道路から {m} m</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="351"/>
        <source>No reports.</source>
        <translation>通報はありません。</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="356"/>
        <source>No status changes in Kaga Twin yet: the statuses come from the imported reports.</source>
        <translation>Kaga Twin での状態の変更はまだありません。状態は取り込んだ通報のものです。</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="362"/>
        <source>{n} report(s)</source>
        <translation>通報 {n} 件</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="364"/>
        <source>by {who}</source>
        <translation>担当: {who}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="370"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="379"/>
        <source>Why this priority</source>
        <translation>優先度の内訳</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="380"/>
        <source>Reports</source>
        <translation>通報</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="381"/>
        <source>Status history</source>
        <translation>状態の履歴</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="382"/>
        <source>Change the status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="383"/>
        <source>Note (what was done, by whom, …)</source>
        <translation>メモ (作業内容、担当者など)</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="384"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="385"/>
        <source>Set this status on every report of the case, with the note</source>
        <translation>この案件のすべての通報にこの状態とメモを設定します</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../repair_case_filters.py" line="127"/>
        <source>All damage classes</source>
        <translation>すべての損傷区分</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="129"/>
        <source>No class (citizen reports)</source>
        <translation>区分なし (市民通報)</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="132"/>
        <source>All areas</source>
        <translation>すべての区画</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="175"/>
        <source>Following the twin&apos;s clock: cases first reported up to the time bar&apos;s current time</source>
        <translation>ツインの時計に合わせています: 時間バーの現在時刻までに初めて通報された案件</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="176"/>
        <source>Following the twin&apos;s clock: no layer is on the clock, so every case is listed</source>
        <translation>ツインの時計に合わせています: 時刻を持つレイヤがないため、すべての案件を表示しています</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="209"/>
        <source>Show cases with status {status}</source>
        <translation>状態が {status} の案件を表示</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="210"/>
        <source>Damage:</source>
        <translation>損傷:</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="211"/>
        <source>Area:</source>
        <translation>区画:</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="212"/>
        <source>Work package: the 1 km mesh (JIS X 0410) a case lies in</source>
        <translation>作業区画: 案件のある 1 km メッシュ (JIS X 0410)</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="213"/>
        <source>Follow the clock</source>
        <translation>時計に合わせる</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="214"/>
        <source>First day of the window (Japan time)</source>
        <translation>期間の初日 (日本時間)</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="215"/>
        <source>Last day of the window (Japan time)</source>
        <translation>期間の最終日 (日本時間)</translation>
    </message>
</context>
<context>
    <name>CatchmentChooser</name>
    <message>
        <location filename="../population_catchment.py" line="76"/>
        <source>Kaga Onsen Station, {d} radius</source>
        <extracomment>the analysis&apos; name for a drawn polygon</extracomment>
        <translation>加賀温泉駅から半径 {d}</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="78"/>
        <source>Kaga Onsen Station, {d} along roads</source>
        <translation>加賀温泉駅から道路沿いに {d}</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="80"/>
        <source>Polygon file…</source>
        <translation>ポリゴンファイル…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="82"/>
        <location filename="../population_catchment.py" line="129"/>
        <source>Drawn polygon</source>
        <translation>描いたポリゴン</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="130"/>
        <source>Catchment {name}</source>
        <translation>圏域 {name}</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="139"/>
        <source>Catchment polygons</source>
        <translation>圏域のポリゴン</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="140"/>
        <source>Polygons (*.geojson *.json *.gpkg *.shp)</source>
        <translation>ポリゴン (*.geojson *.json *.gpkg *.shp)</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="150"/>
        <source>Choose a polygon file first.</source>
        <translation>先にポリゴンファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="171"/>
        <source>Compute the population inside the catchment for every year</source>
        <translation>圏域内の人口を年ごとに求めます</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="172"/>
        <source>The project is open read-only</source>
        <translation>プロジェクトは読み取り専用で開かれています</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="175"/>
        <source>Catchment</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="176"/>
        <source>Apportion by</source>
        <translation>按分方法</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="178"/>
        <source>area share</source>
        <translation>面積按分</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="179"/>
        <source>residential floor area</source>
        <translation>住宅延床面積按分</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="180"/>
        <source>Area share: people spread evenly over each cell. Residential floor area: people where the PLATEAU homes are (cells without buildings fall back to area share).</source>
        <translation>面積按分: 各メッシュの人口を面積に応じて均等に配分します。住宅延床面積按分: PLATEAU の住宅がある場所に配分します（建物のないメッシュは面積按分）。</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="183"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="184"/>
        <source>Draw…</source>
        <translation>描画…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="185"/>
        <source>Draw a catchment on the 3D view: click the corners, double-click or Enter to finish, Esc to cancel</source>
        <translation>3D ビューに圏域を描きます: 角をクリックし、ダブルクリックか Enter で終了、Esc で中止</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="187"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
</context>
<context>
    <name>CatchmentTotalsModel</name>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>Total</source>
        <translation>総数</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>0–14</source>
        <translation>0–14 歳</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>15–64</source>
        <translation>15–64 歳</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>65+</source>
        <translation>65 歳以上</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>75+</source>
        <translation>75 歳以上</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="110"/>
        <source>Share 65+</source>
        <translation>高齢化率</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="110"/>
        <source>With scenario</source>
        <translation>シナリオ込み</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="114"/>
        <source>Total with the residents of {name}: a what-if (net new homes × {ppu:g} persons per unit, by phase, from {year}; not split by age)</source>
        <translation>{name} の居住者を加えた総数: 仮定の試算（純増戸数 × 1 戸あたり {ppu:g} 人、段階ごと、{year} 年から。年齢別には分けません）</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="117"/>
        <source>People living in the catchment (cells apportioned by the method chosen)</source>
        <translation>圏域内の人口（選んだ方法でメッシュを按分）</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="118"/>
        <source>People aged 65 and over as a share of the total</source>
        <translation>総人口に占める 65 歳以上の割合</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../column_map_dialog.py" line="90"/>
        <source>Columns of {name}</source>
        <translation>{name} の列</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="93"/>
        <source>Say which column of the file holds what. Fields marked * are needed to read the file; the others are optional.</source>
        <translation>ファイルのどの列に何が入っているかを指定してください。* の項目は読み込みに必要で、ほかは任意です。</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="100"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="109"/>
        <source>Read as:</source>
        <translation>読み込み形式:</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="111"/>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="118"/>
        <source>First rows of the file (the columns read are highlighted)</source>
        <translation>ファイルの先頭の行 (読み込む列を強調表示)</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="242"/>
        <source>(not used)</source>
        <translation>(使わない)</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="259"/>
        <source>* Needed: {needs}</source>
        <translation>* 必要: {needs}</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="263"/>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="264"/>
        <source>, or </source>
        <translation>、または</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="313"/>
        <source>No importer can read this file as a table.</source>
        <translation>このファイルを表として読み込めるインポーターがありません。</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="318"/>
        <source>Choose a column for {fields} to import this file.</source>
        <translation>このファイルを取り込むには {fields} の列を選んでください。</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="319"/>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../scenario_study.py" line="129"/>
        <source>Compare with the base</source>
        <translation>現況と比較</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="130"/>
        <source>Area</source>
        <translation>対象区域</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="131"/>
        <source>Draw area</source>
        <translation>区域を描く</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="132"/>
        <source>Persons per unit</source>
        <translation>1 戸あたり人数</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="133"/>
        <source>Station, 800 m</source>
        <translation>駅から 800 m</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="133"/>
        <source>Station, 500 m</source>
        <translation>駅から 500 m</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="134"/>
        <source>Station, 800 m walk</source>
        <translation>駅から徒歩 800 m</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="134"/>
        <source>Whole area</source>
        <translation>全域</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="140"/>
        <source>Drawn polygon</source>
        <translation>描いた区域</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="142"/>
        <source>Jobs: floor area per job — offices 20 m², shops 40 m², hotels 120 m², mixed commercial 30 m², public offices 30 m², schools and welfare 60 m² (planning rules of thumb). Ratios are gross, over the area&apos;s land.</source>
        <translation>従業者数: 1 人あたり床面積 — 事務所 20 m²、店舗 40 m²、宿泊施設 120 m²、複合商業 30 m²、官公庁 30 m²、学校・福祉 60 m²（計画上の目安）。比率は区域の土地全体に対するグロス値です。</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="165"/>
        <source>Click the corners of the area; double-click or Enter closes it.</source>
        <translation>区域の角をクリックします。ダブルクリックか Enter で閉じます。</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="195"/>
        <source>{area}: floor area {fa} m², residents {r}, jobs {j}; {n} zoning violation(s).</source>
        <translation>{area}: 延床面積 {fa} m²、居住者 {r}、従業者 {j}。用途地域の制限違反 {n} 件。</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../snow_chart.py" line="137"/>
        <source>Served (% of length)</source>
        <translation>除雪済み (延長の %)</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="144"/>
        <source>Run the coverage analysis to see
how each tier was served over time</source>
        <translation>除雪状況の分析を実行すると
路線区分ごとの除雪の進みが表示されます</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="165"/>
        <source>Coverage per tier over the storm</source>
        <translation>路線区分別の除雪済み延長の推移</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="176"/>
        <source>{tier} (target {h} h)</source>
        <translation>{tier} (目標 {h} 時間)</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="183"/>
        <source>Japan time, {start} – {end}</source>
        <translation>日本時間 {start} 〜 {end}</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <location filename="../crs_text.py" line="16"/>
        <source>Nagasaki; Kagoshima&apos;s islands</source>
        <translation>長崎県、鹿児島県の島しょ</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="17"/>
        <source>Fukuoka, Saga, Kumamoto, Oita, Miyazaki, Kagoshima</source>
        <translation>福岡県、佐賀県、熊本県、大分県、宮崎県、鹿児島県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="18"/>
        <source>Yamaguchi, Shimane, Hiroshima</source>
        <translation>山口県、島根県、広島県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="19"/>
        <source>Kagawa, Ehime, Tokushima, Kochi</source>
        <translation>香川県、愛媛県、徳島県、高知県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="20"/>
        <source>Hyogo, Tottori, Okayama</source>
        <translation>兵庫県、鳥取県、岡山県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="21"/>
        <source>Kyoto, Osaka, Fukui, Shiga, Mie, Nara, Wakayama</source>
        <translation>京都府、大阪府、福井県、滋賀県、三重県、奈良県、和歌山県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="22"/>
        <source>Ishikawa, Toyama, Gifu, Aichi</source>
        <translation>石川県、富山県、岐阜県、愛知県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="23"/>
        <source>Niigata, Nagano, Yamanashi, Shizuoka</source>
        <translation>新潟県、長野県、山梨県、静岡県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="24"/>
        <source>Tokyo, Fukushima, Tochigi, Ibaraki, Saitama, Chiba, Gunma, Kanagawa</source>
        <translation>東京都、福島県、栃木県、茨城県、埼玉県、千葉県、群馬県、神奈川県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="25"/>
        <source>Aomori, Akita, Yamagata, Iwate, Miyagi</source>
        <translation>青森県、秋田県、山形県、岩手県、宮城県</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="26"/>
        <source>Hokkaido, west (Otaru, Hakodate, Date, …)</source>
        <translation>北海道西部（小樽市、函館市、伊達市など）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="27"/>
        <source>Hokkaido, centre (Sapporo, Asahikawa, …)</source>
        <translation>北海道中央部（札幌市、旭川市など）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="28"/>
        <source>Hokkaido, east (Kushiro, Obihiro, Kitami, …)</source>
        <translation>北海道東部（釧路市、帯広市、北見市など）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="29"/>
        <source>Tokyo: the Ogasawara islands</source>
        <translation>東京都 小笠原諸島</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="30"/>
        <source>Okinawa (the main island)</source>
        <translation>沖縄県（沖縄本島など）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="31"/>
        <source>Okinawa (the Sakishima islands)</source>
        <translation>沖縄県（先島諸島）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="32"/>
        <source>Okinawa (the Daito islands)</source>
        <translation>沖縄県（大東諸島）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="33"/>
        <source>Tokyo: Okinotorishima</source>
        <translation>東京都 沖ノ鳥島</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="34"/>
        <source>Tokyo: Minamitorishima</source>
        <translation>東京都 南鳥島</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="40"/>
        <source>{crs} — Zone {zone} ({where})</source>
        <translation>{crs} — 平面直角座標系 {zone}（{where}）</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="51"/>
        <source>{crs} JGD2011 / Plane Rectangular CS {zone}</source>
        <translation>{crs} JGD2011 / 平面直角座標系 {zone}</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="60"/>
        <source>Chosen when the project was created</source>
        <translation>プロジェクト作成時に選択</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="61"/>
        <source>Chosen from the location of the first imported data</source>
        <translation>最初に取り込んだデータの位置から選択</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="62"/>
        <source>The default (Ishikawa&apos;s zone); the first import may choose the zone of its location</source>
        <translation>既定値（石川県の系）。最初の取り込みでデータの位置の系に変わることがあります</translation>
    </message>
</context>
<context>
    <name>EditsTab</name>
    <message>
        <location filename="../scenario_edits.py" line="78"/>
        <source>Draw building</source>
        <translation>建物を描く</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="79"/>
        <source>Import footprints…</source>
        <translation>建物外形をインポート…</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="80"/>
        <source>Remove selected</source>
        <translation>選択した建物を除去</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="81"/>
        <source>Change selected…</source>
        <translation>選択した建物を変更…</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="82"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="82"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="84"/>
        <source>Base (no edits)</source>
        <translation>現況（編集なし）</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="98"/>
        <source>Building added to {n}.</source>
        <translation>{n} に建物を追加しました。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="115"/>
        <source>Click the corners of the footprint; double-click or Enter closes it, Esc cancels.</source>
        <translation>建物外形の角をクリックします。ダブルクリックか Enter で閉じ、Esc で中止します。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="129"/>
        <source>A footprint needs at least three corners.</source>
        <translation>建物外形には 3 点以上の角が必要です。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="146"/>
        <source>Footprints</source>
        <translation>建物外形</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="147"/>
        <source>Polygons (*.geojson *.json *.gpkg)</source>
        <translation>ポリゴン (*.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="151"/>
        <source>Values for features without their own</source>
        <translation>値を持たない地物に使う値</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="160"/>
        <source>Footprints imported.</source>
        <translation>建物外形をインポートしました。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="180"/>
        <location filename="../scenario_edits.py" line="191"/>
        <source>Select buildings in the view first.</source>
        <translation>先にビューで建物を選択してください。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="183"/>
        <source>{k} building(s) removed in {n}.</source>
        <translation>{n} で建物 {k} 棟を除去しました。</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="194"/>
        <source>Change {k} building(s)</source>
        <translation>建物 {k} 棟を変更</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../export.py" line="81"/>
        <source>… {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../export.py" line="126"/>
        <source>The image could not be written to {path}.</source>
        <translation>画像を {path} に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../export.py" line="152"/>
        <source>The layer {name} has no features to export.</source>
        <extracomment>formats the feature exports write, by file suffix</extracomment>
        <translation>レイヤ {name} には書き出す地物がありません。</translation>
    </message>
    <message>
        <location filename="../export.py" line="200"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>何も選択されていません。先に 3D ビューか属性テーブルで地物を選択してください。</translation>
    </message>
    <message>
        <location filename="../export.py" line="219"/>
        <source>Choose a .gpkg, .geojson or .csv file.</source>
        <translation>.gpkg、.geojson、.csv のいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../export.py" line="274"/>
        <location filename="../export.py" line="279"/>
        <source>{path} could not be written: {problem}</source>
        <translation>{path} に書き込めませんでした: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportViewDialog</name>
    <message>
        <location filename="../view_export.py" line="71"/>
        <source>Export view</source>
        <extracomment>sizes offered first (pixels); any other size can be typed</extracomment>
        <translation>ビューの書き出し</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="75"/>
        <source>Image (PNG) at a chosen size</source>
        <translation>画像 (PNG、サイズ指定)</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="76"/>
        <source>Map layout (A4 PDF: legend, north arrow, scale, date, sources)</source>
        <translation>地図レイアウト (A4 PDF: 凡例・方位・縮尺・日付・出典)</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="80"/>
        <source>Export as</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="81"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="82"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="83"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="84"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../fields.py" line="63"/>
        <source>({n} bytes)</source>
        <translation>（{n} バイト）</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="222"/>
        <source>Click a building or road in the 3D view to see everything about it.</source>
        <translation>3D ビューで建物や道路をクリックすると、その情報がすべて表示されます。</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="261"/>
        <source>&lt;b&gt;{n} features selected&lt;/b&gt;&lt;br&gt;Layer {layer}</source>
        <translation>&lt;b&gt;{n} 件の地物を選択&lt;/b&gt;&lt;br&gt;レイヤ {layer}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="264"/>
        <source>Summary</source>
        <translation>集計</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="265"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="267"/>
        <source>Total area (m²)</source>
        <translation>合計面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="269"/>
        <source>min {v}</source>
        <translation>最小 {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="270"/>
        <source>max {v}</source>
        <translation>最大 {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271"/>
        <source>mean {v}</source>
        <translation>平均 {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="273"/>
        <source>sum {v}</source>
        <translation>合計 {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275"/>
        <source>{n} with a value</source>
        <translation>値あり {n} 件</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="277"/>
        <source>Features ({n})</source>
        <translation>地物 ({n})</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="280"/>
        <source>Double-click to see everything about this feature</source>
        <translation>ダブルクリックでこの地物の情報をすべて表示します</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="282"/>
        <source>… {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="319"/>
        <source>{n} entries</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="331"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;レイヤ {layer}、地物 {fid}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="334"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="354"/>
        <source>Other PLATEAU attributes</source>
        <translation>その他の PLATEAU 属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="361"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="364"/>
        <source>Latitude, longitude</source>
        <translation>緯度・経度</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="366"/>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="369"/>
        <source>Footprint area (m²)</source>
        <translation>建築面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="369"/>
        <source>Area (m²)</source>
        <translation>面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="373"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="403"/>
        <source>None recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="410"/>
        <source>{depth} m deep</source>
        <translation>浸水深 {depth} m</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="427"/>
        <source>LOD1 polygons</source>
        <translation>LOD1 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="428"/>
        <source>LOD2 polygons</source>
        <translation>LOD2 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="461"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="462"/>
        <source>Copy everything</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="466"/>
        <source>Zoom to feature</source>
        <translation>地物にズーム</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../import_dialog.py" line="263"/>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="263"/>
        <source>Importing {names}</source>
        <translation>{names} をインポートしています</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="292"/>
        <source>no features</source>
        <translation>地物なし</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="293"/>
        <source>✓ {name}: {counts}</source>
        <translation>✓ {name}: {counts}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="295"/>
        <source>    {n} warning(s), e.g. {first}</source>
        <translation>    警告 {n} 件（例: {first}）</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="298"/>
        <source>    {n} item(s) skipped, e.g. {first}</source>
        <translation>    スキップ {n} 件（例: {first}）</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="301"/>
        <source>✗ {message}</source>
        <translation>✗ {message}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="304"/>
        <source>Use Columns… in Import… to say which column of the file holds what.</source>
        <translation>インポート… の「列…」で、ファイルのどの列に何が入っているかを指定してください。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="306"/>
        <source>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</source>
        <translation>インポートを中止しました。取り込み中だったデータは取り消され、プロジェクトには残っていません。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="309"/>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="309"/>
        <source>Import partly failed</source>
        <translation>一部のインポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="311"/>
        <source>Import cancelled</source>
        <translation>インポートを中止しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="313"/>
        <source>Import finished</source>
        <translation>インポートが完了しました</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="50"/>
        <source>All supported files</source>
        <extracomment>item data: the path, whether it can be imported, the importer chosen in Columns… (None: the one that recognises the input) and its options, the importer that recognises it, and whether Columns… can map its columns</extracomment>
        <translation>対応しているすべてのファイル</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="51"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="102"/>
        <source>Import data</source>
        <translation>データのインポート</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="103"/>
        <source>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</source>
        <translation>PLATEAU の CityGML ファイル、データセットのフォルダ、ダウンロードしたままの .zip、または GeoTIFF の標高モデルを追加してください。各データは一括で取り込まれ、失敗や中止の場合はプロジェクトは元のままです。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="106"/>
        <source>For a table (CSV) whose columns are not recognised, select it and use Columns… to say which column holds what.</source>
        <translation>列が認識されない表 (CSV) は、選んで「列…」でどの列に何が入っているかを指定してください。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="108"/>
        <source>Add files or zip…</source>
        <translation>ファイル・zip を追加…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="109"/>
        <source>Add folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="110"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="111"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="112"/>
        <source>Say which column of the selected table holds which field</source>
        <translation>選んだ表のどの列にどの項目が入っているかを指定します</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="113"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="162"/>
        <source>no importer recognises its columns ({columns}) — use Columns… to say which column holds what</source>
        <translation>列 ({columns}) を認識するインポーターがありません — 「列…」でどの列に何が入っているかを指定してください</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="175"/>
        <source>columns mapped: {pairs}</source>
        <translation>列の対応: {pairs}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="213"/>
        <source>Choose files to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="218"/>
        <source>Choose a dataset folder</source>
        <translation>データセットのフォルダを選択</translation>
    </message>
</context>
<context>
    <name>LakeAreaDialog</name>
    <message>
        <location filename="../lake_dialog.py" line="120"/>
        <location filename="../lake_dialog.py" line="286"/>
        <source>Open area from lake</source>
        <translation>レイクから範囲を開く</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="121"/>
        <location filename="../lake_dialog.py" line="139"/>
        <source>Lake folder</source>
        <translation>レイクのフォルダ</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="122"/>
        <location filename="../lake_dialog.py" line="134"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="123"/>
        <source>Area</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="124"/>
        <source>A city of the lake</source>
        <translation>レイクの市区町村</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="125"/>
        <source>A box of longitudes and latitudes (buildings whose centre lies in it)</source>
        <translation>経緯度の範囲（中心が範囲内にある建物）</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Buildings</source>
        <translation>建物数</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="127"/>
        <source>West (min. longitude)</source>
        <translation>西端（最小経度）</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="127"/>
        <source>South (min. latitude)</source>
        <translation>南端（最小緯度）</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="128"/>
        <source>East (max. longitude)</source>
        <translation>東端（最大経度）</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="129"/>
        <source>North (max. latitude)</source>
        <translation>北端（最大緯度）</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="131"/>
        <source>Open it in</source>
        <translation>開く先</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="132"/>
        <source>This project</source>
        <translation>このプロジェクト</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="133"/>
        <source>A new project file:</source>
        <translation>新しいプロジェクトファイル:</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="135"/>
        <source>Open area</source>
        <translation>範囲を開く</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="144"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="145"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="160"/>
        <source>Choose a lake folder made by kaga-twin lake build.</source>
        <translation>kaga-twin lake build で作ったレイクのフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="186"/>
        <source>Cities: {n}, buildings: {b}</source>
        <translation>市区町村 {n}、建物 {b}</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="146"/>
        <location filename="../layer_panel.py" line="401"/>
        <source>Zoom to layer</source>
        <translation>レイヤにズーム</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="147"/>
        <source>Show the whole of the selected layer</source>
        <translation>選択したレイヤ全体を表示します</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="148"/>
        <source>Move the layer up</source>
        <translation>レイヤを上へ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="150"/>
        <source>Move the layer down</source>
        <translation>レイヤを下へ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="152"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="153"/>
        <source>Remove the selected layers from the view (the data stays in the project)</source>
        <translation>選択したレイヤを表示から削除します（データはプロジェクトに残ります）</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="154"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="155"/>
        <location filename="../layer_panel.py" line="301"/>
        <source>Remove layer</source>
        <translation>レイヤを削除</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="156"/>
        <location filename="../layer_panel.py" line="353"/>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="157"/>
        <source>Check to show, drag to reorder or to move into a group, F2 to rename, right-click for more</source>
        <translation>チェックで表示、ドラッグで並べ替え・グループへ移動、F2 で名前の変更、右クリックでその他の操作</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="433"/>
        <source>Move to group</source>
        <translation>グループへ移動</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="439"/>
        <source>No group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="300"/>
        <source>{n} layers</source>
        <translation>{n} 個のレイヤ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="302"/>
        <source>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</source>
        <translation>{names} を表示から削除しますか？データはプロジェクトに残りますが、レイヤのスタイルは失われます。</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="403"/>
        <source>Open attribute table</source>
        <translation>属性テーブルを開く</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="404"/>
        <source>Style…</source>
        <translation>スタイル…</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="406"/>
        <location filename="../layer_panel.py" line="416"/>
        <source>Visible</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="420"/>
        <source>Rename group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="421"/>
        <source>Remove group (its layers stay)</source>
        <translation>グループを削除（レイヤは残ります）</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="424"/>
        <source>Add default layers for data without a layer</source>
        <translation>レイヤのないデータに標準レイヤを追加</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message>
        <location filename="../layer_tree_model.py" line="262"/>
        <source>{name}
Kind: {kind}
Source: {source}
Opacity: {opacity} %</source>
        <translation>{name}
種類: {kind}
データ: {source}
不透明度: {opacity} %</translation>
    </message>
    <message>
        <location filename="../layer_tree_model.py" line="266"/>
        <source>Hidden with its group</source>
        <translation>グループごと非表示</translation>
    </message>
    <message>
        <location filename="../layer_tree_model.py" line="286"/>
        <source>Group {name}: {n} layers</source>
        <translation>グループ {name}: {n} レイヤ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>The 3D view could not be built</source>
        <translation>3D ビューを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Layer {name} could not be drawn: {error}</source>
        <translation>レイヤ {name} を描画できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Imported {names}: {n} features</source>
        <translation>{names} をインポートしました: {n} 地物</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Analysis {name} finished (run {id})</source>
        <translation>分析 {name} が終わりました（実行 {id}）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Every kind of data already has a layer.</source>
        <translation>すべてのデータにレイヤがあります。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <location filename="../main_window.py" line="321"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Exported {n} features to {path}</source>
        <translation>{n} 件の地物を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>One CSV file per layer was written:</source>
        <translation>レイヤごとに CSV ファイルを書き出しました:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>{layer}: {n} features → {file}</source>
        <translation>{layer}: {n} 件 → {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Measure</source>
        <translation>計測</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Cursor: —</source>
        <translation>カーソル: —</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</source>
        <translation>北緯 {lat:.5f}°、東経 {lon:.5f}°、標高 T.P. {z:.1f} m</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>{name}: {total} features, {selected} selected</source>
        <translation>{name}: {total} 件、{selected} 件選択</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>No features</source>
        <translation>地物なし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Coordinate system of the project</source>
        <translation>プロジェクトの座標系</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <location filename="../main_window.py" line="438"/>
        <source>Kaga Twin</source>
        <translation>Kaga Twin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>Import running</source>
        <translation>インポート実行中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>An import is running. Cancel it and close?</source>
        <translation>インポートを実行中です。中止して終了しますか？</translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <location filename="../measure_tool.py" line="152"/>
        <source>Copied: {text}</source>
        <translation>コピーしました: {text}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="170"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="170"/>
        <source>T.P. height (m)</source>
        <translation>標高 T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <source>Segment</source>
        <translation>区間</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <location filename="../measure_tool.py" line="266"/>
        <source>Horizontal (m)</source>
        <translation>水平距離 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <location filename="../measure_tool.py" line="267"/>
        <source>Slope (m)</source>
        <translation>斜距離 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <source>Height (m)</source>
        <translation>高低差 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="216"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="218"/>
        <source>Distance: click the next point</source>
        <translation>距離: 次の点をクリックしてください</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="220"/>
        <source>Distance: {total} along {n} segment(s) (horizontal {h}, height {dz}); last segment {last}</source>
        <translation>距離: {n} 区間で {total}（水平 {h}、高低差 {dz}）。最後の区間 {last}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="224"/>
        <source>; to the cursor {d} (total {t})</source>
        <translation>。カーソルまで {d}（合計 {t}）</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="234"/>
        <source>the project CRS</source>
        <translation>プロジェクトの座標系</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="235"/>
        <source>Area (m²)</source>
        <translation>面積 (m²)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="236"/>
        <source>Perimeter (m)</source>
        <translation>周長 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="238"/>
        <source>Area: click at least three corners</source>
        <translation>面積: 角を 3 点以上クリックしてください</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="239"/>
        <source> ({ha} ha)</source>
        <translation>（{ha} ha）</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="240"/>
        <source>Area: {area} m²{ha}, perimeter {p}, {n} corners (planar, in {crs})</source>
        <translation>面積: {area} m²{ha}、周長 {p}、角 {n} 点（{crs} での平面計測）</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="251"/>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="252"/>
        <source>Measured height (m)</source>
        <translation>計測高さ (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="252"/>
        <source>Ground T.P. (m)</source>
        <translation>地盤面 T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="253"/>
        <source>Roof T.P. (m)</source>
        <translation>屋根 T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="253"/>
        <source>Picked point T.P. (m)</source>
        <translation>指定点 T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="254"/>
        <source>Picked point above the ground (m)</source>
        <translation>指定点の地上高 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="256"/>
        <source>{name}: height {h}</source>
        <translation>{name}: 高さ {h}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="258"/>
        <source> (ground T.P. {g}, roof T.P. {r})</source>
        <translation>（地盤面 T.P. {g}、屋根 T.P. {r}）</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="260"/>
        <source>; picked point {a} above the ground</source>
        <translation>。指定点の地上高 {a}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="265"/>
        <source>Height difference (m)</source>
        <translation>高低差 (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="268"/>
        <source>Height difference {dz} (T.P. {z1} → {z2}), horizontal {h}, slope {s}</source>
        <translation>高低差 {dz}（T.P. {z1} → {z2}）、水平距離 {h}、斜距離 {s}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="272"/>
        <source>Height: T.P. {z}; click a second point for the difference</source>
        <translation>高さ: T.P. {z}。2 点目をクリックすると高低差を表示します</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="301"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="301"/>
        <source>Path length along clicked points</source>
        <translation>クリックした点を結ぶ経路の長さ</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="302"/>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="302"/>
        <source>Area of a clicked polygon</source>
        <translation>クリックした多角形の面積</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="303"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="303"/>
        <source>Height of a building, or between two points</source>
        <translation>建物の高さ、または 2 点間の高低差</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="308"/>
        <source>Click points on the ground, roofs or roads. Double-click or Enter ends the path, Backspace removes the last point, Esc or a right click cancels. Drag to turn the view.</source>
        <translation>地面・屋根・道路上の点をクリックします。ダブルクリックか Enter で経路を終了、Backspace で最後の点を削除、Esc か右クリックで中止します。ドラッグでビューを回転します。</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="310"/>
        <source>Click the corners of the area. Double-click or Enter closes it, Esc or a right click cancels. The area is planar, in the project&apos;s coordinate system.</source>
        <translation>区域の角をクリックします。ダブルクリックか Enter で閉じ、Esc か右クリックで中止します。面積はプロジェクトの座標系での平面の値です。</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="312"/>
        <source>Click a building for its height, then a second point for the height difference. Esc or a right click cancels.</source>
        <translation>建物をクリックするとその高さ、続けて 2 点目をクリックすると高低差を表示します。Esc か右クリックで中止します。</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="316"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="317"/>
        <source>Copy the result as text (Ctrl+C while measuring)</source>
        <translation>結果をテキストとしてコピーします（計測中は Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="318"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="21"/>
        <source>Kaga Twin ran out of memory. Close other programs or work on a smaller area.</source>
        <translation>メモリが不足しました。ほかのプログラムを閉じるか、より狭い範囲で作業してください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>A file could not be read or written{where}: {problem}</source>
        <translation>ファイルを読み書きできませんでした{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>Unexpected error: {problem}</source>
        <translation>予期しないエラー: {problem}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../new_project_dialog.py" line="55"/>
        <location filename="../new_project_dialog.py" line="69"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="56"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="57"/>
        <source>Coordinate system</source>
        <translation>座標系</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="61"/>
        <source>Choose from the data&apos;s location (automatic)</source>
        <translation>データの位置から選ぶ（自動）</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="65"/>
        <source>Automatic: the first import chooses the plane rectangular zone of the prefecture its data lies in (Kaga City, Ishikawa: zone VII, EPSG:6675).</source>
        <translation>自動: 最初に取り込んだデータのある都道府県の平面直角座標系を選びます（石川県加賀市は VII 系、EPSG:6675）。</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="70"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb)</translation>
    </message>
</context>
<context>
    <name>PanelDocks</name>
    <message>
        <location filename="../docks.py" line="90"/>
        <source>Layers</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location filename="../docks.py" line="91"/>
        <source>Style and legend</source>
        <translation>スタイルと凡例</translation>
    </message>
    <message>
        <location filename="../docks.py" line="92"/>
        <source>Identify</source>
        <translation>地物情報</translation>
    </message>
    <message>
        <location filename="../docks.py" line="93"/>
        <source>Attribute table</source>
        <translation>属性テーブル</translation>
    </message>
</context>
<context>
    <name>ParamControls</name>
    <message>
        <location filename="../param_controls.py" line="122"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../param_controls.py" line="169"/>
        <location filename="../param_controls.py" line="181"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>PopulationChart</name>
    <message>
        <location filename="../population_chart.py" line="103"/>
        <source>Run a catchment or click a mesh column
to see its population pyramid</source>
        <translation>圏域を実行するかメッシュの柱をクリックすると
人口ピラミッドが表示されます</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="123"/>
        <source>men and women split by the IPSS municipal sex ratio ({year})</source>
        <translation>男女は社人研の市区町村別性比（{year}）で按分</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="125"/>
        <source>no figures by sex: ages only</source>
        <translation>男女別の値なし: 年齢のみ</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="134"/>
        <location filename="../population_chart.py" line="138"/>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="135"/>
        <location filename="../population_chart.py" line="140"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="154"/>
        <source> · 65+ {share:.1f} %</source>
        <translation> · 高齢化率 {share:.1f} %</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="155"/>
        <source>{year}: {total} people{extra}</source>
        <translation>{year}: {total} 人{extra}</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="163"/>
        <source>Total</source>
        <translation>総数</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="168"/>
        <source>With {name}</source>
        <translation>{name} 込み</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="172"/>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="182"/>
        <location filename="../population_chart.py" line="184"/>
        <source>Share 65+ (%)</source>
        <translation>高齢化率 (%)</translation>
    </message>
</context>
<context>
    <name>PopulationPanel</name>
    <message>
        <location filename="../population_panel.py" line="270"/>
        <source>The catchment of the last run cannot be shown: {problem}</source>
        <translation>前回の実行の圏域を表示できません: {problem}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="293"/>
        <location filename="../population_panel.py" line="299"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="304"/>
        <location filename="../population_panel.py" line="351"/>
        <source>Population in a catchment</source>
        <translation>圏域内の人口</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="323"/>
        <source>Click the corners of the catchment on the 3D view; double-click or Enter finishes, Esc cancels.</source>
        <translation>3D ビューで圏域の角をクリックします。ダブルクリックか Enter で終了、Esc で中止します。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="331"/>
        <source>A catchment needs at least three corners.</source>
        <translation>圏域には 3 点以上の角が必要です。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="349"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="357"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="390"/>
        <source>Share 65+: {a:.1f} % ({ya}) → {b:.1f} % ({yb}), {d:+.1f} points; total {t}</source>
        <translation>高齢化率: {a:.1f} %（{ya}）→ {b:.1f} %（{yb}）、{d:+.1f} ポイント。総数 {t}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="418"/>
        <location filename="../population_panel.py" line="435"/>
        <source>Mesh cell {code}</source>
        <translation>メッシュ {code}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="423"/>
        <source>Catchment (run one)</source>
        <translation>圏域（実行してください）</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="442"/>
        <source>Computing the catchment&apos;s population pyramid…</source>
        <translation>圏域の人口ピラミッドを計算しています…</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="448"/>
        <source>The chart could not be drawn: {problem}</source>
        <translation>グラフを描けませんでした: {problem}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="471"/>
        <source>The project has no population layer.</source>
        <translation>プロジェクトに人口のレイヤがありません。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="492"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="495"/>
        <source>This project has no mesh population yet.

Import an MLIT 500 m mesh projection (国土数値情報 将来推計人口メッシュ) or an e-Stat census mesh file (File ▸ Import…).</source>
        <translation>このプロジェクトにはまだメッシュ人口がありません。

国土数値情報の将来推計人口メッシュ（500 m）か e-Stat の国勢調査メッシュのファイルをインポートしてください（ファイル ▸ インポート…）。</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="504"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="505"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="506"/>
        <source>Columns coloured by</source>
        <translation>柱の色分け</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="507"/>
        <source>Chart for</source>
        <translation>グラフの対象</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="508"/>
        <source>Show columns</source>
        <translation>柱を表示</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="509"/>
        <source>Show the 3D mesh columns: height = population, colour as chosen</source>
        <translation>3D のメッシュの柱を表示します: 高さ = 人口、色は選んだ項目</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="510"/>
        <source>Play years</source>
        <translation>年を再生</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="511"/>
        <source>Play the years on the time bar in 5-year steps</source>
        <translation>タイムバーの年を 5 年刻みで再生します</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../workers.py" line="172"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../workers.py" line="199"/>
        <source>Cancelling… everything is being rolled back.</source>
        <translation>中止しています… すべて元に戻しています。</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../project_session.py" line="118"/>
        <location filename="../project_session.py" line="129"/>
        <source>Cannot open project</source>
        <extracomment>how often the open project is checked: let go of when idle, changes by other programs picked up how long a save or import in the window waits for a command line reader of the project (seconds)</extracomment>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="137"/>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="139"/>
        <source>read-only: changes to layers and styles are not saved</source>
        <translation>読み取り専用: レイヤやスタイルの変更は保存されません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="150"/>
        <source>Some saved layers could not be restored</source>
        <translation>保存されたレイヤの一部を復元できませんでした</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="151"/>
        <source>The project opened; these parts of its saved layout were left out:</source>
        <translation>プロジェクトは開きました。保存されたレイアウトのうち、次のものは除きました:</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="168"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="170"/>
        <source>This project is open; choose another file name.</source>
        <translation>このプロジェクトは開いています。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="184"/>
        <source>New empty project. Use Import… to add PLATEAU data or a DEM.</source>
        <translation>空のプロジェクトを作成しました。「インポート…」で PLATEAU データや DEM を追加してください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="219"/>
        <source>The layer settings could not be saved: {error}</source>
        <translation>レイヤの設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="245"/>
        <source>Another program changed the project ({tables}); its layers were refreshed.</source>
        <translation>別のプログラムがプロジェクトを変更しました（{tables}）。レイヤを更新しました。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="248"/>
        <source>Another program changed the project; if something looks out of date, open it again.</source>
        <translation>別のプログラムがプロジェクトを変更しました。表示が古い場合は開き直してください。</translation>
    </message>
</context>
<context>
    <name>RepairCasesModel</name>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Worst damage</source>
        <translation>最も重い損傷</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Reports</source>
        <translation>通報件数</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>First reported</source>
        <translation>初回通報</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Last reported</source>
        <translation>最終通報</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="199"/>
        <source>Work package</source>
        <translation>作業区画</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="208"/>
        <source>Place in the list by priority (1 = repair first)</source>
        <translation>優先度による順位 (1 = 最初に補修)</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="236"/>
        <source>Road segment {id}</source>
        <translation>道路区間 {id}</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="253"/>
        <source>Segment {id}</source>
        <translation>区間 {id}</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="259"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy/MM/dd HH:mm</translation>
    </message>
</context>
<context>
    <name>RoadDamagePanel</name>
    <message>
        <location filename="../road_damage_panel.py" line="202"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="205"/>
        <source>This project has no road-damage reports yet.

Import a My City Report, Open311 or FixMyStreet export or AI detections (File ▸ Import…) and a road network; then the analysis groups the reports into repair cases and ranks them here.</source>
        <translation>このプロジェクトには道路損傷の通報がまだありません。

My City Report、Open311、FixMyStreet の書き出しや AI 検出結果 (ファイル ▸ 取り込み…) と道路網を取り込むと、分析が通報を補修案件にまとめ、ここに優先順に並べます。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="210"/>
        <source>The reports are not grouped into repair cases yet.

Click “Re-run analysis” to match them to the road segments, group them into cases and rank them.</source>
        <translation>通報はまだ補修案件にまとめられていません。

「分析を再実行」で通報を道路区間に対応付け、案件にまとめて優先順に並べます。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="227"/>
        <source>The list may be out of date: {reason}. Re-run the analysis.</source>
        <translation>一覧が古い可能性があります: {reason}。分析を再実行してください。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="242"/>
        <source>{shown} of {total} cases</source>
        <translation>{total} 件中 {shown} 件の案件</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="258"/>
        <source>The top of the list. Choose a case to see it on the map.</source>
        <translation>一覧の先頭の案件です。案件を選ぶと地図に表示します。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="260"/>
        <source>No case matches the filter.</source>
        <translation>条件に合う案件はありません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="383"/>
        <source>Change the status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="385"/>
        <source>Case {id}: {status} ({n} report(s))</source>
        <translation>案件 {id}: {status} (通報 {n} 件)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="406"/>
        <location filename="../road_damage_panel.py" line="409"/>
        <location filename="../road_damage_panel.py" line="421"/>
        <location filename="../road_damage_panel.py" line="502"/>
        <source>Re-run analysis</source>
        <translation>分析を再実行</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="419"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="423"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="451"/>
        <source>Printable PDF, one page per work package (*.pdf)</source>
        <translation>印刷用 PDF、作業区画ごとに 1 ページ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="452"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="452"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="459"/>
        <location filename="../road_damage_panel.py" line="492"/>
        <source>Export work orders</source>
        <translation>作業指示書の書き出し</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="489"/>
        <source>Unknown export format {fmt}</source>
        <translation>不明な書き出し形式 {fmt}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="495"/>
        <source>{n} work orders in {p} packages → {path}</source>
        <translation>作業指示 {n} 件 (作業区画 {p}) → {path}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="501"/>
        <source>Road damage</source>
        <translation>道路損傷</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="503"/>
        <source>Match the reports to the roads, group them into cases and rank them again, with the weights kept in the project</source>
        <translation>プロジェクトに保存された重みで、通報の道路への対応付け、案件へのまとめ、優先順位付けをやり直します</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="505"/>
        <source>Weights…</source>
        <translation>重み…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="506"/>
        <source>Edit the weights of the priority (kept in the project)</source>
        <translation>優先度の重みを編集します (プロジェクトに保存)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="507"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="508"/>
        <source>Work orders of the cases with the ticked statuses in the chosen area (all areas when none is chosen): PDF, CSV or GeoPackage</source>
        <translation>チェックした状態の案件の作業指示書 (選んだ区画、未選択ならすべての区画): PDF、CSV、GeoPackage</translation>
    </message>
</context>
<context>
    <name>ScenarioChoice</name>
    <message>
        <location filename="../population_scenario.py" line="100"/>
        <location filename="../population_scenario.py" line="112"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="104"/>
        <source>What-if: the residents of {name} (its net new homes × {ppu:g} persons per unit, by its phase dates from {year}) added to the forecast; not split by age.</source>
        <translation>仮定の試算: {name} の居住者（純増戸数 × 1 戸あたり {ppu:g} 人、各段階の日付により {year} 年から）を推計に加えています。年齢別には分けていません。</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="109"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="110"/>
        <source>Add a scenario&apos;s residents to the catchment&apos;s forecast: a what-if (its net new homes × persons per unit, by its phase dates; not split by age)</source>
        <translation>シナリオの居住者を圏域の推計に加えます: 仮定の試算（純増戸数 × 1 戸あたり人数、各段階の日付による。年齢別には分けません）</translation>
    </message>
</context>
<context>
    <name>ScenarioIdentifyPopup</name>
    <message>
        <location filename="../scenario_identify.py" line="50"/>
        <source>Height (m)</source>
        <extracomment>the attributes shown, in order</extracomment>
        <translation>高さ (m)</translation>
    </message>
    <message>
        <location filename="../scenario_identify.py" line="63"/>
        <source>{scenario}: building</source>
        <translation>{scenario}: 建物</translation>
    </message>
    <message>
        <location filename="../scenario_identify.py" line="63"/>
        <source>Base</source>
        <translation>現況</translation>
    </message>
</context>
<context>
    <name>ScenarioModels</name>
    <message>
        <location filename="../scenario_models.py" line="81"/>
        <location filename="../scenario_models.py" line="140"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="82"/>
        <source>Edits</source>
        <translation>編集数</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="83"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="84"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="109"/>
        <source>Dwelling units</source>
        <extracomment>how the metrics table names each figure</extracomment>
        <translation>住戸数</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="110"/>
        <source>Residents</source>
        <translation>居住者</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="111"/>
        <source>Jobs</source>
        <translation>従業者</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="112"/>
        <source>Building coverage ratio (%)</source>
        <translation>建蔽率 (%)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="113"/>
        <source>Floor-area ratio (%)</source>
        <translation>容積率 (%)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="114"/>
        <source>Floor area (m²)</source>
        <translation>延床面積 (m²)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="138"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="139"/>
        <source>Base</source>
        <translation>現況</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="141"/>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="145"/>
        <location filename="../scenario_models.py" line="153"/>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="146"/>
        <source>Zone</source>
        <translation>用途地域</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="147"/>
        <source>Limit broken</source>
        <translation>超過した制限</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="148"/>
        <source>Limit</source>
        <translation>制限値</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="149"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="154"/>
        <source>Usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="155"/>
        <source>Hours gained</source>
        <translation>日影の増加 (時間)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="156"/>
        <source>Base (h)</source>
        <translation>現況 (時間)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="157"/>
        <source>Scenario (h)</source>
        <translation>シナリオ (時間)</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../scenario_panel.py" line="95"/>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="96"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="96"/>
        <source>Duplicate…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="97"/>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="97"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="98"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="98"/>
        <source>Side by side…</source>
        <translation>並べて比較…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Edits</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Winter shadows</source>
        <translation>冬の日影</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="175"/>
        <source>Scenarios changed.</source>
        <translation>シナリオが変更されました。</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="198"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="202"/>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="203"/>
        <source>Scenario {n} created.</source>
        <translation>シナリオ {n} を作成しました。</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="208"/>
        <source>Duplicate scenario</source>
        <translation>シナリオの複製</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="214"/>
        <source>Rename scenario</source>
        <translation>シナリオ名の変更</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="222"/>
        <source>Delete scenario</source>
        <translation>シナリオの削除</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="223"/>
        <source>Delete the scenario {n} and its edits?</source>
        <translation>シナリオ {n} とその編集を削除しますか？</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="226"/>
        <source>Scenario {n} deleted.</source>
        <translation>シナリオ {n} を削除しました。</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="234"/>
        <source>Export scenario</source>
        <translation>シナリオの書き出し</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="235"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="237"/>
        <source>Exported to {p}.</source>
        <translation>{p} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>ScenarioStudy</name>
    <message>
        <location filename="../scenario_study.py" line="74"/>
        <source>Scenario study</source>
        <extracomment>areas offered for the metrics (twin.scenario_metrics.resolve_area names)</extracomment>
        <translation>シナリオ検討</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="75"/>
        <source>Computing {n}…</source>
        <translation>{n} を計算しています…</translation>
    </message>
</context>
<context>
    <name>ScenarioUndo</name>
    <message>
        <location filename="../scenario_undo.py" line="27"/>
        <source>Add {n} building(s): {usage}</source>
        <translation>建物 {n} 棟を追加: {usage}</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="30"/>
        <source>, {s} storeys</source>
        <translation>、{s} 階</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="32"/>
        <source>Remove {n} building(s)</source>
        <translation>建物 {n} 棟を除去</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="36"/>
        <source>height {h:g} m</source>
        <translation>高さ {h:g} m</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="38"/>
        <source>{s} storeys</source>
        <translation>{s} 階</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="41"/>
        <source>Change {n} building(s): {what}</source>
        <translation>建物 {n} 棟を変更: {what}</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="44"/>
        <source> (from {d})</source>
        <translation>（{d} から）</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../repair_case_details.py" line="132"/>
        <source>Priority (sum of the parts)</source>
        <translation>優先度 (内訳の合計)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../search_box.py" line="110"/>
        <source>Search: name, building ID, gml:id, road, case… (Ctrl+F)</source>
        <translation>検索: 名称、建物 ID、gml:id、道路、案件…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="111"/>
        <source>Find buildings by name, building ID or gml:id, roads by name, repair cases and road segments by number; choose a result to go there and identify it</source>
        <translation>建物を名称・建物 ID・gml:id で、道路を名称で、補修案件と道路区間を番号で検索します。結果を選ぶとその場所へ移動し、地物情報に表示します</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="172"/>
        <source>{value}: no layer shows {kind}; add it to identify it here</source>
        <translation>{value}: {kind} を表示するレイヤがありません。ここで地物情報を表示するにはレイヤを追加してください</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="184"/>
        <source>Found {text}</source>
        <translation>{text} が見つかりました</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../search_box.py" line="57"/>
        <source>{kind}, {column} = {value}</source>
        <extracomment>ms after the last key before searching</extracomment>
        <translation>{kind}、{column} = {value}</translation>
    </message>
</context>
<context>
    <name>ServiceLevelModel</name>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Tier</source>
        <translation>路線区分</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Target (h)</source>
        <translation>目標 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="345"/>
        <source>Segments</source>
        <translation>区間数</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Length (km)</source>
        <translation>延長 (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="345"/>
        <source>In time (km)</source>
        <translation>目標内 (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Served in time</source>
        <translation>目標内の除雪率</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="349"/>
        <source>Share of the tier&apos;s length first served within its target after the storm&apos;s start</source>
        <translation>降雪開始から目標時間内に初めて除雪された延長の割合</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Same as the system ({language})</source>
        <translation>システムと同じ（{language}）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>PLATEAU code-list values (usage, structure, risk ranks) are shown as published, in Japanese.</source>
        <translation>PLATEAU のコードリストの値（用途、構造、リスクのランクなど）は公開されている日本語のまま表示されます。</translation>
    </message>
</context>
<context>
    <name>ShadowTab</name>
    <message>
        <location filename="../scenario_study.py" line="251"/>
        <source>Compute shadow hours</source>
        <translation>日影時間を計算</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Plane height</source>
        <translation>測定面の高さ</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Grid spacing (m)</source>
        <translation>メッシュ間隔 (m)</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="253"/>
        <source>List neighbours gaining more than (h)</source>
        <translation>日影がこの時間を超えて増える周辺建物を一覧 (時間)</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="255"/>
        <source>Show the difference in the view</source>
        <translation>差分をビューに表示</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="256"/>
        <source>Sun and shadows in the view at</source>
        <translation>ビューの太陽と影の時刻</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="276"/>
        <source>{date}, 8:00–16:00 true solar time, plane at {h:g} m, grid {g:g} m: {n} neighbouring building(s) gain more than {gain:g} h of shadow (at most {worst:.1f} h); {cells} cells gain shadow, {less} lose it.</source>
        <translation>{date}、真太陽時 8:00–16:00、測定面 {h:g} m、メッシュ {g:g} m: 日影が {gain:g} 時間を超えて増える周辺建物 {n} 棟（最大 {worst:.1f} 時間）。日影が増えるメッシュ {cells}、減るメッシュ {less}。</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../side_by_side.py" line="128"/>
        <source>Scenario comparison</source>
        <extracomment>the layer kinds copied from the main document under the scenario&apos;s buildings</extracomment>
        <translation>シナリオの比較</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="129"/>
        <source>Left:</source>
        <translation>左:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="130"/>
        <source>Right:</source>
        <translation>右:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="131"/>
        <source>Standing in:</source>
        <translation>時点:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="132"/>
        <source>Single view</source>
        <translation>単一ビュー</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="133"/>
        <source>Switch (X)</source>
        <translation>入れ替え (X)</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="134"/>
        <source>The cameras are linked; X switches the views.</source>
        <translation>カメラは連動しています。X で左右を入れ替えます。</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="159"/>
        <location filename="../side_by_side.py" line="276"/>
        <source>Base</source>
        <translation>現況</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="186"/>
        <source>Every phase</source>
        <translation>すべての段階</translation>
    </message>
</context>
<context>
    <name>SnowPanel</name>
    <message>
        <location filename="../snow_panel.py" line="263"/>
        <location filename="../snow_panel.py" line="612"/>
        <source>All tiers</source>
        <translation>すべての路線区分</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="297"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="300"/>
        <source>This project has no plough tracks yet.

Import an AVL CSV, GPX tracks, a vendor GeoJSON export or plough-tracker snapshots (File ▸ Import…) and a road network; then choose the storm window and click “Run”.</source>
        <translation>このプロジェクトには除雪車の走行記録がまだありません。

AVL CSV、GPX、ベンダーの GeoJSON 出力または除雪車位置のスナップショット (ファイル ▸ 読み込み…) と道路網を読み込み、降雪の期間を選んで「実行」をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="305"/>
        <source>The storm has not been analysed yet.

Choose the storm window above and click “Run” to find the segments each plough served, the service level per tier and what was missed.</source>
        <translation>この降雪はまだ分析されていません。

上で降雪の期間を選び「実行」をクリックすると、各除雪車が除雪した区間、路線区分別のサービス水準、未除雪の区間がわかります。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="316"/>
        <source>Results for {start} – {end} (Japan time)</source>
        <translation>{start} 〜 {end} (日本時間) の結果</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="334"/>
        <source>The results may be out of date: {reason}. Run the analysis again.</source>
        <translation>結果が古い可能性があります: {reason}。分析を再実行してください。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="337"/>
        <source>The results are for another window; click “Run” for this one.</source>
        <translation>結果は別の期間のものです。この期間の結果は「実行」で求められます。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="375"/>
        <source>Unploughed at {time} ({n})</source>
        <translation>{time} に未除雪 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="376"/>
        <source>Missed ({n})</source>
        <translation>未除雪 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="380"/>
        <source>{km} km of priority roads</source>
        <translation>除雪路線 {km} km</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="382"/>
        <source>Late ({n})</source>
        <translation>目標超過 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="383"/>
        <source>Vehicles ({n})</source>
        <translation>車両 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="393"/>
        <source>The chart could not be drawn: {problem}</source>
        <translation>グラフを描けませんでした: {problem}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="522"/>
        <location filename="../snow_panel.py" line="527"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="522"/>
        <source>The storm window must end after it starts.</source>
        <translation>降雪の期間は終了が開始より後である必要があります。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="530"/>
        <location filename="../snow_panel.py" line="543"/>
        <source>Snow coverage</source>
        <translation>除雪の状況</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="541"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="546"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="564"/>
        <location filename="../snow_panel.py" line="590"/>
        <source>Export the missed segments</source>
        <translation>未除雪区間の書き出し</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="565"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Segment</source>
        <translation>区間</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Tier</source>
        <translation>路線区分</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Road class</source>
        <translation>道路種別</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Target (h)</source>
        <translation>目標 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Passes</source>
        <translation>除雪回数</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>First served</source>
        <translation>初回除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <location filename="../snow_panel.py" line="593"/>
        <source>missed</source>
        <translation>未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <source>late</source>
        <translation>目標超過</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <source>served</source>
        <translation>目標内</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="592"/>
        <source>unploughed at {time}</source>
        <translation>{time} に未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="594"/>
        <source>{n} segments ({what}) → {path}</source>
        <translation>{n} 区間 ({what}) → {path}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="600"/>
        <source>Snow</source>
        <translation>除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="601"/>
        <source>Service level per tier</source>
        <translation>路線区分別のサービス水準</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="602"/>
        <source>Unploughed at the clock&apos;s time</source>
        <translation>時計の時刻に未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="603"/>
        <source>List the priority segments not yet served at the time bar&apos;s time (it follows the time bar) instead of those missed in the whole window</source>
        <translation>期間全体の未除雪区間ではなく、タイムバーの時刻にまだ除雪されていない区間を一覧にします (タイムバーに合わせて変わります)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="605"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="606"/>
        <source>The missed list as shown, as CSV (UTF-8, opens in Excel)</source>
        <translation>表示中の未除雪一覧を CSV (UTF-8、Excel で開けます) で書き出します</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="607"/>
        <source>Route tier of the missed and late lists</source>
        <translation>未除雪・目標超過の一覧の路線区分</translation>
    </message>
</context>
<context>
    <name>SnowSegmentsModel</name>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Tier</source>
        <translation>路線区分</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Segment</source>
        <translation>区間</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Target (h)</source>
        <translation>目標 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="391"/>
        <source>First served</source>
        <translation>初回除雪</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="391"/>
        <source>Late (h)</source>
        <translation>超過 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="395"/>
        <source>Hours after the tier&apos;s target (counted from the storm&apos;s start) that the segment was first served</source>
        <translation>降雪開始からの目標時間を過ぎて初めて除雪されるまでの時間</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="398"/>
        <source>First pass with the blade down in the storm window (— never)</source>
        <translation>期間内に除雪板を下げて初めて通過した時刻 (— なし)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="316"/>
        <source>(unnamed)</source>
        <translation>(名称なし)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="409"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="414"/>
        <source>Road segment {id}; double-click to zoom to it</source>
        <translation>道路区間 {id}。ダブルクリックでズームします</translation>
    </message>
</context>
<context>
    <name>SnowTableModel</name>
    <message>
        <location filename="../snow_models.py" line="321"/>
        <source>Tier {n}</source>
        <translation>第{n}次</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="328"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="329"/>
        <source>MM-dd HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
</context>
<context>
    <name>StormWindowBar</name>
    <message>
        <location filename="../snow_window_bar.py" line="95"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="98"/>
        <source>Storm:</source>
        <translation>降雪:</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="99"/>
        <source>Start of the storm (Japan time): service targets count from here</source>
        <translation>降雪の開始 (日本時間)。目標時間はここから数えます</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="100"/>
        <source>End of the storm window (Japan time)</source>
        <translation>降雪の期間の終了 (日本時間)</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="101"/>
        <source>From the first to the last plough position</source>
        <translation>除雪車の最初の位置から最後の位置まで</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="102"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="103"/>
        <source>Split the tracks into trips, find the segments each pass served and the service level per tier for this window; the time bar then replays it</source>
        <translation>走行記録を運行に分け、この期間に各通過が除雪した区間と路線区分別のサービス水準を求めます。その後タイムバーで再生できます</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="106"/>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="107"/>
        <source>Play the storm window on the twin&apos;s clock from its start</source>
        <translation>降雪の期間を最初からツインの時計で再生します</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Colour by</source>
        <translation>色分け</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Colour ramp</source>
        <translation>カラーランプ</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Palette</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Classes</source>
        <translation>階級数</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Class breaks</source>
        <translation>階級の区切り方</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Class edges</source>
        <translation>階級の境界</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="232"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="235"/>
        <source>Single colour</source>
        <translation>単一色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="236"/>
        <source>Categories (by value)</source>
        <translation>カテゴリ（値ごと）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="237"/>
        <source>Graduated (numeric classes)</source>
        <translation>段階（数値の階級）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="238"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然分類 (Jenks)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="239"/>
        <source>Head/tail breaks</source>
        <translation>ヘッド/テール</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="240"/>
        <source>Quantiles (equal counts)</source>
        <translation>分位数（件数が等しい）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="241"/>
        <source>Equal intervals</source>
        <translation>等間隔</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="242"/>
        <source>Fixed class edges (e.g. MLIT flood depths)</source>
        <translation>固定の区切り（国交省の浸水深ランクなど）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="248"/>
        <source>{name} (reversed)</source>
        <translation>{name}（反転）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="252"/>
        <source>Choose the colour</source>
        <translation>色を選択</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="253"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="254"/>
        <source>Layer settings</source>
        <translation>レイヤの設定</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="255"/>
        <source>Double-click a category to change its colour</source>
        <translation>カテゴリをダブルクリックすると色を変更できます</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="256"/>
        <source>Many different numbers: colour by graduated classes instead</source>
        <translation>値の種類が多い数値です。段階（数値の階級）で色分けしてください</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="257"/>
        <source>Use classes</source>
        <translation>階級区分にする</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="258"/>
        <source>Select a layer in the Layers panel to change its colours, labels and legend.</source>
        <translation>レイヤパネルでレイヤを選ぶと、色・ラベル・凡例を変更できます。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="260"/>
        <source>Show this attribute as text at each feature in the 3D view; labels that would overlap are left out</source>
        <translation>この属性を 3D ビューの各地物に文字で表示します（重なるラベルは省略されます）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="262"/>
        <source>Numbers separated by commas, lowest first, e.g. 0, 0.5, 3, 5, inf (inf: an open last class)</source>
        <translation>小さい順にカンマ区切りの数値。例: 0, 0.5, 3, 5, inf（inf: 上限なしの最後の階級）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="275"/>
        <source>No layer selected</source>
        <translation>レイヤが選択されていません</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="294"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="395"/>
        <source>This layer has no attribute to colour by.</source>
        <translation>このレイヤには色分けに使える属性がありません。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="415"/>
        <source>Layer colour</source>
        <translation>レイヤの色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="453"/>
        <source>Class edges must be numbers separated by commas, not “{word}”.</source>
        <translation>階級の境界はカンマ区切りの数値で入力してください（「{word}」は数値ではありません）。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="482"/>
        <source>Colour for {value}</source>
        <translation>{value} の色</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../time_bar.py" line="212"/>
        <source>No layer has times yet.</source>
        <extracomment>step sizes offered (the clock&apos;s own step is added when it is none of these) the mean Gregorian year and month, for naming steps (:func:`calendar_units`)</extracomment>
        <translation>時刻を持つレイヤはまだありません。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="213"/>
        <source>The layers&apos; times are empty.</source>
        <translation>レイヤに時刻の値がありません。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="214"/>
        <source>The time bar moves layers that have a time attribute (reports, plough tracks, …) through time.</source>
        <translation>タイムバーは時刻の属性を持つレイヤ（通報、除雪の軌跡など）を時間に沿って動かします。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="240"/>
        <source>{start} – {end}</source>
        <translation>{start} ～ {end}</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="326"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="326"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="341"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="350"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="350"/>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="353"/>
        <source>{n} months</source>
        <translation>{n} か月</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="354"/>
        <source>{n} week(s)</source>
        <translation>{n} 週</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="354"/>
        <source>{n} day(s)</source>
        <translation>{n} 日</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="355"/>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="355"/>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="358"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="361"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="363"/>
        <source>One step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="364"/>
        <source>One step forward</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="365"/>
        <source>Step of the step buttons and of play</source>
        <translation>ステップ送りと再生の間隔</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="366"/>
        <source>Fit the range to the times of the layers</source>
        <translation>範囲をレイヤの時刻に合わせる</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="367"/>
        <source>The twin&apos;s time (Japan time)</source>
        <translation>ツインの時刻（日本時間）</translation>
    </message>
</context>
<context>
    <name>VehicleSummaryModel</name>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Trips</source>
        <translation>運行</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Ploughed (km)</source>
        <translation>除雪 (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Deadhead (km)</source>
        <translation>回送 (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Working (h)</source>
        <translation>作業 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Idle (h)</source>
        <translation>停車 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Segments served</source>
        <translation>除雪区間数</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="434"/>
        <source>Distance driven with the blade down</source>
        <translation>除雪板を下げて走った距離</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="435"/>
        <source>Distance driven with the blade up</source>
        <translation>除雪板を上げて走った距離 (回送)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="436"/>
        <source>Time standing within trips</source>
        <translation>運行中に停車していた時間</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../viewport.py" line="110"/>
        <source>Other layers</source>
        <translation>その他のレイヤー</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="110"/>
        <source>No value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="111"/>
        <source>Other values</source>
        <translation>その他の値</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="111"/>
        <source>(at the centre of the view)</source>
        <translation>(画面中央)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="168"/>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="187"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="188"/>
        <source>Export &amp;selection</source>
        <translation>選択地物の書き出し(&amp;S)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="189"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="190"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="191"/>
        <source>&amp;Layer</source>
        <translation>レイヤ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="192"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="193"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>&amp;New project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>Create an empty project file</source>
        <translation>空のプロジェクトファイルを作成します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>Open a Kaga Twin project file (.duckdb)</source>
        <translation>Kaga Twin のプロジェクトファイル（.duckdb）を開きます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</source>
        <translation>PLATEAU CityGML（ファイル・フォルダ・zip）または GeoTIFF の DEM を取り込みます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199"/>
        <source>Open area from &amp;lake…</source>
        <translation>レイクから範囲を開く(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199"/>
        <source>Copy a city or a box of a GeoParquet lake (kaga-twin lake build) into this project or a new one</source>
        <translation>GeoParquet レイク（kaga-twin lake build）の市区町村または経緯度の範囲を、このプロジェクトか新しいプロジェクトにコピーします</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="200"/>
        <source>Export s&amp;creenshot…</source>
        <translation>画面を画像で保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="200"/>
        <source>Save the 3D view with its legend as an image</source>
        <translation>3D ビューを凡例付きの画像として保存します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="201"/>
        <source>Export &amp;view (size, PDF layout)…</source>
        <translation>ビューの書き出し（サイズ・PDF レイアウト）(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="202"/>
        <source>The view as a PNG at a chosen size, or an A4 map layout with legend, north arrow, scale, date and sources</source>
        <translation>ビューを指定サイズの PNG、または凡例・方位・縮尺・日付・出典付きの A4 地図レイアウトで書き出します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="204"/>
        <source>As &amp;CSV…</source>
        <translation>CSV 形式(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="204"/>
        <source>Selected features as a CSV table (opens in Excel)</source>
        <translation>選択した地物を CSV 表として保存します（Excel で開けます）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="205"/>
        <source>As &amp;GeoPackage…</source>
        <translation>GeoPackage 形式(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="205"/>
        <source>Selected features with their geometry, for QGIS</source>
        <translation>選択した地物を形状付きで保存します（QGIS 用）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="206"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="206"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="208"/>
        <source>Kaga Onsen Station</source>
        <translation>加賀温泉駅</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="208"/>
        <source>Look at the station area</source>
        <translation>駅周辺を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="209"/>
        <source>Whole area</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="209"/>
        <source>Show everything in the project</source>
        <translation>プロジェクト全体を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="210"/>
        <source>Top view (2D)</source>
        <translation>真上から (2D)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="210"/>
        <source>Straight down, north up, like a map</source>
        <translation>地図のように北を上にして真上から表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="211"/>
        <source>Zoom to selection</source>
        <translation>選択地物にズーム</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="211"/>
        <source>Frame the selected features</source>
        <translation>選択した地物が収まるように表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="212"/>
        <source>Clear selection</source>
        <translation>選択をすべて解除</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="212"/>
        <source>Deselect everything (Esc in the 3D view)</source>
        <translation>すべての選択を解除します（3D ビューでは Esc）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213"/>
        <source>Add default layers</source>
        <translation>標準レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213"/>
        <source>Add terrain, roads and buildings layers for data without a layer</source>
        <translation>レイヤのないデータに地形・道路・建物のレイヤを追加します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="214"/>
        <source>Add &amp;vector layer…</source>
        <translation>ベクタレイヤを追加(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="214"/>
        <source>Points, lines or polygons from any table, view or SQL query with a geometry</source>
        <translation>ジオメトリを持つテーブル・ビュー・SQL クエリから点・線・面を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="215"/>
        <source>Add &amp;raster overlay…</source>
        <translation>ラスタ重ね合わせを追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="215"/>
        <source>A stored raster draped on the terrain, coloured by value</source>
        <translation>保存済みのラスタを値で色分けして地形に重ねます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="216"/>
        <source>&amp;Run analysis…</source>
        <translation>分析を実行(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="216"/>
        <source>Run one of the themes&apos; analyses with the project&apos;s parameters (recorded; cancellable)</source>
        <translation>テーマの分析をプロジェクトのパラメータで実行します（記録され、中止できます）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="217"/>
        <source>Legend in the 3D view</source>
        <translation>3D ビューに凡例を表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="217"/>
        <source>Show the legend inside the 3D view and in screenshots</source>
        <translation>3D ビュー内と保存画像に凡例を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="218"/>
        <source>&amp;Measure</source>
        <translation>計測(&amp;M)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="218"/>
        <source>Measure distances, areas and heights on the 3D view (Ctrl+M)</source>
        <translation>3D ビューで距離・面積・高さを計測します（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>Find a building, road, repair case or segment by name or number (Ctrl+F)</source>
        <translation>建物・道路・補修案件・区間を名称や番号で検索します（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="220"/>
        <source>&amp;About Kaga Twin</source>
        <translation>Kaga Twin について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="221"/>
        <location filename="../window_actions.py" line="361"/>
        <source>Mouse and keys</source>
        <translation>マウスとキー操作</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="228"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="246"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="247"/>
        <source>Kaga Twin project (*.duckdb);;All files (*)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="255"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="255"/>
        <location filename="../window_actions.py" line="272"/>
        <location filename="../window_actions.py" line="337"/>
        <source>Open or create a project first.</source>
        <translation>先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="272"/>
        <source>Add layer</source>
        <translation>レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="284"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="285"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 画像 (*.png);;JPEG 画像 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="304"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="305"/>
        <location filename="../window_actions.py" line="313"/>
        <source>Export view</source>
        <translation>ビューの書き出し</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="316"/>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="323"/>
        <location filename="../window_actions.py" line="327"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="324"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>何も選択されていません。先に 3D ビューか属性テーブルで地物を選択してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="326"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="326"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="337"/>
        <source>Run analysis</source>
        <translation>分析の実行</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="353"/>
        <source>About Kaga Twin</source>
        <translation>Kaga Twin について</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="354"/>
        <source>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;石川県加賀市のデスクトップ版デジタルツインです。PLATEAU の 3D 都市モデル、地形、道路を一つのプロジェクトファイルで扱います。&lt;/p&gt;&lt;p&gt;3D 都市モデル: PLATEAU（国土交通省）、CC BY 4.0。同梱のサンプルは合成データです。&lt;/p&gt;&lt;p&gt;プロジェクト: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="362"/>
        <source>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Ctrl+F: search by name or number · Ctrl+M: measure (click points; double-click or Enter ends, Esc cancels)
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</source>
        <translation>左ドラッグ: 回転 ・ 中ドラッグまたは Shift+右ドラッグ: 移動 ・ ホイールまたは右ドラッグ: ズーム
クリック: 建物や道路を選択し、地物情報に表示
Ctrl+クリック: 地物を選択に追加・解除 ・ Shift+ドラッグ: 四角形内の地物をすべて選択
Esc: 選択を解除 ・ Ctrl+1 / 2 / 3: 加賀温泉駅、全体表示、真上から
Ctrl+F: 名称や番号で検索 ・ Ctrl+M: 計測（点をクリック。ダブルクリックか Enter で終了、Esc で中止）
属性テーブル:  usage = &apos;商業施設&apos;  のような SQL の条件を入力して Enter。</translation>
    </message>
</context>
</TS>
