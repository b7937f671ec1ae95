"""Reproducible randomness.

Only ``random.Random.random()`` is used: Python guarantees its sequence for a given seed across versions
and platforms, which it does not for ``choice``, ``shuffle`` or ``randrange``. Identifiers do not use the
random stream at all: they are UUIDs hashed from the seed, the kind and a counter, so a layout change
does not reshuffle every gml:id.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Rng:
    def __init__(self, seed: int):
        self._r = random.Random(seed)

    def random(self) -> float:
        return self._r.random()

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self._r.random()

    def chance(self, p: float) -> bool:
        return self._r.random() < p

    def int_between(self, a: int, b: int) -> int:
        """Integer in [a, b]."""
        return min(b, a + int((b - a + 1) * self._r.random()))

    def choice(self, items: Sequence[T]) -> T:
        return items[min(len(items) - 1, int(len(items) * self._r.random()))]

    def weighted(self, table: Sequence[tuple[T, float]]) -> T:
        total = sum(w for _, w in table)
        r = self._r.random() * total
        acc = 0.0
        for item, w in table:
            acc += w
            if r < acc:
                return item
        return table[-1][0]


class Ids:
    """Deterministic version-4 UUIDs: sha256(seed, kind, n)."""

    def __init__(self, seed: int):
        self.seed = seed
        self._n: dict[str, int] = {}

    def uuid(self, kind: str) -> str:
        n = self._n.get(kind, 0)
        self._n[kind] = n + 1
        digest = hashlib.sha256(f"kaga-sample:{self.seed}:{kind}:{n}".encode()).digest()
        return str(uuid.UUID(bytes=digest[:16], version=4))
