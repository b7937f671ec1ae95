"""Analysis ▸ Run analysis…: pick one of the themes' analyses, edit its parameters, run it in the background.

The parameters form comes from the analysis's :class:`twin.themes.Param` schema (the same editors as a layer's
settings), filled with the project's values (``twin.analysis.effective_params``). *Keep these values in the
project* saves them (``analysis_params``) before the run. The run goes through a :class:`gui.workers.ProgressRunner`
with a Cancel button, exactly like an import: a cancelled or failed run leaves every table as it was. When a run
has finished, ``ran(run)`` is emitted (the window refreshes the layers drawn from its output tables) and the
dialog says what it wrote.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout,
                               QWidget)

from gui.fields import ui_language
from gui.messages import show_error
from gui.param_controls import EDITORS
from gui.workers import ProgressRunner, analysis_runner, outcome
from twin import analysis as home
from twin import themes
from twin.themes import Param


class _NoLayer:
    """The editors' owner for analysis parameters: no layer attributes or rasters to choose from."""

    @staticmethod
    def choice_text(param: Param, value: Any) -> str:
        return str(value)

    @staticmethod
    def attributes() -> list[Any]:
        return []

    @staticmethod
    def rasters() -> list[tuple[int, str]]:
        return []


class AnalysisDialog(QDialog):
    """See the module docstring. ``store`` is the open project's store."""

    ran = Signal(object)

    def __init__(self, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analysisDialog")
        self.setWindowTitle(self.tr("Run analysis"))
        self.setMinimumWidth(460)
        self.store = store
        self.runner: ProgressRunner | None = None
        self.last_outcome: str | None = None      # "ran", "cancelled" or "failed"
        self.combo = QComboBox(self)
        self.combo.setObjectName("analysisCombo")
        lang = ui_language()
        for a in themes.analyses():
            self.combo.addItem(a.title.text(lang), a.name)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.keep = QCheckBox(self.tr("Keep these values in the project"), self)
        self.keep.setChecked(True)
        self.status = QLabel(self)
        self.status.setObjectName("analysisStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = self.buttons.addButton(self.tr("Run"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setObjectName("runAnalysis")
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.combo, self.about, self.form_host, self.keep, self.status, self.buttons):
            lay.addWidget(w)
        self.editors: dict[str, Any] = {}
        self.combo.currentIndexChanged.connect(self._show_analysis)
        self._show_analysis()

    # -- the chosen analysis ----------------------------------------------------------------------------------
    @property
    def name(self) -> str | None:
        return self.combo.currentData()

    def _show_analysis(self, *_: object) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        name = self.name
        self.run_button.setEnabled(name is not None and not self.store.read_only)
        if name is None:
            self.about.setText(self.tr("No theme of this program offers an analysis yet."))
            return
        a = themes.analysis(name)
        values = home.effective_params(self.store, name)
        lang = ui_language()
        for p in a.params:
            editor = EDITORS[p.type](p, _NoLayer(), self.form_host)
            editor.setObjectName(f"param_{p.name}")
            editor.set_param_value(values[p.name])
            self.editors[p.name] = editor
            self.form.addRow(p.label.text(lang) if p.label else p.name, editor)
        last = home.last_run(self.store, name=name)
        text = self.tr("Reads {inputs}; writes {outputs}.").format(
            inputs=", ".join(themes.table_label(t, lang) for t in a.inputs) or "—",
            outputs=", ".join(themes.table_label(t, lang) for t in a.outputs) or "—")
        if last is not None:
            text += " " + self.tr("Last run: #{id} at {time}.").format(id=last.id, time=str(last.started_at)[:16])
        self.about.setText(text)

    def values(self) -> dict[str, Any]:
        """The parameter values in the form."""
        return {k: e.param_value() for k, e in self.editors.items()}

    # -- running ------------------------------------------------------------------------------------------------
    def run(self) -> ProgressRunner | None:
        """Run the chosen analysis with the form's values in the background (Cancel rolls it back)."""
        name = self.name
        if name is None or self.runner is not None:
            return None
        values = self.values()
        try:
            if self.keep.isChecked():
                home.save_params(self.store, name, values)
            else:
                home.effective_params(self.store, name, values)        # checked before the run starts
        except ValueError as exc:
            show_error(self, self.tr("Run analysis"), str(exc))
            return None
        # parented like an import's (to the window, not to this dialog, which may close first)
        self.runner = analysis_runner(self.parentWidget(), self.tr("Run analysis"), self.store, name, values)
        self.runner.done.connect(self._finished)
        self.run_button.setEnabled(False)
        self.runner.start()
        return self.runner

    def _finished(self, worker) -> None:
        runner, self.runner = self.runner, None
        self.run_button.setEnabled(True)
        self.last_outcome = outcome(runner, worker)
        if self.last_outcome == "cancelled":
            self.status.setText(self.tr("Cancelled: nothing was changed."))
        elif self.last_outcome == "failed":
            self.status.setText(self.tr("The analysis failed: nothing was changed."))
            show_error(self, self.tr("Run analysis"), worker.error)
        else:
            run = worker.result
            rows = ", ".join(f"{themes.table_label(t, ui_language())} {n:,}" for t, n in run.outputs.items())
            self.status.setText(self.tr("Run #{id} finished in {s:.1f} s: {rows}.").format(
                id=run.id, s=run.seconds, rows=rows or "—") + "".join(f"\n⚠ {w}" for w in run.warnings))
            self.ran.emit(run)
        self._show_analysis()


__all__ = ["AnalysisDialog"]
