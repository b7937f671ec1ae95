"""File ▸ Open area from lake…: pick a GeoParquet lake (``kaga-twin lake build``), one of its cities or a box of
longitudes and latitudes, and this project or a new project file; the area is imported with the importer
``plateau-lake`` (:mod:`importers.lake_area`) through the window's import machinery (a worker thread behind a
progress dialog, one transaction, layers refreshed after), then the view frames the area.

The cities come from the lake's manifest (code, name as the datasets spell it, building count), shown in a
``QTreeWidget`` (Qt's own item model).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

import importers.lake_area as lake_area   # registers the importer plateau-lake
from gui.messages import error_text, show_error
from twin.errors import TwinError


class LakeAreaDialog(QDialog):
    """Asks for the lake, the area and the target project; :meth:`options`, :meth:`into_new` and
    :meth:`new_path` after ``exec``."""

    def __init__(self, parent: QWidget | None = None, lake: str | Path | None = None, *,
                 has_project: bool = True, suggested_project: str | Path = ""):
        super().__init__(parent)
        self.setObjectName("lakeAreaDialog")
        self._extent: tuple[float, float, float, float] | None = None
        self.lake_label = QLabel(self)
        self.lake_edit = QLineEdit(self)
        self.lake_edit.setObjectName("lakePath")
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse_lake)
        self.lake_edit.editingFinished.connect(lambda: self.set_lake(self.lake_edit.text()))
        self.status = QLabel(self)
        self.status.setObjectName("lakeStatus")
        self.status.setWordWrap(True)

        self.area_box = QGroupBox(self)
        self.city_radio = QRadioButton(self.area_box)
        self.bbox_radio = QRadioButton(self.area_box)
        self.area_group = QButtonGroup(self)
        self.area_group.addButton(self.city_radio)
        self.area_group.addButton(self.bbox_radio)
        self.city_radio.setChecked(True)
        self.cities = QTreeWidget(self.area_box)
        self.cities.setObjectName("lakeCities")
        self.cities.setRootIsDecorated(False)
        self.cities.setColumnCount(3)
        self.cities.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cities.itemSelectionChanged.connect(self._update)
        self.cities.itemDoubleClicked.connect(lambda *_: self.city_radio.setChecked(True))
        self.spins: list[QDoubleSpinBox] = []
        for i in range(4):
            spin = QDoubleSpinBox(self.area_box)
            spin.setObjectName(("minLon", "minLat", "maxLon", "maxLat")[i])
            spin.setDecimals(5)
            spin.setSingleStep(0.01)
            spin.setRange(*((100.0, 180.0) if i % 2 == 0 else (0.0, 70.0)))
            spin.valueChanged.connect(self._update)
            self.spins.append(spin)
        self.bbox_labels = [QLabel(self.area_box) for _ in range(4)]
        self.area_group.buttonToggled.connect(lambda *_: self._update())
        grid = QGridLayout()
        for i, (label, spin) in enumerate(zip(self.bbox_labels, self.spins)):
            grid.addWidget(label, i // 2, 2 * (i % 2))
            grid.addWidget(spin, i // 2, 2 * (i % 2) + 1)
        alay = QVBoxLayout(self.area_box)
        alay.addWidget(self.city_radio)
        alay.addWidget(self.cities, 1)
        alay.addWidget(self.bbox_radio)
        alay.addLayout(grid)

        self.target_box = QGroupBox(self)
        self.this_radio = QRadioButton(self.target_box)
        self.new_radio = QRadioButton(self.target_box)
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.this_radio)
        self.target_group.addButton(self.new_radio)
        self.this_radio.setEnabled(has_project)
        (self.this_radio if has_project else self.new_radio).setChecked(True)
        self.new_edit = QLineEdit(str(suggested_project), self.target_box)
        self.new_edit.setObjectName("lakeNewProject")
        self.new_browse = QPushButton(self.target_box)
        self.new_browse.clicked.connect(self._browse_new)
        self.new_edit.textChanged.connect(self._update)
        self.target_group.buttonToggled.connect(lambda *_: self._update())
        trow = QHBoxLayout()
        trow.addWidget(self.new_radio)
        trow.addWidget(self.new_edit, 1)
        trow.addWidget(self.new_browse)
        tlay = QVBoxLayout(self.target_box)
        tlay.addWidget(self.this_radio)
        tlay.addLayout(trow)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.lake_label)
        row.addWidget(self.lake_edit, 1)
        row.addWidget(self.browse_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.area_box, 1)
        lay.addWidget(self.target_box)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 560)
        self.set_lake(lake or "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open area from lake"))
        self.lake_label.setText(self.tr("Lake folder"))
        self.browse_button.setText(self.tr("Browse…"))
        self.area_box.setTitle(self.tr("Area"))
        self.city_radio.setText(self.tr("A city of the lake"))
        self.bbox_radio.setText(self.tr("A box of longitudes and latitudes (buildings whose centre lies in it)"))
        self.cities.setHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Buildings")])
        for label, text in zip(self.bbox_labels, (self.tr("West (min. longitude)"), self.tr("South (min. latitude)"),
                                                  self.tr("East (max. longitude)"),
                                                  self.tr("North (max. latitude)"))):
            label.setText(text)
        self.target_box.setTitle(self.tr("Open it in"))
        self.this_radio.setText(self.tr("This project"))
        self.new_radio.setText(self.tr("A new project file:"))
        self.new_browse.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open area"))

    # -- the lake --------------------------------------------------------------------------------------
    def _browse_lake(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Lake folder"), self.lake_edit.text())
        if path:
            self.set_lake(path)

    def _browse_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self.new_edit.text(),
                                              self.tr("Kaga Twin project (*.duckdb)"))
        if path:
            self.new_edit.setText(path)
            self.new_radio.setChecked(True)

    def set_lake(self, path: str | Path) -> bool:
        """Read the lake's cities and extent; False (and the reason shown) when ``path`` is not a lake."""
        from twin.lake.query import city_list, lake_connection

        text = str(path).strip()
        if self.lake_edit.text() != text:
            self.lake_edit.setText(text)
        self.cities.clear()
        self._extent = None
        if not text:
            self.status.setText(self.tr("Choose a lake folder made by kaga-twin lake build."))
            self._update()
            return False
        try:
            rows = city_list(text)
            with lake_connection(text) as db:
                if "buildings" not in db.missing:
                    self._extent = db.con.execute("SELECT min(bbox.xmin), min(bbox.ymin), max(bbox.xmax), "
                                                  "max(bbox.ymax) FROM buildings").fetchone()
        except (TwinError, OSError) as exc:
            self.status.setText(error_text(exc))
            self._update()
            return False
        for code, name, n in rows:
            item = QTreeWidgetItem([code, name, f"{n:,}"])
            item.setData(0, Qt.ItemDataRole.UserRole, code)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.cities.addTopLevelItem(item)
        for col in range(3):
            self.cities.resizeColumnToContents(col)
        if rows:
            self.cities.setCurrentItem(self.cities.topLevelItem(0))
        if self._extent and self._extent[0] is not None:
            for spin, value in zip(self.spins, self._extent):
                spin.setValue(float(value))
        total = sum(n for *_, n in rows)
        self.status.setText(self.tr("Cities: {n}, buildings: {b}").format(n=len(rows), b=f"{total:,}"))
        self._update()
        return bool(rows)

    def lake(self) -> Path:
        return Path(self.lake_edit.text().strip()).expanduser()

    # -- the choice ------------------------------------------------------------------------------------
    def select_city(self, code: str) -> bool:
        for i in range(self.cities.topLevelItemCount()):
            item = self.cities.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                self.cities.setCurrentItem(item)
                self.city_radio.setChecked(True)
                return True
        return False

    def set_bbox(self, minlon: float, minlat: float, maxlon: float, maxlat: float) -> None:
        for spin, value in zip(self.spins, (minlon, minlat, maxlon, maxlat)):
            spin.setValue(value)
        self.bbox_radio.setChecked(True)

    def city(self) -> str | None:
        item = self.cities.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def bbox(self) -> tuple[float, float, float, float]:
        return tuple(s.value() for s in self.spins)  # type: ignore[return-value]

    def options(self) -> dict[str, Any]:
        """The importer options of the chosen area."""
        if self.city_radio.isChecked():
            return lake_area.area_options(city=self.city())
        return lake_area.area_options(bbox=",".join(f"{v:.6f}" for v in self.bbox()))

    def into_new(self) -> bool:
        return self.new_radio.isChecked()

    def new_path(self) -> Path:
        return Path(self.new_edit.text().strip()).expanduser()

    def _update(self) -> None:
        for spin in self.spins:
            spin.setEnabled(self.bbox_radio.isChecked())
        self.cities.setEnabled(self.city_radio.isChecked())
        x0, y0, x1, y1 = self.bbox()
        area_ok = (self.city() is not None) if self.city_radio.isChecked() else (x0 < x1 and y0 < y1)
        target_ok = not self.into_new() or bool(self.new_edit.text().strip())
        has_lake = self.cities.topLevelItemCount() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_lake and area_ok and target_ok)


def area_crs(lake: Path, options: dict[str, Any]) -> str | None:
    """The plane rectangular zone CRS of the centre of an area (for a new project), None when unknown."""
    loc = lake_area.PlateauLakeImporter().location(lake, options)
    return loc.zone.crs if loc is not None else None


def frame_area(window, outcome) -> None:
    """After the import: frame what it wrote (the area's buildings and roads) in the 3D view."""
    reports = [r for r in getattr(outcome, "reports", []) if r.importer == lake_area.NAME]
    if not reports or window.store is None:
        return
    sid = int(reports[-1].source_id)
    row = window.store.query(
        "SELECT min(x0), min(y0), max(x1), max(y1), min(z0), max(z1) FROM ("
        "SELECT ST_XMin(footprint) x0, ST_YMin(footprint) y0, ST_XMax(footprint) x1, ST_YMax(footprint) y1, "
        "ground_z z0, lod1_top_z z1 FROM buildings WHERE source_id = ? UNION ALL "
        "SELECT ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom), ST_ZMin(geom), ST_ZMax(geom) "
        "FROM roads WHERE source_id = ?)", [sid, sid])[0]
    if row[0] is None:
        return
    z0 = row[4] if row[4] is not None else 0.0
    z1 = row[5] if row[5] is not None else z0
    window.viewport.fit_bounds((row[0], row[2], row[1], row[3], z0, z1))


def open_area_from_lake(window, lake: str | Path | None = None) -> LakeAreaDialog | None:
    """File ▸ Open area from lake…: the dialog, then the import into this project or a new one (made in the
    zone of the area's centre); the view frames the area when the import has finished."""
    from gui.workers import ImportInput

    suggested = Path.home() / "kaga_lake_area.duckdb"
    parent = window if isinstance(window, QWidget) else None
    dlg = LakeAreaDialog(parent, lake, has_project=window.store is not None, suggested_project=suggested)
    if not dlg.exec():
        dlg.deleteLater()
        return None
    lake_path, options, into_new, new_path = dlg.lake(), dlg.options(), dlg.into_new(), dlg.new_path()
    dlg.deleteLater()
    title = QCoreApplication.translate("LakeAreaDialog", "Open area from lake")
    if into_new:
        try:
            crs = area_crs(lake_path, options)
        except TwinError as exc:
            show_error(parent, title, exc)
            return dlg
        if not window.new_project(new_path, crs=crs):
            return dlg
    ctrl = window.import_paths([ImportInput(lake_path, lake_area.NAME, options)])
    if ctrl is not None:
        ctrl.finished.connect(lambda outcome: frame_area(window, outcome))
    return dlg


__all__ = ["LakeAreaDialog", "area_crs", "frame_area", "open_area_from_lake"]
