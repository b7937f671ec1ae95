"""What the Population panel does in the 3D view and on the twin's clock (no widgets of its own):

* the ``mesh_population`` layers: their colour (population, the 65+ share or the change against 2020, with the
  theme's class edges) and *Show columns* (the layer and its group ticked on);
* the clock on the population years (1 January of a year, range first … last year, a 5-year step) and *Play
  years* (the time bar plays; the columns follow, never rebuilt);
* the catchment's boundary (:class:`layers.population.CatchmentOutline`) and framing it in the view.

``host`` is the main window (its ``viewport``); without one there is no outline or framing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

LAYER_KIND = "mesh_population"
COLOR_ATTRIBUTES = ("share_65_plus", "change_vs_2020", "value")
#: the clock's step when the panel plays the years (5 years and a little: every step lands in the next year)
YEAR_STEP = dt.timedelta(days=5 * 365 + 2)
#: the outline's upper ring stands this far above the tallest column (m)
OUTLINE_CLEARANCE = 30.0


class PopulationMap:
    """See the module docstring; ``document`` may be None (nothing open)."""

    def __init__(self, host: Any = None):
        self.host = host
        self.document = None
        self.years: list[int] = []
        self.outline = None

    def layers(self) -> list:
        return [v for v in self.document.layers if v.kind == LAYER_KIND] if self.document is not None else []

    def colour(self) -> str | None:
        """The attribute the (first, visible) population layer is coloured by, when it is one of the panel's."""
        layer = next(iter(self.layers()), None)
        if layer is not None and layer.visible and layer.style.attribute in COLOR_ATTRIBUTES:
            return layer.style.attribute
        return None

    def apply_colour(self, attribute: str | None) -> None:
        """Colour the population layers by ``attribute`` (the theme's class edges, else its ramp)."""
        from layers.render import style_for_attribute
        for layer in self.layers():
            if attribute and layer.style.attribute != attribute:
                layer.style = style_for_attribute(self.document, layer, attribute)

    def show_columns(self, attribute: str | None, year: int | None) -> bool:
        """Tick the population layers and their groups on, colour them, put the clock on ``year`` unless it already
        stands among the population years; False without such a layer."""
        layers = self.layers()
        if not layers:
            return False
        tree = self.document.tree
        for layer in layers:
            layer.visible = True
            group = tree.group_of(layer)
            if group is not None and not group.visible:
                tree.set_group_visible(group, True)
        self.apply_colour(attribute)
        clock = self.document.clock
        if self.years and (not clock.is_set or not self.years[0] <= clock.current.year <= self.years[-1] + 4):
            self.set_clock_year(year or self.years[0])
        return True

    def clock_year(self) -> int | None:
        """The population year the clock shows (the latest not after it; the first before them all)."""
        clock = self.document.clock if self.document is not None else None
        if clock is None or not clock.is_set or not self.years:
            return None
        earlier = [y for y in self.years if y <= clock.current.year]
        return earlier[-1] if earlier else self.years[0]

    def set_clock_year(self, year: int) -> None:
        """The twin's clock on 1 January of ``year``, its range the population years, a 5-year step."""
        clock = self.document.clock
        clock.playing = False
        clock.set_range(f"{self.years[0]}", f"{self.years[-1]}", current=f"{year}", step=YEAR_STEP)

    def play_years(self) -> bool:
        """Play the population years on the twin's clock from the first (the time bar plays; columns follow)."""
        if self.document is None or not self.years:
            return False
        self.set_clock_year(self.years[0])
        self.document.clock.playing = True
        return True

    def column_top(self) -> float:
        """The tallest column's height (m)."""
        try:
            return float(self.document.store.query("SELECT coalesce(max(height_m), 0) FROM population_columns")[0][0])
        except Exception:  # noqa: BLE001 - no view: no columns
            return 0.0

    def _scene(self):
        return getattr(getattr(self.host, "viewport", None), "scene", None)

    def frame(self, wkt: str | None) -> bool:
        """Frame the catchment ``wkt`` and the columns around it in the 3D view."""
        viewport = getattr(self.host, "viewport", None)
        if viewport is None or not wkt:
            return False
        import shapely
        x0, y0, x1, y1 = shapely.from_wkt(wkt).bounds
        pad = 0.3 * max(x1 - x0, y1 - y0)
        return bool(viewport.fit_bounds((x0 - pad, x1 + pad, y0 - pad, y1 + pad, 0.0, self.column_top())))

    def show_outline(self, wkt: str | None) -> bool:
        """Draw the boundary of ``wkt`` in the 3D view (on the ground and above the columns); None clears."""
        scene = self._scene()
        if scene is None or not wkt:
            self.close_outline()
            return False
        from layers.population import CatchmentOutline
        if self.outline is None or self.outline.services is not scene.services:
            self.close_outline()
            self.outline = CatchmentOutline(scene.services)
        return self.outline.show(wkt, top=self.column_top() + OUTLINE_CLEARANCE)

    def close_outline(self) -> None:
        if self.outline is not None:
            try:
                self.outline.close()
            except Exception:  # noqa: BLE001 - the scene closed before the panel
                pass
            self.outline = None


__all__ = ["COLOR_ATTRIBUTES", "LAYER_KIND", "OUTLINE_CLEARANCE", "PopulationMap", "YEAR_STEP"]
