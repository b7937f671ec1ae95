"""``ParentIndex``: which partition each building (road) went to, so its surfaces and risks follow it — kept only
as long as some child table may still need it.

The pipeline delivers a parent table's rows before its children's (``LakePipeline``), and a child table's
delivery holds every child of the chunks parsed so far. So once every child table has had a delivery after a
parent batch, no child of that batch can come any more: the batch's ids are dropped. Memory then follows the
parser's buffers, not the source's size. Duplicate ids are counted from 8-byte hashes of every id."""

from __future__ import annotations

from array import array
from collections import ChainMap
from collections.abc import Iterable, Mapping

import numpy as np


class ParentIndex:
    def __init__(self, children: Iterable[str]):
        self._gens: list[dict[str, int]] = []     # one per parent batch, oldest first
        self._first = 0                           # batch number of _gens[0]
        self._seen = dict.fromkeys(children, 0)   # child table → parent batches whose children it has had
        self._hashes = array("q")

    def add(self, gml_ids: list[str], keys: list[int]) -> None:
        self._gens.append(dict(zip(gml_ids, keys, strict=True)))
        self._hashes.extend(hash(g) for g in gml_ids)

    def lookup(self) -> Mapping[str, int]:
        """gml_id → partition id of the live batches (a later duplicate wins)."""
        return ChainMap(*reversed(self._gens))

    def delivered(self, child: str) -> None:
        """``child`` has had every child row of the parent batches added so far."""
        self._seen[child] = self._first + len(self._gens)
        keep_from = min(self._seen.values())
        if keep_from > self._first:
            del self._gens[: keep_from - self._first]
            self._first = keep_from

    @property
    def live(self) -> int:
        return sum(len(g) for g in self._gens)

    def duplicates(self) -> int:
        """How many ids were added more than once (beyond their first)."""
        h = np.frombuffer(self._hashes, dtype=np.int64) if len(self._hashes) else np.zeros(0, np.int64)
        return int(len(h) - len(np.unique(h)))
