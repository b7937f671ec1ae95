"""The one place that imports psygnal: evented containers and signals for the Qt-free model.

Everything in :mod:`twin` that emits events goes through these names, so the signal library can be
swapped or patched in one place. psygnal is Qt-free; its signals can be connected to Qt slots (and
``psygnal.qt.start_emitting_from_queue`` moves emissions to the GUI thread if ever needed).

Conventions used by the model:

* evented dataclasses (``@evented`` + ``@dataclass(eq=False)``) emit ``obj.events.<field>(new, old)``
  only when a value really changes; ``obj.events.all`` relays every field signal as an
  :class:`EmissionInfo`;
* identity equality (``eq=False``) so layers and styles can live in lists and sets;
* containers are psygnal's ``EventedList`` / ``SelectableEventedList``.
"""

from __future__ import annotations

from psygnal import EmissionInfo, Signal, SignalGroup, SignalGroupDescriptor, SignalInstance, evented
from psygnal.containers import EventedList, SelectableEventedList, Selection
from psygnal.containers._evented_list import ListEvents

__all__ = [
    "EmissionInfo",
    "EventedList",
    "ListEvents",
    "SelectableEventedList",
    "Selection",
    "Signal",
    "SignalGroup",
    "SignalGroupDescriptor",
    "SignalInstance",
    "evented",
]
