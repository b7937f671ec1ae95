"""Import…: choose files, folders or zip archives, import them in a worker thread behind a progress dialog.

The dialog lists what will be imported and which importer recognises each input (decided by content, as the
CLI does). For a table file, Columns… (:class:`gui.column_map_dialog.ColumnMapDialog`) says which column holds
which field and how to read it; the item then remembers that importer and its options, and a CSV no importer
recognises becomes importable. :meth:`ImportDialog.inputs` gives each input with its choice
(:class:`~gui.workers.ImportInput`). "Import" runs :func:`gui.workers.import_paths_task` in a
:class:`~gui.workers.TaskWorker`; the
progress dialog's Cancel sets the worker's cancel event and the running import is rolled back. When the
worker has finished, :attr:`ImportController.finished` carries the :class:`~gui.workers.ImportOutcome`; the
main window then adds layers for the new data. Errors are shown with the importer's message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from gui.column_map_dialog import ColumnMapDialog, mapped_columns, mapping_importers
from gui.fields import table_label, value_label
from gui.messages import error_text
from gui.workers import ImportInput, ImportOutcome, ProgressRunner, import_paths_task
from importers.column_mapping import MissingColumns
from twin.errors import NoImporterError
from twin.store import Store

#: item data: the path, whether it can be imported, the importer chosen in Columns… (None: the one that recognises
#: the input) and its options, the importer that recognises it, and whether Columns… can map its columns
_PATH, _OK, _IMPORTER, _OPTIONS, _SNIFFED, _MAPPABLE = (Qt.ItemDataRole.UserRole + i for i in range(6))


def file_dialog_filter() -> str:
    """Name filters for the file dialog, one per importer, plus 'All supported' and 'All files'."""
    from importers.registry import all_importers

    from PySide6.QtCore import QCoreApplication

    parts, every = [], []
    for imp in all_importers():
        pats = list(imp.patterns)
        if not pats:
            continue
        every += [p for p in pats if p not in every]
        parts.append(f"{imp.label} ({' '.join(pats)})")
    head = [QCoreApplication.translate("ImportDialog", "All supported files") + f" ({' '.join(every)})"] if every else []
    return ";;".join(head + parts + [QCoreApplication.translate("ImportDialog", "All files") + " (*)"])


class ImportDialog(QDialog):
    """Collects the inputs to import; drop files or folders on it, or use the buttons."""

    def __init__(self, parent: QWidget | None = None, paths: list[str | Path] | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAcceptDrops(True)
        self.setMinimumSize(620, 360)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("importList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.columns_button = QPushButton(self)
        self.columns_button.setObjectName("columnsButton")
        self.column_dialog: ColumnMapDialog | None = None
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.columns_button.clicked.connect(self.open_columns)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_files_button)
        row.addWidget(self.add_folder_button)
        row.addStretch(1)
        row.addWidget(self.columns_button)
        row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addWidget(self.buttons)
        self.retranslate()
        for p in paths or []:
            self.add_path(p)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import data"))
        self.intro.setText(self.tr("Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, "
                                   "or GeoTIFF elevation models. Each input is imported in one step: if it "
                                   "fails or you cancel, the project stays as it was.") + " " +
                           self.tr("For a table (CSV) whose columns are not recognised, select it and use Columns… "
                                   "to say which column holds what."))
        self.add_files_button.setText(self.tr("Add files or zip…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.columns_button.setText(self.tr("Columns…"))
        self.columns_button.setToolTip(self.tr("Say which column of the selected table holds which field"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def paths(self) -> list[Path]:
        """The inputs that can be imported."""
        return [i.path for i in self.inputs()]

    def inputs(self) -> list[ImportInput]:
        """The inputs that can be imported, each with the importer and options chosen in Columns… (if any)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(_OK):
                out.append(ImportInput(Path(item.data(_PATH)), item.data(_IMPORTER), item.data(_OPTIONS)))
        return out

    def add_path(self, path: str | Path) -> bool:
        """Add one input and show which importer reads it (or why none does). True if it can be imported."""
        from importers.registry import find_importer

        path = Path(path).expanduser()
        for i in range(self.list.count()):
            if Path(self.list.item(i).data(_PATH)) == path:
                return bool(self.list.item(i).data(_OK))
        item = QListWidgetItem()
        item.setData(_PATH, str(path))
        try:
            imp = find_importer(path)
        except Exception as exc:  # noqa: BLE001 - a TwinError naming the problem
            item.setData(_OK, False)
            item.setData(_MAPPABLE, isinstance(exc, NoImporterError) and bool(mapping_importers(path)))
            item.setData(_SNIFFED, None)
            self._show(item, exc)
        else:
            item.setData(_OK, True)
            item.setData(_MAPPABLE, bool(imp.map_fields))
            item.setData(_SNIFFED, imp.name)
            self._show(item)
        self.list.addItem(item)
        self._update()
        return bool(item.data(_OK))

    def _show(self, item: QListWidgetItem, error: BaseException | None = None) -> None:
        """The item's text: the path, then the importer and the columns chosen, or what is wrong."""
        from importers.registry import get_importer

        path = Path(item.data(_PATH))
        if error is not None:
            if item.data(_MAPPABLE):
                columns = ", ".join(mapping_importers(path)[0].columns(path) or [])
                problem = self.tr("no importer recognises its columns ({columns}) — use Columns… to say which "
                                  "column holds what").format(columns=columns)
            else:
                problem = error_text(error)
            item.setText(f"{path}\n    ✗ {problem}")
            item.setForeground(QBrush(QColor(176, 0, 32)))
        else:
            imp = get_importer(item.data(_IMPORTER) or item.data(_SNIFFED))
            options: dict[str, Any] = item.data(_OPTIONS) or {}
            lines = [f"{path}", f"    → {imp.label}" + (f" · {value_label('kind', options['kind'])}"
                                                        if options.get("kind") else "")]
            if options.get("map"):
                pairs = mapped_columns(imp, path, options)
                lines.append("    " + self.tr("columns mapped: {pairs}").format(
                    pairs=", ".join(f"{f}={pairs[f]}" for f in imp.map_fields if f in pairs)))
            item.setText("\n".join(lines))
            item.setForeground(QBrush())
        item.setToolTip(item.text())

    def selected_item(self) -> QListWidgetItem | None:
        items = self.list.selectedItems()
        return items[0] if len(items) == 1 else None

    def open_columns(self) -> ColumnMapDialog | None:
        """Columns… for the selected input: the dialog opens (window-modal); OK stores its choice on the item."""
        item = self.selected_item()
        if item is None or not item.data(_MAPPABLE):
            return None
        dlg = ColumnMapDialog(item.data(_PATH), self, importer=item.data(_IMPORTER) or item.data(_SNIFFED),
                              options=item.data(_OPTIONS))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.set_choice(item, *dlg.chosen()))
        dlg.finished.connect(lambda _r: setattr(self, "column_dialog", None))
        self.column_dialog = dlg
        dlg.open()
        return dlg

    def set_choice(self, item: QListWidgetItem, importer: str, options: dict[str, Any]) -> None:
        """Read ``item``'s input with ``importer`` and ``options`` (from Columns…); it can be imported now."""
        item.setData(_IMPORTER, importer)
        item.setData(_OPTIONS, dict(options))
        item.setData(_OK, True)
        self._show(item)
        self._update()

    def _double_clicked(self, item: QListWidgetItem) -> None:
        if item.data(_MAPPABLE) and not item.data(_OK):
            self.list.setCurrentItem(item)
            self.open_columns()

    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to import"), "", file_dialog_filter())
        for f in files:
            self.add_path(f)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a dataset folder"))
        if folder:
            self.add_path(folder)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.paths()))
        item = self.selected_item()
        self.columns_button.setEnabled(item is not None and bool(item.data(_MAPPABLE)))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_path(url.toLocalFile())
        event.acceptProposedAction()


class ImportController(QObject):
    """Runs an import of ``paths`` into ``store`` in the background and reports the outcome.

    ``finished(outcome)`` is emitted on the GUI thread. Error messages are shown in a dialog unless
    ``show_messages`` is False (the caller shows them).
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, store: Store, paths: list[str | Path | ImportInput], *,
                 show_messages: bool = True):
        super().__init__(parent)
        self._parent = parent
        self.store = store
        self.inputs = [ImportInput.of(p) for p in paths]
        self.paths = [i.path for i in self.inputs]
        self.show_messages = show_messages
        self.outcome: ImportOutcome | None = None
        self.message_box: QMessageBox | None = None
        names = ", ".join(p.name for p in self.paths[:3]) + (" …" if len(self.paths) > 3 else "")
        self.runner = ProgressRunner(parent, self.tr("Importing"), self.tr("Importing {names}").format(names=names),
                                     import_paths_task(store, self.inputs), cancellable=True)
        self.runner.done.connect(self._on_done)

    @property
    def progress_dialog(self):
        return self.runner.dialog

    def start(self) -> None:
        self.runner.start()

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_done(self, worker) -> None:
        outcome: ImportOutcome = worker.result if isinstance(worker.result, ImportOutcome) else ImportOutcome()
        if worker.error is not None:
            outcome.errors.append(("", worker.error))
        if self.runner.was_cancelled:
            outcome.cancelled = True
        self.outcome = outcome
        if self.show_messages:
            self._report(outcome)
        self.finished.emit(outcome)

    def summary(self, outcome: ImportOutcome) -> tuple[str, str]:
        """(title, text) describing what the import did."""
        lines: list[str] = []
        for rep in outcome.reports:
            counts = ", ".join(f"{table_label(t)} {n:,}" for t, n in rep.counts.items()) or self.tr("no features")
            lines.append(self.tr("✓ {name}: {counts}").format(name=Path(rep.path).name, counts=counts))
            if rep.warnings:
                lines.append(self.tr("    {n} warning(s), e.g. {first}").format(n=len(rep.warnings),
                                                                                first=rep.warnings[0]))
            if rep.skipped:
                lines.append(self.tr("    {n} item(s) skipped, e.g. {first}").format(
                    n=len(rep.skipped), first=f"{rep.skipped[0]['item']}: {rep.skipped[0]['reason']}"))
        for path, exc in outcome.errors:
            lines.append(self.tr("✗ {message}").format(message=error_text(exc)))
            if isinstance(exc, MissingColumns) or (isinstance(exc, NoImporterError) and path and
                                                   mapping_importers(path)):
                lines.append("    " + self.tr("Use Columns… in Import… to say which column of the file holds what."))
        if outcome.cancelled:
            lines.append(self.tr("The import was cancelled; the input being imported was rolled back and "
                                 "the project does not contain any of it."))
        if outcome.errors:
            title = self.tr("Import failed") if not outcome.reports else self.tr("Import partly failed")
        elif outcome.cancelled:
            title = self.tr("Import cancelled")
        else:
            title = self.tr("Import finished")
        return title, "\n".join(lines)

    def _report(self, outcome: ImportOutcome) -> None:
        title, text = self.summary(outcome)
        icon = QMessageBox.Icon.Warning if outcome.errors else QMessageBox.Icon.Information
        if not outcome.errors and not outcome.cancelled and not any(r.warnings or r.skipped for r in outcome.reports):
            return  # success says itself: the new layers appear; the status bar reports it
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("importReport")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
