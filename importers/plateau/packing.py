"""Columns as plain numpy buffers, built in the parser processes without Arrow's compute machinery.

A worker returns each table as ``{column: packed}``; the main process turns every packed column into an
Arrow array without copying (:func:`to_arrow_table`, the only function here that imports pyarrow).
Building Arrow arrays in the workers would load Arrow's compute registry there (about 40 MB per
process); the packed form also pickles compactly (repeated strings once, via ``dictionary``).

Packed forms (tuples, picklable):

* ``("str", offsets int32, data bytes, valid bool[] | None)`` - UTF-8 strings, None → NULL
* ``("bin", offsets int32|int64, data uint8[]/bytes, valid | None)`` - binary (WKB)
* ``("f64", values float64[], valid | None)``, ``("i32", values int32[], valid | None)``, ``("i8", …)``
* ``("dict", indices int32, packed strings)`` - ``labels[indices]``, index -1 = NULL
* ``("const", value, n)`` - the same string (or NULL) in every row
"""

from __future__ import annotations

from itertools import repeat
from operator import is_not

import numpy as np


def _offsets(lengths: np.ndarray) -> np.ndarray:
    off = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=off[1:])
    return off.astype(np.int32) if off[-1] < 2**31 else off


try:  # the compiled fast path (importers/plateau/_columns.c, built by pip install when a C compiler is there)
    from . import _columns as _native
except ImportError:
    _native = None


def strings(values) -> tuple:
    """A list of str (or None)."""
    if _native is not None:
        got = _native.strings(values if isinstance(values, list) else list(values))
        if got is not None:
            lengths, data, valid = got
            return ("str", _offsets(np.frombuffer(lengths, dtype=np.int64)), data,
                    None if valid is None else np.frombuffer(valid, dtype=bool))
    return _strings(values)


def _strings(values) -> tuple:
    """:func:`strings` in Python (without the compiled module, or for a list it hands back)."""
    n = len(values)
    valid = None
    try:
        joined = "".join(values)
    except TypeError:  # some None
        valid = np.fromiter(map(is_not, values, repeat(None, n)), dtype=bool, count=n)
        values = [v if v is not None else "" for v in values]
        joined = "".join(values)
    if joined.isascii():  # one encode for the whole column; str length = byte length
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
        data = joined.encode("ascii")
    else:
        enc = [v.encode("utf-8") for v in values]
        lengths = np.fromiter(map(len, enc), dtype=np.int64, count=n)
        data = b"".join(enc)
    if valid is not None and valid.all():
        valid = None
    return ("str", _offsets(lengths), data, valid)


def dictionary(indices: np.ndarray, labels: list) -> tuple:
    """Strings given as ``labels[indices]`` (index -1 = NULL): repeated values are sent once."""
    return ("dict", np.asarray(indices, dtype=np.int32), strings(list(labels)))


def binaries(values) -> tuple:
    """A list of bytes (or None)."""
    n = len(values)
    valid = np.fromiter(map(is_not, values, repeat(None, n)), dtype=bool, count=n)
    enc = [b"" if v is None else v for v in values]
    lengths = np.fromiter(map(len, enc), dtype=np.int64, count=n)
    return ("bin", _offsets(lengths), b"".join(enc), None if valid.all() else valid)


def binary_buffer(buf: np.ndarray, sizes: np.ndarray) -> tuple:
    """Binary values laid end to end in ``buf`` with the given sizes (e.g. WKB from ``geometry``)."""
    return ("bin", _offsets(np.asarray(sizes, dtype=np.int64)), buf, None)


def floats(values, valid: np.ndarray | None = None) -> tuple:
    """float64 column; from a list with None, or from an array plus validity (False = NULL)."""
    if isinstance(values, np.ndarray):
        arr = values.astype(np.float64, copy=False)
        if valid is None:
            valid = np.isfinite(arr)
    else:
        valid = np.fromiter(map(is_not, values, repeat(None)), dtype=bool, count=len(values))
        arr = np.fromiter([np.nan if v is None else v for v in values], dtype=np.float64, count=len(values))
    return ("f64", arr, None if valid.all() else valid)


def ints(values, dtype=np.int32) -> tuple:
    kind = {np.int32: "i32", np.int8: "i8"}[dtype]
    if isinstance(values, np.ndarray):
        return (kind, values.astype(dtype), None)
    valid = np.fromiter(map(is_not, values, repeat(None)), dtype=bool, count=len(values))
    arr = np.fromiter([0 if v is None else v for v in values], dtype=dtype, count=len(values))
    return (kind, arr, None if valid.all() else valid)


def const(value: str | None, n: int) -> tuple:
    return ("const", value, n)


def num_rows(table: dict) -> int:
    for col in table.values():
        kind = col[0]
        if kind == "const":
            return col[2]
        if kind in ("str", "bin"):
            return len(col[1]) - 1
        return len(col[1])  # dict, f64, i32, i8
    return 0


def nbytes(table: dict) -> int:
    """The bytes of a packed table's buffers (about those of its Arrow table)."""
    total = 0
    for col in table.values():
        for part in col[1:]:
            if isinstance(part, tuple):
                total += nbytes({"": part})
            elif isinstance(part, (bytes, np.ndarray)):
                total += len(part) if isinstance(part, bytes) else part.nbytes
    return total


def concat(tables: list[dict]) -> dict | None:
    """The rows of packed tables one after another, as one packed table (converted to Arrow once, not once per chunk);
    None when their columns differ (the caller then converts them one by one)."""
    if len(tables) == 1:
        return tables[0]
    names = list(tables[0])
    if any(list(t) != names for t in tables):
        return None
    out = {}
    for name in names:
        col = _concat([t[name] for t in tables])
        if col is None:
            return None
        out[name] = col
    return out


def _as_dict(col: tuple) -> tuple:
    """A ``const`` column as a ``dict`` one."""
    _k, value, n = col
    return ("dict", np.full(n, -1 if value is None else 0, dtype=np.int32), strings([] if value is None else [value]))


def _valid(cols: list[tuple], at: int, lengths: list[int]) -> np.ndarray | None:
    if all(c[at] is None for c in cols):
        return None
    return np.concatenate([np.ones(k, dtype=bool) if c[at] is None else c[at] for c, k in zip(cols, lengths)])


def _concat(cols: list[tuple]) -> tuple | None:
    kinds = {c[0] for c in cols}
    if kinds == {"const"} and len({c[1] for c in cols}) == 1:
        return ("const", cols[0][1], sum(c[2] for c in cols))
    if kinds <= {"const", "dict"}:
        cols = [_as_dict(c) if c[0] == "const" else c for c in cols]
        indices, shift = [], 0
        for _k, idx, labels in cols:
            indices.append(np.where(idx < 0, -1, idx + shift))
            shift += len(labels[1]) - 1
        labels = _concat([c[2] for c in cols])
        return None if labels is None else ("dict", np.concatenate(indices).astype(np.int32), labels)
    if len(kinds) != 1:
        return None
    kind = cols[0][0]
    if kind in ("str", "bin"):
        lengths = [len(c[1]) - 1 for c in cols]
        sizes = [int(c[1][-1]) for c in cols]
        offsets = _offsets(np.concatenate([np.diff(c[1]) for c in cols]))
        data = b"".join(memoryview(c[2]).cast("B")[:size] for c, size in zip(cols, sizes))
        return (kind, offsets, data, _valid(cols, 3, lengths))
    if kind in ("f64", "i32", "i8"):
        lengths = [len(c[1]) for c in cols]
        return (kind, np.concatenate([c[1] for c in cols]), _valid(cols, 2, lengths))
    return None


# --- main-process side ----------------------------------------------------------------------------------
def to_arrow_array(col: tuple):
    import pyarrow as pa

    kind = col[0]
    if kind == "const":   # (pa.repeat: ~0.08 ms for 10,240 rows, a list of them converted took ~5 ms)
        return pa.repeat(pa.scalar(col[1], pa.string()), col[2])
    if kind == "dict":
        idx = col[1]
        null = idx < 0
        indices = pa.array(np.where(null, 0, idx), pa.int32(), mask=null if null.any() else None)
        return pa.DictionaryArray.from_arrays(indices, to_arrow_array(col[2]))
    if kind in ("str", "bin"):
        _k, offsets, data, valid = col
        large = offsets.dtype == np.int64
        typ = (pa.large_string() if large else pa.string()) if kind == "str" else (
            pa.large_binary() if large else pa.binary())
        n = len(offsets) - 1
        vbuf = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little"))
        nulls = 0 if valid is None else int(n - valid.sum())
        return pa.Array.from_buffers(typ, n, [vbuf, pa.py_buffer(offsets), pa.py_buffer(data)], null_count=nulls)
    typ = {"f64": pa.float64(), "i32": pa.int32(), "i8": pa.int8()}[kind]
    _k, arr, valid = col
    return pa.array(arr, typ, mask=None if valid is None else ~valid)


def to_arrow_table(table: dict):
    import pyarrow as pa

    return pa.table({name: to_arrow_array(col) for name, col in table.items()})
