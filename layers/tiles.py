"""Spatial tiles of a merged layer mesh: a handful of actors instead of one, so VTK skips what is off screen.

A big layer (e.g. 100,000 buildings) stays **one merged mesh** — the data model for colours, picking,
highlights and bounds — but is drawn by one actor per tile (16–64 tiles, never one per feature). The cells
of the merged mesh are sorted so each tile is a contiguous cell range; a tile's :class:`pyvista.PolyData`
shares the merged mesh's points and views its connectivity and ``rgba`` arrays (no copies), so restyles and
terrain exaggeration written into the merged mesh reach every tile. Actor bounds come from the tile's cells,
so VTK's frustum culler and the pickers' bounding-box tests work per tile.

Tiles are balanced by feature count (columns of equal count along x, then rows of equal count along y),
and every feature lies in exactly one tile (all its cells together).
"""

from __future__ import annotations

import math

import numpy as np
import pyvista as pv
from vtkmodules.util.numpy_support import numpy_to_vtk, numpy_to_vtkIdTypeArray, vtk_to_numpy
from vtkmodules.vtkCommonDataModel import vtkCellArray

#: layers with fewer cells are drawn by a single actor
TILE_MIN_CELLS = 100_000
#: about this many cells per tile …
TILE_TARGET_CELLS = 25_000
#: … and at most this many tiles
TILE_MAX = 64


def tile_count(n_cells: int, min_cells: int | None = None) -> int:
    """How many tiles a mesh of ``n_cells`` cells gets (1 = not tiled); ``min_cells`` lowers the threshold
    for a layer (:data:`TILE_MIN_CELLS` otherwise)."""
    threshold = TILE_MIN_CELLS if min_cells is None else min(TILE_MIN_CELLS, int(min_cells))
    if n_cells < threshold:
        return 1
    return int(min(TILE_MAX, max(4, math.ceil(n_cells / TILE_TARGET_CELLS))))


def balanced_tiles(x: np.ndarray, y: np.ndarray, n_tiles: int) -> np.ndarray:
    """Tile index (0 … T−1) of each item at (x, y): ``nx`` columns of equal item count along x, each split into
    ``ny`` rows of equal count along y (``nx·ny ≈ n_tiles``, shaped like the extent)."""
    n = len(x)
    if n == 0 or n_tiles <= 1:
        return np.zeros(n, np.int64)
    w = float(np.ptp(x)) or 1.0
    h = float(np.ptp(y)) or 1.0
    nx = int(np.clip(round(math.sqrt(n_tiles * w / h)), 1, n_tiles))
    ny = int(max(1, math.ceil(n_tiles / nx)))
    ox = np.argsort(x, kind="stable")
    col = np.empty(n, np.int64)
    col[ox] = np.arange(n) * nx // n
    o = np.lexsort((y, col))                      # by column, then y within the column
    start = np.searchsorted(col[o], np.arange(nx + 1))
    cnt = np.diff(start)
    rank = np.arange(n) - np.repeat(start[:-1], cnt)
    row = np.empty(n, np.int64)
    row[o] = rank * ny // np.maximum(np.repeat(cnt, cnt), 1)
    tile = col * ny + row
    # renumber to 0 … T−1 without gaps (a column may have fewer items than rows)
    _, tile = np.unique(tile, return_inverse=True)
    return tile.astype(np.int64)


def triangle_connectivity(mesh: pv.PolyData) -> np.ndarray | None:
    """(n, 3) view of the triangle connectivity of an all-triangle mesh (None if it has other cells)."""
    if mesh.n_cells == 0 or mesh.GetNumberOfVerts() or mesh.GetNumberOfLines() or mesh.GetNumberOfStrips():
        return None
    polys = mesh.GetPolys()
    if polys.IsHomogeneous() != 3:
        return None
    return vtk_to_numpy(polys.GetConnectivityArray()).reshape(-1, 3)


def sort_cells_by_tile(mesh: pv.PolyData, cell_group: np.ndarray, n_groups: int, n_tiles: int
                       ) -> tuple[pv.PolyData, np.ndarray, np.ndarray, np.ndarray] | None:
    """Reorder the cells of an all-triangle mesh so each tile's cells are contiguous.

    ``cell_group`` (n_cells,) numbers the feature of each cell (0 … n_groups−1; or each cell on its own, for
    layers without features); features are placed in tiles by the mean position of their cells' first
    vertices. Returns ``(mesh, order, ranges, group_tile)``: the new
    mesh (same points object, cell arrays reordered; ``new cell i = old cell order[i]``), the tile cell ranges
    (T+1), and the tile of every feature. None when the mesh is not all triangles."""
    conn = triangle_connectivity(mesh)
    if conn is None:
        return None
    pts = np.asarray(mesh.points)
    first = conn[:, 0]
    cnt = np.bincount(cell_group, minlength=n_groups).astype(np.float64)
    cnt[cnt == 0] = 1.0
    fx = np.bincount(cell_group, pts[first, 0], minlength=n_groups) / cnt
    fy = np.bincount(cell_group, pts[first, 1], minlength=n_groups) / cnt
    group_tile = balanced_tiles(fx, fy, n_tiles)
    cell_tile = group_tile[cell_group].astype(np.int16)
    order = np.argsort(cell_tile, kind="stable")
    T = int(group_tile.max()) + 1 if len(group_tile) else 1
    ranges = np.searchsorted(cell_tile[order], np.arange(T + 1)).astype(np.int64)
    out = pv.PolyData()
    out.SetPoints(mesh.GetPoints())
    set_triangles(out, np.ascontiguousarray(conn[order]).ravel())
    out.GetPointData().ShallowCopy(mesh.GetPointData())
    out.GetFieldData().ShallowCopy(mesh.GetFieldData())
    for name in mesh.cell_data.keys():
        out.cell_data[name] = np.asarray(mesh.cell_data[name])[order]
    return out, order, ranges, group_tile


def set_triangles(poly: pv.PolyData, flat_conn: np.ndarray, *, deep: bool = True) -> None:
    """Give ``poly`` the triangles of a flat int64 connectivity array (3 point ids per triangle)."""
    conn = np.ascontiguousarray(flat_conn, dtype=np.int64)
    offsets = np.arange(0, len(conn) + 1, 3, dtype=np.int64)
    ca = vtkCellArray()
    ca.SetData(numpy_to_vtkIdTypeArray(offsets, deep=True), numpy_to_vtkIdTypeArray(conn, deep=deep))
    poly.SetPolys(ca)


class TileSet:
    """Per-tile :class:`pyvista.PolyData` over contiguous cell ranges of a merged all-triangle mesh, sharing
    its points and viewing its connectivity and cell colour array (see the module docstring)."""

    def __init__(self, mesh: pv.PolyData, ranges: np.ndarray, color_array: str = "rgba", association: str = "cell"):
        self.mesh = mesh
        self.ranges = np.asarray(ranges, np.int64)
        self.color_array = color_array
        self.association = association
        conn = vtk_to_numpy(mesh.GetPolys().GetConnectivityArray())
        colors = np.asarray(mesh.cell_data[color_array]) if association == "cell" else None
        self.polys: list[pv.PolyData] = []
        self._keep: list[np.ndarray] = []            # numpy views the VTK arrays point into
        for k in range(len(self.ranges) - 1):
            c0, c1 = int(self.ranges[k]), int(self.ranges[k + 1])
            sub = pv.PolyData()
            sub.SetPoints(mesh.GetPoints())
            sub.GetPointData().ShallowCopy(mesh.GetPointData())     # shared arrays (normals, point colours)
            view = conn[3 * c0:3 * c1]
            set_triangles(sub, view, deep=False)
            if association == "cell":
                cv = colors[c0:c1]
                arr = numpy_to_vtk(cv, deep=False)
                arr.SetName(color_array)
                sub.GetCellData().AddArray(arr)
                self._keep.append(cv)
            self._keep.append(view)
            self.polys.append(sub)
        self._bounds: np.ndarray | None = None

    @property
    def bounds(self) -> np.ndarray:
        """(T, 6) bounds of each tile's cells (computed on first use, and again after the points move)."""
        if self._bounds is None:
            self._bounds = tile_bounds(self.mesh, self.ranges)
        return self._bounds

    def __len__(self) -> int:
        return len(self.polys)

    def colors_modified(self) -> None:
        """The merged mesh's colours were written in place: tell every tile."""
        if self.association != "cell":
            self.mesh.GetPointData().GetArray(self.color_array).Modified()
            return
        for p in self.polys:
            p.GetCellData().GetArray(self.color_array).Modified()

    def points_modified(self) -> None:
        """The shared points moved (exaggeration): refresh the tile bounds."""
        for p in self.polys:
            p.Modified()
        self._bounds = None

    def tile_of_cell(self, cell: int) -> int:
        return int(np.searchsorted(self.ranges, cell, side="right") - 1)

    def release(self) -> None:
        self.polys = []
        self._keep = []
        self.mesh = None


def tile_bounds(mesh: pv.PolyData, ranges: np.ndarray) -> np.ndarray:
    """(T, 6) bounds of the points used by each tile's cells (what VTK's mappers report for the tiles)."""
    T = len(ranges) - 1
    out = np.zeros((T, 6))
    conn = vtk_to_numpy(mesh.GetPolys().GetConnectivityArray())
    if not len(conn) or T <= 0:
        return out
    pts = np.asarray(mesh.points)
    starts = 3 * np.asarray(ranges[:-1], np.int64)
    nonempty = np.asarray(ranges[1:]) > np.asarray(ranges[:-1])
    s = starts[nonempty]
    for a in range(3):
        v = np.ascontiguousarray(pts[:, a])[conn]
        out[nonempty, 2 * a] = np.minimum.reduceat(v, s)
        out[nonempty, 2 * a + 1] = np.maximum.reduceat(v, s)
    return out


def ray_hits_boxes(p0: np.ndarray, p1: np.ndarray, bounds: np.ndarray, pad: float = 0.0) -> np.ndarray:
    """Which axis-aligned boxes (n, 6: xmin, xmax, ymin, ymax, zmin, zmax) the segment p0 → p1 crosses
    (slab test; boxes grown by ``pad``)."""
    if not len(bounds):
        return np.zeros(0, bool)
    d = np.asarray(p1, np.float64) - np.asarray(p0, np.float64)
    lo = bounds[:, 0::2] - pad
    hi = bounds[:, 1::2] + pad
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = 1.0 / d
        t0 = (lo - p0) * inv
        t1 = (hi - p0) * inv
    tmin = np.where(np.isnan(t0), -np.inf, np.minimum(t0, t1))
    tmax = np.where(np.isnan(t1), np.inf, np.maximum(t0, t1))
    # a zero direction component: inside the slab or not
    zero = d == 0
    if zero.any():
        inside = (p0 >= lo) & (p0 <= hi)
        tmin = np.where(zero, np.where(inside, -np.inf, np.inf), tmin)
        tmax = np.where(zero, np.where(inside, np.inf, -np.inf), tmax)
    enter = tmin.max(axis=1)
    leave = tmax.min(axis=1)
    return (enter <= leave) & (leave >= 0.0) & (enter <= 1.0)


def box_corners(bounds: np.ndarray) -> np.ndarray:
    """(n, 8, 3) corners of (n, 6) boxes."""
    b = np.asarray(bounds, np.float64).reshape(-1, 6)
    xs = b[:, [0, 1]]
    ys = b[:, [2, 3]]
    zs = b[:, [4, 5]]
    i, j, k = np.meshgrid([0, 1], [0, 1], [0, 1], indexing="ij")
    i, j, k = i.ravel(), j.ravel(), k.ravel()
    return np.stack([xs[:, i], ys[:, j], zs[:, k]], axis=2)


def project_boxes(renderer, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Display rectangles (n, 4: xmin, xmax, ymin, ymax) of boxes, and whether each box is wholly in front
    of the camera (otherwise its rectangle is meaningless and the caller must treat it as covering
    everything)."""
    corners = box_corners(bounds)                                  # (n, 8, 3)
    cam = renderer.GetActiveCamera()
    w, h = renderer.GetSize()
    aspect = (w / h) if h else 1.0
    m = cam.GetCompositeProjectionTransformMatrix(aspect, -1.0, 1.0)
    M = np.array([[m.GetElement(r, c) for c in range(4)] for r in range(4)])
    hom = np.concatenate([corners, np.ones(corners.shape[:2] + (1,))], axis=2) @ M.T   # (n, 8, 4)
    wc = hom[..., 3]
    front = (wc > 1e-9).all(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ndc = hom[..., :2] / wc[..., None]
    vx0, vy0 = renderer.GetOrigin()
    dx = vx0 + (ndc[..., 0] + 1.0) * 0.5 * w
    dy = vy0 + (ndc[..., 1] + 1.0) * 0.5 * h
    rect = np.stack([dx.min(axis=1), dx.max(axis=1), dy.min(axis=1), dy.max(axis=1)], axis=1)
    return rect, front


__all__ = ["TILE_MAX", "TILE_MIN_CELLS", "TILE_TARGET_CELLS", "TileSet", "balanced_tiles", "box_corners",
           "project_boxes", "ray_hits_boxes", "set_triangles", "sort_cells_by_tile", "tile_bounds", "tile_count",
           "triangle_connectivity"]
