"""``tran:Road`` → a road record (LOD1 multi-surface, class/function/usage, road structure) and its
``tran:TrafficArea`` / ``tran:AuxiliaryTrafficArea`` surfaces.

The Road's own lod2/lod3MultiSurface normally consists of xlinks to its traffic areas, which are read
as road surfaces already; inline polygons there become road surfaces of type ``Road``.
"""

from __future__ import annotations

import re

from . import values
from .common import (GEN_ATTRS, GML_DESCRIPTION, GML_ID, GML_NAME, KIND_ROAD, KIND_TAREA, TRAN, TYPE_CLASSIFY,
                     Collector, FeatureContext, _add, collect_polygons, local_name)

_LOD_MS = re.compile(r"^lod([1-4])MultiSurface$")
_AREAS = {TRAN + "trafficArea": "TrafficArea", TRAN + "auxiliaryTrafficArea": "AuxiliaryTrafficArea"}


def _new_record(gml_id: str) -> dict:
    return {"gml_id": gml_id, "name": None, "class_code": None, "class": None, "function_code": None,
            "function": None, "usage_code": None, "usage": None, "width": None, "width_type_code": None,
            "width_type": None, "lanes": None, "section_type_code": None, "section_type": None, "attrs": {}}


class RoadReader:
    """Reads roads of one file into a :class:`Collector`."""

    def __init__(self, ctx: FeatureContext, col: Collector):
        self.ctx = ctx
        self.col = col
        U = ctx.U
        p = ctx.paths
        self.structure_props = {U + k: v for k, v in p.road_structure_props.items()}
        self.quality_props = {U + k: v for k, v in p.tran_quality_props.items()}

    def read(self, r, line0: int, source_file: str) -> None:
        ctx, col = self.ctx, self.col
        gml_id = r.get(GML_ID)
        if not gml_id:
            gml_id = f"{source_file}:{line0 + (r.sourceline or 1) - 1}"
            col.used_lines = True
            col.warn("road-no-id", f"{ctx.label}: tran:Road without gml:id; such roads are given an id from "
                                   f"the file and line, e.g. {gml_id}")
        ri = len(col.roads)
        rec = _new_record(gml_id)
        attrs = rec["attrs"]
        for c in r:
            tag = c.tag
            if not isinstance(tag, str):
                continue
            if tag.startswith(TRAN):
                local = tag[len(TRAN):]
                if local in ("class", "function", "usage"):
                    code, label = ctx.code(c)
                    key = local + "_code"
                    if rec[key] is None:
                        rec[key], rec[local] = code, label
                    else:
                        _add(attrs, local + "s", {"code": code, "label": label})
                    continue
                m = _LOD_MS.match(local)
                if m:
                    lod = int(m.group(1))
                    if lod == 1:
                        collect_polygons(col, c, KIND_ROAD, ri, -1, 1, TYPE_CLASSIFY)
                    else:
                        n = collect_polygons(col, c, KIND_TAREA, len(col.tareas), -1, lod, col.type_code("Road"))
                        if n:
                            col.tareas.append((ri, None, "Road", None, None, lod))
                    continue
                if tag in _AREAS:
                    self._area(c, ri)
                    continue
                ctx.put(attrs, c)
            elif tag == GML_NAME:
                if rec["name"] is None:
                    rec["name"] = (c.text or "").strip() or None
                else:
                    _add(attrs, "name", (c.text or "").strip())
            elif tag == GML_DESCRIPTION:
                attrs["description"] = (c.text or "").strip() or None
            elif tag in self.structure_props:
                self._structure(c, rec)
            elif tag in self.quality_props:
                attrs["data_quality"] = ctx.capture(c)
            elif tag in GEN_ATTRS:
                ctx.put_generic(attrs.setdefault("generic", {}), c)
            else:
                ctx.put(attrs, c)
        col.roads.append(rec)

    def _area(self, prop, ri: int) -> None:
        ctx, col = self.ctx, self.col
        for a in prop:
            if not isinstance(a.tag, str):
                continue
            stype = local_name(a.tag)
            sid = a.get(GML_ID)
            fn_code = fn_label = None
            geoms = []
            for c in a:
                tag = c.tag
                if not isinstance(tag, str):
                    continue
                if tag == TRAN + "function" and fn_code is None:
                    fn_code, fn_label = ctx.code(c)
                elif tag.startswith(TRAN):
                    m = _LOD_MS.match(tag[len(TRAN):])
                    if m:
                        geoms.append((int(m.group(1)), c))
            for lod, g in geoms:
                n = collect_polygons(col, g, KIND_TAREA, len(col.tareas), -1, lod, col.type_code(stype), {})
                if n:
                    col.tareas.append((ri, sid, stype, fn_code, fn_label, lod))

    def _structure(self, c, rec) -> None:
        ctx = self.ctx
        d: dict = {}
        for o in c:
            if not isinstance(o.tag, str):
                continue
            for f in o:
                if not isinstance(f.tag, str):
                    continue
                local = local_name(f.tag)
                if local == "width":
                    rec["width"] = values.to_float(f.text)
                elif local == "widthType":
                    rec["width_type_code"], rec["width_type"] = ctx.code(f)
                elif local == "numberOfLanes":
                    rec["lanes"] = values.to_int(f.text, non_negative=True)
                elif local == "sectionType":
                    rec["section_type_code"], rec["section_type"] = ctx.code(f)
                ctx.put(d, f)
        _add(rec["attrs"], "road_structure", d)
