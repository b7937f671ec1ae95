"""The Road Damage panel's case details: what one repair case is, why it has its priority, and what was done.

:class:`CaseDetails` shows, for the case chosen in the work list:

* a title line (case, road, work package, status chip) and the photos of its reports when they are local files
  (scaled thumbnails; a web address is shown as a link);
* the **score breakdown** (:class:`ScoreBreakdown`): each part of the priority (``repair_cases.parts``, see
  :mod:`twin.repairs`) with its label, a bar and its contribution, and the sum, which is the priority;
* the reports' texts (number, kind, time, status, class, size, distance to the road, description);
* the **status history** of the changes made in Kaga Twin (:func:`twin.repair_status.case_history`);
* a status change: 受付済 / 対応中 / 対応済, a note and Apply (``statusChangeRequested(case_id, status,
  note)``; the panel applies it with :func:`twin.repair_status.set_case_status`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from gui.fields import format_value, ui_language, value_label
from gui.qt_helpers import Retranslatable
from gui.repair_cases_model import chip_text_color, class_text, status_text
from gui.time_bar import to_qdatetime
from twin import themes
from twin.themes.road_damage import STATUS_COLORS, STATUSES

PHOTO_HEIGHT = 150          # thumbnails' height in pixels
MAX_PHOTOS = 6


def part_label(part: str) -> str:
    """A priority part's name as users read it: the theme's label for ``repair_part`` values when it has one,
    else the label of the part's weight (``w_severity`` "Weight: damage class" → "Damage class"), else the
    column label (``status`` → "Status")."""
    lang = ui_language()
    text = themes.value_label("repair_part", part, lang)
    if text != part:
        return text
    try:
        analysis = themes.analysis("repair-priority")
    except KeyError:
        analysis = None
    param = next((p for p in analysis.params if p.name == f"w_{part}"), None) if analysis else None
    if param is not None and param.label is not None:
        text = param.label.text(lang)
        text = text.split(": ", 1)[-1].split("：", 1)[-1]
        return text[:1].upper() + text[1:]
    return themes.attribute_label(part, lang) if themes.has_attribute_label(part) else part


class _Bar(QWidget):
    """One horizontal bar: ``value`` of ``scale`` (negative values are drawn in red)."""

    def __init__(self, value: float, scale: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.value, self.scale = value, scale
        self.setMinimumSize(80, 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(140, 14)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(0, 2, 0, -2)
        p.fillRect(r, QColor("#eceff3"))
        if self.scale > 0 and self.value:
            w = round(r.width() * min(abs(self.value) / self.scale, 1.0))
            p.fillRect(r.x(), r.y(), max(w, 1), r.height(), QColor("#2b83ba" if self.value > 0 else "#d7191c"))
        p.end()


class ScoreBreakdown(QWidget):
    """The parts of a priority: label, bar, contribution per part, then their sum (the priority)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scoreBreakdown")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self._parts: dict[str, float] = {}
        self.total_label: QLabel | None = None

    @property
    def parts(self) -> dict[str, float]:
        return dict(self._parts)

    def total(self) -> float:
        return round(sum(self._parts.values()), 4) + 0.0

    def set_parts(self, parts: dict[str, float], priority: float | None) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)          # gone from findChild at once, deleted later
                widget.deleteLater()
        self._parts = {k: float(v) for k, v in parts.items()}
        self.total_label = None
        if not parts:
            return
        scale = max(abs(v) for v in self._parts.values()) or 1.0
        row = 0
        for name, value in self._parts.items():
            label = QLabel(part_label(name), self)
            label.setObjectName(f"partLabel_{name}")
            bar = _Bar(value, scale, self)
            bar.setToolTip(f"{part_label(name)}: {value:+.2f}")
            num = QLabel(f"{value:+.1f}" if value else "0.0", self)
            num.setObjectName(f"partValue_{name}")
            num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(num, row, 2)
            row += 1
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(line, row, 0, 1, 3)
        total = self.total() if priority is None else priority
        name = QLabel("<b>" + html.escape(self.tr("Priority (sum of the parts)")) + "</b>", self)
        self.total_label = QLabel(f"<b>{total:.1f}</b>", self)
        self.total_label.setObjectName("priorityTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(name, row + 1, 0, 1, 2)
        self.grid.addWidget(self.total_label, row + 1, 2)


class CaseDetails(Retranslatable, QWidget):
    """See the module docstring. :meth:`show_case` fills it from the store; :meth:`clear` empties it."""

    statusChangeRequested = Signal(int, str, str)        # case id, new status, note ("" for none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseDetails")
        self.case_id: int | None = None
        self.case: dict[str, Any] = {}
        self.reports: list[dict[str, Any]] = []
        self.history: list[dict[str, Any]] = []
        self._writable = True

        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.photos_host = QWidget(self)
        self.photos_layout = QHBoxLayout(self.photos_host)
        self.photos_layout.setContentsMargins(0, 0, 0, 0)
        self.photos_layout.addStretch(1)
        self.photo_labels: list[QLabel] = []
        self.score_box = QGroupBox(self)
        self.breakdown = ScoreBreakdown(self.score_box)
        QVBoxLayout(self.score_box).addWidget(self.breakdown)
        self.reports_box = QGroupBox(self)
        self.reports_label = self._text_label("reportsText")
        QVBoxLayout(self.reports_box).addWidget(self.reports_label)
        self.history_box = QGroupBox(self)
        self.history_label = self._text_label("historyText")
        QVBoxLayout(self.history_box).addWidget(self.history_label)

        self.status_box = QGroupBox(self)
        self.status_combo = QComboBox(self.status_box)
        self.status_combo.setObjectName("statusCombo")
        for s in STATUSES:
            self.status_combo.addItem(s, s)
        self.note_edit = QLineEdit(self.status_box)
        self.note_edit.setObjectName("statusNote")
        self.note_edit.returnPressed.connect(self._apply)
        self.apply_button = QPushButton(self.status_box)
        self.apply_button.setObjectName("applyStatus")
        self.apply_button.clicked.connect(self._apply)
        row = QHBoxLayout(self.status_box)
        row.addWidget(self.status_combo)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.apply_button)

        self.empty = QLabel(self)
        self.empty.setObjectName("caseEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")

        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(6, 4, 6, 4)
        for w in (self.empty, self.title, self.photos_host, self.score_box, self.status_box, self.reports_box,
                  self.history_box):
            lay.addWidget(w)
        lay.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()
        self.clear()

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    # -- filling ------------------------------------------------------------------------------------------------
    def set_writable(self, writable: bool) -> None:
        """A read-only project shows the status control disabled."""
        self._writable = writable
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self._writable and self.case_id is not None
        for w in (self.status_combo, self.note_edit, self.apply_button):
            w.setEnabled(on)
        self.apply_button.setToolTip("" if self._writable else self.tr("The project is open read-only."))

    def clear(self, message: str | None = None) -> None:
        """Show nothing (``message`` says why, e.g. no case chosen)."""
        self.case_id, self.case, self.reports, self.history = None, {}, [], []
        self.empty.setText(message if message is not None else self.tr("Choose a case in the list to see why it "
                                                                        "ranks where it does."))
        self.empty.show()
        for w in (self.title, self.status_box, self.photos_host, self.score_box, self.reports_box, self.history_box):
            w.hide()
        self._set_photos([])
        self.breakdown.set_parts({}, None)
        self._update_enabled()

    def show_case(self, store: Any, case_id: int, *, hint: str | None = None) -> bool:
        """Fill the details of ``case_id`` from ``store`` (``hint``: a line above them); False (and cleared) when
        the case is not there."""
        from twin import repair_status

        rows = store.query(
            "SELECT c.case_id, c.priority, coalesce(c.status, '受付済'), c.worst_class, c.report_count, c.parts, "
            "c.segment_id, " + ("c.package" if _has_column(store, "package") else "NULL") + ", "
            + ("s.name, s.road_class" if store.existing_tables(["road_segments"]) else "NULL, NULL")
            + " FROM repair_cases c "
            + ("LEFT JOIN road_segments s ON s.id = c.segment_id " if store.existing_tables(["road_segments"])
               else "") + "WHERE c.case_id = ?", [case_id])
        if not rows:
            self.clear(self.tr("Case {id} is no longer in the list (the analysis was run again?).").format(id=case_id))
            return False
        r = rows[0]
        self.case_id = int(r[0])
        self.case = {"case_id": int(r[0]), "priority": float(r[1] or 0.0), "status": r[2], "worst_class": r[3],
                     "report_count": r[4], "parts": json.loads(r[5]) if r[5] else {}, "segment_id": r[6],
                     "package": r[7], "road": r[8], "road_class": r[9]}
        self.reports = repair_status.case_reports(store, self.case_id)
        self.history = repair_status.case_history(store, self.case_id)
        self.empty.setText(hint or "")
        self.empty.setVisible(bool(hint))
        for w in (self.title, self.status_box, self.score_box, self.reports_box, self.history_box):
            w.show()
        self._fill_title()
        self.breakdown.set_parts(self.case["parts"], self.case["priority"])
        self._set_photos(self.reports)
        self._fill_reports()
        self._fill_history()
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(self.case["status"]), 0))
        self.note_edit.clear()
        self._update_enabled()
        return True

    def _fill_title(self) -> None:
        c = self.case
        color = QColor(STATUS_COLORS.get(c["status"], "#808080"))
        chip = (f'<span style="background-color:{color.name()}; color:{chip_text_color(color)};">'
                f'&nbsp;{html.escape(status_text(c["status"]))}&nbsp;</span>')
        road = c["road"] or (self.tr("Segment {id}").format(id=c["segment_id"]) if c["segment_id"] is not None
                             else "—")
        if c.get("road_class"):
            road += f" ({html.escape(value_label('road_class', c['road_class']))})"
        parts = [self.tr("Case {id}").format(id=c["case_id"]), html.escape(road)]
        if c["package"]:
            parts.append(self.tr("Work package {code}").format(code=html.escape(str(c["package"]))))
        self.title.setText(f"<b>{' · '.join(parts)}</b> {chip}<br>"
                           + html.escape(self.tr("Priority {p} · {n} report(s) · worst damage: {cls}").format(
                               p=f"{c['priority']:.1f}", n=c["report_count"], cls=class_text(c["worst_class"]))))

    def _set_photos(self, reports: list[dict[str, Any]]) -> None:
        for label in self.photo_labels:
            self.photos_layout.removeWidget(label)
            label.deleteLater()
        self.photo_labels = []
        shown = 0
        for rep in reports:
            path, photo = rep.get("photo_path"), rep.get("photo")
            if shown >= MAX_PHOTOS or not photo:
                continue
            label = QLabel(self.photos_host)
            label.setObjectName("casePhoto")
            pix = QPixmap(str(path)) if path is not None and Path(path).is_file() else QPixmap()
            if not pix.isNull():
                label.setPixmap(pix.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
                label.setToolTip(f"{rep.get('external_id') or rep.get('id')}: {path}")
            elif str(photo).startswith(("http://", "https://")):
                link_text = html.escape(self.tr("Photo (web)"))
                label.setText(f'<a href="{html.escape(str(photo))}">{link_text}</a>')
                label.setOpenExternalLinks(True)
                label.setToolTip(str(photo))
            else:
                label.setText(self.tr("Photo not found: {name}").format(name=Path(str(photo)).name))
                label.setStyleSheet("color: #666;")
                label.setToolTip(str(path or photo))
            self.photos_layout.insertWidget(self.photos_layout.count() - 1, label)
            self.photo_labels.append(label)
            shown += 1
        self.photos_host.setVisible(bool(self.photo_labels))

    def photo_pixmaps(self) -> list[QPixmap]:
        """The thumbnails shown (for tests)."""
        return [lbl.pixmap() for lbl in self.photo_labels if not lbl.pixmap().isNull()]

    def _fill_reports(self) -> None:
        items = []
        for rep in self.reports:
            head = [f"<b>{html.escape(str(rep.get('external_id') or '#' + str(rep.get('id'))))}</b>",
                    html.escape(value_label("kind", rep.get("kind") or "")), self._time(rep.get("received_at")),
                    html.escape(status_text(rep.get("status") or "受付済"))]
            if rep.get("damage_class"):
                head.append(html.escape(class_text(rep["damage_class"])))
            if rep.get("size") is not None:
                head.append(html.escape(self.tr("{m} m").format(m=format_value(float(rep["size"])))))
            if rep.get("distance_m") is not None:
                head.append(html.escape(self.tr("{m} m from the road").format(m=f"{float(rep['distance_m']):.0f}")))
            if rep.get("category"):
                head.append(html.escape(str(rep["category"])))
            text = " · ".join(h for h in head if h)
            if rep.get("description"):
                text += "<br>" + html.escape(str(rep["description"]))
            items.append(f"<li>{text}</li>")
        self.reports_label.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>" if items
                                   else html.escape(self.tr("No reports.")))

    def _fill_history(self) -> None:
        if not self.history:
            self.history_label.setText(html.escape(self.tr(
                "No status changes in Kaga Twin yet: the statuses come from the imported reports.")))
            return
        rows = []
        for h in self.history:
            change = (f"{html.escape(status_text(h['status_from']))} → " if h.get("status_from") else "") \
                + f"<b>{html.escape(status_text(h['status']))}</b>"
            extra = self.tr("{n} report(s)").format(n=h.get("reports", 0))
            if h.get("changed_by"):
                extra += " · " + self.tr("by {who}").format(who=h["changed_by"])
            note = f"<br><i>{html.escape(str(h['note']))}</i>" if h.get("note") else ""
            rows.append(f"<li>{self._time(h.get('changed_at'))} · {change} ({html.escape(extra)}){note}</li>")
        self.history_label.setText(f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>")

    def _time(self, t: dt.datetime | None) -> str:
        return to_qdatetime(t).toString(self.tr("yyyy-MM-dd HH:mm")) if t is not None else "—"

    # -- status change --------------------------------------------------------------------------------------------
    def _apply(self) -> None:
        if self.case_id is None or not self.apply_button.isEnabled():
            return
        self.statusChangeRequested.emit(self.case_id, self.status_combo.currentData(), self.note_edit.text().strip())

    def retranslate(self) -> None:
        self.score_box.setTitle(self.tr("Why this priority"))
        self.reports_box.setTitle(self.tr("Reports"))
        self.history_box.setTitle(self.tr("Status history"))
        self.status_box.setTitle(self.tr("Change the status"))
        self.note_edit.setPlaceholderText(self.tr("Note (what was done, by whom, …)"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Set this status on every report of the case, with the note"))
        for i, s in enumerate(STATUSES):
            self.status_combo.setItemText(i, status_text(s) if status_text(s) == s else f"{s} {status_text(s)}")
        if self.case_id is not None:
            self._fill_title()
            self.breakdown.set_parts(self.case["parts"], self.case["priority"])
            self._fill_reports()
            self._fill_history()
        else:
            self.empty.setText(self.tr("Choose a case in the list to see why it ranks where it does."))


def _has_column(store: Any, column: str) -> bool:
    return bool(store.query("SELECT 1 FROM information_schema.columns WHERE table_schema = 'main' AND "
                            "table_name = 'repair_cases' AND column_name = ?", [column]))


__all__ = ["CaseDetails", "ScoreBreakdown", "part_label"]
