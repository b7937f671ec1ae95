"""国土数値情報 500 m mesh future population (将来推計人口) → ``mesh_population`` (kind ``projection``), stored long
(mesh, year, band, value), from GeoJSON, Shapefile, GeoPackage or the zip as downloaded, read through pyogrio.

- the 2018 edition (H30国政局推計): ``MESH_ID, SHICODE, PTN_2015 … PTN_2050``, ``PT0_yyyy`` total,
  ``PT1_yyyy … PT19_yyyy`` (0–4 … 85–89, 90+), ``PTA…PTE``, ``RTA…RTE``, ``HITOKU2020`` (Shapefile names ≤ 10
  characters);
- the 2024 edition: ``PTN_2020 … PTN_2070``, ``PT00_yyyy`` total, ``PT01_yyyy … PT20_yyyy`` (0–4 … 90–94, 95+),
  ``PTA…PTE``, ``RTA…RTE``, ``HITOKU_yyyy``; EPSG:6668.

``PTA…PTE`` are 0–14, 15–64, 65+, 75+, 80+. Whether ``PT00``/``PT0`` is the total or the first 5-year band is decided
by arithmetic on the data (it equals ``PTN``, or the bands sum to ``PTN``). The shares ``RTA…RTE`` are not stored
(they are PTx / PTN × 100). A set ``HITOKU`` flag gives a warning; the published values are stored. The cells are
computed from ``MESH_ID`` (the file's geometry is not read).

Features with an invalid ``MESH_ID``, a missing total for a year or a negative value go to ``import_rejects`` by
feature number (1-based) and are skipped whole.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyarrow as pa

from importers.population_rows import MESH_TABLES, MeshRows, mesh_location, nfkc, number, numbers, parse_mesh, \
    plain_code
from importers.population_vector import Layer, head_value, layer_head, vector_layers
from importers.registry import Importer, register
from twin import meshcode
from twin.crs import Location
from twin.errors import InputError

_PTN = re.compile(r"^PTN_?(\d{4})$")
_PT = re.compile(r"^PT(\d{1,2})_?(\d{4})$")
_PTX = re.compile(r"^PT([A-E])_?(\d{4})$")
_HITOKU = re.compile(r"^HITOKU_?(\d{4})$")
AGGREGATE_BANDS = {"A": "0-14", "B": "15-64", "C": "65+", "D": "75+", "E": "80+"}
def _mlit_fields(fields: set[str]) -> bool:
    return "MESH_ID" in fields and any(_PTN.match(f) for f in fields)


def _mlit_head(head: str) -> bool:
    return '"MESH_ID"' in head and re.search(r'"PTN_?\d{4}"', head) is not None


def _mlit_layers(path: Path) -> list[Layer]:
    """The layers of ``path`` with the fields MESH_ID and PTN_yyyy."""
    return vector_layers(path, "mlit", _mlit_head, _mlit_fields)


def _age_bands(index_first: int, count: int) -> list[str]:
    """Labels of ``count`` consecutive 5-year bands from 0, the last open-ended."""
    out = [f"{5 * k}-{5 * k + 4}" for k in range(count)]
    out[-1] = f"{5 * (count - 1)}+"
    return out


@register
class MlitMeshProjection(Importer):
    """国土数値情報 500 m mesh future population (2018 and 2024 editions) → ``mesh_population`` (projection)."""

    name = "mlit-mesh-projection"
    version = "1"
    label = "国土数値情報 500m メッシュ別将来推計人口 (GeoJSON, Shapefile)"
    patterns = ("*.geojson", "*.json", "*.shp", "*.gpkg", "*.zip")
    priority = 5
    tables = MESH_TABLES

    def sniff(self, path: Path) -> float:
        return 0.95 if _mlit_layers(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            import pyogrio.raw
            for layer in _mlit_layers(path):
                head = layer_head(layer)
                if head is not None:            # GeoJSON: from its first bytes (GDAL would parse it all)
                    code, city = head_value(head, "MESH_ID"), head_value(head, "SHICODE")
                else:
                    source, enc, name = layer
                    meta, _, _, data = pyogrio.raw.read(source, layer=name, encoding=enc, max_features=1,
                                                        read_geometry=False)
                    names = [str(f).upper() for f in meta["fields"]]
                    if not (len(data) and len(data[0])):
                        continue
                    code = data[names.index("MESH_ID")][0]
                    city = data[names.index("SHICODE")][0] if "SHICODE" in names else None
                loc = mesh_location(plain_code(code))
                city = plain_code(city)
                if loc and re.fullmatch(r"\d{5}", city):
                    return Location(loc.lat, loc.lon, city_code=city)
                if loc:
                    return loc
        except Exception:  # noqa: BLE001 - locate never raises
            return None
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        import pyogrio.raw
        layers = _mlit_layers(path)
        if not layers:
            raise InputError(path, "has no layer with the fields MESH_ID and PTN_yyyy")
        rows = MeshRows()
        for source, enc, layer in layers:
            writer.check_cancelled()
            try:
                meta, _, _, data = pyogrio.raw.read(source, layer=layer, encoding=enc, read_geometry=False)
            except Exception as exc:  # noqa: BLE001
                raise InputError(path, f"cannot be read ({exc})") from None
            fields = {str(n).upper(): v for n, v in zip(meta["fields"], data)}
            self._read_layer(path, fields, writer, rows,
                             (layer or source.rsplit('/', 1)[-1]) if len(layers) > 1 else None)
        rows.write(writer)

    def _read_layer(self, path: Path, fields: dict[str, Any], writer: Any, rows: MeshRows, layer: str | None) -> None:
        import numpy as np
        ptn = {int(m.group(1)): f for f in fields if (m := _PTN.match(f))}
        years = sorted(ptn)
        bands: dict[int, dict[int, str]] = {}        # year → band index → field
        for f in fields:
            m = _PT.match(f)
            if m:
                bands.setdefault(int(m.group(2)), {})[int(m.group(1))] = f
        aggs = {(int(m.group(2)), m.group(1)): f for f in fields if (m := _PTX.match(f))}
        hitoku = {int(m.group(1)): f for f in fields if (m := _HITOKU.match(f))}
        n = len(fields["MESH_ID"])
        shicode = fields.get("SHICODE", fields.get("CITY_CODE"))
        where = f"layer {layer}, " if layer else ""
        # is index 0 the total (= PTN) or the first 5-year band (bands sum to PTN)?
        first_is_total = self._first_is_total(fields, ptn, bands, n)
        # (year, band, field) in the order stored
        series: list[tuple[int, str, str]] = []
        for year in years:
            series.append((year, "total", ptn[year]))
            idx = sorted(bands.get(year, {}))
            if idx and first_is_total and idx[0] == 0:
                idx = idx[1:]
            if idx:
                series += [(year, lab, bands[year][k]) for lab, k in zip(_age_bands(0, len(idx)), idx)]
            series += [(year, AGGREGATE_BANDS[x], aggs[(year, x)]) for x in "ABCDE" if (year, x) in aggs]
            if year in hitoku:
                flags = {nfkc(v) for v in fields[hitoku[year]]} - {"", "0", "None", "nan"}
                if flags:
                    writer.warn(f"{path.name}: {hitoku[year]} is set for some meshes (suppressed or estimated "
                                "values); the published values are stored", once_key=f"hitoku-{year}")
        values = {f: numbers(fields[f]) for _, _, f in series}
        codes = np.empty(n, dtype=object)
        levels = np.zeros(n, dtype=np.int32)
        ok = np.ones(n, dtype=bool)
        reasons: dict[int, str] = {}
        for i in range(n):
            try:
                codes[i], levels[i] = parse_mesh(fields["MESH_ID"][i])
            except meshcode.MeshCodeError as exc:
                ok[i] = False
                reasons[i] = str(exc)
        if not years:
            ok[:] = False
            reasons.update({i: "no PTN_yyyy year fields" for i in range(n) if i not in reasons})
        for year in years:                                   # a missing total: the year is missing
            bad = ok & np.isnan(values[ptn[year]])
            reasons.update({int(i): f"no value for {year} ({ptn[year]})" for i in np.flatnonzero(bad)})
            ok &= ~bad
            for y, _, f in series:
                if y != year:
                    continue
                neg = ok & (values[f] < 0)
                reasons.update({int(i): f"{f}: negative value {values[f][i]:g}" for i in np.flatnonzero(neg)})
                ok &= ~neg
        for i in sorted(reasons):
            raw = {k: fields[k][i] for k in list(fields)[:8]}
            writer.reject(line=i + 1, item=f"{where}feature {i + 1}", reason=reasons[i], raw=str(raw))
        muni = np.array([None] * n, dtype=object)
        if shicode is not None:
            for i in np.flatnonzero(ok):
                muni[i] = plain_code(shicode[i]) or None
        # one Arrow array of the codes (levels, municipalities) of the good features, filtered per band only where a
        # value is missing: a prefecture's 20,000 codes are not converted again for each of ~300 year bands
        a_codes, a_levels = pa.array(codes[ok], pa.string()), pa.array(levels[ok], pa.int32())
        a_muni = pa.array(muni[ok], pa.string())
        rows.add_cells(codes[ok].tolist(), levels[ok].tolist())
        for year, band, f in series:
            v = values[f][ok]
            keep = ~np.isnan(v)
            if keep.all():
                rows.extend(a_codes, a_levels, year, "projection", band, v, a_muni)
            else:
                m = pa.array(keep)
                rows.extend(a_codes.filter(m), a_levels.filter(m), year, "projection", band, v[keep],
                            a_muni.filter(m))

    @staticmethod
    def _first_is_total(fields, ptn, bands, n) -> bool:
        for year, idx in bands.items():
            if 0 not in idx or year not in ptn:
                continue
            for i in range(n):
                t, b0 = number(fields[ptn[year]][i]), number(fields[idx[0]][i])
                if t and b0 is not None:
                    if abs(t - b0) < 1e-6 * max(1.0, t):
                        return True
                    rest = [number(fields[idx[k]][i]) for k in sorted(idx)]
                    if all(r is not None for r in rest) and abs(sum(rest) - t) < 1e-3 * max(1.0, t):
                        return False
        return True


__all__ = ["AGGREGATE_BANDS", "MlitMeshProjection"]
