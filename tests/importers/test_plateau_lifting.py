"""Building geometry lifted out of a chunk's bytes before lxml builds its tree (``lifting.py``, ``_lift.c``) gives the
same parse as the whole tree: the same tables, reports and errors (with their lines), on real files, on crafted
cases where lifting must stand aside, and on randomly damaged geometry; and it does lift what is plain."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from importers.plateau import lifting
from importers.plateau.packing import to_arrow_table
from importers.plateau.pipeline import Pipeline
from importers.plateau.reader import parse_chunk
from plateau_fixtures import (LAT0, LON0, box_corners, building, citygml, digests_both_ways, lod0, lod1, lod2,
                              polygon)

KAGA_STATION = (Path(__file__).resolve().parents[2] / "sample_data" / "17206_kaga-shi_city_2024_citygml_1_op" / "udx"
                / "bldg" / "54363288_bldg_6697_op.gml")
SHARED = ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml", "533925_tran_6697_op.gml")


class _Writer:
    crs = "EPSG:6675"

    def warn(self, *a, **k):
        pass


@pytest.fixture
def needs_native():
    if lifting._native is None:
        pytest.skip("the compiled lifter was not built (pip install -e . needs a C compiler)")


def _parses(path: Path, monkeypatch, lift: bool) -> list[str]:
    """Every chunk of ``path`` parsed as the import parses it (parse_chunk), with or without lifting: a text of its
    tables and everything else it reports, for comparison."""
    with monkeypatch.context() as m:
        if not lift:
            m.setattr(lifting, "_native", None)
        out = []
        for task in Pipeline(path, _Writer(), {"workers": 0}).tasks():
            r = parse_chunk(task)
            tables = {k: to_arrow_table(v).to_pydict() for k, v in sorted(r.pop("tables").items())}
            out.append(repr((tables, sorted(r.items()))))
    return out


def _lifted(path: Path) -> int:
    """How many properties lifting takes out of ``path``'s chunks."""
    n = 0
    for task in Pipeline(path, _Writer(), {"workers": 0}).tasks():
        data = task["data"]
        if data is None:
            with open(task["path"], "rb") as fh:
                fh.seek(task["start"])
                data = fh.read(task["end"] - task["start"])
        n += len(lifting.lift(task["file"]["head"], data)[1] or [])
    return n


def _outcome(path: Path, monkeypatch, lift: bool) -> list[str]:
    """:func:`_parses`, or what it raised (a file the scanner refuses)."""
    try:
        return _parses(path, monkeypatch, lift)
    except Exception as exc:
        return [f"raised {type(exc).__name__}: {exc}"]


def _same(path: Path, monkeypatch) -> list[str]:
    got = _outcome(path, monkeypatch, True)
    assert got == _outcome(path, monkeypatch, False)
    return got


def _failed(got: list[str]) -> bool:
    """Whether a chunk reported an error (or the file was refused)."""
    return any(g.startswith("raised") or "('error', None)" not in g for g in got)


@pytest.mark.parametrize("name", [*SHARED, "kaga"])
def test_real_files_parse_the_same_lifted(needs_native, shared_plateau, monkeypatch, name):
    path = KAGA_STATION if name == "kaga" else shared_plateau / name
    _same(path, monkeypatch)
    props = len(re.findall(rb"<bldg:lod\d(?:Solid|MultiSurface|Geometry|FootPrint|RoofEdge)>", path.read_bytes()))
    assert _lifted(path) == props and (props > 30) == ("bldg" in path.name)   # (all of them: they are plain)


def _write(tmp_path: Path, members: list[str], name: str = "53000000_bldg_6697_op.gml", crlf: bool = False) -> Path:
    data = citygml(members)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _padded(members: list[str]) -> list[str]:
    """``members`` after 64 KB of plain buildings: beyond what the scanner reads itself (it would refuse a broken
    file before any chunk is parsed)."""
    return [building(f"pad{i}", lat=LAT0 - 0.001 * (i + 1), with_lod2=True) for i in range(25)] + members


def _opening_solid(bid: str) -> str:
    """A LOD2 solid whose last xlink points at a window polygon (inside bldg:opening, which is not read): it is looked
    up in the whole building."""
    geom = lod2(bid, LAT0, LON0, 10.0, 18.0)
    window = polygon([(a, b, 12.0) for a, b in box_corners(LAT0, LON0, 0.00002)], f"{bid}-win")
    geom = geom.replace(
        "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>",
        f'<gml:surfaceMember xlink:href="#{bid}-win"/><gml:surfaceMember xlink:href="#{bid}-nowhere"/>'
        "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>", 1)
    return geom.replace("</bldg:WallSurface>", "<bldg:opening><bldg:Window><bldg:lod3MultiSurface><gml:MultiSurface>"
                        f"<gml:surfaceMember>{window}</gml:surfaceMember></gml:MultiSurface></bldg:lod3MultiSurface>"
                        "</bldg:Window></bldg:opening></bldg:WallSurface>", 1)


#: geometry lifting must leave in the tree (or lift and read exactly as the tree reads it)
CASES = {
    "plain": lambda: [building("b1", with_lod2=True), building("b2", lat=LAT0 + 0.001)],
    "comment in a solid": lambda: [building("b1").replace("<gml:Solid>", "<gml:Solid><!-- x <gml:Polygon> -->")],
    "namespace declared in a member": lambda: [building("b1").replace(
        '<bldg:Building gml:id="b1">', '<bldg:Building gml:id="b1" xmlns:gml="http://www.opengis.net/gml">')],
    "interior rings": lambda: [building("b1", geometry=lod0(LAT0, LON0, holes=[
        [(a, b, 0.0) for a, b in box_corners(LAT0, LON0, 0.00003)]]) + lod1(LAT0, LON0, 10, 18))],
    "some polygons without ids": lambda: [building("b1", with_lod2=True).replace(
        ' gml:id="b1-WallSurface-2"', "", 1)],
    "gml:pos rings": lambda: [building("b1").replace(
        "<gml:posList>", "<gml:pos>", 1).replace("</gml:posList>", "</gml:pos>", 1)],
    "xlink to a window polygon": lambda: [building("b1", geometry=_opening_solid("b1")), building("b2", lat=LAT0 + 1e-3)],
    "entity in a posList": lambda: [building("b1").replace("<gml:posList>", "<gml:posList>&#32;", 1)],
    "property with an attribute": lambda: [building("b1").replace("<bldg:lod1Solid>", '<bldg:lod1Solid gml:id="s">')],
    "multi-line posList, then a building without id": lambda: [
        building("b1").replace("<gml:posList>", "<gml:posList>\n", 3).replace(" 10.0 ", "\n10.0\n"),
        building("b2", lat=LAT0 + 0.001).replace(' gml:id="b2"', "")],
    "a non-ASCII polygon id": lambda: [building("b1", with_lod2=True).replace("b1-RoofSurface-0", "屋根-0")],
    "a tag in a comment between members": lambda: ["<!-- <bldg:lod1Solid><gml:Solid/></bldg:lod1Solid> -->"
                                                   + building("b1")],
    "empty posList": lambda: [re.sub(r"<gml:posList>[^<]*</gml:posList>", "<gml:posList></gml:posList>",
                                     building("b1"), count=1)],
    "tab-indented, CRLF": lambda: [building("b1", with_lod2=True).replace("<gml:", "\n\t\t<gml:")],
    "a tab and a character reference in polygon ids": lambda: [building("b1", with_lod2=True).replace(
        "b1-RoofSurface-0", "b1-Roof\tSurface-0").replace("b1-WallSurface-1", "b1-Wall&#x41;Surface-1")],
    "a solid inside a multi-surface left in place": lambda: [building("b1", geometry=(
        "<bldg:lod2MultiSurface><!-- c --><gml:MultiSurface><gml:surfaceMember>"
        + polygon([(a, b, 5.0) for a, b in box_corners(LAT0, LON0)]) + "</gml:surfaceMember></gml:MultiSurface>"
        + lod1(LAT0, LON0, 10, 18) + "</bldg:lod2MultiSurface>"))],
    "geometry inside an attribute element": lambda: [building("b1").replace(
        "</bldg:Building>", "<uro:extra>" + lod1(LAT0, LON0, 1, 2) + "</uro:extra></bldg:Building>")],
    "geometry 300 elements deep": lambda: [building("b1").replace(
        "</bldg:Building>", "<uro:x>" * 300 + lod1(LAT0, LON0, 1, 2) + "</uro:x>" * 300 + "</bldg:Building>")],
    "a part's and an installation's geometry": lambda: [building("b1", with_lod1=False).replace(
        "</bldg:Building>", '<bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id="p1">' + lod1(LAT0, LON0, 10, 18)
        + "</bldg:BuildingPart></bldg:consistsOfBuildingPart><bldg:outerBuildingInstallation>"
        '<bldg:BuildingInstallation gml:id="i1">' + lod0(LAT0, LON0, 1.0, prop="lod0FootPrint")
        + lod2("i1", LAT0, LON0, 18, 19).replace("lod2Solid", "lod2Geometry")
        + "</bldg:BuildingInstallation></bldg:outerBuildingInstallation></bldg:Building>")],
}


@pytest.mark.parametrize("case", list(CASES))
def test_crafted_cases_parse_the_same_lifted(needs_native, tmp_path, monkeypatch, case):
    path = _write(tmp_path, CASES[case](), crlf=case.endswith("CRLF"))
    got = _same(path, monkeypatch)
    assert _failed(got) if case == "empty posList" else "'buildings'" in got[0]
    if case in ("plain", "tab-indented, CRLF", "xlink to a window polygon", "some polygons without ids"):
        assert _lifted(path) > 0
    if case == "namespace declared in a member":
        assert _lifted(path) == 0
    if case in ("a solid inside a multi-surface left in place", "geometry inside an attribute element",
                "geometry 300 elements deep"):
        assert _lifted(path) == (0 if case.startswith("a solid") else 2)   # (only the building's own lod0, lod1)
    if case == "a part's and an installation's geometry":
        assert _lifted(path) == 1 + 1 + 1 + 3   # the building's lod0, the part's lod1, the installation's lod2 solid
        # and its three boundary surfaces (not its lod0, which the reader does not read)
    if case == "a tag in a comment between members":
        assert _lifted(path) == 2   # (the building's lod0 and lod1 properties, not the comment's)


@pytest.mark.parametrize("encoding", ["Shift_JIS", "UTF-8 with a BOM"])
def test_an_encoded_file_parses_the_same_lifted(needs_native, tmp_path, monkeypatch, encoding):
    """A file in Shift_JIS is not lifted (the lifter reads UTF-8 bytes); one in UTF-8 with a byte order mark is."""
    members = [building("b1", with_lod2=True).replace('gml:id="b1">', 'gml:id="b1"><gml:name>加賀温泉駅前</gml:name>')]
    data = citygml(members, bom=encoding.endswith("BOM"))
    if encoding == "Shift_JIS":
        data = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="Shift_JIS"').encode("shift_jis")
    path = tmp_path / "53000000_bldg_6697_op.gml"
    path.write_bytes(data)
    got = _same(path, monkeypatch)
    assert "加賀温泉駅前" in got[0]
    assert (_lifted(path) > 0) == (encoding != "Shift_JIS")


BROKEN = {
    "gml:coordinates": ("<gml:posList>", "<gml:coordinates>", "</gml:posList>", "</gml:coordinates>"),
    "mismatched tag": ("</gml:LinearRing>", "</gml:LinearRin>", "", ""),
    "letters in a posList": ("<gml:posList>", "<gml:posList>1 2 x ", "", ""),
    "control character": ("<gml:posList>", "<gml:posList>\x01", "", ""),
    "unclosed property": ("</bldg:lod1Solid>", "", "", ""),
    "a bare & in an attribute": ("<gml:MultiSurface>", '<gml:MultiSurface srsName="EPSG&6697">', "", ""),
    "a repeated attribute": ("<gml:MultiSurface>", '<gml:MultiSurface srsName="a" srsName="b">', "", ""),
    "a name lxml refuses": ("<gml:Solid>", "<gml:Solid><gml:1x/>", "", ""),
    "an attribute name lxml refuses": ("<gml:Solid>", '<gml:Solid gml:-id="s">', "", ""),
    "1,500 nested elements": ("</bldg:Building>", "<uro:x>" * 1500 + "</uro:x>" * 1500 + "</bldg:Building>", "", ""),
    "2,100 nested elements": ("</bldg:Building>", "<uro:x>" * 2100 + "</uro:x>" * 2100 + "</bldg:Building>", "", ""),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_geometry_gives_the_same_error_and_line_lifted(needs_native, tmp_path, monkeypatch, case):
    a, b, c, d = BROKEN[case]
    bad = building("b2", lat=LAT0 + 0.001, with_lod2=True).replace(a, b, 1)
    assert bad != building("b2", lat=LAT0 + 0.001, with_lod2=True)
    if c:
        bad = bad.replace(c, d, 1)
    path = _write(tmp_path, _padded([building("b1"), bad, building("b3", lat=LAT0 + 0.002)]))
    got = _same(path, monkeypatch)
    assert _failed(got) and not got[0].startswith("raised")   # (an error of the chunk's parse, not the scanner's)


def test_an_unterminated_comment_reads_the_same_wherever_libxml2_stands(needs_native, tmp_path, monkeypatch):
    """libxml2 follows some messages with the input after its buffer position, which lifting moves: only the message
    itself is reported (CRLF lines, a comment opened in the last building's geometry, left in place)."""
    def pretty(x: str) -> str:
        return x.replace("<gml:", "\n\t<gml:").replace("</gml:posList>", "\n</gml:posList>")
    bad = pretty(building("b2", lat=LAT0 + 0.001, with_lod2=True))
    k = [m.start() for m in re.finditer("\n</gml:posList>", bad)][3]
    bad = bad[:k - 5] + "<!--" + bad[k - 5:]
    for n in range(0, 40, 3):
        first = building("b1").replace('gml:id="b1">', f'gml:id="b1"><gml:name>{"x" * n}</gml:name>')
        got = _same(_write(tmp_path, _padded([pretty(first), bad]), name=f"{n}_bldg_6697_op.gml", crlf=True),
                    monkeypatch)
        assert _failed(got) and "Comment not terminated'" in "".join(got)


def test_a_building_without_id_past_line_65535_of_its_chunk_is_named_the_same(needs_native, tmp_path, monkeypatch):
    """libxml2 keeps lines in 16 bits; past them lxml reads an element's line from text further down, which a lifted
    property no longer holds: nothing so far down a chunk is lifted."""
    noid = building("b9", lat=LAT0 + 0.003).replace(' gml:id="b9"', "").replace("<gml:", "\n\t<gml:")
    path = _write(tmp_path, _padded([building("b1"), "\n" * 70000 + noid]))
    got = _same(path, monkeypatch)
    assert ":65535'" in got[0] and _lifted(path) > 50   # (the padding and b1 are lifted)


def test_randomly_damaged_geometry_parses_the_same_lifted(needs_native, tmp_path, monkeypatch):
    """Single bytes of a file replaced by characters that matter to XML, mostly in its geometry: every damaged file
    parses (or fails) the same with and without lifting."""
    members = [building("b1", with_lod2=True), building("b2", lat=LAT0 + 0.001),
               building("b3", lat=LAT0 + 0.002, geometry=_opening_solid("b3"))]
    base = citygml(_padded(members))
    start = base.index(b'<bldg:Building gml:id="b1"')
    geometry = [m.span() for m in re.finditer(rb"<bldg:lod\d(Solid|MultiSurface)>.*?</bldg:lod\d\1>", base)
                if m.start() > start]
    rng = random.Random(20261206)
    outcomes = set()
    for i in range(300):   # two in three inside a geometry property, where lifting decides
        a, b = rng.choice(geometry) if i % 3 else (start, len(base) - 40)
        pos = rng.randrange(a, b)
        data = base[:pos] + rng.choice([b"<", b">", b"&", b"\r", b"\n", b"\t", b'"', b"'", b"x", b"/", b"=", b" ",
                                        b"\x00", b"\xff", b":", b"-", b"<!--", b"-->"]) + base[pos + 1:]
        path = tmp_path / f"{i}_bldg_6697_op.gml"
        path.write_bytes(data)
        got = _same(path, monkeypatch)
        outcomes.add("refused" if got[0].startswith("raised") else "failed" if _failed(got) else "parsed")
    assert {"failed", "parsed"} <= outcomes


def test_import_tables_are_identical_with_and_without_lifting(needs_native, shared_plateau, tmp_path, monkeypatch):
    paths = [shared_plateau / n for n in SHARED] + [KAGA_STATION]
    lifted_digest, tree_digest = digests_both_ways(tmp_path, monkeypatch, lifting, lifting._native, paths)
    assert lifted_digest == tree_digest
