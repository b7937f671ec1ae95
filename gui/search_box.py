"""The search box of the toolbar (Ctrl+F): building names and IDs, gml:id, road names, case and segment numbers.

Typing lists what :func:`twin.search.search` finds (the themes declare where to look) in a completion popup;
choosing a result (or Enter for the first) frames it in the 3D view, selects it on a layer of its kind and opens
Identify for it (:func:`go_to_result`). The results are a Qt item model, :class:`SearchResultsModel`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from gui.qt_helpers import Retranslatable, read_only_flags, single_shot_timer
from twin.search import SearchResult, search
from twin.themes.registry import attribute_label, layer_kind

log = logging.getLogger("kaga_twin.gui")

#: ms after the last key before searching
TYPING_DELAY = 200


class SearchResultsModel(QAbstractListModel):
    """One row per :class:`twin.search.SearchResult`: shown as "value — title · kind (column)"; the edit role is
    the matched value (what the box shows once chosen), ``ResultRole`` the result itself."""

    ResultRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.results)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results) or index.column() != 0:
            return None
        r = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result_text(r)
        if role == Qt.ItemDataRole.EditRole:
            return r.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{kind}, {column} = {value}").format(kind=kind_label(r.kind), column=attribute_label(r.column),
                                                               value=r.value)
        if role == self.ResultRole:
            return r
        return None


def kind_label(kind: str) -> str:
    try:
        return str(layer_kind(kind).label)
    except KeyError:
        return kind


def result_text(r: SearchResult) -> str:
    """"加賀温泉駅 · 建物 (名前)", "17206-bldg-1 — 加賀温泉駅 · Buildings (Building ID)", "国道8号 · 道路網 (名前) ×31"."""
    text = r.value
    if r.title and r.title != r.value:
        text += f" — {r.title}"
    text += f" · {kind_label(r.kind)} ({attribute_label(r.column)})"
    if len(r.feature_ids) > 1:
        text += f" ×{len(r.feature_ids)}"
    return text


class SearchBox(Retranslatable, QLineEdit):
    """The toolbar's search field; ``resultChosen`` carries the chosen :class:`twin.search.SearchResult`.
    ``store`` returns the open project's store (None: nothing to search)."""

    resultChosen = Signal(object)
    searched = Signal(str, int)          # text, number of results (for the status bar and tests)

    def __init__(self, store: Callable[[], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchBox")
        self._store = store
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)
        self.model = SearchResultsModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.completer_.popup().setObjectName("searchPopup")
        self.completer_.popup().setMinimumWidth(420)
        self._timer = single_shot_timer(self, TYPING_DELAY, self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._return)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search: name, building ID, gml:id, road, case… (Ctrl+F)"))
        self.setToolTip(self.tr("Find buildings by name, building ID or gml:id, roads by name, repair cases and "
                                "road segments by number; choose a result to go there and identify it"))

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def run_search(self) -> list[SearchResult]:
        """Search for the text now and show the results in the popup."""
        self._timer.stop()
        store = self._store()
        text = self.text()
        results: list[SearchResult] = []
        if store is not None and text.strip():
            try:
                results = search(store, text)
            except Exception:  # noqa: BLE001 - a search must never break typing
                log.warning("search failed", exc_info=True)
        self.model.set_results(results)
        if results and self.hasFocus():
            self.completer_.complete()
        elif not results:
            self.completer_.popup().hide()
        self.searched.emit(text, len(results))
        return results

    def choose(self, row: int = 0) -> SearchResult | None:
        """Choose the result in ``row`` (as clicking it in the popup does)."""
        if not 0 <= row < len(self.model.results):
            return None
        result = self.model.results[row]
        self.completer_.popup().hide()
        self.setText(result.value)
        self.resultChosen.emit(result)
        return result

    def _activated(self, index: QModelIndex) -> None:
        result = index.data(SearchResultsModel.ResultRole)
        if result is not None:
            self.choose(self.model.results.index(result))

    def _return(self) -> None:
        if self._timer.isActive() or not self.model.results:
            self.run_search()
        popup = self.completer_.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        self.choose(current.row() if current.isValid() else 0)


def go_to_result(window, result: SearchResult) -> str | None:
    """Frame ``result`` in ``window``'s 3D view, select it on a layer of its kind (shown if it was hidden) and open
    Identify; returns the layer id used (None when no layer shows that kind: the view is framed only)."""
    doc = window.document
    if doc is None:
        return None
    layers = doc.layers.by_kind(result.kind)
    layer = next((v for v in layers if doc.tree.is_shown(v)), layers[0] if layers else None)
    view = window.viewport
    if layer is None:
        if result.bounds is not None:
            view.fit_bounds(result.bounds)
        window.statusBar().showMessage(QCoreApplication.translate(
            "SearchBox", "{value}: no layer shows {kind}; add it to identify it here").format(
            value=result.value, kind=kind_label(result.kind)), 10000)
        return None
    if not layer.visible:
        layer.visible = True
    ids = list(result.feature_ids)
    doc.selection.set(layer.id, ids, origin="search", exclusive=True)
    if not view.zoom_to_features(layer.id, ids) and result.bounds is not None:
        view.fit_bounds(result.bounds)
    window.docks.show_feature(layer.id, ids[0])
    window.docks.identify_dock.raise_()              # in front of a tab beside it (Measure)
    window.statusBar().showMessage(QCoreApplication.translate("SearchBox", "Found {text}").format(text=result_text(result)), 10000)
    return layer.id


__all__ = ["SearchBox", "SearchResultsModel", "TYPING_DELAY", "go_to_result", "kind_label", "result_text"]
