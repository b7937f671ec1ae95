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
    <name>AnalysisDialog</name>
    <message>
        <location filename="../analysis_dialog.py" line="52"/>
        <location filename="../analysis_dialog.py" line="132"/>
        <location filename="../analysis_dialog.py" line="141"/>
        <location filename="../analysis_dialog.py" line="156"/>
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
        <location filename="../analysis_dialog.py" line="152"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="155"/>
        <source>The analysis failed: nothing was changed.</source>
        <translation>分析に失敗しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="161"/>
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
        <location filename="../attribute_table_model.py" line="383"/>
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
        <location filename="../identify_panel.py" line="200"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="200"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="211"/>
        <source>Click a building or road in the 3D view to see everything about it.</source>
        <translation>3D ビューで建物や道路をクリックすると、その情報がすべて表示されます。</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="258"/>
        <source>{n} entries</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="270"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;レイヤ {layer}、地物 {fid}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="273"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="293"/>
        <source>Other PLATEAU attributes</source>
        <translation>その他の PLATEAU 属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="300"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="303"/>
        <source>Latitude, longitude</source>
        <translation>緯度・経度</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="305"/>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="308"/>
        <source>Footprint area (m²)</source>
        <translation>建築面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="308"/>
        <source>Area (m²)</source>
        <translation>面積 (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="312"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="342"/>
        <source>None recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="349"/>
        <source>{depth} m deep</source>
        <translation>浸水深 {depth} m</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="366"/>
        <source>LOD1 polygons</source>
        <translation>LOD1 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="367"/>
        <source>LOD2 polygons</source>
        <translation>LOD2 ポリゴン数</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="400"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="401"/>
        <source>Copy everything</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="405"/>
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
        <location filename="../main_window.py" line="145"/>
        <source>The 3D view could not be built</source>
        <translation>3D ビューを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>Layer {name} could not be drawn: {error}</source>
        <translation>レイヤ {name} を描画できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>Imported {names}: {n} features</source>
        <translation>{names} をインポートしました: {n} 地物</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>Analysis {name} finished (run {id})</source>
        <translation>分析 {name} が終わりました（実行 {id}）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>Every kind of data already has a layer.</source>
        <translation>すべてのデータにレイヤがあります。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <location filename="../main_window.py" line="297"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Exported {n} features to {path}</source>
        <translation>{n} 件の地物を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>One CSV file per layer was written:</source>
        <translation>レイヤごとに CSV ファイルを書き出しました:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299"/>
        <source>{layer}: {n} features → {file}</source>
        <translation>{layer}: {n} 件 → {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Cursor: —</source>
        <translation>カーソル: —</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349"/>
        <source>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</source>
        <translation>北緯 {lat:.5f}°、東経 {lon:.5f}°、標高 T.P. {z:.1f} m</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="354"/>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369"/>
        <source>{name}: {total} features, {selected} selected</source>
        <translation>{name}: {total} 件、{selected} 件選択</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>No features</source>
        <translation>地物なし</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="381"/>
        <source>Coordinate system of the project</source>
        <translation>プロジェクトの座標系</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385"/>
        <location filename="../main_window.py" line="388"/>
        <source>Kaga Twin</source>
        <translation>Kaga Twin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>Import running</source>
        <translation>インポート実行中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
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
        <location filename="../project_session.py" line="104"/>
        <location filename="../project_session.py" line="115"/>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="122"/>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="124"/>
        <source>read-only: changes to layers and styles are not saved</source>
        <translation>読み取り専用: レイヤやスタイルの変更は保存されません</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="135"/>
        <source>Some saved layers could not be restored</source>
        <translation>保存されたレイヤの一部を復元できませんでした</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="136"/>
        <source>The project opened; these parts of its saved layout were left out:</source>
        <translation>プロジェクトは開きました。保存されたレイアウトのうち、次のものは除きました:</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="153"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="155"/>
        <source>This project is open; choose another file name.</source>
        <translation>このプロジェクトは開いています。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="169"/>
        <source>New empty project. Use Import… to add PLATEAU data or a DEM.</source>
        <translation>空のプロジェクトを作成しました。「インポート…」で PLATEAU データや DEM を追加してください。</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="203"/>
        <source>The layer settings could not be saved: {error}</source>
        <translation>レイヤの設定を保存できませんでした: {error}</translation>
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
        <location filename="../road_damage_panel.py" line="203"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="206"/>
        <source>This project has no road-damage reports yet.

Import a My City Report, Open311 or FixMyStreet export or AI detections (File ▸ Import…) and a road network; then the analysis groups the reports into repair cases and ranks them here.</source>
        <translation>このプロジェクトには道路損傷の通報がまだありません。

My City Report、Open311、FixMyStreet の書き出しや AI 検出結果 (ファイル ▸ 取り込み…) と道路網を取り込むと、分析が通報を補修案件にまとめ、ここに優先順に並べます。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="211"/>
        <source>The reports are not grouped into repair cases yet.

Click “Re-run analysis” to match them to the road segments, group them into cases and rank them.</source>
        <translation>通報はまだ補修案件にまとめられていません。

「分析を再実行」で通報を道路区間に対応付け、案件にまとめて優先順に並べます。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="228"/>
        <source>The list may be out of date: {reason}. Re-run the analysis.</source>
        <translation>一覧が古い可能性があります: {reason}。分析を再実行してください。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="243"/>
        <source>{shown} of {total} cases</source>
        <translation>{total} 件中 {shown} 件の案件</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="259"/>
        <source>The top of the list. Choose a case to see it on the map.</source>
        <translation>一覧の先頭の案件です。案件を選ぶと地図に表示します。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="261"/>
        <source>No case matches the filter.</source>
        <translation>条件に合う案件はありません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="384"/>
        <source>Change the status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="386"/>
        <source>Case {id}: {status} ({n} report(s))</source>
        <translation>案件 {id}: {status} (通報 {n} 件)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="407"/>
        <location filename="../road_damage_panel.py" line="416"/>
        <location filename="../road_damage_panel.py" line="429"/>
        <location filename="../road_damage_panel.py" line="511"/>
        <source>Re-run analysis</source>
        <translation>分析を再実行</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="426"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="432"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました。</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="460"/>
        <source>Printable PDF, one page per work package (*.pdf)</source>
        <translation>印刷用 PDF、作業区画ごとに 1 ページ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="461"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="461"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="468"/>
        <location filename="../road_damage_panel.py" line="501"/>
        <source>Export work orders</source>
        <translation>作業指示書の書き出し</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="498"/>
        <source>Unknown export format {fmt}</source>
        <translation>不明な書き出し形式 {fmt}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="504"/>
        <source>{n} work orders in {p} packages → {path}</source>
        <translation>作業指示 {n} 件 (作業区画 {p}) → {path}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="510"/>
        <source>Road damage</source>
        <translation>道路損傷</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="512"/>
        <source>Match the reports to the roads, group them into cases and rank them again, with the weights kept in the project</source>
        <translation>プロジェクトに保存された重みで、通報の道路への対応付け、案件へのまとめ、優先順位付けをやり直します</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="514"/>
        <source>Weights…</source>
        <translation>重み…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="515"/>
        <source>Edit the weights of the priority (kept in the project)</source>
        <translation>優先度の重みを編集します (プロジェクトに保存)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="516"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="517"/>
        <source>Work orders of the cases with the ticked statuses in the chosen area (all areas when none is chosen): PDF, CSV or GeoPackage</source>
        <translation>チェックした状態の案件の作業指示書 (選んだ区画、未選択ならすべての区画): PDF、CSV、GeoPackage</translation>
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
    <name>SnowPanel</name>
    <message>
        <location filename="../snow_panel.py" line="264"/>
        <location filename="../snow_panel.py" line="621"/>
        <source>All tiers</source>
        <translation>すべての路線区分</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="298"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="301"/>
        <source>This project has no plough tracks yet.

Import an AVL CSV, GPX tracks, a vendor GeoJSON export or plough-tracker snapshots (File ▸ Import…) and a road network; then choose the storm window and click “Run”.</source>
        <translation>このプロジェクトには除雪車の走行記録がまだありません。

AVL CSV、GPX、ベンダーの GeoJSON 出力または除雪車位置のスナップショット (ファイル ▸ 読み込み…) と道路網を読み込み、降雪の期間を選んで「実行」をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="306"/>
        <source>The storm has not been analysed yet.

Choose the storm window above and click “Run” to find the segments each plough served, the service level per tier and what was missed.</source>
        <translation>この降雪はまだ分析されていません。

上で降雪の期間を選び「実行」をクリックすると、各除雪車が除雪した区間、路線区分別のサービス水準、未除雪の区間がわかります。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="317"/>
        <source>Results for {start} – {end} (Japan time)</source>
        <translation>{start} 〜 {end} (日本時間) の結果</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="335"/>
        <source>The results may be out of date: {reason}. Run the analysis again.</source>
        <translation>結果が古い可能性があります: {reason}。分析を再実行してください。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="338"/>
        <source>The results are for another window; click “Run” for this one.</source>
        <translation>結果は別の期間のものです。この期間の結果は「実行」で求められます。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="376"/>
        <source>Unploughed at {time} ({n})</source>
        <translation>{time} に未除雪 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="377"/>
        <source>Missed ({n})</source>
        <translation>未除雪 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="381"/>
        <source>{km} km of priority roads</source>
        <translation>除雪路線 {km} km</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="383"/>
        <source>Late ({n})</source>
        <translation>目標超過 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="384"/>
        <source>Vehicles ({n})</source>
        <translation>車両 ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="394"/>
        <source>The chart could not be drawn: {problem}</source>
        <translation>グラフを描けませんでした: {problem}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="523"/>
        <location filename="../snow_panel.py" line="528"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="523"/>
        <source>The storm window must end after it starts.</source>
        <translation>降雪の期間は終了が開始より後である必要があります。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="538"/>
        <location filename="../snow_panel.py" line="551"/>
        <source>Snow coverage</source>
        <translation>除雪の状況</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="548"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="555"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>実行 #{id} が {s:.1f} 秒で終わりました。</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="573"/>
        <location filename="../snow_panel.py" line="599"/>
        <source>Export the missed segments</source>
        <translation>未除雪区間の書き出し</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="574"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="584"/>
        <source>Segment</source>
        <translation>区間</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="584"/>
        <source>Tier</source>
        <translation>路線区分</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="584"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="584"/>
        <source>Length (m)</source>
        <translation>延長 (m)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="584"/>
        <source>Road class</source>
        <translation>道路種別</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="585"/>
        <source>Target (h)</source>
        <translation>目標 (時間)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="585"/>
        <source>Passes</source>
        <translation>除雪回数</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="585"/>
        <source>First served</source>
        <translation>初回除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="585"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="586"/>
        <location filename="../snow_panel.py" line="602"/>
        <source>missed</source>
        <translation>未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="586"/>
        <source>late</source>
        <translation>目標超過</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="586"/>
        <source>served</source>
        <translation>目標内</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="601"/>
        <source>unploughed at {time}</source>
        <translation>{time} に未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="603"/>
        <source>{n} segments ({what}) → {path}</source>
        <translation>{n} 区間 ({what}) → {path}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="609"/>
        <source>Snow</source>
        <translation>除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="610"/>
        <source>Service level per tier</source>
        <translation>路線区分別のサービス水準</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="611"/>
        <source>Unploughed at the clock&apos;s time</source>
        <translation>時計の時刻に未除雪</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="612"/>
        <source>List the priority segments not yet served at the time bar&apos;s time (it follows the time bar) instead of those missed in the whole window</source>
        <translation>期間全体の未除雪区間ではなく、タイムバーの時刻にまだ除雪されていない区間を一覧にします (タイムバーに合わせて変わります)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="614"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="615"/>
        <source>The missed list as shown, as CSV (UTF-8, opens in Excel)</source>
        <translation>表示中の未除雪一覧を CSV (UTF-8、Excel で開けます) で書き出します</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="616"/>
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
        <location filename="../style_panel.py" line="249"/>
        <source>Colour by</source>
        <translation>色分け</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="249"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="249"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="250"/>
        <source>Colour ramp</source>
        <translation>カラーランプ</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="250"/>
        <source>Palette</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="250"/>
        <source>Classes</source>
        <translation>階級数</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="251"/>
        <source>Class breaks</source>
        <translation>階級の区切り方</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="251"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="254"/>
        <source>Single colour</source>
        <translation>単一色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="255"/>
        <source>Categories (by value)</source>
        <translation>カテゴリ（値ごと）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="256"/>
        <source>Graduated (numeric classes)</source>
        <translation>段階（数値の階級）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="257"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然分類 (Jenks)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="258"/>
        <source>Head/tail breaks</source>
        <translation>ヘッド/テール</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="259"/>
        <source>Quantiles (equal counts)</source>
        <translation>分位数（件数が等しい）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="260"/>
        <source>Equal intervals</source>
        <translation>等間隔</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="261"/>
        <source>Fixed class edges (e.g. MLIT flood depths)</source>
        <translation>固定の区切り（国交省の浸水深ランクなど）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="267"/>
        <source>{name} (reversed)</source>
        <translation>{name}（反転）</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="271"/>
        <source>Choose the colour</source>
        <translation>色を選択</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="272"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="273"/>
        <source>Layer settings</source>
        <translation>レイヤの設定</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="274"/>
        <source>Double-click a category to change its colour</source>
        <translation>カテゴリをダブルクリックすると色を変更できます</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="275"/>
        <source>Many different numbers: colour by graduated classes instead</source>
        <translation>値の種類が多い数値です。段階（数値の階級）で色分けしてください</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="288"/>
        <source>No layer selected</source>
        <translation>レイヤが選択されていません</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="433"/>
        <source>This layer has no attribute to colour by.</source>
        <translation>このレイヤには色分けに使える属性がありません。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="453"/>
        <source>Layer colour</source>
        <translation>レイヤの色</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="473"/>
        <source>There are no fixed class edges for this attribute.</source>
        <translation>この属性には固定の区分がありません。</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="501"/>
        <source>Colour for {value}</source>
        <translation>{value} の色</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../time_bar.py" line="198"/>
        <source>No layer has times yet.</source>
        <extracomment>step sizes offered (the clock&apos;s own step is added when it is none of these)</extracomment>
        <translation>時刻を持つレイヤはまだありません。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="199"/>
        <source>The layers&apos; times are empty.</source>
        <translation>レイヤに時刻の値がありません。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="200"/>
        <source>The time bar moves layers that have a time attribute (reports, plough tracks, …) through time.</source>
        <translation>タイムバーは時刻の属性を持つレイヤ（通報、除雪の軌跡など）を時間に沿って動かします。</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="226"/>
        <source>{start} – {end}</source>
        <translation>{start} ～ {end}</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="312"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="312"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="327"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="331"/>
        <source>{n} week(s)</source>
        <translation>{n} 週</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="331"/>
        <source>{n} day(s)</source>
        <translation>{n} 日</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="332"/>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="332"/>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="335"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="338"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="340"/>
        <source>One step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="341"/>
        <source>One step forward</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="342"/>
        <source>Step of the step buttons and of play</source>
        <translation>ステップ送りと再生の間隔</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="343"/>
        <source>Fit the range to the times of the layers</source>
        <translation>範囲をレイヤの時刻に合わせる</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="344"/>
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
        <location filename="../window_actions.py" line="156"/>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="172"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="173"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="174"/>
        <source>Export &amp;selection</source>
        <translation>選択地物の書き出し(&amp;S)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="175"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="176"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="177"/>
        <source>&amp;Layer</source>
        <translation>レイヤ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="178"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="179"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="181"/>
        <source>&amp;New project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="181"/>
        <source>Create an empty project file</source>
        <translation>空のプロジェクトファイルを作成します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="182"/>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="182"/>
        <source>Open a Kaga Twin project file (.duckdb)</source>
        <translation>Kaga Twin のプロジェクトファイル（.duckdb）を開きます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="183"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="183"/>
        <source>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</source>
        <translation>PLATEAU CityGML（ファイル・フォルダ・zip）または GeoTIFF の DEM を取り込みます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="184"/>
        <source>Export s&amp;creenshot…</source>
        <translation>画面を画像で保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="184"/>
        <source>Save the 3D view with its legend as an image</source>
        <translation>3D ビューを凡例付きの画像として保存します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="185"/>
        <source>As &amp;CSV…</source>
        <translation>CSV 形式(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="185"/>
        <source>Selected features as a CSV table (opens in Excel)</source>
        <translation>選択した地物を CSV 表として保存します（Excel で開けます）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>As &amp;GeoPackage…</source>
        <translation>GeoPackage 形式(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>Selected features with their geometry, for QGIS</source>
        <translation>選択した地物を形状付きで保存します（QGIS 用）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="187"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="187"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="189"/>
        <source>Kaga Onsen Station</source>
        <translation>加賀温泉駅</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="189"/>
        <source>Look at the station area</source>
        <translation>駅周辺を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="190"/>
        <source>Whole area</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="190"/>
        <source>Show everything in the project</source>
        <translation>プロジェクト全体を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="191"/>
        <source>Top view (2D)</source>
        <translation>真上から (2D)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="191"/>
        <source>Straight down, north up, like a map</source>
        <translation>地図のように北を上にして真上から表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="192"/>
        <source>Zoom to selection</source>
        <translation>選択地物にズーム</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="192"/>
        <source>Frame the selected features</source>
        <translation>選択した地物が収まるように表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="193"/>
        <source>Clear selection</source>
        <translation>選択をすべて解除</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="193"/>
        <source>Deselect everything (Esc in the 3D view)</source>
        <translation>すべての選択を解除します（3D ビューでは Esc）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>Add default layers</source>
        <translation>標準レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>Add terrain, roads and buildings layers for data without a layer</source>
        <translation>レイヤのないデータに地形・道路・建物のレイヤを追加します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="195"/>
        <source>Add &amp;vector layer…</source>
        <translation>ベクタレイヤを追加(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="195"/>
        <source>Points, lines or polygons from any table, view or SQL query with a geometry</source>
        <translation>ジオメトリを持つテーブル・ビュー・SQL クエリから点・線・面を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>Add &amp;raster overlay…</source>
        <translation>ラスタ重ね合わせを追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>A stored raster draped on the terrain, coloured by value</source>
        <translation>保存済みのラスタを値で色分けして地形に重ねます</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>&amp;Run analysis…</source>
        <translation>分析を実行(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>Run one of the themes&apos; analyses with the project&apos;s parameters (recorded; cancellable)</source>
        <translation>テーマの分析をプロジェクトのパラメータで実行します（記録され、中止できます）</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>Legend in the 3D view</source>
        <translation>3D ビューに凡例を表示</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>Show the legend inside the 3D view and in screenshots</source>
        <translation>3D ビュー内と保存画像に凡例を表示します</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199"/>
        <source>&amp;About Kaga Twin</source>
        <translation>Kaga Twin について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="200"/>
        <location filename="../window_actions.py" line="308"/>
        <source>Mouse and keys</source>
        <translation>マウスとキー操作</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="207"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="225"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="226"/>
        <source>Kaga Twin project (*.duckdb);;All files (*)</source>
        <translation>Kaga Twin プロジェクト (*.duckdb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="234"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="234"/>
        <location filename="../window_actions.py" line="246"/>
        <location filename="../window_actions.py" line="282"/>
        <source>Open or create a project first.</source>
        <translation>先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="246"/>
        <source>Add layer</source>
        <translation>レイヤを追加</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="258"/>
        <source>Export screenshot</source>
        <translation>画面を画像で保存</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="259"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 画像 (*.png);;JPEG 画像 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="268"/>
        <location filename="../window_actions.py" line="272"/>
        <source>Export selection</source>
        <translation>選択地物の書き出し</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="269"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>何も選択されていません。先に 3D ビューか属性テーブルで地物を選択してください。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="271"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="271"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="282"/>
        <source>Run analysis</source>
        <translation>分析の実行</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="300"/>
        <source>About Kaga Twin</source>
        <translation>Kaga Twin について</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="301"/>
        <source>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;石川県加賀市のデスクトップ版デジタルツインです。PLATEAU の 3D 都市モデル、地形、道路を一つのプロジェクトファイルで扱います。&lt;/p&gt;&lt;p&gt;3D 都市モデル: PLATEAU（国土交通省）、CC BY 4.0。同梱のサンプルは合成データです。&lt;/p&gt;&lt;p&gt;プロジェクト: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="309"/>
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
