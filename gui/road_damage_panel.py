"""The Road Damage panel (a dock of the road-damage theme): the ranked work list of repair cases, its filters,
the chosen case's details and status changes, and the way to the map.

* **Work list**: :class:`gui.repair_cases_model.RepairCasesModel` over ``repair_cases`` (written by the analysis
  ``repair-priority``), highest priority first, sortable by any column.
* **Filters** (:class:`gui.repair_case_filters.CaseFilterBar`): statuses, worst damage class, area (work
  package) and a time window that follows the twin's clock: the cases first reported between the start of the
  time bar's range and its current time (the cases the map's ``repair_cases`` layer shows then), or two dates.
* **Details** (:class:`gui.repair_case_details.CaseDetails`): photos, texts, the score breakdown, the status
  history, and the status change, applied with :func:`twin.repair_status.set_case_status`; the window then
  refreshes the layers drawn from the changed tables (``host.tables_changed``), and this panel with them.
* **Map**: choosing a case frames a :data:`FRAME_M` m box around its point in the 3D view and selects its
  reports on the layers drawn from ``road_reports`` and the case on those drawn from ``repair_cases``; picking a
  report or a case on the map chooses the case in the list.
* **Buttons**: *Re-run analysis* (in the background, with the project's parameters), *Weights…* (the analysis
  dialog on ``repair-priority``: weights are edited there and kept in the project), *Export…* (work orders of the
  ticked statuses in the chosen area, as CSV, GeoPackage (:mod:`twin.work_orders`) or a printable PDF
  (:mod:`layers.work_order_pdf`)).

Registered for the theme with :func:`gui.theme_docks.register_dock` (the theme names this module in its
``modules["gui"]``); the dock is shown for projects with road-damage reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from gui.fields import ui_language
from gui.messages import show_error
from gui.qt_helpers import Connections, Retranslatable
from gui.repair_case_details import CaseDetails
from gui.repair_case_filters import CaseFilterBar
from gui.repair_cases_model import COLUMNS, RepairCasesModel, StatusChipDelegate, status_text
from gui.theme_docks import register_dock
from gui.workers import ProgressRunner, analysis_runner, outcome
from twin import analysis as home
from twin.document import quote_ident

ANALYSIS = "repair-priority"
FRAME_M = 120.0                    # side of the box framed around a chosen case (m)
CHANGED_TABLES = ("road_reports", "repair_cases", "repair_segments", "repair_status_log")
SELECTION_ORIGIN = "road_damage"   # origin of the selections this panel makes (its own echo is ignored)
class RoadDamagePanel(Retranslatable, QWidget):
    """See the module docstring. ``host`` is the main window (see :class:`gui.theme_docks.ThemeDockHost`); the
    panel also works without one (it then refreshes only itself)."""

    def __init__(self, host: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roadDamagePanel")
        self._host = host
        self._document = None
        self._links = Connections()
        self._has_reports = False
        self._has_cases = False
        self._restoring = False
        self._chosen: int | None = None           # the case chosen in the list (None: the top one is previewed)
        self.runner: ProgressRunner | None = None
        self.last_outcome: str | None = None       # of the last re-run: "ran", "cancelled" or "failed"

        # -- filters and buttons
        self.filters = CaseFilterBar(self)
        self.filters.changed.connect(self.reload_list)
        self.rerun_button = QPushButton(self)
        self.rerun_button.setObjectName("rerunAnalysis")
        self.rerun_button.clicked.connect(self.rerun)
        self.weights_button = QPushButton(self)
        self.weights_button.setObjectName("weightsButton")
        self.weights_button.clicked.connect(self.open_weights)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportWorkOrders")
        self.export_button.clicked.connect(self.export_dialog)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("staleHint")
        self.stale_label.setStyleSheet("color: #a15c00;")
        self.stale_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("panelStatus")
        self.status_label.setStyleSheet("color: #666;")

        # -- list and details
        self.model = RepairCasesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index("rank"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)                             # ranked, until the user sorts
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), StatusChipDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(self._on_row_chosen)
        self.table.doubleClicked.connect(self._on_double_click)
        self._column_widths()
        self.details = CaseDetails(self)
        self.details.statusChangeRequested.connect(self.apply_status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("roadDamageSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        # -- empty state
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("roadDamageEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 16px;")

        self.filter_row = QWidget(self)
        fr = QHBoxLayout(self.filter_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.filters)
        fr.addStretch(1)
        for w in (self.rerun_button, self.weights_button, self.export_button):
            fr.addWidget(w)
        info = QHBoxLayout()
        info.addWidget(self.count_label)
        info.addWidget(self.stale_label, 1)
        info.addWidget(self.status_label)
        content = QWidget(self)
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(info)
        cl.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.filter_row)
        lay.addWidget(self.stack, 1)
        self.retranslate()
        self._update_state()

    def _column_widths(self) -> None:
        fm = self.fontMetrics()
        time = fm.horizontalAdvance("2025-08-26 09:00") + 20
        widths = {"rank": 48, "case_id": 56, "priority": 64, "status": 104, "worst_class": 220, "report_count": 64,
                  "first_reported": time, "last_reported": time, "road": 150, "package": 90}
        for i, c in enumerate(COLUMNS):
            self.table.horizontalHeader().resizeSection(i, max(widths[c], fm.horizontalAdvance(
                str(self.model.headerData(i, Qt.Orientation.Horizontal))) + 24))

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for about ten cases and the details (the window opens the dock at least this tall)."""
        return QSize(1000, 360)

    # -- the document ---------------------------------------------------------------------------------------------
    @property
    def store(self):
        return self._document.store if self._document is not None else None

    def set_document(self, document) -> None:
        """Show ``document``'s cases and follow its clock and selection (None: empty)."""
        self._links.disconnect()
        self._document = document
        if document is not None:
            self._links = Connections([(document.selection.changed, self._on_map_selection)]).connect()
        self.filters.set_document(document)
        self.details.clear()
        self.reload()

    def has_data(self) -> bool:
        """True when the project has road-damage reports (the window then shows this dock)."""
        return self._has_reports

    def closeEvent(self, event) -> None:  # noqa: N802
        self._links.disconnect()
        super().closeEvent(event)

    def reload(self) -> None:
        """The store changed (an import, an analysis, a status change): read the filters' choices and the list."""
        store = self.store
        self._has_reports = self._has_cases = False
        if store is not None:
            tables = set(store.existing_tables(["road_reports", "repair_cases"]))
            if "road_reports" in tables:
                self._has_reports = bool(store.query("SELECT count(*) FROM road_reports")[0][0])
            if "repair_cases" in tables:
                self._has_cases = bool(store.query("SELECT count(*) FROM repair_cases")[0][0])
        self.filters.fill(store, self._has_cases)
        self._update_state()
        self.reload_list()

    def _update_state(self) -> None:
        writable = self.store is not None and not self.store.read_only
        if self.store is None:
            self.empty_label.setText(self.tr("No project is open."))
        elif not self._has_reports:
            self.empty_label.setText(self.tr(
                "This project has no road-damage reports yet.\n\nImport a My City Report, Open311 or FixMyStreet "
                "export or AI detections (File ▸ Import…) and a road network; then the analysis groups the reports "
                "into repair cases and ranks them here."))
        elif not self._has_cases:
            self.empty_label.setText(self.tr(
                "The reports are not grouped into repair cases yet.\n\nClick “Re-run analysis” to match them to the "
                "road segments, group them into cases and rank them."))
        self.stack.setCurrentIndex(1 if self._has_cases else 0)
        self.rerun_button.setEnabled(writable and self._has_reports and self.runner is None)
        self.weights_button.setEnabled(writable and self._has_reports)
        self.export_button.setEnabled(self._has_cases)
        self.details.set_writable(writable)
        self._update_stale()

    def _update_stale(self) -> None:
        reason = None
        stale = getattr(home, "stale_reason", None)
        if self.store is not None and self._has_reports and stale is not None:
            try:
                reason = stale(self.store, ANALYSIS)
            except Exception:  # noqa: BLE001 - only a hint
                reason = None
        self.stale_label.setText(self.tr("The list may be out of date: {reason}. Re-run the analysis.").format(
            reason=reason) if reason and self._has_cases else "")

    # -- the list --------------------------------------------------------------------------------------------------
    def reload_list(self, *_: object) -> None:
        """Read the cases for the current filter, keeping the chosen case chosen when it is still listed; else the
        details preview the top case (without choosing it: the map stays as it is)."""
        keep = self._chosen
        store = self.store if self._has_cases else None
        try:
            self.model.reload(store, self.filters.current_filter())
        except Exception as exc:  # noqa: BLE001 - e.g. an older project lacking a column
            self.model.clear()
            self.status_label.setText(str(exc))
        total = int(self.store.query("SELECT count(*) FROM repair_cases")[0][0]) if store is not None else 0
        self.count_label.setText(self.tr("{shown} of {total} cases").format(shown=f"{self.model.rowCount():,}",
                                                                           total=f"{total:,}"))
        row = self.model.row_of(keep) if keep is not None else -1
        self._restoring = True
        try:
            if row >= 0:
                self._select_row(row)
            else:
                self.table.clearSelection()
                self._chosen = None
        finally:
            self._restoring = False
        if row >= 0:
            self._show(keep, frame=False)
        elif self.model.rowCount():
            self._show(self.model.case_at(0).case_id, frame=False,
                       hint=self.tr("The top of the list. Choose a case to see it on the map."))
        else:
            self.details.clear(self.tr("No case matches the filter.") if self._has_cases else None)

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def chosen_case(self) -> int | None:
        """The case chosen in the list (None when the details only preview the top case)."""
        return self._chosen

    def choose_case(self, case_id: int, *, frame: bool = True) -> bool:
        """Choose ``case_id`` in the list and show its details; with ``frame`` also frame it on the map and select
        it there. False when it is not listed."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self._restoring = True
        try:
            self._select_row(row)
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._restoring = False
        self._chosen = case_id
        self._show(case_id, frame=frame)
        return True

    def _on_row_chosen(self, *_: object) -> None:
        """The user chose a row (click or keys): details, and the case on the map."""
        rows = self.table.selectionModel().selectedRows()
        case = self.model.case_at(rows[0].row()) if rows else None
        if case is None or self._restoring:
            return
        self._chosen = case.case_id
        self._show(case.case_id, frame=True)

    def _on_double_click(self, index) -> None:
        """A double click frames the case again (after the camera was moved away)."""
        case = self.model.case_at(index.row())
        if case is not None:
            self.choose_case(case.case_id)

    def _show(self, case_id: int, *, frame: bool, hint: str | None = None) -> None:
        try:
            self.details.show_case(self.store, case_id, hint=hint)
        except Exception as exc:  # noqa: BLE001
            self.details.clear(str(exc))
            return
        if frame:
            self.frame_case(case_id)
            self.select_on_map(case_id)

    # -- the map ---------------------------------------------------------------------------------------------------
    def _viewport(self):
        return getattr(self._host, "viewport", None)

    def frame_case(self, case_id: int) -> bool:
        """Frame a :data:`FRAME_M` m box around the case's point in the 3D view (keeping the viewing direction)."""
        case = self.model.case_at(self.model.row_of(case_id))
        viewport = self._viewport()
        scene = getattr(viewport, "scene", None)
        if case is None or case.x is None or scene is None:
            return False
        half = FRAME_M / 2
        z = scene.ground_height(case.x, case.y)
        return viewport.fit_bounds((case.x - half, case.x + half, case.y - half, case.y + half, z, z + 10.0))

    def layers_of(self, table: str, id_column: str) -> list:
        """The document's layers drawn from ``table`` with feature ids from ``id_column``."""
        doc = self._document
        if doc is None:
            return []
        out = []
        for layer in doc.layers:
            try:
                ft = doc.feature_table(layer)
            except Exception:  # noqa: BLE001 - a layer whose source is a query without id column
                continue
            if ft is not None and ft[0] == quote_ident(table) and ft[1] == id_column:
                out.append(layer)
        return out

    def select_on_map(self, case_id: int) -> list[int]:
        """Select the case on the map, replacing the selection: its reports on the layers drawn from
        ``road_reports``, the case itself on those drawn from ``repair_cases``. Returns the reports' ids."""
        doc = self._document
        if doc is None or not self._has_reports:
            return []
        ids = [int(r[0]) for r in self.store.query("SELECT id FROM road_reports WHERE case_id = ? ORDER BY id",
                                                   [case_id])]
        targets = [(v, ids) for v in self.layers_of("road_reports", "id")] \
            + [(v, [case_id]) for v in self.layers_of("repair_cases", "case_id")]
        for i, (layer, fids) in enumerate(targets):
            doc.selection.set(layer.id, fids, origin=SELECTION_ORIGIN, exclusive=i == 0)
        return ids

    def _on_map_selection(self, layer_id: str, ids, origin: str) -> None:
        """A report or a case picked on the map (or in the attribute table): choose its case in the list, without
        moving the camera."""
        if origin == SELECTION_ORIGIN or not ids or not self._has_cases:
            return
        if layer_id in {v.id for v in self.layers_of("repair_cases", "case_id")}:
            self.choose_case(min(ids), frame=False)
            return
        if layer_id not in {v.id for v in self.layers_of("road_reports", "id")}:
            return
        row = self.store.query("SELECT case_id FROM road_reports WHERE id = ? AND case_id IS NOT NULL", [min(ids)])
        if row:
            self.choose_case(int(row[0][0]), frame=False)

    # -- status changes --------------------------------------------------------------------------------------------
    def apply_status(self, case_id: int, status: str, note: str = "") -> int | None:
        """Set ``status`` on every report of the case (with ``note``), then refresh the map and the list; the number
        of reports changed (None on an error, which is shown)."""
        from twin import repair_status

        store = self.store
        if store is None:
            return None
        try:
            store.require_writable()
            n = repair_status.set_case_status(store, case_id, status, note or None)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Change the status"), exc)
            return None
        message = self.tr("Case {id}: {status} ({n} report(s))").format(id=case_id, status=status_text(status), n=n)
        self.status_label.setText(message)
        self._tables_changed(message)
        return n

    def _tables_changed(self, message: str | None = None) -> None:
        changed = getattr(self._host, "tables_changed", None)
        if changed is not None:
            changed(set(CHANGED_TABLES), message)     # the window refreshes the layers and every dock, this one too
        else:
            self.reload()

    # -- analysis --------------------------------------------------------------------------------------------------
    def rerun(self) -> ProgressRunner | None:
        """Run ``repair-priority`` with the project's parameters in the background (Cancel rolls it back)."""
        store = self.store
        if store is None or self.runner is not None:
            return None
        try:
            store.require_writable()
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Re-run analysis"), exc)
            return None
        self.last_outcome = None
        self.runner = analysis_runner(self.window(), self.tr("Re-run analysis"), store, ANALYSIS)
        self.runner.done.connect(self._rerun_finished)
        self._update_state()
        self.runner.start()
        return self.runner

    def _rerun_finished(self, worker) -> None:
        runner, self.runner = self.runner, None
        self.last_outcome = outcome(runner, worker)
        if self.last_outcome == "cancelled":
            self.status_label.setText(self.tr("Cancelled: nothing was changed."))
        elif self.last_outcome == "failed":
            show_error(self, self.tr("Re-run analysis"), worker.error)
        else:
            self.status_label.setText(self.tr("Run #{id} finished in {s:.1f} s.").format(
                id=worker.result.id, s=worker.result.seconds))
            self._analysis_finished(worker.result)
        self._update_state()

    def _analysis_finished(self, run) -> None:
        finished = getattr(self._host, "analysis_finished", None)
        if finished is not None:
            finished(run)
        else:
            self.reload()

    def open_weights(self):
        """The analysis dialog on ``repair-priority``: weights edited there are kept in the project; a run from it
        refreshes the list."""
        from gui.analysis_dialog import AnalysisDialog

        if self.store is None:
            return None
        dlg = AnalysisDialog(self.store, self.window())
        dlg.combo.setCurrentIndex(max(dlg.combo.findData(ANALYSIS), 0))
        dlg.ran.connect(self._analysis_finished)
        dlg.finished.connect(dlg.deleteLater)
        dlg.show()
        return dlg

    def export_formats(self) -> dict[str, str]:
        """Format → file-dialog filter of the work-order exports available."""
        return {"pdf": self.tr("Printable PDF, one page per work package (*.pdf)"),
                "csv": self.tr("CSV table (*.csv)"), "gpkg": self.tr("GeoPackage (*.gpkg)")}

    def export_dialog(self) -> Path | None:
        """Ask for a file and write the work orders there (format from the chosen filter)."""
        if self.store is None:
            return None
        formats = self.export_formats()
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export work orders"), "kaga_work_orders.pdf",
                                                   ";;".join(formats.values()))
        if not path:
            return None
        fmt = next((f for f, flt in formats.items() if flt == chosen), Path(path).suffix.lstrip(".").lower())
        return self.export_work_orders(path, fmt)

    def export_work_orders(self, path: str | Path, fmt: str) -> Path | None:
        """Write the work orders of the cases with the ticked statuses in the chosen area (every package when
        none is chosen) as ``fmt`` (``csv``, ``gpkg`` or ``pdf``); errors are shown, None returned then."""
        from twin import work_orders

        statuses, package = self.filters.statuses(), self.filters.package()
        lang = ui_language()
        path = Path(path)
        if path.suffix.lower() != "." + fmt:
            path = path.with_suffix("." + fmt)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work = work_orders.gather(self.store, statuses or None, packages=[package] if package else None)
            if fmt == "csv":
                out = work_orders.write_csv(work, path, lang)
            elif fmt == "gpkg":
                out = work_orders.write_gpkg(work, path, lang)
            elif fmt == "pdf":
                from layers import work_order_pdf

                work_order_pdf.write_pdf(work, path, self.store, lang=lang)
                out = path
            else:
                raise ValueError(self.tr("Unknown export format {fmt}").format(fmt=fmt))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Export work orders"), exc)
            return None
        QApplication.restoreOverrideCursor()
        self.status_label.setText(self.tr("{n} work orders in {p} packages → {path}").format(
            n=len(work), p=len(work.packages), path=Path(out).name))
        return Path(out)

    # -- texts -----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Road damage"))
        self.rerun_button.setText(self.tr("Re-run analysis"))
        self.rerun_button.setToolTip(self.tr("Match the reports to the roads, group them into cases and rank them "
                                             "again, with the weights kept in the project"))
        self.weights_button.setText(self.tr("Weights…"))
        self.weights_button.setToolTip(self.tr("Edit the weights of the priority (kept in the project)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Work orders of the cases with the ticked statuses in the chosen area "
                                              "(all areas when none is chosen): PDF, CSV or GeoPackage"))
        self._update_state()
        if self._document is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.reload_list()


register_dock("road_damage", "roadDamageDock", RoadDamagePanel, area=Qt.DockWidgetArea.BottomDockWidgetArea)

__all__ = ["ANALYSIS", "FRAME_M", "RoadDamagePanel"]
