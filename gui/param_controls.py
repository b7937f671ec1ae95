"""Controls made from a layer kind's parameter schema (``layer.spec.params``, :class:`twin.themes.Param`).

:class:`ParamControls` shows one row per parameter that is not ``hidden``: ``float`` → QDoubleSpinBox,
``int`` → QSpinBox, ``bool`` → QCheckBox (three states when the parameter is optional: "automatic"),
``choice`` → QComboBox, ``str`` → QLineEdit, ``column`` → a combo of the layer's numeric attributes,
``raster`` → a combo of the project's rasters. Labels are the parameters' labels in the UI language.

Every edit is one ``layer.set_param`` (one ``layer.events.params``); spin boxes commit on Enter, arrows and
focus loss, not on every typed digit. Changes made elsewhere show here. :mod:`gui.kind_controls` picks this
class, or a kind's own subclass, for a layer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QWidget)

from gui.fields import field_label, ui_language
from gui.qt_helpers import Retranslatable
from twin.layer import Layer
from twin.themes import Param

_INT_LIMIT = 2_147_483_647


class _Editor:
    """What every parameter editor offers: ``edited`` (the user changed it), ``param_value()`` and
    ``set_param_value(v)`` (shows ``v`` without emitting ``edited``)."""

    edited: Signal

    def param_value(self) -> Any:  # pragma: no cover - every editor defines it
        raise NotImplementedError

    def set_param_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def retranslate(self) -> None:
        pass


class FloatEditor(_Editor, QDoubleSpinBox):
    edited = Signal()

    def __init__(self, param: Param, owner: "ParamControls", parent: QWidget | None = None):
        super().__init__(parent)
        lo = -1e9 if param.minimum is None else float(param.minimum)
        hi = 1e9 if param.maximum is None else float(param.maximum)
        self.setRange(lo, hi)
        span = hi - lo
        self.setSingleStep(0.1 if span <= 10 else 0.5 if span <= 100 else 1.0)
        self.setDecimals(2)
        self.setKeyboardTracking(False)
        self.valueChanged.connect(lambda *_: self.edited.emit())

    def param_value(self) -> float:
        return float(self.value())

    def set_param_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setValue(float(value) if value is not None else self.minimum())
        self.blockSignals(False)


class IntEditor(_Editor, QSpinBox):
    edited = Signal()

    def __init__(self, param: Param, owner: "ParamControls", parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(-_INT_LIMIT if param.minimum is None else int(param.minimum),
                      _INT_LIMIT if param.maximum is None else int(param.maximum))
        self.setKeyboardTracking(False)
        self.valueChanged.connect(lambda *_: self.edited.emit())

    def param_value(self) -> int:
        return int(self.value())

    def set_param_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setValue(int(value) if value is not None else self.minimum())
        self.blockSignals(False)


class BoolEditor(_Editor, QCheckBox):
    """A check box; an optional parameter gets a third state, "automatic" (None)."""

    edited = Signal()

    def __init__(self, param: Param, owner: "ParamControls", parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = param.optional
        self.setTristate(param.optional)
        self.clicked.connect(lambda *_: self.edited.emit())

    def param_value(self) -> bool | None:
        state = self.checkState()
        if self._optional and state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_param_value(self, value: Any) -> None:
        self.blockSignals(True)
        if value is None and self._optional:
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.retranslate()

    def nextCheckState(self) -> None:  # noqa: N802 - off → on → automatic → off
        if not self._optional:
            super().nextCheckState()
            return
        order = [Qt.CheckState.Unchecked, Qt.CheckState.Checked, Qt.CheckState.PartiallyChecked]
        self.setCheckState(order[(order.index(self.checkState()) + 1) % 3])
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("ParamControls", "Automatic") if self._optional and self.checkState() == Qt.CheckState.PartiallyChecked
                     else "")


class _ComboEditor(_Editor, QComboBox):
    edited = Signal()

    def __init__(self, param: Param, owner: "ParamControls", parent: QWidget | None = None):
        super().__init__(parent)
        self._param = param
        self._owner = owner
        self.activated.connect(lambda *_: self.edited.emit())

    def items(self) -> list[tuple[Any, str]]:  # pragma: no cover - every combo defines it
        raise NotImplementedError

    def param_value(self) -> Any:
        return self.currentData()

    def set_param_value(self, value: Any) -> None:
        self.blockSignals(True)
        i = next((k for k in range(self.count()) if self.itemData(k) == value), -1)
        if i < 0 and value is not None:
            self.addItem(str(value), value)
            i = self.count() - 1
        self.setCurrentIndex(i)
        self.blockSignals(False)

    def retranslate(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for data, text in self.items():
            self.addItem(text, data)
        self.blockSignals(False)
        self.set_param_value(current)


class ChoiceEditor(_ComboEditor):
    def items(self) -> list[tuple[Any, str]]:
        return [(c, self._owner.choice_text(self._param, c)) for c in self._param.choices]


class ColumnEditor(_ComboEditor):
    """A numeric attribute of the layer, or none."""

    def items(self) -> list[tuple[Any, str]]:
        out: list[tuple[Any, str]] = [(None, QCoreApplication.translate("ParamControls", "(none)"))]
        for a in self._owner.attributes():
            if a.numeric:
                label = field_label(a.name)
                out.append((a.name, f"{label} ({a.name})" if label != a.name else a.name))
        return out


class RasterEditor(_ComboEditor):
    """A raster of the project, or none."""

    def items(self) -> list[tuple[Any, str]]:
        return [(None, QCoreApplication.translate("ParamControls", "(none)"))] + [(rid, name) for rid, name in self._owner.rasters()]


class TextEditor(_Editor, QLineEdit):
    edited = Signal()

    def __init__(self, param: Param, owner: "ParamControls", parent: QWidget | None = None):
        super().__init__(parent)
        self.editingFinished.connect(self.edited.emit)

    def param_value(self) -> str | None:
        return self.text() or None

    def set_param_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setText("" if value is None else str(value))
        self.blockSignals(False)


#: parameter type → editor class (a new type is one entry here)
EDITORS: dict[str, type] = {"float": FloatEditor, "int": IntEditor, "bool": BoolEditor, "choice": ChoiceEditor,
                            "str": TextEditor, "column": ColumnEditor, "raster": RasterEditor}


class ParamControls(Retranslatable, QWidget):
    """One row per visible parameter of ``layer``'s kind; see the module docstring.

    Subclasses (registered with :func:`gui.kind_controls.register_controls`) may override
    :meth:`choice_text` or add widgets of their own below ``self.form``."""

    errorOccurred = Signal(str)

    def __init__(self, layer: Layer, document: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paramControls")
        self.layer = layer
        self.document = document
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        for p in self.params():
            editor = EDITORS[p.type](p, self, self)
            editor.setObjectName(f"param_{p.name}")
            editor.edited.connect(lambda name=p.name: self._commit(name))
            label = QLabel(self)
            self.labels[p.name] = label
            self.editors[p.name] = editor
            self.form.addRow(label, editor)
        layer.events.params.connect(self._on_params)
        self.retranslate()

    def params(self) -> list[Param]:
        """The parameters offered as controls (the kind's schema without hidden ones)."""
        return [p for p in self.layer.spec.params if not p.hidden]

    def is_empty(self) -> bool:
        return not self.editors

    def detach(self) -> None:
        """Stop following the layer (before the controls are dropped)."""
        try:
            self.layer.events.params.disconnect(self._on_params)
        except (TypeError, ValueError, RuntimeError):  # already disconnected
            pass

    def closeEvent(self, event) -> None:  # noqa: N802
        self.detach()
        super().closeEvent(event)

    # -- texts ----------------------------------------------------------------------------------------
    def param_label(self, param: Param) -> str:
        return param.label.text(ui_language()) if param.label is not None else param.name

    def choice_text(self, param: Param, value: Any) -> str:
        """How a choice is shown (its value; subclasses name them)."""
        return str(value)

    def retranslate(self) -> None:
        for p in self.params():
            self.labels[p.name].setText(self.param_label(p))
            self.editors[p.name].retranslate()
        self.sync()

    # -- what the combos list -------------------------------------------------------------------------
    def attributes(self) -> list[Any]:
        if self.document is None:
            return []
        try:
            return list(self.document.attributes(self.layer))
        except Exception:  # noqa: BLE001 - a layer whose table is missing: nothing to offer
            return []

    def rasters(self) -> list[tuple[int, str]]:
        if self.document is None:
            return []
        try:
            return [(int(r), str(n)) for r, n in self.document.store.query("SELECT id, name FROM rasters ORDER BY id")]
        except Exception:  # noqa: BLE001 - an old project without rasters
            return []

    # -- model <-> widgets ------------------------------------------------------------------------------
    def sync(self) -> None:
        """Show the layer's current values."""
        for name, editor in self.editors.items():
            editor.set_param_value(self.layer.params.get(name))

    def _on_params(self, *args: Any) -> None:
        self.sync()

    def _commit(self, name: str) -> None:
        value = self.editors[name].param_value()
        if self.layer.params.get(name) == value:
            return
        try:
            self.layer.set_param(name, value)
        except ValueError as exc:
            self.sync()
            self.errorOccurred.emit(str(exc))


__all__ = ["EDITORS", "ParamControls"]
