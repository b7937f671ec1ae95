"""``ParentIndex``: which partition each building (road) went to, so its surfaces and risks follow it — kept only
while a child may still come.

``LakePipeline`` flushes a family at once: the parent table's buffered rows (one batch here), then every child
table's. Children of the chunks parsed before that batch's last chunk were all buffered by then and are in the
same flush; only the newest batch can still get children (those of the chunk being handled). So after a family
flush every batch but the newest is dropped: memory follows the parser's buffers, not the source's size.
Duplicate ids are counted from 8-byte hashes of every id."""

from __future__ import annotations

from array import array
from collections import ChainMap
from collections.abc import Mapping

import numpy as np


class ParentIndex:
    def __init__(self) -> None:
        self._gens: list[dict[str, int]] = []     # one per parent batch, oldest first
        self._hashes = array("q")

    def new_batch(self) -> None:
        self._gens.append({})

    def add(self, gml_ids: list[str], keys: list[int]) -> None:
        if not self._gens:
            self.new_batch()
        self._gens[-1].update(zip(gml_ids, keys, strict=True))
        self._hashes.extend(hash(g) for g in gml_ids)

    def lookup(self) -> Mapping[str, int]:
        """gml_id → partition id of the live batches (a later duplicate wins)."""
        return ChainMap(*reversed(self._gens))

    def family_flushed(self) -> None:
        """Every child of every batch but the newest has been delivered."""
        del self._gens[:-1]

    @property
    def live(self) -> int:
        return sum(len(g) for g in self._gens)

    def duplicates(self) -> int:
        """How many ids were added more than once (beyond their first)."""
        h = np.frombuffer(self._hashes, dtype=np.int64) if len(self._hashes) else np.zeros(0, np.int64)
        return int(len(h) - len(np.unique(h)))
