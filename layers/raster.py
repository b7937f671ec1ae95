"""Generic raster overlay: one quad per (subsampled) pixel, coloured per cell, draped on the terrain.

``params``: ``raster_id``, ``band`` (1-based), ``drape`` (sample the DEM for z; otherwise flat at
``offset``), ``offset`` (metres above the terrain), ``max_size`` (subsampling like the terrain).
Colour: the style classifies the band values (attribute ``value``); a single-colour style on a raster
with 3 or more bytes bands shows its own RGB.
"""

from __future__ import annotations

import math

import numpy as np
import pyvista as pv

from layers.adapter import LayerAdapter, register_adapter
from layers.dem import drape_heights, load_grid
from layers.terrain import grid_triangles
from twin.style import LegendEntry


def raster_mesh(grid, dem, *, band: int = 1, drape: bool = True, offset: float = 1.0, max_size: int = 1024
                ) -> tuple[pv.PolyData, np.ndarray, np.ndarray]:
    """(mesh with one pair of triangles per pixel, values per cell, terrain height per point)."""
    stride = max(1, int(math.ceil(max(grid.width, grid.height) / max(2, int(max_size)))))
    xs, ys = grid.corners(stride)
    X, Y = np.meshgrid(xs, ys)
    h, w = X.shape
    x, y = X.ravel(), Y.ravel()
    ground = drape_heights(dem, x, y, np.zeros(len(x))) if (dem is not None and drape) else np.zeros(len(x))
    pts = np.column_stack([x, y, ground + offset])
    tris = grid_triangles(h, w)
    vals = grid.data[band - 1, ::stride, ::stride][: h - 1, : w - 1].ravel()
    vals = np.repeat(vals, 2)                       # two triangles per pixel
    keep = np.isfinite(vals)
    mesh = pv.PolyData.from_regular_faces(pts, tris[keep])
    mesh.cell_data["pixel"] = np.flatnonzero(keep) // 2      # the (strided) pixel each triangle shows …
    mesh.field_data["pixel_shape"] = np.array([h - 1, w - 1])  # … in a grid of this many rows and columns
    return mesh, vals[keep], ground


@register_adapter("raster")
class RasterAdapter(LayerAdapter):
    """A raster overlay draped on the ground, coloured by its band values."""

    has_features = False
    drapes = True
    color_by_priority = 2
    geometry_params = ("raster_id", "band", "drape", "offset", "max_size")

    def build_mesh(self) -> pv.PolyData:
        rid = self.layer.params.get("raster_id")
        if rid is None:
            self.warnings.append("no raster chosen (params['raster_id'])")
            return pv.PolyData()
        grid = load_grid(self.document.store, int(rid))
        self._grid = grid
        band = int(self.layer.params.get("band") or 1)
        if not 1 <= band <= grid.data.shape[0]:
            raise ValueError(f"raster {grid.name!r} has {grid.data.shape[0]} band(s), not band {band}")
        dem = self.scene.dem(None) if self.layer.params.get("drape", True) else None
        mesh, vals, ground = raster_mesh(grid, dem, band=band, drape=bool(self.layer.params.get("drape", True)),
                                         offset=float(self.layer.params.get("offset") or 0.0),
                                         max_size=int(self.layer.params.get("max_size") or 1024))
        self._vals = vals
        self._zground = ground
        return mesh

    @property
    def pickable(self) -> bool:
        return False

    def element_colors(self) -> tuple[np.ndarray | None, list[LegendEntry]]:
        """Cell colours: the raster's own RGB for a single-colour style on 3+ bands, else the style's
        classification of the band values."""
        if not self.mesh.n_cells:
            return None, []
        style = self.layer.style
        grid = self._grid
        if (style.mode == "single" or not style.attribute) and grid.data.shape[0] >= 3:
            stride = max(1, int(math.ceil(max(grid.width, grid.height) /
                                          max(2, int(self.layer.params.get("max_size") or 1024)))))
            # each triangle takes the colour of the pixel it shows (pixels without a value have no triangles)
            h, w = (int(v) for v in self.mesh.field_data["pixel_shape"])
            rgb = np.nan_to_num(grid.data[:3, ::stride, ::stride][:, :h, :w]).reshape(3, -1).T
            pixel = np.asarray(self.mesh.cell_data["pixel"])
            colors = np.empty((len(pixel), 4), np.uint8)
            colors[:, :3] = np.clip(rgb[pixel], 0, 255)
            colors[:, 3] = 255
            return colors, []
        cls = style.classify(None, n=len(self._vals)) if style.mode == "single" else style.classify(self._vals)
        return cls.colors(), cls.entries

    def legend_title(self, label=None) -> str:
        """The layer's name: a raster's values have no attribute name worth showing."""
        return self.layer.name


__all__ = ["RasterAdapter", "raster_mesh"]
