"""Code lists shipped in codelists/ (gml:Dictionary), with the codes and labels of the PLATEAU/i-UR lists.

Labels follow the i-UR code lists of the PLATEAU standard product specification (spec 4.x/5.0 tables);
RiverFloodingRiskAttribute_description is city-specific in real data, so it lists the flood maps of the
rivers that concern Kaga City, and Common_localPublicAuthorities is the Ishikawa subset.
"""

from __future__ import annotations

from pathlib import Path

from .rand import Ids

#: river flood maps relevant to Kaga (description codes used by this dataset)
RIVERS = [("1", "大聖寺川水系大聖寺川"), ("2", "新堀川水系新堀川"), ("3", "新堀川水系動橋川"),
          ("4", "梯川水系梯川")]

CODELISTS: dict[str, list[tuple[str, str]]] = {
    "Building_class": [("3000", "分類しない建物"), ("3001", "普通建物"), ("3002", "堅ろう建物"),
                       ("3003", "普通無壁舎"), ("3004", "堅ろう無壁舎")],
    "Building_usage": [("401", "業務施設"), ("402", "商業施設"), ("403", "宿泊施設"), ("404", "商業系複合施設"),
                       ("411", "住宅"), ("412", "共同住宅"), ("413", "店舗等併用住宅"), ("414", "店舗等併用共同住宅"),
                       ("415", "作業所併用住宅"), ("421", "官公庁施設"), ("422", "文教厚生施設"),
                       ("431", "運輸倉庫施設"), ("441", "工場"), ("451", "農林漁業用施設"), ("452", "供給処理施設"),
                       ("453", "防衛施設"), ("454", "その他"), ("461", "不明")],
    "Building_roofType": [("1", "切妻屋根"), ("2", "寄棟屋根"), ("3", "方形屋根"), ("4", "陸屋根"), ("5", "片流れ屋根"),
                          ("6", "袴腰屋根/半切妻屋根"), ("7", "入母屋屋根"), ("14", "鋸屋根"), ("23", "アーチ屋根"),
                          ("28", "その他"), ("9020", "不明")],
    "Building_buildingStructureType": [("601", "木造・土蔵造"), ("602", "鉄骨鉄筋コンクリート造"),
                                       ("603", "鉄筋コンクリート造"), ("604", "鉄骨造"), ("605", "軽量鉄骨造"),
                                       ("606", "レンガ造・コンクリートブロック造・石造"), ("610", "非木造"),
                                       ("611", "不明")],
    "Building_lodType": [("2.0", "LOD2.0"), ("2.1", "LOD2.1"), ("2.2", "LOD2.2")],
    "DataQualityAttribute_lod1HeightType": [
        ("1", "点群から取得_最高高さ"), ("2", "点群から取得_中央値"), ("3", "点群から取得_平均値"),
        ("4", "点群から取得_最頻値"), ("5", "点群から取得_最低値"), ("6", "航空写真図化_最高高さ"),
        ("7", "建築確認申請書類等に記載された「建築物の高さ」"), ("8", "都市計画基礎調査（建物利用現況）の「高さ（m）」"),
        ("9", "階高3m×都市計画基礎調査（建物利用現況）の「階数・地上（階）」による推定値"), ("10", "図面から取得した高さ"),
        ("0", "取得不可のため一律値（3m）")],
    "DataQualityAttribute_geometrySrcDesc": [
        ("000", "公共測量成果又は基本測量成果"), ("201", "都市計画基礎調査"), ("202", "都市計画図書"), ("300", "台帳"),
        ("301", "道路台帳"), ("400", "その他のGISデータ"), ("801", "現地調査"), ("803", "GISデータ演算"), ("901", "推定"),
        ("999", "未作成")],
    "DataQualityAttribute_thematicSrcDesc": [
        ("000", "公共測量成果又は基本測量成果"), ("022", "基盤地図情報"), ("023", "数値地形図データ"),
        ("201", "都市計画基礎調査"), ("202", "都市計画図書"), ("300", "台帳"), ("301", "道路台帳"),
        ("400", "その他のGISデータ"), ("801", "現地調査"), ("999", "未作成")],
    "RiverFloodingRiskAttribute_description": RIVERS,
    "RiverFloodingRiskAttribute_rank": [("1", "0.5m未満"), ("2", "0.5m以上3m未満"), ("3", "3m以上5m未満"),
                                        ("4", "5m以上10m未満"), ("5", "10m以上20m未満"), ("6", "20m以上")],
    "RiverFloodingRiskAttribute_adminType": [("1", "国"), ("2", "都道府県")],
    "RiverFloodingRiskAttribute_scale": [("1", "L1（計画規模）"), ("2", "L2（想定最大規模）")],
    "LandSlideRiskAttribute_description": [("1", "急傾斜地の崩落"), ("2", "土石流"), ("3", "地すべり")],
    "LandSlideRiskAttribute_areaType": [("1", "土砂災害警戒区域（指定済）"), ("2", "土砂災害特別警戒区域（指定済）"),
                                        ("3", "土砂災害警戒区域（指定前）"), ("4", "土砂災害特別警戒区域（指定前）")],
    "TransportationComplex_class": [("1020", "徒歩道等"), ("1040", "道路"), ("1060", "鉄道"), ("1070", "水路"),
                                    ("1080", "地下鉄"), ("1090", "その他")],
    "Road_function": [("1", "高速自動車国道"), ("2", "一般国道"), ("3", "都道府県道"), ("4", "市町村道"),
                      ("10", "建築基準法第42条1項2号道路"), ("11", "建築基準法第42条1項3号道路"),
                      ("12", "建築基準法第42条1項4号道路"), ("13", "建築基準法第42条1項5号道路"),
                      ("14", "建築基準法第42条2項道路"), ("15", "建築基準法第43条２項ただし書きの適用を受けたことがある道"),
                      ("9000", "未調査"), ("9010", "対象外"), ("9020", "不明")],
    "Road_usage": [("1", "緊急輸送道路（第一次緊急輸送道路）"), ("2", "緊急輸送道路（第二次緊急輸送道路）"),
                   ("3", "緊急輸送道路（第三次緊急輸送道路）"), ("4", "緊急輸送道路（未指定）"), ("5", "避難路／避難道路")],
    "RoadStructureAttribute_widthType": [("1", "15m以上"), ("2", "6m以上15m未満"), ("3", "4m以上6m未満"), ("4", "4m未満")],
    "RoadStructureAttribute_sectionType": [("1", "土工区間・通常区間"), ("2", "高架橋"), ("3", "橋梁"), ("4", "交差部"),
                                           ("5", "アンダーパス"), ("6", "トンネル")],
    "Common_localPublicAuthorities": [
        ("17", "石川県"), ("17201", "金沢市"), ("17202", "七尾市"), ("17203", "小松市"), ("17204", "輪島市"),
        ("17205", "珠洲市"), ("17206", "加賀市"), ("17207", "羽咋市"), ("17209", "かほく市"), ("17210", "白山市"),
        ("17211", "能美市"), ("17212", "野々市市")],
}


def write_codelists(folder: Path, ids: Ids) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, entries in CODELISTS.items():
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<gml:Dictionary xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xmlns:gml="http://www.opengis.net/gml" xsi:schemaLocation="http://www.opengis.net/gml '
                 'http://schemas.opengis.net/gml/3.1.1/profiles/SimpleDictionary/1.0.0/gmlSimpleDictionaryProfile.xsd" '
                 f'gml:id="cl_{ids.uuid("codelist")}">',
                 f"\t<gml:name>{name}</gml:name>"]
        for i, (code, label) in enumerate(entries, 1):
            lines += ["\t<gml:dictionaryEntry>",
                      f'\t\t<gml:Definition gml:id="id{i}">',
                      f"\t\t\t<gml:description>{label}</gml:description>",
                      f"\t\t\t<gml:name>{code}</gml:name>",
                      "\t\t</gml:Definition>",
                      "\t</gml:dictionaryEntry>"]
        lines.append("</gml:Dictionary>")
        path = folder / f"{name}.xml"
        path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
        written.append(path)
    return written
