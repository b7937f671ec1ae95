"""Typed parameter schemas: a layer kind's (or an analysis's) parameters, validated and coerced by name.

A :class:`Param` has a name, a type (``float``, ``int``, ``bool``, ``str``, ``choice``, ``raster``, ``column``),
a default, optional bounds or choices, labels, and whether changing it rebuilds geometry. The GUI builds its
controls from these, the store saves the values, :func:`validate_params` checks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from twin.themes.registry import Label

TYPES = ("float", "int", "bool", "str", "choice", "raster", "column")


@dataclass(frozen=True)
class Param:
    """One parameter. ``raster`` holds a ``rasters.id`` (or None); ``column`` a column name (or None)."""

    name: str
    type: str
    default: Any = None
    label: "Label | None" = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] = ()
    geometry: bool = False        # a change rebuilds the mesh
    optional: bool = False        # None is allowed
    hidden: bool = False          # not offered as a control (set by code)

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"parameter type must be one of {', '.join(TYPES)}, not {self.type!r}")

    def coerce(self, value: Any) -> Any:
        """``value`` as this parameter's type; ValueError naming the parameter when it does not fit."""
        if value is None:
            if self.optional or self.type in ("raster", "column") or self.default is None:
                return None
            raise ValueError(f"parameter {self.name!r} needs a value")
        try:
            if self.type == "float":
                v: Any = float(value)
            elif self.type == "int":
                if isinstance(value, float) and not value.is_integer():
                    raise ValueError
                v = int(value)
            elif self.type == "bool":
                if isinstance(value, str):
                    if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                        raise ValueError
                    v = value.lower() in ("true", "1", "yes")
                else:
                    v = bool(value)
            elif self.type == "raster":
                v = int(value)
            else:
                v = str(value)
        except (TypeError, ValueError):
            raise ValueError(f"parameter {self.name!r} must be {self.type}, not {value!r}") from None
        if self.type == "choice" and self.choices and v not in [str(c) for c in self.choices]:
            # choices may be ints (lod 1/2): compare as text, keep the declared value
            raise ValueError(f"parameter {self.name!r} must be one of {', '.join(map(str, self.choices))}, "
                             f"not {value!r}")
        if self.type == "choice":
            v = next(c for c in self.choices if str(c) == v) if self.choices else v
        if self.minimum is not None and isinstance(v, (int, float)) and v < self.minimum:
            raise ValueError(f"parameter {self.name!r} must be at least {self.minimum}, not {value!r}")
        if self.maximum is not None and isinstance(v, (int, float)) and v > self.maximum:
            raise ValueError(f"parameter {self.name!r} must be at most {self.maximum}, not {value!r}")
        return v


def validate_params(schema: Iterable[Param], values: Mapping[str, Any] | None, *,
                    owner: str = "layer") -> dict[str, Any]:
    """Defaults merged with ``values``, each coerced to its type. Unknown names raise ValueError."""
    schema = tuple(schema)
    known = {p.name: p for p in schema}
    out = {p.name: p.default for p in schema}
    for k, v in dict(values or {}).items():
        if k not in known:
            raise ValueError(f"{owner} has no parameter {k!r}; parameters: {', '.join(known) or '(none)'}")
        out[k] = known[k].coerce(v)
    return out


__all__ = ["Param", "TYPES", "validate_params"]
