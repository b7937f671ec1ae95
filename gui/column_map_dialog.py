"""Columns…: say which column of a table file holds which field, for a file whose headers no importer recognises
(or recognises wrongly).

The dialog is built from the importers' column-mapping protocol alone (``Importer.map_fields``, ``columns``,
``preview``, ``guess_mapping``, ``required_fields``, ``option_values``; see :mod:`importers.column_mapping`), so it
knows nothing of road reports or plough feeds. "Read as" lists the importers that take a mapping and can read the
file's columns, the one that recognises the file first. Each field gets a row with its label (the theme registry's,
else the field name) and a combo of the file's columns plus "(not used)", preselected with what the importer would
pick by itself; required fields are marked. The preview shows the first rows with the mapped columns highlighted
and named. OK stays disabled, with the reason shown, until the required fields have a column.

:meth:`ColumnMapDialog.chosen` gives ``(importer name, options)``: ``options["map"]`` names a column (or none,
``field=``) for every field, so the import reads exactly what the dialog showed; ``options["kind"]`` is the chosen
kind when the importer has that option.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from gui.fields import field_label, has_label, value_label
from importers.column_mapping import Need, map_option, parse_map
from importers.registry import Importer, all_importers

PREVIEW_ROWS = 5
MAPPED_BACKGROUND = QColor(255, 236, 179)     # amber 100: the columns that are read
REASON_COLOR = "#b00020"


def mapping_importers(path: str | Path) -> list[Importer]:
    """The importers that take a column mapping and can read the columns of ``path``, the likeliest first: by their
    :meth:`~importers.registry.Importer.sniff` score, then by how many fields they find by themselves, then the
    most general first (the lowest ``priority``: the one that yields to the others when they recognise a file
    equally). Empty for a file that is not a table."""
    path = Path(path)
    if not path.is_file():
        return []
    found: list[tuple[float, int, int, Importer]] = []
    for imp in all_importers():
        if not imp.map_fields:
            continue
        try:
            if not imp.columns(path):
                continue
            found.append((imp.sniff(path), len(imp.guess_mapping(path)), imp.priority, imp))
        except Exception:  # noqa: BLE001 - an importer that cannot look at the file is not offered
            continue
    return [t[3] for t in sorted(found, key=lambda t: (-t[0], -t[1], t[2]))]


def field_text(field: str) -> str:
    """A field as the dialog names it: ``緯度 (lat)``, or the field name when no theme labels it."""
    label = field_label(field) if has_label(field) else field
    return field if label == field else f"{label} ({field})"


def mapped_columns(importer: Importer, path: str | Path, options: dict[str, Any] | None) -> dict[str, str]:
    """{field: column} the import will read with ``options`` (its ``map`` first, then the importer's own guess),
    fields without a column left out."""
    chosen = dict(importer.guess_mapping(Path(path)))
    try:
        chosen.update(parse_map((options or {}).get("map"), importer.map_fields))
    except ValueError:
        pass
    return {f: c for f, c in chosen.items() if c}


class ColumnMapDialog(QDialog):
    """See the module docstring. ``importer`` and ``options`` are an earlier choice for ``path`` (reopening the
    dialog shows it); ``importers`` the candidates (default: :func:`mapping_importers`)."""

    def __init__(self, path: str | Path, parent: QWidget | None = None, *, importer: str | None = None,
                 options: dict[str, Any] | None = None, importers: list[Importer] | None = None):
        super().__init__(parent)
        self.setObjectName("columnMapDialog")
        self.path = Path(path)
        self.importers = importers if importers is not None else mapping_importers(self.path)
        self._initial = (importer, dict(options or {}))
        self._touched: dict[str, str | None] = {}       # fields the user set, kept when "Read as" changes
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.combos: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Columns of {name}").format(name=self.path.name))
        self.setMinimumWidth(780)

        self.intro = QLabel(self.tr("Say which column of the file holds what. Fields marked * are needed to read "
                                    "the file; the others are optional."), self)
        self.intro.setWordWrap(True)
        self.importer_combo = QComboBox(self)
        self.importer_combo.setObjectName("readAs")
        for imp in self.importers:
            self.importer_combo.addItem(imp.label, imp.name)
        self.kind_label = QLabel(self.tr("Kind:"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        top = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.importer_combo, 1)
        row.addSpacing(16)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_combo)
        top.addRow(self.tr("Read as:"), row)

        self.fields_box = QGroupBox(self.tr("Fields"), self)
        self.grid = QGridLayout(self.fields_box)
        self.grid.setHorizontalSpacing(10)
        self.needs_label = QLabel(self)
        self.needs_label.setObjectName("requiredFields")
        self.needs_label.setWordWrap(True)

        self.preview_box = QGroupBox(self.tr("First rows of the file (the columns read are highlighted)"), self)
        self.table = QTableWidget(self.preview_box)
        self.table.setObjectName("columnPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        pv = QVBoxLayout(self.preview_box)
        pv.addWidget(self.table)

        self.reason = QLabel(self)
        self.reason.setObjectName("mappingReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {REASON_COLOR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(top)
        lay.addWidget(self.fields_box)
        lay.addWidget(self.needs_label)
        lay.addWidget(self.preview_box, 1)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)

        if importer is not None and self.importer_combo.findData(importer) >= 0:
            self.importer_combo.setCurrentIndex(self.importer_combo.findData(importer))
        self.importer_combo.currentIndexChanged.connect(self._importer_changed)
        self._importer_changed()

    # -- what the user chose ---------------------------------------------------------------------------------

    @property
    def importer(self) -> Importer | None:
        i = self.importer_combo.currentIndex()
        return self.importers[i] if 0 <= i < len(self.importers) else None

    def mapping(self) -> dict[str, str | None]:
        """{field: column or None (not used)} for every field of the importer, as the combos show it."""
        return {f: c.currentData() for f, c in self.combos.items()}

    def set_column(self, field: str, column: str | None) -> None:
        """Choose ``column`` (None: not used) for ``field``, as the user would in its combo."""
        combo = self.combos[field]
        i = combo.findData(column) if column is not None else 0
        if i < 0:
            raise KeyError(f"{self.path.name} has no column {column!r}")
        combo.setCurrentIndex(i)

    def chosen(self) -> tuple[str, dict[str, Any]]:
        """(importer name, options): ``map`` for every field, and ``kind`` when the importer takes one."""
        imp = self.importer
        if imp is None:
            raise RuntimeError("no importer can read the columns of " + str(self.path))
        options: dict[str, Any] = {"map": map_option(self.mapping())}
        if "kind" in imp.options and imp.option_values.get("kind") and self.kind_combo.currentData():
            options["kind"] = self.kind_combo.currentData()
        return imp.name, options

    def unmet(self) -> list[Need]:
        imp = self.importer
        if imp is None:
            return []
        return imp.unmet_fields({f for f, c in self.mapping().items() if c})

    # -- building ---------------------------------------------------------------------------------------------

    def _importer_changed(self) -> None:
        imp = self.importer
        head = imp.preview(self.path, PREVIEW_ROWS) if imp is not None else None
        self.header, self.rows = head if head else ([], [])
        start: dict[str, str | None] = {}
        if imp is not None:
            start.update(imp.guess_mapping(self.path))
            name, options = self._initial
            if name == imp.name and options.get("map"):
                try:
                    start.update({f: c or None for f, c in parse_map(options["map"], imp.map_fields).items()})
                except ValueError:
                    pass
            start.update({f: c for f, c in self._touched.items() if f in imp.map_fields})
        self._build_kind(imp)
        self._build_fields(imp, start)
        self._build_preview()
        self._update()

    def _build_kind(self, imp: Importer | None) -> None:
        self.kind_combo.clear()
        values = imp.option_values.get("kind", ()) if imp is not None and "kind" in imp.options else ()
        for v in values:
            self.kind_combo.addItem(value_label("kind", v), v)
        if values:
            name, options = self._initial
            want = options.get("kind") if name == imp.name else None
            i = self.kind_combo.findData(want or imp.option_default("kind"))
            self.kind_combo.setCurrentIndex(max(i, 0))
        self.kind_label.setVisible(bool(values))
        self.kind_combo.setVisible(bool(values))

    def _build_fields(self, imp: Importer | None, start: dict[str, str | None]) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.combos = {}
        if imp is None:
            self.needs_label.setText("")
            return
        required = {f for n in imp.required_fields for f in n.fields}
        fields = list(imp.map_fields)
        half = (len(fields) + 1) // 2
        bold = QFont(self.font())
        bold.setBold(True)
        for i, f in enumerate(fields):
            label = QLabel(field_text(f) + (" *" if f in required else ""), self.fields_box)
            if f in required:
                label.setFont(bold)
            combo = QComboBox(self.fields_box)
            combo.setObjectName(f"column_{f}")
            combo.addItem(self.tr("(not used)"), None)
            for col in self.header:
                combo.addItem(col, col)
            want = start.get(f)
            j = combo.findData(want) if want else 0
            combo.setCurrentIndex(max(j, 0))
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i, _f=f: self._combo_changed(_f))
            label.setBuddy(combo)
            r, c = (i, 0) if i < half else (i - half, 2)
            self.grid.addWidget(label, r, c)
            self.grid.addWidget(combo, r, c + 1)
            self.combos[f] = combo
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(2, 0)
        needs = "; ".join(self._need_text(n) for n in imp.required_fields)
        self.needs_label.setText(self.tr("* Needed: {needs}").format(needs=needs) if needs else "")

    def _need_text(self, need: Need) -> str:
        """``緯度 (lat) and 経度 (lon), or wkt`` in the UI language."""
        groups = [self.tr(" and ").join(field_text(f) for f in g) for g in need.groups]
        return self.tr(", or ").join(groups)

    def _build_preview(self) -> None:
        self.table.clear()
        self.table.setColumnCount(len(self.header))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c in range(len(self.header)):
                self.table.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        self._paint_preview()

    def _paint_preview(self) -> None:
        by_column: dict[str, list[str]] = {}
        for f, col in self.mapping().items():
            if col:
                by_column.setdefault(col, []).append(f)
        plain = QBrush()
        mark = QBrush(MAPPED_BACKGROUND)
        for c, col in enumerate(self.header):
            fields = by_column.get(col, [])
            text = col + ("\n→ " + ", ".join(field_text(f) for f in fields) if fields else "\n")
            item = QTableWidgetItem(text)
            if fields:
                f = QFont(self.font())
                f.setBold(True)
                item.setFont(f)
                item.setBackground(mark)
            self.table.setHorizontalHeaderItem(c, item)
            for r in range(self.table.rowCount()):
                cell = self.table.item(r, c)
                if cell is not None:
                    cell.setBackground(mark if fields else plain)
                    cell.setForeground(QBrush(QColor(0, 0, 0) if fields else QColor(110, 110, 110)))
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows = max(self.table.rowCount(), 1)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() +
                                    rows * self.table.verticalHeader().defaultSectionSize() + 6)

    def _combo_changed(self, field: str) -> None:
        self._touched[field] = self.combos[field].currentData()
        self._paint_preview()
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.importer is None:
            self.reason.setText(self.tr("No importer can read this file as a table."))
            ok.setEnabled(False)
            return
        missing = self.unmet()
        if missing:
            self.reason.setText(self.tr("Choose a column for {fields} to import this file.").format(
                fields=self.tr("; ").join(self._need_text(n) for n in missing)))
        else:
            self.reason.setText("")
        ok.setEnabled(not missing)
