"""What an adapter may ask of its scene: the :class:`SceneServices` interface, and :class:`SceneLink`, the
scene's implementation of it.

Adapters draw into the scene and tell it what changed only through these few calls — never through the
scene's renderer or private methods — so the scene can change how it schedules frames, keeps the legend or
owns the renderer without touching any adapter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from layers.ground import Ground
    from layers.render_schedule import RenderSchedule
    from twin.document import TwinDocument
    from twin.raster import Raster


class SceneServices(Protocol):
    """The scene as its adapters see it."""

    #: the document the layers belong to (store, attribute values, feature tables)
    document: "TwinDocument"

    @property
    def exaggeration(self) -> float:
        """The scene's vertical exaggeration (from the layer whose adapter has an ``exaggeration_param``)."""

    def add_actor(self, actor: Any) -> None:
        """Draw ``actor`` in the scene."""

    def remove_actor(self, actor: Any) -> None:
        """Stop drawing ``actor``."""

    def changed(self, *, legend: bool = False) -> None:
        """The picture changed (and the legend too, if ``legend``): the scene asks for one render."""

    def dem(self, raster_id: int | None = None) -> "Raster | None":
        """The DEM to drape on (``raster_id``, else the ground layer's, else the project's first; None without)."""

    def exaggeration_changed(self) -> None:
        """A layer's exaggeration parameter changed: the scene recomputes it and applies it to every layer."""

    def on_frame(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        """Call ``callback(renderer)`` before every frame (labels placed for the camera); returns the function
        that stops it."""


class SceneLink:
    """The scene's :class:`SceneServices`: its renderer, render schedule and ground, nothing else."""

    def __init__(self, document: "TwinDocument", renderer: Any, schedule: "RenderSchedule", ground: "Ground",
                 on_exaggeration: Callable[[], None]):
        self.document = document
        self._renderer = renderer
        self._schedule = schedule
        self._ground = ground
        self._on_exaggeration = on_exaggeration

    @property
    def exaggeration(self) -> float:
        return self._ground.exaggeration

    def add_actor(self, actor: Any) -> None:
        self._renderer.AddActor(actor)

    def remove_actor(self, actor: Any) -> None:
        if self._renderer is not None:
            self._renderer.RemoveActor(actor)

    def changed(self, *, legend: bool = False) -> None:
        self._schedule.changed(legend=legend)

    def dem(self, raster_id: int | None = None) -> "Raster | None":
        return self._ground.dem(raster_id)

    def exaggeration_changed(self) -> None:
        self._on_exaggeration()

    def on_frame(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        renderer = self._renderer
        tag = renderer.AddObserver("StartEvent", lambda *_: callback(renderer))

        def stop() -> None:
            renderer.RemoveObserver(tag)
        return stop

    def close(self) -> None:
        """The scene closed: nothing reaches its renderer any more."""
        self._renderer = None
        self._on_exaggeration = lambda: None


__all__ = ["SceneLink", "SceneServices"]
