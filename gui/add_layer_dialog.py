"""Layer ▸ Add vector layer… / Add raster overlay…: a layer from any table, view or SQL query with a geometry,
or a stored raster draped on the terrain. The source is checked against the project before the dialog closes;
what is wrong is shown in the dialog (the user fixes the query and tries again).

The SQL box is always editable: typing a query makes it the source (the table list switches to "SQL query…").
A layer without a typed name gets a readable one (``roads (width >= 12)``), shown as the name's placeholder.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from gui.qt_helpers import Retranslatable, refill_combo
from twin.added_layers import geometry_tables, raster_layer, raster_overlays, vector_layer
from twin.document import LayerDataError, TwinDocument, is_query
from twin.layer import Layer

QUERY = "__query__"
NAME_CHARS = 48   # longest default name of a query layer
_FROM = re.compile(r"\bfrom\s+(\"[^\"]+\"|[\w.]+)", re.IGNORECASE | re.UNICODE)
_WHERE = re.compile(r"\bwhere\s+(.*?)(?:\b(?:group\s+by|order\s+by|limit|qualify|window)\b|$)",
                    re.IGNORECASE | re.DOTALL)


def query_layer_name(sql: str, fallback: str = "query") -> str:
    """A readable layer name for an SQL query: its first table and its condition, ``roads (width >= 12)``;
    ``table (fallback)`` without a WHERE; elided at a word to :data:`NAME_CHARS` characters."""
    text = re.sub(r"\s+", " ", sql.strip().rstrip(";")).strip()
    m = _FROM.search(text)
    table = m.group(1).strip('"') if m else ""
    w = _WHERE.search(text)
    cond = w.group(1).strip() if w else ""
    name = f"{table} ({cond})" if table and cond else (f"{table} ({fallback})" if table else fallback)
    if len(name) > NAME_CHARS:
        cut = name[:NAME_CHARS - 1]
        cut = cut[:cut.rfind(" ")] if " " in cut[len(table) + 2:] else cut
        name = cut.rstrip(" (,") + "…" + (")" if cond else "")
    return name


class _AddLayerDialog(Retranslatable, QDialog):
    """Form + error line + OK/Cancel; subclasses fill the form and build the layer in :meth:`make_layer`."""

    def __init__(self, document: TwinDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.layer: Layer | None = None
        self.form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("layerName")
        self.name_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)

    def make_layer(self) -> Layer:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def accept(self) -> None:
        """Build the layer; on a bad source show why and stay open."""
        try:
            self.layer = self.make_layer()
        except LayerDataError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.adjustSize()  # room for the message, without squeezing the form
            return
        super().accept()

    def _name(self) -> str | None:
        return self.name_edit.text().strip() or None



class AddVectorLayerDialog(_AddLayerDialog):
    """A vector layer from a table or view with a geometry column, or from an SQL query."""

    def __init__(self, document: TwinDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.setObjectName("addVectorLayerDialog")
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceCombo")
        self.query_edit = QPlainTextEdit(self)
        self.query_edit.setObjectName("queryEdit")
        self.query_edit.setMinimumWidth(460)
        self.query_edit.setFixedHeight(90)
        self.source_label, self.query_label = QLabel(self), QLabel(self)
        self.form.addRow(self.source_label, self.source_combo)
        self.form.addRow(self.query_label, self.query_edit)
        self.form.addRow(self.name_label, self.name_edit)
        self.tables = geometry_tables(document)
        self.source_combo.currentIndexChanged.connect(self._on_source)
        self.query_edit.textChanged.connect(self._on_query_typed)
        self.name_edit.textChanged.connect(self._update_name_hint)
        self._stashed_query = ""
        self.retranslate()
        self._on_source()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add vector layer"))
        self.source_label.setText(self.tr("Table or view"))
        self.query_label.setText(self.tr("or SQL query"))
        self.name_label.setText(self.tr("Layer name"))
        self.query_edit.setPlaceholderText(self.tr("SELECT id, footprint, measured_height FROM buildings "
                                                   "WHERE measured_height > 20"))
        self.query_edit.setToolTip(self.tr("Type a query with a geometry and an id column: it becomes the source"))
        refill_combo(self.source_combo,
                     [(t.name, self.tr("{name} ({rows:,} features)").format(name=t.name, rows=t.rows))
                      for t in self.tables] + [(QUERY, self.tr("SQL query…"))])
        self._update_name_hint()

    def _on_source(self) -> None:
        """A table chosen from the list is the source: a typed query is put aside (and comes back with
        "SQL query…")."""
        if self.source_combo.currentData() == QUERY:
            if not self.query_edit.toPlainText().strip() and self._stashed_query:
                self.query_edit.setPlainText(self._stashed_query)
        elif self.query_edit.toPlainText().strip():
            self._stashed_query = self.query_edit.toPlainText()
            self.query_edit.blockSignals(True)
            self.query_edit.clear()
            self.query_edit.blockSignals(False)
        self._update_name_hint()

    def _on_query_typed(self) -> None:
        if self.query_edit.toPlainText().strip() and self.source_combo.currentData() != QUERY:
            self.source_combo.blockSignals(True)
            self.source_combo.setCurrentIndex(self.source_combo.findData(QUERY))
            self.source_combo.blockSignals(False)
        self._update_name_hint()

    def source(self) -> str:
        """The table's name, or the typed query."""
        data = self.source_combo.currentData()
        return self.query_edit.toPlainText() if data == QUERY else (data or "")

    def default_name(self) -> str:
        """The name the layer gets when none is typed."""
        source = self.source()
        if self.source_combo.currentData() == QUERY or is_query(source):
            return query_layer_name(source, self.tr("query")) if source.strip() else ""
        return source

    def _update_name_hint(self) -> None:
        self.name_edit.setPlaceholderText(self.default_name() or self.tr("(the table's name)"))

    def make_layer(self) -> Layer:
        typed = self.name_edit.text().strip()
        if typed and is_query(typed) and not self.query_edit.toPlainText().strip():
            # a query typed into the name field is meant as the source, not as the layer's name
            self.name_edit.clear()
            self.query_edit.setPlainText(typed)
        return vector_layer(self.document, self.source(), name=self._name() or self.default_name() or None)


class AddRasterLayerDialog(_AddLayerDialog):
    """A raster overlay (one band, classified by value) from a raster stored in the project."""

    def __init__(self, document: TwinDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.setObjectName("addRasterLayerDialog")
        self.raster_combo = QComboBox(self)
        self.raster_combo.setObjectName("rasterCombo")
        self.band_spin = QSpinBox(self)
        self.band_spin.setObjectName("bandSpin")
        self.raster_label, self.band_label = QLabel(self), QLabel(self)
        self.form.addRow(self.raster_label, self.raster_combo)
        self.form.addRow(self.band_label, self.band_spin)
        self.form.addRow(self.name_label, self.name_edit)
        self.rasters = raster_overlays(document)
        self.raster_combo.currentIndexChanged.connect(self._on_raster)
        self.retranslate()
        self._on_raster()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add raster overlay"))
        self.raster_label.setText(self.tr("Raster"))
        self.band_label.setText(self.tr("Band"))
        self.name_label.setText(self.tr("Layer name"))
        self.name_edit.setPlaceholderText(self.tr("(the raster's name)"))
        refill_combo(self.raster_combo,
                     [(r.id, self.tr("{name} ({kind}, {width}×{height} px, {bands} band(s))").format(
                         name=r.name, kind=r.kind, width=r.width, height=r.height, bands=r.bands))
                      for r in self.rasters])
        if not self.rasters:
            self.error_label.setText(self.tr("The project has no raster. Import a GeoTIFF first (File ▸ Import…)."))
            self.error_label.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.rasters))

    def _on_raster(self) -> None:
        info = next((r for r in self.rasters if r.id == self.raster_combo.currentData()), None)
        self.band_spin.setRange(1, info.bands if info else 1)

    def make_layer(self) -> Layer:
        return raster_layer(self.document, self.raster_combo.currentData(), name=self._name(),
                            band=self.band_spin.value())


__all__ = ["AddRasterLayerDialog", "AddVectorLayerDialog"]
