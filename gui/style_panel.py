"""The Style and legend dock: how the current layer is coloured, its opacity, and its legend.

Every choice the user makes is one change of the layer: a new :class:`twin.style.Style` assigned once
(``layer.style = new``, one ``layer.events.style``), one ``layer.opacity`` or one parameter. The scene listens to
those events and restyles without rebuilding geometry. The panel listens too, so a change made elsewhere
(restoring a project, the CLI, a test) shows here.

Below the style, the layer's own settings (terrain exaggeration, building level of detail, point size, …) come
from its kind: :func:`gui.kind_controls.create_controls` (the kind's parameter schema, or a kind's own widget).

The legend lists one swatch per class or category with its feature count. Double-clicking a category
changes its colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QColorDialog, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from gui.fields import field_label
from gui.kind_controls import create_controls
from gui.messages import error_text
from gui.qt_helpers import Retranslatable, child, refill_combo, single_shot_timer
from twin.layer import Layer
from twin.style import COLORMAPS, MAX_CLASSES, PALETTES, LegendEntry, categorized_defaults, graduated_defaults, \
    sample_colormap
from twin.themes import class_edges

LegendProvider = Callable[[Layer], "list[LegendEntry] | None"]

_PREFERRED_NUMERIC = ("measured_height", "max_flood_depth", "year_built", "storeys_above", "total_floor_area",
                      "width", "elevation")
_PREFERRED_CATEGORY = ("usage", "structure_type", "class", "function", "risk_count")
# categories of a numeric attribute beyond this many get the hint to use graduated classes instead
CATEGORY_HINT_LIMIT = 12


def swatch_icon(color: str, size: int = 16) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setPen(QPen(QColor(70, 70, 70), 1))
    p.setBrush(QColor(color))
    p.drawRect(1, 1, size - 3, size - 3)
    p.end()
    return QIcon(pm)


def colormap_icon(name: str, width: int = 64, height: int = 14) -> QIcon:
    pm = QPixmap(width, height)
    p = QPainter(pm)
    grad = QLinearGradient(0, 0, width, 0)
    try:
        stops = sample_colormap(name, [i / 10 for i in range(11)])
    except ValueError:
        stops = []
    for i, rgb in enumerate(stops):
        grad.setColorAt(i / 10, QColor(int(rgb[0]), int(rgb[1]), int(rgb[2])))
    p.fillRect(0, 0, width, height, grad)
    p.setPen(QPen(QColor(70, 70, 70), 1))
    p.drawRect(0, 0, width - 1, height - 1)
    p.end()
    return QIcon(pm)


class StylePanel(Retranslatable, QWidget):
    """Edits the style of one layer (the active layer of the layer list)."""

    errorOccurred = Signal(str)

    def __init__(self, document=None, legend_provider: LegendProvider | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stylePanel")
        self._document = None
        self._layer: Layer | None = None
        self._legend_provider = legend_provider
        self._updating = False
        self._attributes: list[Any] = []

        self.title = child(QLabel, self, "styleLayerName")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.mode_combo = child(QComboBox, self, "styleMode")
        self.attribute_combo = child(QComboBox, self, "styleAttribute")
        self.attribute_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attribute_combo.setMinimumContentsLength(12)
        self.color_button = child(QPushButton, self, "styleColor")
        self.colormap_combo = child(QComboBox, self, "styleColormap")
        self.colormap_combo.setIconSize(QSize(64, 14))
        self.palette_combo = child(QComboBox, self, "stylePalette")
        for name in PALETTES:
            self.palette_combo.addItem(name, name)
        self.classes_spin = child(QSpinBox, self, "styleClasses")
        self.classes_spin.setRange(1, MAX_CLASSES)
        self.classes_spin.setKeyboardTracking(False)     # typing "12" is one change, not 1 then 12
        self.method_combo = child(QComboBox, self, "styleMethod")
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity_slider.setObjectName("styleOpacity")
        self.opacity_slider.setRange(0, 100)
        self.opacity_value = QLabel(self)
        self.opacity_value.setMinimumWidth(40)
        self.kind_controls: QWidget | None = None     # the layer kind's settings (gui.kind_controls)
        self.kind_title = QLabel(self)
        self.kind_title.setObjectName("kindControlsTitle")
        self.kind_box = QVBoxLayout()
        self.kind_box.setContentsMargins(0, 0, 0, 0)
        self.kind_box.addWidget(self.kind_title)
        self.legend = child(QListWidget, self, "legend")
        self.legend.setIconSize(QSize(18, 18))
        self.legend.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.legend.setFrameShape(QFrame.Shape.NoFrame)
        self.legend.itemDoubleClicked.connect(self._on_legend_double_clicked)
        self.legend_title = QLabel(self)
        self.legend_title.setObjectName("legendTitle")
        lf = self.legend_title.font()
        lf.setBold(True)
        self.legend_title.setFont(lf)
        self.kind_title.setFont(lf)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.categories_hint = QLabel(self)      # categories on a number with many values: classes say more
        self.categories_hint.setObjectName("styleCategoriesHint")
        self.categories_hint.setWordWrap(True)
        self.categories_hint.setStyleSheet("color: #8a5a00;")
        self.categories_hint.hide()

        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity_slider, 1)
        opacity_row.addWidget(self.opacity_value)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {k: QLabel(self) for k in ("mode", "attribute", "color", "colormap", "palette", "classes",
                                                   "method", "opacity")}
        self.form.addRow(self._labels["mode"], self.mode_combo)
        self.form.addRow(self._labels["attribute"], self.attribute_combo)
        self.form.addRow(self._labels["color"], self.color_button)
        self.form.addRow(self._labels["colormap"], self.colormap_combo)
        self.form.addRow(self._labels["palette"], self.palette_combo)
        self.form.addRow(self._labels["classes"], self.classes_spin)
        self.form.addRow(self._labels["method"], self.method_combo)
        self.form.addRow(self._labels["opacity"], opacity_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.title)
        lay.addLayout(self.form)
        lay.addLayout(self.kind_box)
        lay.addWidget(self.message)
        lay.addWidget(self.categories_hint)
        lay.addSpacing(6)
        lay.addWidget(self.legend_title)
        lay.addWidget(self.legend, 1)

        # opacity drags are coalesced: one layer change per event-loop turn, not one per pixel
        self._opacity_timer = single_shot_timer(self, 30, self._apply_opacity)

        self.mode_combo.activated.connect(self._on_mode)
        self.attribute_combo.activated.connect(self._on_attribute)
        self.color_button.clicked.connect(self._on_color)
        self.colormap_combo.activated.connect(self._on_colormap)
        self.palette_combo.activated.connect(self._on_palette)
        self.classes_spin.valueChanged.connect(self._on_classes)
        self.method_combo.activated.connect(self._on_method)
        self.opacity_slider.valueChanged.connect(self._on_opacity_slider)

        self.retranslate()
        self.set_document(document)

    # -- binding ------------------------------------------------------------------------------------
    def set_legend_provider(self, provider: LegendProvider | None) -> None:
        self._legend_provider = provider
        self.refresh_legend()

    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.layers.selection.events.active.disconnect(self._on_active)
        self._document = document
        if document is not None:
            document.layers.selection.events.active.connect(self._on_active)
            self.set_layer(document.layers.selection.active)
        else:
            self.set_layer(None)

    def _on_active(self, layer: Layer | None) -> None:
        self.set_layer(layer)

    @property
    def layer(self) -> Layer | None:
        return self._layer

    def set_layer(self, layer: Layer | None) -> None:
        if self._layer is not None:
            ev = self._layer.events
            for sig in (ev.style, ev.opacity, ev.name):
                sig.disconnect(self._on_layer_changed)
        self._layer = layer
        self._attributes = []
        if layer is not None:
            ev = layer.events
            for sig in (ev.style, ev.opacity, ev.name):
                sig.connect(self._on_layer_changed)
            if self._document is not None:
                try:
                    self._attributes = list(self._document.attributes(layer))
                except Exception as exc:  # noqa: BLE001 - a layer whose table is missing
                    self._attributes = []
                    self._show_message(error_text(exc))
        self._replace_kind_controls(layer)
        self.sync_from_layer()

    def _replace_kind_controls(self, layer: Layer | None) -> None:
        """The layer kind's own settings below the style (none when the kind has no visible parameters)."""
        old, self.kind_controls = self.kind_controls, None
        if old is not None:
            old.detach()
            old.hide()
            self.kind_box.removeWidget(old)
            old.deleteLater()
        if layer is not None:
            controls = create_controls(layer, self._document, self)
            if controls.is_empty():
                controls.detach()
                controls.deleteLater()
            else:
                controls.errorOccurred.connect(self._show_message)
                self.kind_box.addWidget(controls)
                self.kind_controls = controls
        self.kind_title.setVisible(self.kind_controls is not None)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.set_document(None)
        self._replace_kind_controls(None)
        super().closeEvent(event)

    def _on_layer_changed(self, *args) -> None:
        if not self._updating:      # the panel's own changes sync once they are made (see _apply)
            self.sync_from_layer()

    # -- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        labels = {"mode": self.tr("Colour by"), "attribute": self.tr("Attribute"), "color": self.tr("Colour"),
                  "colormap": self.tr("Colour ramp"), "palette": self.tr("Palette"), "classes": self.tr("Classes"),
                  "method": self.tr("Class breaks"), "opacity": self.tr("Opacity")}
        for k, text in labels.items():
            self._labels[k].setText(text)
        refill_combo(self.mode_combo, [("single", self.tr("Single colour")),
                                       ("categorized", self.tr("Categories (by value)")),
                                       ("graduated", self.tr("Graduated (numeric classes)"))])
        refill_combo(self.method_combo, [("natural_breaks", self.tr("Natural breaks (Jenks)")),
                                         ("head_tail", self.tr("Head/tail breaks")),
                                         ("quantile", self.tr("Quantiles (equal counts)")),
                                         ("equal_interval", self.tr("Equal intervals")),
                                         ("manual", self.tr("Fixed class edges (e.g. MLIT flood depths)"))])
        current = self.colormap_combo.currentData()
        self.colormap_combo.blockSignals(True)
        self.colormap_combo.clear()
        for name in COLORMAPS:
            self.colormap_combo.addItem(colormap_icon(name), name, name)
            self.colormap_combo.addItem(colormap_icon(name + "_r"), self.tr("{name} (reversed)").format(name=name),
                                        name + "_r")
        self.colormap_combo.setCurrentIndex(max(self.colormap_combo.findData(current), 0))
        self.colormap_combo.blockSignals(False)
        self.color_button.setToolTip(self.tr("Choose the colour"))
        self.legend_title.setText(self.tr("Legend"))
        self.kind_title.setText(self.tr("Layer settings"))
        self.legend.setToolTip(self.tr("Double-click a category to change its colour"))
        self.categories_hint.setText(self.tr("Many different numbers: colour by graduated classes instead"))
        self.sync_from_layer()

    # -- model -> widgets ---------------------------------------------------------------------------
    def sync_from_layer(self) -> None:
        layer = self._layer
        self._updating = True
        try:
            enabled = layer is not None
            for w in (self.mode_combo, self.attribute_combo, self.color_button, self.colormap_combo,
                      self.palette_combo, self.classes_spin, self.method_combo, self.opacity_slider):
                w.setEnabled(enabled)
            if layer is None:
                self.title.setText(self.tr("No layer selected"))
                self.legend.clear()
                return
            st = layer.style
            self.title.setText(layer.name)
            self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(st.mode), 0))
            # rasters (terrain) colour by their value in classes: categories need features
            mode_items = self.mode_combo.model()
            cat_item = mode_items.item(self.mode_combo.findData("categorized")) if hasattr(mode_items, "item") else None
            if cat_item is not None:
                cat_item.setEnabled(layer.has_features)
            self.attribute_combo.clear()
            numeric_only = st.mode == "graduated"
            for a in self._attributes:
                if numeric_only and not a.numeric:
                    continue
                label = field_label(a.name)
                text = f"{label} ({a.name})" if label != a.name else a.name
                self.attribute_combo.addItem(text, a.name)
                if a.description:
                    self.attribute_combo.setItemData(self.attribute_combo.count() - 1, a.description,
                                                     Qt.ItemDataRole.ToolTipRole)
            i = self.attribute_combo.findData(st.attribute)
            if i < 0 and st.attribute:
                self.attribute_combo.addItem(st.attribute, st.attribute)
                i = self.attribute_combo.count() - 1
            self.attribute_combo.setCurrentIndex(i)
            self._set_color_button(st.color)
            self.colormap_combo.setCurrentIndex(max(self.colormap_combo.findData(st.colormap), 0))
            self.palette_combo.setCurrentIndex(max(self.palette_combo.findData(st.palette), 0))
            self.classes_spin.setValue(st.classes)
            self.method_combo.setCurrentIndex(max(self.method_combo.findData(st.method), 0))
            self.opacity_slider.setValue(round(layer.opacity * 100))
            self.opacity_value.setText(f"{round(layer.opacity * 100)} %")
            self._set_row_visible("attribute", st.mode != "single")
            self._set_row_visible("color", st.mode == "single")
            self._set_row_visible("colormap", st.mode == "graduated")
            self._set_row_visible("palette", st.mode == "categorized")
            # head/tail decides its own number of classes
            self._set_row_visible("classes", st.mode == "graduated" and st.method not in ("manual", "head_tail"))
            self._set_row_visible("method", st.mode == "graduated")
        finally:
            self._updating = False
        self.refresh_legend()

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._labels[key], visible)

    def _set_color_button(self, color: str) -> None:
        self.color_button.setIcon(swatch_icon(color, 16))
        self.color_button.setText(color)

    def legend_entries(self) -> list[LegendEntry]:
        layer = self._layer
        if layer is None:
            return []
        if self._legend_provider is not None:
            try:
                entries = self._legend_provider(layer)
            except Exception:  # noqa: BLE001 - fall back to computing it here
                entries = None
            if entries is not None:
                return list(entries)
        st = layer.style
        if not st.by_attribute or self._document is None:
            return st.legend(None)
        _, values = self._document.attribute_values(layer, st.attribute)
        return st.legend(values)

    def refresh_legend(self) -> None:
        self.legend.clear()
        self.categories_hint.hide()
        layer = self._layer
        if layer is None:
            return
        try:
            entries = self.legend_entries()
        except Exception as exc:  # noqa: BLE001 - e.g. an attribute that no longer exists
            self._show_message(error_text(exc))
            return
        self._show_message("")
        self.categories_hint.setVisible(self._many_numeric_categories(entries))
        single = layer.style.mode == "single" or not layer.style.by_attribute
        for e in entries:
            label = e.label or (layer.name if single else "")
            text = f"{label}  ({e.count:,})" if e.count is not None and not single else label
            item = QListWidgetItem(swatch_icon(e.color, 18), text)
            item.setData(Qt.ItemDataRole.UserRole, e.value)
            item.setData(Qt.ItemDataRole.UserRole + 1, e.color)
            item.setToolTip(text)
            self.legend.addItem(item)

    def _many_numeric_categories(self, entries: list[LegendEntry]) -> bool:
        """Categories of a numeric attribute with many values (colours repeat or run together)."""
        st = self._layer.style if self._layer is not None else None
        if st is None or st.mode != "categorized" or st.attribute is None:
            return False
        info = next((a for a in self._attributes if a.name == st.attribute), None)
        if info is None or not info.numeric:
            return False
        values = [e for e in entries if e.value is not None or e.label == st.other_label]
        return len(values) > CATEGORY_HINT_LIMIT

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.errorOccurred.emit(text)

    # -- widgets -> model ---------------------------------------------------------------------------
    def _apply(self, **changes: Any) -> None:
        """One user choice = one style change: a new Style with ``changes`` replaces the layer's at once
        (``Style.update`` would emit one event per field, each a restyle and a legend)."""
        if self._layer is None or self._updating:
            return
        self._updating = True
        try:
            new = self._layer.style.copy()
            new.update(**changes)
            self._layer.style = new
        except (ValueError, AttributeError) as exc:
            self._show_message(str(exc))
        finally:
            self._updating = False
        self.sync_from_layer()

    def _pick_attribute(self, numeric: bool) -> str | None:
        names = [a.name for a in self._attributes if a.numeric or not numeric]
        current = self._layer.style.attribute if self._layer is not None else None
        if current in names:
            return current
        for pref in (_PREFERRED_NUMERIC if numeric else _PREFERRED_CATEGORY):
            if pref in names:
                return pref
        return names[0] if names else None

    def _on_mode(self, index: int) -> None:
        mode = self.mode_combo.itemData(index)
        if self._layer is None or mode == self._layer.style.mode:
            return
        if mode == "single":
            self._apply(mode="single")
        else:
            attr = self._pick_attribute(numeric=(mode == "graduated"))
            if attr is None:
                self._show_message(self.tr("This layer has no attribute to colour by."))
                self.sync_from_layer()
                return
            self._apply(mode=mode, attribute=attr, **self._defaults(mode, attr))

    def _on_attribute(self, index: int) -> None:
        attr = self.attribute_combo.itemData(index)
        # a new attribute starts from its usual classes (official flood-depth ranks, same as kaga-twin render) or
        # its theme's category colours (MCR status colours, RDD classes)
        self._apply(attribute=attr, **self._defaults(self._layer.style.mode if self._layer else "single", attr))

    @staticmethod
    def _defaults(mode: str, attr: str) -> dict:
        if mode == "graduated":
            return graduated_defaults(attr)
        return categorized_defaults(attr) if mode == "categorized" else {}

    def _on_color(self) -> None:
        if self._layer is None:
            return
        color = QColorDialog.getColor(QColor(self._layer.style.color), self, self.tr("Layer colour"))
        if color.isValid():
            self._apply(color=color.name())

    def _on_colormap(self, index: int) -> None:
        self._apply(colormap=self.colormap_combo.itemData(index))

    def _on_palette(self, index: int) -> None:
        self._apply(palette=self.palette_combo.itemData(index))

    def _on_classes(self, value: int) -> None:
        if self._layer is not None and value != self._layer.style.classes:
            self._apply(classes=value)

    def _on_method(self, index: int) -> None:
        method = self.method_combo.itemData(index)
        if method == "manual" and self._layer is not None and not self._layer.style.breaks:
            attr = self._layer.style.attribute
            if class_edges(attr) is None:
                self.sync_from_layer()
                self._show_message(self.tr("There are no fixed class edges for this attribute."))
                return
            self._apply(method="manual", breaks=list(class_edges(attr).breaks))
            return
        self._apply(method=method)

    def _on_opacity_slider(self, value: int) -> None:
        self.opacity_value.setText(f"{value} %")
        if not self._updating:
            self._opacity_timer.start()

    def _apply_opacity(self) -> None:
        if self._layer is None:
            return
        self._updating = True
        try:
            self._layer.opacity = self.opacity_slider.value() / 100.0
        finally:
            self._updating = False

    def _on_legend_double_clicked(self, item: QListWidgetItem) -> None:
        layer = self._layer
        if layer is None or layer.style.mode != "categorized":
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is None:
            return
        color = QColorDialog.getColor(QColor(item.data(Qt.ItemDataRole.UserRole + 1)), self,
                                      self.tr("Colour for {value}").format(value=value))
        if color.isValid():
            self._apply(categories={**layer.style.categories, str(value): color.name()})
