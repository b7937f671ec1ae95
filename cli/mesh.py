"""``kaga-twin mesh``: JIS X 0410 mesh codes of a point, or the cell of a code."""

from __future__ import annotations

import argparse
from decimal import Decimal
from fractions import Fraction

from twin import meshcode
from twin.meshcode import MeshCodeError


def _decimal(value: Fraction, places: int = 7) -> str:
    """Degrees rounded to ``places`` decimals (7 ≈ 1 cm), trailing zeros dropped."""
    text = f"{Decimal(value.numerator) / Decimal(value.denominator):.{places}f}"
    return text.rstrip("0").rstrip(".")


def _dms(value: Fraction) -> str:
    """Exact degrees, minutes and seconds (mesh edges and centres have terminating seconds)."""
    seconds = value * 3600
    d, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    whole, frac = divmod(s, 1)
    text = f"{int(d)}°{int(m):02d}′{int(whole):02d}"
    if frac:
        text += _decimal(Fraction(frac), 6)[1:]
    return text + "″"


def _point(lat: str, lon: str, level: str | None) -> int:
    if level is not None:
        print(meshcode.code_for(lat, lon, level))
        return 0
    codes = meshcode.all_codes(lat, lon)
    print(f"Point  {lat} N, {lon} E")
    print(f"{'level':<6} {'mesh':<12} code")
    for lv, code in codes.items():
        print(f"{lv:<6} {meshcode.LEVEL_NAMES[lv]:<12} {code}")
    return 0


def _cell(code: str) -> int:
    level = meshcode.level_of(code)
    south, west, north, east = meshcode.bounds(code)
    lat, lon = meshcode.centre(code)
    print(f"Code    {code.strip()}")
    print(f"Level   {level}: {meshcode.LEVEL_NAMES[level]}")
    print(f"Bounds  south {_decimal(south)}, west {_decimal(west)}, north {_decimal(north)}, east {_decimal(east)}")
    print(f"        south {_dms(south)}, west {_dms(west)}, north {_dms(north)}, east {_dms(east)}")
    print(f"Centre  {_decimal(lat)} N, {_decimal(lon)} E  ({_dms(lat)} N, {_dms(lon)} E)")
    return 0


def cmd_mesh(args: argparse.Namespace) -> int:
    values = args.values
    if len(values) == 2:
        return _point(values[0], values[1], args.level)
    if len(values) == 1:
        if args.level is not None:
            raise MeshCodeError("--level is for a point (LAT LON); a code already names its level")
        if "." in values[0]:
            raise MeshCodeError(f"{values[0]} is not a mesh code; a point needs both LAT and LON")
        return _cell(values[0])
    raise MeshCodeError(f"give LAT LON (decimal degrees) or one mesh CODE, not {len(values)} values")


def add_mesh_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "mesh", help="JIS X 0410 mesh codes of a point, or the bounds and centre of a mesh code",
        usage="kaga-twin mesh LAT LON [--level N]\n       kaga-twin mesh CODE",
        description="kaga-twin mesh LAT LON [--level N] prints the point's mesh codes (all levels, or one); "
                    "kaga-twin mesh CODE prints the cell's level, bounds (south, west, north, east) and centre. "
                    "A point on a cell's south or west edge belongs to that cell.")
    sp.add_argument("values", nargs="+", metavar="LAT LON | CODE", help="a point in decimal degrees, or a code")
    sp.add_argument("--level", metavar="N",
                    help="only this level: 1, 2, 3, 4 (½), 5 (¼), 6 (⅛), 5000 (5×), 2000 (2×), or 1km, 500m, …")
    sp.set_defaults(func=cmd_mesh)
    return sp


__all__ = ["add_mesh_parser", "cmd_mesh"]
