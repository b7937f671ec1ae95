"""e-Stat 地域メッシュ境界 (mesh boundary) Shapefiles → ``population_mesh_cells``, checked against the computed cells.

e-Stat serves the boundaries of a first-order mesh as a zip (``MESH05436.zip``: ``MESH05436.shp`` …) in JGD2000 with
the fields ``KEY_CODE, MESH1_ID, MESH2_ID, MESH3_ID, MESH4_ID, OBJ_ID``; their polygons equal the JIS X 0410 cells
to about 1e-13°. Each feature's polygon is compared with the cell ``twin.meshcode`` computes from its ``KEY_CODE``
(the Hausdorff distance, in degrees of the file's geographic CRS; a projected file is taken back to EPSG:6668
first). A cell within :data:`TOLERANCE_DEG` (about 1 cm) is stored as the computed cell (the same polygon every
other population importer writes); a farther one, a ``KEY_CODE`` that is no mesh code, or ``MESH1_ID …`` that do
not begin the ``KEY_CODE`` go to ``import_rejects`` with the feature number and how far the polygon is off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importers.population_rows import MESH_CRS, mesh_location, nfkc, parse_mesh, plain_code, write_cells
from importers.population_vector import Layer, head_value, layer_head, vector_layers
from importers.registry import Importer, register
from twin import meshcode
from twin.crs import Location
from twin.errors import InputError

#: the largest distance between a file's polygon and the computed cell still taken as that cell (degrees, ~1 cm)
TOLERANCE_DEG = 1e-7
PARTS = ("MESH1_ID", "MESH2_ID", "MESH3_ID", "MESH4_ID", "MESH5_ID", "MESH6_ID")


def boundary_layers(path: Path) -> list[Layer]:
    """The layers of ``path`` with the fields ``KEY_CODE`` and ``MESH1_ID``."""
    return vector_layers(path, "estat-boundary", _head_ok, _fields_ok)


def _head_ok(head: str) -> bool:
    return '"KEY_CODE"' in head and '"MESH1_ID"' in head


def _fields_ok(fields: set[str]) -> bool:
    return {"KEY_CODE", "MESH1_ID"} <= fields


def _geographic(meta_crs: str | None, geoms: Any):
    """The polygons in degrees: as they are in a geographic CRS (JGD2000, JGD2011, WGS 84: the codes are read on
    the file's own datum), else transformed to EPSG:6668."""
    if not meta_crs:
        return geoms
    from pyproj import CRS
    crs = CRS.from_user_input(meta_crs)
    if crs.is_geographic:
        return geoms
    import numpy as np
    import shapely
    from pyproj import Transformer
    tr = Transformer.from_crs(crs, CRS.from_user_input(MESH_CRS), always_xy=True)
    return shapely.transform(geoms, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


@register
class EstatMeshBoundaries(Importer):
    """e-Stat mesh boundary Shapefiles (``KEY_CODE, MESH1_ID …``) → ``population_mesh_cells``."""

    name = "estat-mesh-boundary"
    version = "1"
    label = "e-Stat 地域メッシュ境界 (mesh boundary Shapefile)"
    patterns = ("*.shp", "*.zip")
    priority = 5
    tables = ("population_mesh_cells",)

    def sniff(self, path: Path) -> float:
        return 0.95 if boundary_layers(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            import pyogrio.raw
            for layer in boundary_layers(path):
                head = layer_head(layer)
                if head is not None:
                    return mesh_location(plain_code(head_value(head, "KEY_CODE")))
                meta, _, _, data = pyogrio.raw.read(layer[0], layer=layer[2], max_features=1, read_geometry=False)
                names = [str(f).upper() for f in meta["fields"]]
                if len(data) and len(data[0]):
                    return mesh_location(plain_code(data[names.index("KEY_CODE")][0]))
        except Exception:  # noqa: BLE001 - locate never raises
            return None
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        import pyogrio.raw
        layers = boundary_layers(path)
        if not layers:
            raise InputError(path, "has no layer with the fields KEY_CODE and MESH1_ID")
        cells: dict[str, int] = {}
        for source, enc, layer in layers:
            writer.check_cancelled()
            try:
                meta, _, wkb, data = pyogrio.raw.read(source, layer=layer, encoding=enc)
            except Exception as exc:  # noqa: BLE001
                raise InputError(path, f"cannot be read ({exc})") from None
            fields = {str(n).upper(): v for n, v in zip(meta["fields"], data)}
            where = f"layer {layer or source.rsplit('/', 1)[-1]}, " if len(layers) > 1 else ""
            self._check(fields, wkb, meta.get("crs"), where, writer, cells)
        write_cells(writer, cells)

    @staticmethod
    def _check(fields: dict[str, Any], wkb: Any, crs: str | None, where: str, writer: Any,
               cells: dict[str, int]) -> None:
        import numpy as np
        import shapely
        n = len(fields["KEY_CODE"])
        geoms = _geographic(crs, shapely.from_wkb(wkb))
        parts = [p for p in PARTS if p in fields]
        for i in range(n):
            raw = {k: nfkc(fields[k][i]) for k in ("KEY_CODE", *parts)}

            def reject(reason: str, i: int = i, raw: dict = raw) -> None:
                writer.reject(item=f"{where}feature {i + 1}", reason=reason, raw=str(raw))

            try:
                code, level = parse_mesh(fields["KEY_CODE"][i])
            except meshcode.MeshCodeError as exc:
                reject(f"KEY_CODE: {exc}")
                continue
            prefix = "".join(plain_code(fields[p][i]) for p in parts)
            if prefix and not code.startswith(prefix):
                reject(f"{'+'.join(parts)} give {prefix}, which does not begin KEY_CODE {code}")
                continue
            geom = geoms[i]
            if geom is None or shapely.is_empty(geom):
                reject(f"mesh {code} has no polygon")
                continue
            cell = shapely.Polygon(meshcode.polygon(code))
            off = float(shapely.hausdorff_distance(geom, cell))
            if not np.isfinite(off) or off > TOLERANCE_DEG:
                reject(f"the polygon of mesh {code} is off its JIS X 0410 cell by {off:.3g}° "
                       f"(about {off * 111_000:.3g} m; tolerance {TOLERANCE_DEG:g}°)")
                continue
            cells[code] = level


__all__ = ["EstatMeshBoundaries", "TOLERANCE_DEG", "boundary_layers"]
