"""Settings of the PLATEAU theme's layer kinds that need more than the generic parameter form."""

from __future__ import annotations

from typing import Any

from gui.kind_controls import register_controls
from gui.param_controls import ParamControls
from twin.themes import Param


@register_controls("buildings")
class BuildingsControls(ParamControls):
    """Buildings: the level of detail is offered in words, not as the numbers 1 and 2."""

    def choice_text(self, param: Param, value: Any) -> str:
        if param.name == "lod":
            return {2: self.tr("LOD2 where available, else LOD1"), 1: self.tr("LOD1 blocks only")}.get(value, str(value))
        return super().choice_text(param, value)


__all__ = ["BuildingsControls"]
