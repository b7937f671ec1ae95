"""A scenario drawn as a view over the base buildings (issue 9); the base is never modified.

:class:`ScenarioLayer` is a ``buildings`` layer (same table, style, Identify) drawn by
:class:`ScenarioBuildingsAdapter`: the base buildings' merged mesh is built once, as for any buildings layer,
and the scenario shown is only

* a colour write into that mesh: buildings the scenario removes or changes get alpha 0 there (fully
  transparent cells are not drawn, nor picked), and
* its *delta*: one small mesh of the added, changed and removed buildings (footprint prisms from
  :func:`twin.scenarios.scenario_buildings`) drawn by three actors — added ones light cyan, changed ones orange,
  removed ones a faint grey ghost — each with dark outlines. New buildings are opaque: VTK's translucent pass
  (without depth peeling) lost their faces behind other translucent overlays (the shadow-hours raster).

Deltas are built once per (scenario, date shown, state of its edits) and kept, so switching between scenarios
already seen (:func:`switch_scenario`) is a visibility swap plus one recolour. The date shown follows the
twin's clock (edits of a later phase are not standing yet) unless :meth:`ScenarioBuildingsAdapter.show` is
given ``at``.

The delta's actors are not pickable by the scene's picker (clicks reach the base); :func:`pick_scenario` picks
them on purpose and gives the building's id in the scenario (added buildings: ``-edit id``), the nearer of the
delta and the base winning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyvista as pv

from layers.actors import make_actor
from layers.buildings import BuildingsAdapter, _vert_poly
from layers.meshing import extrude, polygons_from_wkb
from layers.registry import register_adapter
from twin import scenarios
from twin.layer import Layer
from twin.store import Store

#: cell array ``status`` of a delta mesh
STATUS = {"added": 1, "changed": 2, "removed": 3}
#: (face RGB, face opacity, outline RGB) per status
STATUS_STYLE = {
    "added": ((0.30, 0.80, 0.98), 1.00, (0.02, 0.25, 0.45)),
    "changed": ((1.00, 0.55, 0.10), 1.00, (0.45, 0.20, 0.00)),
    "removed": ((0.55, 0.55, 0.58), 0.18, (0.80, 0.15, 0.15)),
}


class ScenarioLayer(Layer):
    """A buildings layer showing a scenario (``scenario``: its name, None for the base) over the base. Not an
    evented field: change it with :func:`switch_scenario` or :meth:`ScenarioBuildingsAdapter.show`."""

    scenario: str | None = None
    #: the phases shown follow the document's clock (False: every phase, unless ``show(at=…)``)
    follow_clock: bool = True


def scenario_layer(name: str | None, *, title: str | None = None, style: Any = None) -> ScenarioLayer:
    """A new :class:`ScenarioLayer` showing scenario ``name`` (None: the base), styled like the buildings."""
    from twin.document import default_style

    layer = ScenarioLayer(name=title or (name or "ベース"), kind="buildings",
                          style=style.copy() if style is not None else default_style("buildings"))
    layer.scenario = name
    return layer


@dataclass
class ScenarioDelta:
    """What a scenario changes, ready to draw: base ids hidden in the base mesh, and the prisms of the
    added / changed / removed buildings (cell arrays ``feature_id``, ``status``; point array ``ground_z``)."""

    name: str | None
    at: dt.date | None
    hidden_ids: np.ndarray                       # base buildings.id drawn by the delta instead (changed, removed)
    mesh: pv.PolyData
    counts: dict[str, int] = field(default_factory=dict)
    actors: list[Any] = field(default_factory=list)


def edits_signature(store: Store, name: str | None) -> tuple:
    """Changes whenever the scenario's edits change (an edit, an undo or redo): part of the delta cache key."""
    if name is None:
        return ()
    return tuple(store.query(
        "SELECT count(*), max(e.id), sum(CASE WHEN e.active THEN e.id ELSE 0 END), max(e.at) FROM scenario_edits e "
        "JOIN scenarios s ON s.id = e.scenario_id WHERE s.name = ?", [name])[0])


def scenario_delta(store: Store, name: str | None, at: dt.date | None = None) -> ScenarioDelta:
    """The :class:`ScenarioDelta` of scenario ``name`` standing at ``at`` (None: every edit)."""
    empty = ScenarioDelta(name, at, np.empty(0, np.int64), pv.PolyData(), {k: 0 for k in STATUS})
    if name is None:
        return empty
    tbl = scenarios.scenario_buildings(store, name, at=at, include_removed=True, edited_only=True)
    status = np.asarray(tbl.column("status").to_pylist(), dtype=object)
    keep = status != "base"
    if not keep.any():
        return empty
    ids = tbl.column("id").to_numpy(zero_copy_only=False).astype(np.int64)
    code = np.array([STATUS.get(s, 0) for s in status], np.uint8)
    ground = np.nan_to_num(tbl.column("ground_z").to_numpy(zero_copy_only=False).astype(np.float64))
    height = tbl.column("height_m").to_numpy(zero_copy_only=False).astype(np.float64)
    good = keep & np.isfinite(height) & (height > 0)
    pa, ok = polygons_from_wkb(tbl.column("footprint"), mask=good)
    pts, tris, tpoly = extrude(pa, ground[pa.owner], (ground + np.nan_to_num(height))[pa.owner])
    owner = pa.owner[tpoly]
    mesh = pv.PolyData.from_regular_faces(pts, tris) if len(tris) else pv.PolyData()
    if len(tris):
        mesh.cell_data["feature_id"] = ids[owner]
        mesh.cell_data["status"] = code[owner]
        mesh.point_data["ground_z"] = np.concatenate([ground[pa.owner][_vert_poly(pa)]] * 2)
    hidden = ids[keep & (ids >= 0)]
    counts = {k: int((status == k).sum()) for k in STATUS}
    return ScenarioDelta(name, at, np.unique(hidden), mesh, counts)


def _sub_mesh(mesh: pv.PolyData, cells: np.ndarray) -> pv.PolyData:
    """The triangles ``cells`` of ``mesh`` as a mesh of their own (points renumbered, ``ground_z`` kept)."""
    tris = np.asarray(mesh.regular_faces)[cells]
    used, inverse = np.unique(tris.ravel(), return_inverse=True)
    part = pv.PolyData.from_regular_faces(np.asarray(mesh.points)[used], inverse.reshape(-1, 3))
    part.point_data["ground_z"] = np.asarray(mesh.point_data["ground_z"])[used]
    part.cell_data["feature_id"] = np.asarray(mesh.cell_data["feature_id"])[cells]
    return part


def _status_actors(mesh: pv.PolyData) -> list[Any]:
    """Faces and outlines of each status present in a delta mesh (not pickable: clicks reach the base)."""
    actors = []
    if not mesh.n_cells:
        return actors
    status = np.asarray(mesh.cell_data["status"])
    for key, code in STATUS.items():
        cells = np.nonzero(status == code)[0]
        if not len(cells):
            continue
        part = _sub_mesh(mesh, cells)
        face_rgb, opacity, line_rgb = STATUS_STYLE[key]
        face = make_actor(part, scalars=None, pickable=False, color=face_rgb)
        prop = face.GetProperty()
        prop.SetOpacity(opacity)
        prop.SetAmbient(0.35)
        prop.SetDiffuse(0.7)
        edges = part.extract_feature_edges(boundary_edges=True, feature_edges=True, non_manifold_edges=False,
                                           manifold_edges=False, feature_angle=30)
        line = make_actor(edges, scalars=None, pickable=False, color=line_rgb)
        line.GetProperty().SetLineWidth(2.0 if key != "removed" else 1.5)
        face._kt_status = line._kt_status = key          # for tests, diagnostics and pick_scenario
        face._kt_face = True
        face._kt_part = line._kt_part = (part, edges)
        actors += [face, line]
    return actors


@register_adapter(ScenarioLayer)
class ScenarioBuildingsAdapter(BuildingsAdapter):
    """Draws a :class:`ScenarioLayer`: the base buildings mesh (built once) and the shown scenario's delta."""

    #: follow the twin's clock for phases (False: only :meth:`show`'s ``at``)
    follow_clock = True
    #: deltas kept for fast switching
    MAX_CACHED = 8

    def __init__(self, layer: Layer, scene: Any):
        self._deltas: dict[tuple, ScenarioDelta] = {}
        self.delta: ScenarioDelta | None = None
        self._fixed_at: dt.date | None = None
        self._hidden_pos = np.empty(0, np.int64)
        super().__init__(layer, scene)
        self.show(getattr(layer, "scenario", None))

    # -- events: the clock (phases) ------------------------------------------------------------------------------
    def _slots(self) -> list:
        return super()._slots() + [(self.document.clock.events.current, self._on_clock)]

    def _on_clock(self, *_: object) -> None:
        if self.follow_clock and self._fixed_at is None and self.delta is not None:
            if self._date_shown() != self.delta.at:
                self.show(self.scenario)
                self.scene.changed()

    def _date_shown(self) -> dt.date | None:
        if self._fixed_at is not None:
            return self._fixed_at
        cur = self.document.clock.current
        follow = self.follow_clock and getattr(self.layer, "follow_clock", True)
        return cur.date() if (follow and cur is not None) else None

    # -- the scenario shown ----------------------------------------------------------------------------------------
    @property
    def scenario(self) -> str | None:
        return getattr(self.layer, "scenario", None)

    def show(self, name: str | None, *, at: dt.date | None = None, reload: bool = False) -> ScenarioDelta:
        """Show scenario ``name`` (None: the base) standing at ``at`` (None: the clock's date, or every edit).
        A delta already built for the same edits is reused; ``reload`` forces a new one."""
        self.layer.scenario = name
        self._fixed_at = at
        when = self._date_shown()
        key = (name, when, edits_signature(self.document.store, name))
        delta = None if reload else self._deltas.get(key)
        if delta is None:
            delta = scenario_delta(self.document.store, name, when)
            # the same scenario and date with older edits is dropped; at most MAX_CACHED deltas are kept
            keep = [(k, d) for k, d in self._deltas.items() if k[:2] != key[:2] and d is not self.delta]
            keep = keep[-(self.MAX_CACHED - 2):] + ([(k, d) for k, d in self._deltas.items()
                                                  if d is self.delta and k[:2] != key[:2]])
            self._deltas = dict(keep)
            self._deltas[key] = delta
            delta.actors = _status_actors(delta.mesh)
            for a in delta.actors:
                a.SetVisibility(False)
                self.scene.add_actor(a)
            self._place_delta(delta)
        self._release_unused()
        if self.delta is not None and self.delta is not delta:
            for a in self.delta.actors:
                a.SetVisibility(False)
        self.delta = delta
        for a in delta.actors:
            a.SetVisibility(self.shown)
        self._hidden_pos = self._positions(delta.hidden_ids)
        self.apply_style()
        self.scene.changed()
        return delta

    def _positions(self, ids: np.ndarray) -> np.ndarray:
        fids = self.features.fids
        if not len(fids) or not len(ids):
            return np.empty(0, np.int64)
        pos = np.clip(np.searchsorted(fids, ids), 0, len(fids) - 1)
        return pos[fids[pos] == ids]

    def _release_unused(self) -> None:
        """Remove the actors of deltas no longer in the cache."""
        live = {id(a) for d in self._deltas.values() for a in d.actors}
        for a in list(getattr(self, "_added_actors", [])):
            if id(a) not in live:
                self.scene.remove_actor(a)
        self._added_actors = [a for d in self._deltas.values() for a in d.actors]

    def _place_delta(self, delta: ScenarioDelta) -> None:
        """Lift the delta's points with the scene's vertical exaggeration (like the base mesh)."""
        for a in delta.actors:
            for part in a._kt_part:
                if not part.n_points or "ground_z" not in part.point_data:
                    continue
                if not hasattr(part, "_kt_z0"):
                    part._kt_z0 = np.array(part.points[:, 2])
                part.points[:, 2] = part._kt_z0 + (self.exaggeration - 1.0) * np.asarray(part.point_data["ground_z"])
                part.Modified()

    # -- hooks of the buildings adapter ----------------------------------------------------------------------------
    def rebuild(self) -> None:
        super().rebuild()
        if getattr(self, "delta", None) is not None:
            self._hidden_pos = self._positions(self.delta.hidden_ids)
            self.apply_style()

    def element_colors(self):
        f = self.features
        rgba, legend = self.coloring.feature_colors(f.fids)
        hidden = self.hidden_at_time()
        pos = getattr(self, "_hidden_pos", None)
        if (hidden is not None and hidden.any()) or (pos is not None and len(pos)):
            rgba = rgba.copy()
            if hidden is not None:
                rgba[hidden, 3] = 0
            if pos is not None and len(pos):
                rgba[pos, 3] = 0     # drawn by the delta (changed) or ghosted there (removed)
        return (rgba[f.cell_fidx] if len(f.cell_fidx) else None), legend

    def apply_visibility(self) -> None:
        super().apply_visibility()
        if getattr(self, "delta", None) is not None:
            for a in self.delta.actors:
                a.SetVisibility(self.shown)

    def apply_exaggeration(self) -> None:
        super().apply_exaggeration()
        for d in getattr(self, "_deltas", {}).values():
            self._place_delta(d)

    def delta_hit(self, renderer: Any, x: float, y: float) -> tuple[int, str, tuple[float, float, float]] | None:
        """(building id in the scenario, status, world position) of the delta face shown at display (x, y), or
        None. The faces are made pickable only for this pick."""
        faces = [a for a in (self.delta.actors if self.delta is not None else [])
                 if getattr(a, "_kt_face", False) and a.GetVisibility()]
        if not faces or not self.shown:
            return None
        from vtkmodules.vtkRenderingCore import vtkCellPicker

        picker = vtkCellPicker()
        picker.SetTolerance(0.0)
        picker.PickFromListOn()
        for a in faces:
            a.SetPickable(True)
            picker.AddPickList(a)
        try:
            if not picker.Pick(float(x), float(y), 0.0, renderer):
                return None
        finally:
            for a in faces:
                a.SetPickable(False)
        actor = picker.GetActor()
        part = actor._kt_part[0]
        fid = int(np.asarray(part.cell_data["feature_id"])[picker.GetCellId()])
        return fid, actor._kt_status, tuple(picker.GetPickPosition())

    def actors(self) -> list:
        extra = list(self.delta.actors) if getattr(self, "delta", None) is not None else []
        return super().actors() + extra

    def close(self) -> None:
        scene = self.scene
        for d in self._deltas.values():
            for a in d.actors:
                scene.remove_actor(a)
        self._deltas.clear()
        self._added_actors = []
        self.delta = None
        super().close()


def use_scenario(document: Any, name: str | None, *, follow_clock: bool = True) -> list[ScenarioLayer]:
    """Draw ``document``'s buildings as scenario ``name``: every plain buildings layer is replaced, in place, by a
    :class:`ScenarioLayer` with its name, style, parameters, opacity and visibility (for ``kaga-twin render
    --scenario``); ``follow_clock=False`` shows every phase whatever the clock says.
    :class:`~twin.errors.TwinError` naming the project's scenarios when ``name`` is not one."""
    from twin.errors import TwinError

    known = [s["name"] for s in scenarios.list_scenarios(document.store)]
    if name is not None and name not in known:
        raise TwinError(f"no scenario {name!r}; the project has: {', '.join(known) if known else 'none'}")
    out = []
    for i, layer in enumerate(list(document.layers)):
        if layer.kind != "buildings" or isinstance(layer, ScenarioLayer):
            continue
        group = document.tree.group_of(layer)
        new = ScenarioLayer(name=layer.name, kind="buildings", source=layer.source, visible=layer.visible,
                            opacity=layer.opacity, style=layer.style.copy(), params=dict(layer.params))
        new.scenario = name
        new.follow_clock = follow_clock
        document.layers[i] = new
        if group is not None:
            document.tree.assign(new, group)
        out.append(new)
    return out


def scenario_adapters(scene: Any) -> list[ScenarioBuildingsAdapter]:
    """The scene's adapters drawing a :class:`ScenarioLayer`."""
    return [a for a in scene.adapters.values() if isinstance(a, ScenarioBuildingsAdapter)]


def pick_scenario(scene: Any, x: float, y: float) -> tuple[str, int] | None:
    """``(layer id, building id in the scenario)`` at display (x, y) of ``scene``, like its ``pick_at`` but a
    scenario layer's added, changed or removed building counts too (added ones have negative ids): the nearer
    to the camera of that and of what the scene's picker finds wins."""
    renderer = scene.picker.renderer
    eye = np.asarray(renderer.GetActiveCamera().GetPosition(), np.float64)
    best: tuple[float, str, int] | None = None
    for ad in scenario_adapters(scene):
        hit = ad.delta_hit(renderer, x, y)
        if hit is not None:
            d = float(np.linalg.norm(np.asarray(hit[2]) - eye))
            if best is None or d < best[0]:
                best = (d, ad.layer.id, hit[0])
    if best is None:
        return scene.pick_at(x, y)
    base = scene.picker.pick_feature(x, y)
    if base is not None and base[0].has_features and base[0].cells_drawn([base[1]])[0] \
            and float(np.linalg.norm(np.asarray(base[2]) - eye)) < best[0] - 0.01:
        return scene.pick_at(x, y)
    return best[1], best[2]


def switch_scenario(scene: Any, name: str | None, *, at: dt.date | None = None) -> int:
    """Show scenario ``name`` (None: the base) in every scenario layer of ``scene`` (a
    :class:`~layers.scene.SceneController`) and ask for one render; returns how many layers switched. This is
    the scenario switch the benchmark times (``benchmarks/scenarios.py``)."""
    ads = scenario_adapters(scene)
    for ad in ads:
        ad.show(name, at=at)
    scene.schedule.changed()
    return len(ads)


__all__ = ["STATUS", "STATUS_STYLE", "ScenarioBuildingsAdapter", "ScenarioDelta", "ScenarioLayer",
           "edits_signature", "pick_scenario", "scenario_adapters", "scenario_delta", "scenario_layer", "switch_scenario",
           "use_scenario"]
