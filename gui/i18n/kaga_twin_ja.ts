<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddRasterLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="125"/>
        <source>Add raster overlay</source>
        <translation>ラスタ重ね合わせを追加</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="126"/>
        <source>Raster</source>
        <translation>ラスタ</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="127"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="128"/>
        <source>Layer name</source>
        <translation>レイヤ名</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="129"/>
        <source>(the raster&apos;s name)</source>
        <translation>（ラスタの名前）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="131"/>
        <source>{name} ({kind}, {width}×{height} px, {bands} band(s))</source>
        <translation>{name}（{kind}、{width}×{height} ピクセル、{bands} バンド）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="135"/>
        <source>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</source>
        <translation>プロジェクトにラスタがありません。先に GeoTIFF をインポートしてください（ファイル ▸ インポート…）。</translation>
    </message>
</context>
<context>
    <name>AddVectorLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="84"/>
        <source>Add vector layer</source>
        <translation>ベクタレイヤを追加</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="85"/>
        <source>Table or view</source>
        <translation>テーブル／ビュー</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="86"/>
        <source>SQL query</source>
        <translation>SQL クエリ</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="87"/>
        <source>Layer name</source>
        <translation>レイヤ名</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="88"/>
        <source>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</source>
        <translation>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="90"/>
        <source>(the table&apos;s name)</source>
        <translation>（テーブルの名前）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="92"/>
        <source>{name} ({rows:,} features)</source>
        <translation>{name}（{rows:,} 件）</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="93"/>
        <source>SQL query…</source>
        <translation>SQL クエリ…</translation>
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
        <location filename="../attribute_table_model.py" line="378"/>
        <source>Column {name} ({type}); use this name in the filter.</source>
        <translation>列 {name}（{type}）。フィルタではこの名前を使います。</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <location filename="../attribute_table.py" line="162"/>
        <source>The table of this layer cannot be read: {error}</source>
        <translation>このレイヤのテーブルを読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="191"/>
        <source>Filter (SQL WHERE):</source>
        <translation>フィルタ（SQL WHERE）:</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="192"/>
        <source>e.g. usage = &apos;商業施設&apos; AND measured_height &gt; 20</source>
        <translation>例: usage = &apos;商業施設&apos; AND measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="193"/>
        <source>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</source>
        <translation>列に対する SQL の条件（列名は見出しの下に表示）。Enter で適用、空欄ですべての地物を表示します。</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="195"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="196"/>
        <source>Selected only</source>
        <translation>選択のみ表示</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="197"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="198"/>
        <source>Select every feature that matches the filter, also rows not loaded yet</source>
        <translation>フィルタに一致するすべての地物を選択します（まだ読み込まれていない行も含む）</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="199"/>
        <source>Deselect</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="200"/>
        <source>Zoom to selection</source>
        <translation>選択地物にズーム</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="218"/>
        <source>The filter was not applied: {error}</source>
        <translation>フィルタを適用できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="335"/>
        <source>No layer with attributes selected</source>
        <translation>属性を持つレイヤが選択されていません</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="340"/>
        <source>{matching} of {total} features shown, {selected} selected</source>
        <translation>{total} 件中 {matching} 件を表示、{selected} 件選択</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../export.py" line="79"/>
        <source>… {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../export.py" line="124"/>
        <source>The image could not be written to {path}.</source>
        <translation>画像を {path} に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../export.py" line="184"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>何も選択されていません。先に 3D ビューか属性テーブルで地物を選択してください。</translation>
    </message>
    <message>
        <location filename="../export.py" line="208"/>
        <source>Choose a .csv or .gpkg file.</source>
        <translation>.csv または .gpkg のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../export.py" line="245"/>
        <location filename="../export.py" line="250"/>
        <source>{path} could not be written: {problem}</source>
        <translation>{path} に書き込めませんでした: {problem}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../fields.py" line="12"/>
        <source>Feature ID</source>
        <translation>地物ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="13"/>
        <source>GML ID</source>
        <translation>GML ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="14"/>
        <source>Building ID</source>
        <translation>建物ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../fields.py" line="16"/>
        <source>Class code</source>
        <translation>分類コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="17"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../fields.py" line="18"/>
        <source>Usage code</source>
        <translation>用途コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="19"/>
        <source>Usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../fields.py" line="20"/>
        <source>Measured height (m)</source>
        <translation>計測高さ (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="21"/>
        <source>Storeys above ground</source>
        <translation>地上階数</translation>
    </message>
    <message>
        <location filename="../fields.py" line="22"/>
        <source>Storeys below ground</source>
        <translation>地下階数</translation>
    </message>
    <message>
        <location filename="../fields.py" line="23"/>
        <source>Year built</source>
        <translation>建築年</translation>
    </message>
    <message>
        <location filename="../fields.py" line="24"/>
        <source>Total floor area (m²)</source>
        <translation>延床面積 (m²)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="25"/>
        <source>Structure code</source>
        <translation>構造種別コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="26"/>
        <source>Structure</source>
        <translation>構造種別</translation>
    </message>
    <message>
        <location filename="../fields.py" line="27"/>
        <source>LOD1 height type code</source>
        <translation>LOD1 高さ種別コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="28"/>
        <source>LOD1 height type</source>
        <translation>LOD1 高さ種別</translation>
    </message>
    <message>
        <location filename="../fields.py" line="29"/>
        <source>Level of detail</source>
        <translation>詳細度 (LOD)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="30"/>
        <source>Ground height (T.P. m)</source>
        <translation>地盤高 (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="31"/>
        <source>Roof height (T.P. m)</source>
        <translation>屋根高 (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="32"/>
        <source>Mesh code</source>
        <translation>メッシュコード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="33"/>
        <source>i-UR version</source>
        <translation>i-UR バージョン</translation>
    </message>
    <message>
        <location filename="../fields.py" line="34"/>
        <source>Other attributes</source>
        <translation>その他の属性</translation>
    </message>
    <message>
        <location filename="../fields.py" line="35"/>
        <source>Source file</source>
        <translation>元ファイル</translation>
    </message>
    <message>
        <location filename="../fields.py" line="36"/>
        <source>Source</source>
        <translation>取込元</translation>
    </message>
    <message>
        <location filename="../fields.py" line="37"/>
        <source>Function code</source>
        <translation>機能コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="38"/>
        <source>Function</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../fields.py" line="39"/>
        <source>Width (m)</source>
        <translation>幅員 (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="40"/>
        <source>Width type code</source>
        <translation>幅員区分コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="41"/>
        <source>Width type</source>
        <translation>幅員区分</translation>
    </message>
    <message>
        <location filename="../fields.py" line="42"/>
        <source>Lanes</source>
        <translation>車線数</translation>
    </message>
    <message>
        <location filename="../fields.py" line="43"/>
        <source>Section type code</source>
        <translation>区間種別コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="44"/>
        <source>Section type</source>
        <translation>区間種別</translation>
    </message>
    <message>
        <location filename="../fields.py" line="45"/>
        <source>Risk type</source>
        <translation>災害リスクの種類</translation>
    </message>
    <message>
        <location filename="../fields.py" line="46"/>
        <source>Description code</source>
        <translation>名称コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="47"/>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../fields.py" line="48"/>
        <source>Rank code</source>
        <translation>ランクコード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="49"/>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../fields.py" line="50"/>
        <source>Depth (m)</source>
        <translation>浸水深 (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="51"/>
        <source>Duration (h)</source>
        <translation>浸水継続時間 (h)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="52"/>
        <source>Scale code</source>
        <translation>規模コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="53"/>
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>Administrator code</source>
        <translation>指定機関コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="55"/>
        <source>Administrator</source>
        <translation>指定機関</translation>
    </message>
    <message>
        <location filename="../fields.py" line="56"/>
        <source>Area type code</source>
        <translation>区域区分コード</translation>
    </message>
    <message>
        <location filename="../fields.py" line="57"/>
        <source>Area type</source>
        <translation>区域区分</translation>
    </message>
    <message>
        <location filename="../fields.py" line="58"/>
        <source>Max flood depth (m)</source>
        <translation>最大浸水深 (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="59"/>
        <source>Disaster risk records</source>
        <translation>災害リスク件数</translation>
    </message>
    <message>
        <location filename="../fields.py" line="60"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../fields.py" line="61"/>
        <source>Elevation (T.P. m)</source>
        <translation>標高 (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="65"/>
        <source>River flooding</source>
        <translation>洪水浸水想定</translation>
    </message>
    <message>
        <location filename="../fields.py" line="66"/>
        <source>Inland flooding</source>
        <translation>内水浸水想定</translation>
    </message>
    <message>
        <location filename="../fields.py" line="67"/>
        <source>Reservoir flooding</source>
        <translation>ため池浸水想定</translation>
    </message>
    <message>
        <location filename="../fields.py" line="68"/>
        <source>Tsunami</source>
        <translation>津波浸水想定</translation>
    </message>
    <message>
        <location filename="../fields.py" line="69"/>
        <source>Storm surge</source>
        <translation>高潮浸水想定</translation>
    </message>
    <message>
        <location filename="../fields.py" line="70"/>
        <source>Landslide</source>
        <translation>土砂災害警戒区域</translation>
    </message>
    <message>
        <location filename="../fields.py" line="75"/>
        <source>buildings</source>
        <translation>建物</translation>
    </message>
    <message>
        <location filename="../fields.py" line="76"/>
        <source>building surfaces</source>
        <translation>建物の面</translation>
    </message>
    <message>
        <location filename="../fields.py" line="77"/>
        <source>risk records</source>
        <translation>災害リスク</translation>
    </message>
    <message>
        <location filename="../fields.py" line="78"/>
        <source>roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../fields.py" line="79"/>
        <source>road surfaces</source>
        <translation>道路の面</translation>
    </message>
    <message>
        <location filename="../fields.py" line="80"/>
        <source>rasters</source>
        <translation>ラスタ</translation>
    </message>
    <message>
        <location filename="../fields.py" line="113"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../fields.py" line="113"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../fields.py" line="122"/>
        <source>({n} bytes)</source>
        <translation>（{n} バイト）</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="197"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="197"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Click a building or road in the 3D view to see everything about it.</source>
        <translation>3D ビューで建物や道路をクリックすると、その情報がすべて表示されます。</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="255"/>
        <source>{n} entries</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="267"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;レイヤ {layer}、地物 {fid}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="270"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="290"/>
        <source>Other PLATEAU attributes</source>
        <translation>その他の PLATEAU 属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="297"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="300"/>
        <source>Latitude, longitude</source>
        <translation>緯度・経度</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="302"/>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="305"/>
        <source>Footprint area (m²)</source>
        <translation>建築面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="305"/>
        <source>Area (m²)</source>
        <translation>面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="309"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="314"/>
        <source>Disaster risks ({n})</source>
        <translation>災害リスク（{n} 件）</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="316"/>
        <source>None recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="323"/>
        <source>{depth} m deep</source>
        <translation>浸水深 {depth} m</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="338"/>
        <source>3D geometry</source>
        <translation>3D 形状</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="339"/>
        <source>LOD1 polygons</source>
        <translation>LOD1 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="340"/>
        <source>LOD2 polygons</source>
        <translation>LOD2 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="376"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="377"/>
        <source>Copy everything</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="381"/>
        <source>Zoom to feature</source>
        <translation>地物にズーム</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../import_dialog.py" line="167"/>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="167"/>
        <source>Importing {names}</source>
        <translation>{names} をインポートしています</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="196"/>
        <source>no features</source>
        <translation>地物なし</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="197"/>
        <source>✓ {name}: {counts}</source>
        <translation>✓ {name}: {counts}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="199"/>
        <source>    {n} warning(s), e.g. {first}</source>
        <translation>    警告 {n} 件（例: {first}）</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="202"/>
        <source>    {n} item(s) skipped, e.g. {first}</source>
        <translation>    スキップ {n} 件（例: {first}）</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="205"/>
        <source>✗ {message}</source>
        <translation>✗ {message}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="207"/>
        <source>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</source>
        <translation>インポートを中止しました。取り込み中だったデータは取り消され、プロジェクトには残っていません。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="210"/>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="210"/>
        <source>Import partly failed</source>
        <translation>一部のインポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212"/>
        <source>Import cancelled</source>
        <translation>インポートを中止しました</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="214"/>
        <source>Import finished</source>
        <translation>インポートが完了しました</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="38"/>
        <source>All supported files</source>
        <translation>対応しているすべてのファイル</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="39"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="83"/>
        <source>Import data</source>
        <translation>データのインポート</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="84"/>
        <source>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</source>
        <translation>PLATEAU の CityGML ファイル、データセットのフォルダ、ダウンロードしたままの .zip、または GeoTIFF の標高モデルを追加してください。各データは一括で取り込まれ、失敗や中止の場合はプロジェクトは元のままです。</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="87"/>
        <source>Add files or zip…</source>
        <translation>ファイル・zip を追加…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="88"/>
        <source>Add folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="121"/>
        <source>Choose files to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="126"/>
        <source>Choose a dataset folder</source>
        <translation>データセットのフォルダを選択</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../layer_panel.py" line="214"/>
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
        <location filename="../layer_panel.py" line="224"/>
        <source>Buildings</source>
        <translation>建物</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="224"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="224"/>
        <source>Terrain</source>
        <translation>地形</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="225"/>
        <source>Vector</source>
        <translation>ベクタ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="225"/>
        <source>Raster</source>
        <translation>ラスタ</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="375"/>
        <location filename="../layer_panel.py" line="539"/>
        <source>Zoom to layer</source>
        <translation>レイヤにズーム</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="376"/>
        <source>Show the whole of the selected layer</source>
        <translation>選択したレイヤ全体を表示します</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="377"/>
        <source>Move the layer up</source>
        <translation>レイヤを上へ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="379"/>
        <source>Move the layer down</source>
        <translation>レイヤを下へ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="381"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="382"/>
        <source>Remove the selected layers from the view (the data stays in the project)</source>
        <translation>選択したレイヤを表示から削除します（データはプロジェクトに残ります）</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="383"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="384"/>
        <location filename="../layer_panel.py" line="491"/>
        <source>Remove layer</source>
        <translation>レイヤを削除</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="385"/>
        <source>Check to show, drag to reorder, F2 to rename, right-click for more</source>
        <translation>チェックで表示、ドラッグで並べ替え、F2 で名前の変更、右クリックでその他の操作</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="490"/>
        <source>{n} layers</source>
        <translation>{n} 個のレイヤ</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="492"/>
        <source>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</source>
        <translation>{names} を表示から削除しますか？データはプロジェクトに残りますが、レイヤのスタイルは失われます。</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="541"/>
        <source>Open attribute table</source>
        <translation>属性テーブルを開く</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="542"/>
        <source>Style…</source>
        <translation>スタイル…</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="544"/>
        <source>Visible</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="551"/>
        <source>Add default layers for data without a layer</source>
        <translation>レイヤのないデータに標準レイヤを追加</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>The 3D view could not be built</source>
        <translation>3D ビューを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Layer {name} could not be drawn: {error}</source>
        <translation>レイヤ {name} を描画できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Imported {names}: {n} features</source>
        <translation>{names} をインポートしました: {n} 地物</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Every kind of data already has a layer.</source>
        <translation>すべてのデータにレイヤがあります。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <location filename="../main_window.py" line="264"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Exported {n} features to {path}</source>
        <translation>{n} 件の地物を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>One CSV file per layer was written:</source>
        <translation>レイヤごとに CSV ファイルを書き出しました:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>{layer}: {n} features → {file}</source>
        <translation>{layer}: {n} 件 → {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Cursor: —</source>
        <translation>カーソル: —</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</source>
        <translation>北緯 {lat:.5f}°、東経 {lon:.5f}°、標高 T.P. {z:.1f} m</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>{name}: {total} features, {selected} selected</source>
        <translation>{name}: {total} 件、{selected} 件選択</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>No features</source>
        <translation>地物なし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <location filename="../main_window.py" line="344"/>
        <source>Kaga Twin</source>
        <translation>Kaga Twin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343"/>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Import running</source>
        <translation>インポート実行中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>An import is running. Cancel it and close?</source>
        <translation>インポートを実行中です。中止して終了しますか？</translation>
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
    <name>PanelDocks</name>
    <message>
        <location filename="../docks.py" line="63"/>
        <source>Layers</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location filename="../docks.py" line="64"/>
        <source>Style and legend</source>
        <translation>スタイルと凡例</translation>
    </message>
    <message>
        <location filename="../docks.py" line="65"/>
        <source>Identify</source>
        <translation>地物情報</translation>
    </message>
    <message>
        <location filename="../docks.py" line="66"/>
        <source>Attribute table</source>
        <translation>属性テーブル</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../workers.py" line="152"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../workers.py" line="179"/>
        <source>Cancelling… the import is being rolled back.</source>
        <translation>中止しています… 取り込んだ内容を取り消しています。</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../project_session.py" line="97"/>
        <location filename="../project_session.py" line="108"/>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="114"/>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="116"/>
        <source>read-only: changes to layers and styles are not saved</source>
        <translation>読み取り専用: レイヤやスタイルの変更は保存されません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="129"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="131"/>
        <source>This project is open; choose another file name.</source>
        <translation>このプロジェクトは開いています。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="143"/>
        <source>New empty project. Use Import… to add PLATEAU data or a DEM.</source>
        <translation>空のプロジェクトを作成しました。「インポート…」で PLATEAU データや DEM を追加してください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="177"/>
        <source>The layer settings could not be saved: {error}</source>
        <translation>レイヤの設定を保存できませんでした: {error}</translation>
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
    <name>StylePanel</name>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Colour by</source>
        <translation>色分け</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Colour ramp</source>
        <translation>カラーランプ</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Palette</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Classes</source>
        <translation>階級数</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="219"/>
        <source>Class breaks</source>
        <translation>階級の区切り方</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="219"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="220"/>
        <source>Vertical exaggeration</source>
        <translation>高さの強調</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="220"/>
        <source>Level of detail</source>
        <translation>詳細度 (LOD)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="223"/>
        <source>Single colour</source>
        <translation>単一色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="224"/>
        <source>Categories (by value)</source>
        <translation>カテゴリ（値ごと）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="225"/>
        <source>Graduated (numeric classes)</source>
        <translation>段階（数値の階級）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="226"/>
        <source>Quantiles (equal counts)</source>
        <translation>分位数（件数が等しい）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="227"/>
        <source>Equal intervals</source>
        <translation>等間隔</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="228"/>
        <source>Fixed class edges (e.g. MLIT flood depths)</source>
        <translation>固定の区分（国交省の浸水深ランクなど）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>LOD2 where available, else LOD1</source>
        <translation>LOD2（ない建物は LOD1）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>LOD1 blocks only</source>
        <translation>LOD1 の箱型のみ</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="236"/>
        <source>{name} (reversed)</source>
        <translation>{name}（反転）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="240"/>
        <source>Choose the colour</source>
        <translation>色を選択</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="241"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="242"/>
        <source>Double-click a category to change its colour</source>
        <translation>カテゴリをダブルクリックすると色を変更できます</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="255"/>
        <source>No layer selected</source>
        <translation>レイヤが選択されていません</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="391"/>
        <source>This layer has no attribute to colour by.</source>
        <translation>このレイヤには色分けに使える属性がありません。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="405"/>
        <source>Layer colour</source>
        <translation>レイヤの色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="425"/>
        <source>There are no fixed class edges for this attribute.</source>
        <translation>この属性には固定の区分がありません。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="471"/>
        <source>Colour for {value}</source>
        <translation>{value} の色</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../viewport.py" line="102"/>
        <source>Other layers</source>
        <translation>その他のレイヤー</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="102"/>
        <source>No value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="103"/>
        <source>Other values</source>
        <translation>その他の値</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="103"/>
        <source>(at the centre of the view)</source>
        <translation>(画面中央)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="122"/>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="137"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="139"/>
        <source>Export &amp;selection</source>
        <translation>選択地物の書き出し(&amp;S)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="140"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="141"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="142"/>
        <source>&amp;Layer</source>
        <translation>レイヤ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="143"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="145"/>
        <source>&amp;New project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="145"/>
        <source>Create an empty project file</source>
        <translation>空のプロジェクトファイルを作成します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="146"/>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="146"/>
        <source>Open a Kaga Twin project file (.duckdb)</source>
        <translation>Kaga Twin のプロジェクトファイル（.duckdb）を開きます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="147"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="147"/>
        <source>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</source>
        <translation>PLATEAU CityGML（ファイル・フォルダ・zip）または GeoTIFF の DEM を取り込みます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="148"/>
        <source>Export s&amp;creenshot…</source>
        <translation>画面を画像で保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="148"/>
        <source>Save the 3D view with its legend as an image</source>
        <translation>3D ビューを凡例付きの画像として保存します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="149"/>
        <source>As &amp;CSV…</source>
        <translation>CSV 形式(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="149"/>
        <source>Selected features as a CSV table (opens in Excel)</source>
        <translation>選択した地物を CSV 表として保存します（Excel で開けます）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="150"/>
        <source>As &amp;GeoPackage…</source>
        <translation>GeoPackage 形式(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="150"/>
        <source>Selected features with their geometry, for QGIS</source>
        <translation>選択した地物を形状付きで保存します（QGIS 用）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153"/>
        <source>Kaga Onsen Station</source>
        <translation>加賀温泉駅</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153"/>
        <source>Look at the station area</source>
        <translation>駅周辺を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="154"/>
        <source>Whole area</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="154"/>
        <source>Show everything in the project</source>
        <translation>プロジェクト全体を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="155"/>
        <source>Top view (2D)</source>
        <translation>真上から (2D)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="155"/>
        <source>Straight down, north up, like a map</source>
        <translation>地図のように北を上にして真上から表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="156"/>
        <source>Zoom to selection</source>
        <translation>選択地物にズーム</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="156"/>
        <source>Frame the selected features</source>
        <translation>選択した地物が収まるように表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="157"/>
        <source>Clear selection</source>
        <translation>選択をすべて解除</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="157"/>
        <source>Deselect everything (Esc in the 3D view)</source>
        <translation>すべての選択を解除します（3D ビューでは Esc）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="158"/>
        <source>Add default layers</source>
        <translation>標準レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="158"/>
        <source>Add terrain, roads and buildings layers for data without a layer</source>
        <translation>レイヤのないデータに地形・道路・建物のレイヤを追加します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="159"/>
        <source>Add &amp;vector layer…</source>
        <translation>ベクタレイヤを追加(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="159"/>
        <source>Points, lines or polygons from any table, view or SQL query with a geometry</source>
        <translation>ジオメトリを持つテーブル・ビュー・SQL クエリから点・線・面を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="160"/>
        <source>Add &amp;raster overlay…</source>
        <translation>ラスタ重ね合わせを追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="160"/>
        <source>A stored raster draped on the terrain, coloured by value</source>
        <translation>保存済みのラスタを値で色分けして地形に重ねます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="161"/>
        <source>Legend in the 3D view</source>
        <translation>3D ビューに凡例を表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="161"/>
        <source>Show the legend inside the 3D view and in screenshots</source>
        <translation>3D ビュー内と保存画像に凡例を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="162"/>
        <source>&amp;About Kaga Twin</source>
        <translation>Kaga Twin について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="163"/>
        <location filename="../window_actions.py" line="255"/>
        <source>Mouse and keys</source>
        <translation>マウスとキー操作</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="170"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="177"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="178"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="185"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>Kaga Twin project (*.duckdb);;All files (*)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <location filename="../window_actions.py" line="207"/>
        <source>Open or create a project first.</source>
        <translation>先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="207"/>
        <source>Add layer</source>
        <translation>レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="220"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 画像 (*.png);;JPEG 画像 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="229"/>
        <location filename="../window_actions.py" line="233"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="230"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>何も選択されていません。先に 3D ビューか属性テーブルで地物を選択してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="232"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="232"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="247"/>
        <source>About Kaga Twin</source>
        <translation>Kaga Twin について</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="248"/>
        <source>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;石川県加賀市のデスクトップ版デジタルツインです。PLATEAU の 3D 都市モデル、地形、道路を一つのプロジェクトファイルで扱います。&lt;/p&gt;&lt;p&gt;3D 都市モデル: PLATEAU（国土交通省）、CC BY 4.0。同梱のサンプルは合成データです。&lt;/p&gt;&lt;p&gt;プロジェクト: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="256"/>
        <source>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</source>
        <translation>左ドラッグ: 回転 ・ 中ドラッグまたは Shift+右ドラッグ: 移動 ・ ホイールまたは右ドラッグ: ズーム
クリック: 建物や道路を選択し、地物情報に表示
Ctrl+クリック: 地物を選択に追加・解除 ・ Shift+ドラッグ: 四角形内の地物をすべて選択
Esc: 選択を解除 ・ Ctrl+1 / 2 / 3: 加賀温泉駅、全体表示、真上から
属性テーブル:  usage = &apos;商業施設&apos;  のような SQL の条件を入力して Enter。</translation>
    </message>
</context>
</TS>
