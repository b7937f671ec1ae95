"""Packed columns of several chunks joined before one Arrow conversion (``packing.concat``) give the same rows as each
chunk converted and the Arrow tables concatenated, for every packed kind, NULLs, dictionaries and constants."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from importers.plateau import packing as pk


def _chunk(i: int, mesh: str | None = "54363288") -> dict:
    n = 3 + i
    names = [f"建物{i}-{k}" if k % 3 else None for k in range(n)]
    return {
        "gml_id": pk.strings([f"b{i}-{k}" for k in range(n)]),
        "name": pk.strings(names),
        "surface_type": pk.dictionary(np.array([k % 2 - (k == 1) for k in range(n)]), ["Roof", f"Wall{i}"]),
        "lod": pk.ints(np.arange(n) % 3, np.int8),
        "storeys": pk.ints([k if k % 2 else None for k in range(n)]),
        "height": pk.floats([float(k) if k != 2 else None for k in range(n)]),
        "z": pk.floats(np.linspace(0, 1, n)),
        "geom": pk.binary_buffer(np.arange(4 * n, dtype=np.uint8), np.full(n, 4)),
        "footprint": pk.binaries([bytes([i, k]) if k % 2 else None for k in range(n)]),
        "mesh_code": pk.const(mesh, n),
        "uro_version": pk.const("3.1", n),
    }


def _rows(table: pa.Table) -> list[dict]:
    return table.cast(pa.schema([pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
                                 for f in table.schema])).to_pylist()


def test_joined_chunks_give_the_rows_of_each_chunk_converted():
    parts = [_chunk(0), _chunk(1, mesh=None), _chunk(2), _chunk(3, mesh="54363287")]
    joined = pk.concat(parts)
    expected = pa.concat_tables([pk.to_arrow_table(t) for t in parts], promote_options="permissive")
    got = pk.to_arrow_table(joined)
    assert _rows(got) == _rows(expected) and got.num_rows == 3 + 4 + 5 + 6 == pk.num_rows(joined)
    assert joined["uro_version"] == ("const", "3.1", 18) and joined["mesh_code"][0] == "dict"
    assert _rows(got)[3] == {"gml_id": "b1-0", "name": None, "surface_type": "Roof", "lod": 0, "storeys": None, "height": 0.0, "z": 0.0,
                             "geom": bytes([0, 1, 2, 3]), "footprint": None, "mesh_code": None, "uro_version": "3.1"}
    assert pk.nbytes(joined) >= sum(len(t["geom"][2]) for t in parts)


def test_chunks_with_other_columns_are_not_joined():
    a, b = _chunk(0), _chunk(1)
    del b["z"]
    assert pk.concat([a, b]) is None
    assert pk.concat([a]) is a
