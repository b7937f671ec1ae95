"""``bldg:Building`` (with its ``bldg:BuildingPart``\\ s) → a building record, risk rows and polygons.

One pass over the direct children of the building (and of each part) dispatches on the child's tag.
The i-UR property names come from the file's :class:`~.versions.UroPaths`, so an i-UR 2.0 file's
``uro:buildingDisasterRiskAttribute/uro:BuildingRiverFloodingRiskAttribute`` and an i-UR 3.1 file's
``uro:bldgDisasterRiskAttribute/uro:RiverFloodingRiskAttribute`` land in the same rows, and i-UR 1.4's
``gen:stringAttribute name="建物ID"`` and flood ``gen:genericAttributeSet``\\ s are read too.

Geometry: LOD0 footprint/roof edge, the LOD1 solid, LOD2+ boundary surfaces (Roof, Wall, Ground,
OuterCeiling, OuterFloor, Closure, …), inline polygons of lodN solids and multi-surfaces, and
``xlink:href`` surface members resolved inside the building. A part's polygons belong to its building
(``building_surfaces.part_gml_id`` names the part); the building row takes attributes the building
itself lacks from its parts (first value; largest height and storeys; summed floor area).
"""

from __future__ import annotations

import json
from functools import lru_cache

from . import values
from .common import (BLDG, BUILDING_PART, GEN_ATTRS, GEN_SET, GENERIC_RISK_KEYWORDS, GML_DESCRIPTION, GML_ID, GML_NAME,
                     GML_POLYGON, KIND_BSURF, KIND_LOD0, RANK_LABELS, TYPE_CLASSIFY, Collector, FeatureContext, _add,
                     address_text, collect_polygons, generic_convert, local_name, xlink_refs)
from .lifting import ATTR as LIFT_ATTR
from .lifting import Unlift
from .tree_access import child_items, gen_items
from .versions import RISK_OBJECTS

# bldg geometry properties: local name → (LOD, LOD0 type)
GEOM_PROPS: dict[str, tuple[int, str | None]] = {"lod0FootPrint": (0, "FootPrint"), "lod0RoofEdge": (0, "RoofEdge")}
for _n in range(1, 5):
    for _kind in ("Solid", "MultiSurface", "Geometry"):
        GEOM_PROPS[f"lod{_n}{_kind}"] = (_n, None)
_BLDG_GEOM = {BLDG + k: v for k, v in GEOM_PROPS.items()}
_SURFACE_GEOM = {BLDG + f"lod{n}MultiSurface": n for n in range(1, 5)}
_IGNORED = {BLDG + f"lod{n}{k}" for n in range(5) for k in ("TerrainIntersection", "MultiCurve")} | {
    BLDG + "interiorRoom", BLDG + "interiorBuildingInstallation"}

GEN_SET_KIND = GEN_ATTRS[GEN_SET]   # "genericAttributeSet", the kind gen_items gives a set

# building columns taken from parts when the building itself has none: first value wins
_FIRST_FROM_PARTS = ("building_id", "name", "class_code", "class", "usage_code", "usage", "year_built",
                     "structure_type_code", "structure_type", "lod1_height_type_code", "lod1_height_type")
_MAX_FROM_PARTS = ("measured_height", "storeys_above", "storeys_below")


def _new_record(gml_id: str) -> dict:
    return {"gml_id": gml_id, "building_id": None, "name": None, "class_code": None, "class": None,
            "usage_code": None, "usage": None, "measured_height": None, "storeys_above": None,
            "storeys_below": None, "year_built": None, "total_floor_area": None, "structure_type_code": None,
            "structure_type": None, "lod1_height_type_code": None, "lod1_height_type": None,
            "attrs": {}, "parts": []}


class BuildingReader:
    """Reads buildings of one file into a :class:`Collector`."""

    def __init__(self, ctx: FeatureContext, col: Collector):
        self.ctx = ctx
        self.col = col
        p = ctx.paths
        U = ctx.U
        self.id_props = {U + k: v for k, v in p.building_id_props.items()}
        self.detail_props = {U + k: v for k, v in p.details_props.items()}
        self.risk_props = {U + k for k in p.risk_props}
        self.quality_props = {U + k: v for k, v in p.quality_props.items()}
        self.kv_props = {U + k: v for k, v in p.key_value_props.items()}
        self.id_generic = p.building_id_generic
        self.generic_sets = p.generic_flood_sets
        # one dict lookup per child element: tag → handler(self, child, rec, part index, part gml:id); gen:* attributes
        # are read by _read_object itself (see _generic). The handlers are the class's functions, not bound methods:
        # bound ones would make a reference cycle (reader → dict → method → reader), which kept every chunk's records
        # alive until Python's collector found them (see reader.parse_chunk)
        R = BuildingReader
        d = {
            GML_NAME: R._name, BLDG + "class": R._class, BLDG + "usage": R._usage,
            BLDG + "measuredHeight": R._height, BLDG + "storeysAboveGround": R._storeys_above,
            BLDG + "storeysBelowGround": R._storeys_below, BLDG + "yearOfConstruction": R._year,
            BLDG + "boundedBy": R._bounded_by, BLDG + "outerBuildingInstallation": R._installation,
            BLDG + "address": R._address, BLDG + "consistsOfBuildingPart": R._parts,
            GML_DESCRIPTION: R._description,
        }
        for tags, handler in ((_BLDG_GEOM, R._geometry), (_IGNORED, R._ignored), (self.id_props, R._building_id),
                              (self.detail_props, R._details), (self.risk_props, R._risk_container),
                              (self.quality_props, R._quality), (self.kv_props, R._key_values)):
            for tag in tags:
                d[tag] = handler
        self.dispatch = d

    # -- entry -----------------------------------------------------------------------------------------
    def read(self, b, line0: int, source_file: str) -> None:
        col = self.col
        gml_id = b.get(GML_ID)
        if not gml_id:
            gml_id = f"{source_file}:{line0 + (b.sourceline or 1) - 1}"
            col.used_lines = True
            col.warn("bldg-no-id", f"{self.ctx.label}: bldg:Building without gml:id; such buildings are "
                                   f"given an id from the file and line, e.g. {gml_id}")
        bi = len(col.buildings)
        rec = _new_record(gml_id)
        self._bi = bi
        self._gml_id = gml_id
        self._refs: list[tuple[list[str], int, int]] = []   # (xlink targets of a geometry, its LOD, part)
        self._ids: dict[str, bool] = {}
        self._read_object(b, rec, -1, None)
        if self._refs:
            self._resolve_refs(b)
        if rec["parts"]:
            self._merge_parts(rec)
        col.buildings.append(rec)

    # -- children ------------------------------------------------------------------------------------
    def _read_object(self, el, rec: dict, part: int, part_id: str | None) -> None:
        get = self.dispatch.get
        put = self.ctx._put
        attrs = rec["attrs"]
        lifted = self.col.lifted
        gen = None   # the items of el's gen:* children, in order (read at the first not lifted)
        gi = 0       # gen:* children seen
        for c in el:
            tag = c.tag
            h = get(tag)
            if h is not None:
                h(self, c, rec, part, part_id)
            elif tag in GEN_ATTRS:
                k = c.get(LIFT_ATTR) if lifted is not None else None
                if k is not None:   # read from the bytes before the tree was built: a run of them (see lifting.py)
                    for item in lifted[int(k)]:
                        self._generic(c, item, rec, part_id)
                else:
                    if gen is None:
                        gen = gen_items(el)
                    self._generic(c, gen[gi], rec, part_id)
                gi += 1
            elif tag.__class__ is str:  # (not a comment)
                put(attrs, c, tag)

    def _geometry(self, c, rec, part, part_id) -> None:
        col = self.col
        lod, lod0_type = _BLDG_GEOM[c.tag]
        if lod == 0:
            collect_polygons(col, c, KIND_LOD0, self._bi, part, 0, col.type_code(lod0_type))
            return
        ids = self._ids if lod >= 2 else None
        collect_polygons(col, c, KIND_BSURF, self._bi, part, lod, TYPE_CLASSIFY, ids)
        if lod >= 2:
            refs = xlink_refs(c, col.lifted)
            if refs:
                self._refs.append((refs, lod, part))

    def _parts(self, c, rec, part, part_id) -> None:
        col = self.col
        for p in c:
            if p.tag == BUILDING_PART:
                pid = p.get(GML_ID) or f"{self._gml_id}-part{len(rec['parts']) + 1}"
                pidx = len(col.parts)
                col.parts.append(pid)
                prec = _new_record(pid)
                self._read_object(p, prec, pidx, pid)
                rec["parts"].append(prec)

    def _ignored(self, c, rec, part, part_id) -> None:
        local = local_name(c.tag)
        self.col.warn(f"ignored:{local}", f"{self.ctx.label}: bldg:{local} is not imported")

    def _description(self, c, rec, part, part_id) -> None:
        rec["attrs"]["description"] = (c.text or "").strip() or None

    def _key_values(self, c, rec, part, part_id) -> None:
        rec["attrs"].setdefault("key_values", []).append(self.ctx.capture(c))

    # -- simple attributes ---------------------------------------------------------------------------
    def _name(self, c, rec, part, part_id) -> None:
        text = (c.text or "").strip()
        if rec["name"] is None:
            rec["name"] = text or None
        elif text:
            _add(rec["attrs"], "name", text)

    def _class(self, c, rec, part, part_id) -> None:
        rec["class_code"], rec["class"] = self.ctx.code(c)

    def _usage(self, c, rec, part, part_id) -> None:
        code, label = self.ctx.code(c)
        if rec["usage_code"] is None:
            rec["usage_code"], rec["usage"] = code, label
        else:
            rec["attrs"].setdefault("usages", [{"code": rec["usage_code"], "label": rec["usage"]}])
            rec["attrs"]["usages"].append({"code": code, "label": label})

    def _height(self, c, rec, part, part_id) -> None:
        rec["measured_height"] = values.to_float(c.text)

    def _storeys_above(self, c, rec, part, part_id) -> None:
        rec["storeys_above"] = values.to_int(c.text, non_negative=True)

    def _storeys_below(self, c, rec, part, part_id) -> None:
        rec["storeys_below"] = values.to_int(c.text, non_negative=True)

    def _year(self, c, rec, part, part_id) -> None:
        rec["year_built"] = values.to_year(c.text)

    def _address(self, c, rec, part, part_id) -> None:
        rec["attrs"]["address"] = address_text(c)

    # -- geometry ------------------------------------------------------------------------------------
    def _bounded_by(self, c, rec, part, part_id) -> None:
        col = self.col
        for surf in c:
            if not isinstance(surf.tag, str):
                continue
            stype = col.type_code(local_name(surf.tag))
            for g in surf:
                lod = _SURFACE_GEOM.get(g.tag)
                if lod is not None:
                    collect_polygons(col, g, KIND_BSURF, self._bi, part, lod, stype, self._ids)
                elif g.tag == BLDG + "opening":
                    col.warn("ignored:opening", f"{self.ctx.label}: bldg:opening (LOD3 windows and doors) "
                                                "is not imported")

    def _installation(self, c, rec, part, part_id) -> None:
        col = self.col
        for inst in c:
            if not isinstance(inst.tag, str):
                continue
            for g in inst:
                tag = g.tag
                if tag == BLDG + "boundedBy":
                    self._bounded_by(g, rec, part, part_id)
                else:
                    geo = _BLDG_GEOM.get(tag)
                    if geo is not None and geo[0] >= 1:
                        collect_polygons(col, g, KIND_BSURF, self._bi, part, geo[0],
                                         col.type_code("BuildingInstallation"), self._ids)

    def _resolve_refs(self, b) -> None:
        """xlink surface members of lodN solids: polygons already read (boundary surfaces) need nothing;
        others are looked up inside the building and read as unclassified surfaces of that LOD."""
        lookup = None
        ids = self._ids
        for refs, lod, part in self._refs:
            if ids.keys() >= set(refs):   # (the usual case: every target is a boundary surface already read)
                continue
            for ref in refs:
                if ref in ids:
                    continue
                if lookup is None:
                    if self.col.lifted is not None:
                        raise Unlift   # (the polygon may be in a property lifted out of the tree)
                    lookup = {e.get(GML_ID): e for e in b.iter(GML_POLYGON) if e.get(GML_ID)}
                target = lookup.get(ref)
                if target is None:
                    self.col.unresolved_xlinks += 1
                    continue
                collect_polygons(self.col, target, KIND_BSURF, self._bi, part, lod, TYPE_CLASSIFY, ids)

    # -- generic attributes (i-UR 1.4 building ID and flood sets) ------------------------------------
    def _generic(self, c, item: tuple, rec, part_id) -> None:
        """A gen:* child ``c`` of the building or a part, with its :func:`~.tree_access.gen_items` item (its kind,
        name and value text, read for all of them at once instead of through ``c`` one by one), or its lifted item
        (the same, with a set's items in place of the index: see ``_lift.c``)."""
        kind, name, text, index = item
        name = name or ""
        if self.id_generic and name == self.id_generic and rec["building_id"] is None:
            rec["building_id"] = generic_convert(text, kind)
            return
        if kind == GEN_SET_KIND:
            lifted = index.__class__ is list
            if self.generic_sets:
                rtype = _generic_risk_type(name)
                if rtype is not None:
                    self._generic_risk(c, index if lifted else None, name, rtype, part_id)
                    return
            self.ctx.put_generic_item(rec["attrs"].setdefault("generic", {}), c,
                                      item if lifted else (kind, name, None, -1))
            return
        _add(rec["attrs"].setdefault("generic", {}), name or kind, generic_convert(text, kind))

    def _generic_risk(self, s, items: list | None, name: str, rtype: str, part_id) -> None:
        """An i-UR 1.4 flood set ``s`` as a risk row; ``items``: its lifted items (None: read from ``s``)."""
        scale = rank = depth = duration = area = None
        extra: dict = {}
        for item in gen_items(s) if items is None else items:
            kind, an, text, _index = item
            slot = _RISK_GENERIC_NAMES.get(an or "")
            if slot is None:
                self.ctx.put_generic_item(extra, s, item)
            elif slot == 0:
                scale = generic_convert(text, kind)
            elif slot == 1:
                v = generic_convert(text, kind)
                rank = str(v) if v is not None else None
            elif slot == 2:
                depth = values.to_float(text)
            elif slot == 3:
                duration = values.to_float(text)
            else:
                area = generic_convert(text, kind)
        self.col.risks.append((self._bi, self._gml_id, part_id, rtype, None, name, rank, RANK_LABELS.get(rank or ""),
                               depth, duration, scale, scale, None, None, None if area is None else str(area),
                               None if area is None else str(area),
                               json.dumps(extra, ensure_ascii=False) if extra else None))

    # -- i-UR properties -----------------------------------------------------------------------------
    def _objects(self, prop, object_name: str) -> list:
        """The object elements inside a property (normally one, named ``object_name``)."""
        out = []
        for o in prop:
            tag = o.tag
            if tag.__class__ is str and (not object_name or local_name(tag) == object_name):
                out.append(o)
        return out

    def _building_id(self, c, rec, part=None, part_id=None) -> None:
        put = self.ctx.put_item
        for o in self._objects(c, self.id_props[c.tag]):
            d: dict = {}
            for item in child_items(o):
                if local_name(item[0]) == "buildingID":
                    if rec["building_id"] is None:
                        rec["building_id"] = (item[2] or "").strip() or None
                else:
                    put(d, o, item)
            if d:
                rec["attrs"]["id_attributes"] = d

    def _details(self, c, rec, part=None, part_id=None) -> None:
        ctx = self.ctx
        for o in self._objects(c, self.detail_props[c.tag]):
            d: dict = {}
            put = ctx.put_item
            for item in child_items(o):
                local = local_name(item[0])
                if local == "totalFloorArea":
                    rec["total_floor_area"] = values.to_float(item[2])
                elif local == "buildingStructureType":
                    rec["structure_type_code"], rec["structure_type"] = ctx.code_of(item[2], item[3])
                put(d, o, item)
            _add(rec["attrs"], "details", d)

    def _quality(self, c, rec, part=None, part_id=None) -> None:
        ctx = self.ctx
        for o in self._objects(c, self.quality_props[c.tag]):
            d: dict = {}
            put = ctx.put_item
            for item in child_items(o):
                if local_name(item[0]) == "lod1HeightType":
                    rec["lod1_height_type_code"], rec["lod1_height_type"] = ctx.code_of(item[2], item[3])
                put(d, o, item)
            rec["attrs"]["data_quality"] = d

    def _risk_container(self, c, rec, part, part_id) -> None:
        ctx = self.ctx
        for o in c:
            if not isinstance(o.tag, str):
                continue
            rtype = RISK_OBJECTS.get(local_name(o.tag))
            if rtype is None:
                self.col.warn(f"risk:{o.tag}", f"{ctx.label}: unknown disaster-risk element "
                                               f"{local_name(o.tag)}; kept in the building attributes")
                continue
            row = {"description": (None, None), "rank": (None, None), "scale": (None, None),
                   "adminType": (None, None), "areaType": (None, None)}
            depth = duration = None
            extra: dict = {}
            for item in child_items(o):
                local = local_name(item[0])
                text = item[2]
                if local in row:
                    row[local] = ctx.code_of(text, item[3]) if item[3] is not None else ((text or "").strip() or None,
                                                                                         None)
                elif local == "depth":
                    depth = values.to_float(text)
                elif local == "duration":
                    duration = values.to_float(text)
                else:
                    ctx.put_item(extra, o, item)
            self.col.risks.append((self._bi, self._gml_id, part_id, rtype, *row["description"], *row["rank"], depth,
                                   duration, *row["scale"], *row["adminType"], *row["areaType"],
                                   json.dumps(extra, ensure_ascii=False) if extra else None))

    # -- parts ---------------------------------------------------------------------------------------
    def _merge_parts(self, rec: dict) -> None:
        parts = rec["parts"]
        for key in _FIRST_FROM_PARTS:
            if rec[key] is None:
                rec[key] = next((p[key] for p in parts if p[key] is not None), None)
        for key in _MAX_FROM_PARTS:
            if rec[key] is None:
                vals = [p[key] for p in parts if p[key] is not None]
                rec[key] = max(vals) if vals else None
        if rec["total_floor_area"] is None:
            vals = [p["total_floor_area"] for p in parts if p["total_floor_area"] is not None]
            rec["total_floor_area"] = sum(vals) if vals else None
        summary = []
        for p in parts:
            d = {k: v for k, v in p.items() if k not in ("attrs", "parts") and v is not None}
            d.update(p["attrs"])
            summary.append(d)
        rec["attrs"]["parts"] = summary


#: i-UR 1.4 flood set member names → which value they are (scale, rank, depth, duration, area)
_RISK_GENERIC_NAMES = {"規模": 0, "浸水ランク": 1, "ランク": 1, "浸水深": 2, "継続時間": 3, "区域区分": 4, "区域": 4}


@lru_cache(maxsize=4096)
def _generic_risk_type(name: str) -> str | None:
    """The risk type of an i-UR 1.4 generic attribute set, from the first keyword its name contains."""
    return next((t for k, t in GENERIC_RISK_KEYWORDS if k in name), None)
