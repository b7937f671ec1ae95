"""Import…: choose files, folders or zip archives, import them in a worker thread behind a progress dialog.

The dialog lists what will be imported and which importer recognises each input (decided by content, as the
CLI does). "Import" runs :func:`gui.workers.import_paths_task` in a :class:`~gui.workers.TaskWorker`; the
progress dialog's Cancel sets the worker's cancel event and the running import is rolled back. When the
worker has finished, :attr:`ImportController.finished` carries the :class:`~gui.workers.ImportOutcome`; the
main window then adds layers for the new data. Errors are shown with the importer's message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from gui.fields import table_label
from gui.messages import error_text
from gui.workers import ImportOutcome, ProgressRunner, import_paths_task
from twin.store import Store


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
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_files_button)
        row.addWidget(self.add_folder_button)
        row.addStretch(1)
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
                                   "fails or you cancel, the project stays as it was."))
        self.add_files_button.setText(self.tr("Add files or zip…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole + 1)]

    def add_path(self, path: str | Path) -> bool:
        """Add one input and show which importer reads it (or why none does). True if it can be imported."""
        from importers.registry import find_importer

        path = Path(path).expanduser()
        for i in range(self.list.count()):
            if Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) == path:
                return bool(self.list.item(i).data(Qt.ItemDataRole.UserRole + 1))
        try:
            imp = find_importer(path)
        except Exception as exc:  # noqa: BLE001 - a TwinError naming the problem
            item = QListWidgetItem(f"{path}\n    ✗ {error_text(exc)}")
            item.setForeground(QBrush(QColor(176, 0, 32)))
            ok = False
        else:
            item = QListWidgetItem(f"{path}\n    → {imp.label}")
            ok = True
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setData(Qt.ItemDataRole.UserRole + 1, ok)
        item.setToolTip(item.text())
        self.list.addItem(item)
        self._update()
        return ok

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

    def __init__(self, parent: QWidget | None, store: Store, paths: list[str | Path], *, show_messages: bool = True):
        super().__init__(parent)
        self._parent = parent
        self.store = store
        self.paths = [Path(p) for p in paths]
        self.show_messages = show_messages
        self.outcome: ImportOutcome | None = None
        self.message_box: QMessageBox | None = None
        names = ", ".join(p.name for p in self.paths[:3]) + (" …" if len(self.paths) > 3 else "")
        self.runner = ProgressRunner(parent, self.tr("Importing"), self.tr("Importing {names}").format(names=names),
                                     import_paths_task(store, self.paths), cancellable=True)
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
