"""The Style and legend dock: how the current layer is coloured, its opacity, and its legend.

Every choice the user makes is one change of the layer: a new :class:`twin.style.Style` assigned once
(``layer.style = new``, one ``layer.events.style``), one ``layer.opacity`` or one parameter. The scene listens to
those events and restyles without rebuilding geometry. The panel listens too, so a change made elsewhere
(restoring a project, the CLI, a test) shows here.

Below the style, the layer's own settings (terrain exaggeration, building level of detail, point size, …) come
from its kind: :func:`gui.kind_controls.create_controls` (the kind's parameter schema, or a kind's own widget).

The legend lists one swatch per class or category with its feature count. Double-clicking a category
changes its colour. Categories of a number with many values show a hint and a button to use classes instead.

*Labels* shows an attribute as text at each feature in the 3D view (``Style.label_attribute``, saved with the
style; :mod:`layers.labels` leaves out labels that would overlap). *Class edges* (manual classes) are typed as
numbers separated by commas. With no layer selected the panel shows a hint, not the last layer's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSlider,
                               QSpinBox, QVBoxLayout, QWidget)

from gui.kind_controls import create_controls
from gui.messages import error_text
from gui.qt_helpers import Retranslatable, child, refill_combo, single_shot_timer
from gui.style_legend import StyleLegend, many_numeric_categories
from gui.style_widgets import ClassEdgesEdit, colormap_icon, fill_attribute_combo, swatch_icon
from twin.layer import Layer
from twin.style import COLORMAPS, MAX_CLASSES, PALETTES, LegendEntry, categorized_defaults, graduated_defaults
from twin.themes import class_edges

LegendProvider = Callable[[Layer], "list[LegendEntry] | None"]

_PREFERRED_NUMERIC = ("measured_height", "max_flood_depth", "year_built", "storeys_above", "total_floor_area",
                      "width", "elevation")
_PREFERRED_CATEGORY = ("usage", "structure_type", "class", "function", "risk_count")


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
        self.title.setWordWrap(True)            # a long layer name wraps instead of widening the dock
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
        self.edges_edit = ClassEdgesEdit(self)
        self.label_combo = child(QComboBox, self, "styleLabels")
        self.label_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label_combo.setMinimumContentsLength(12)
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
        self.legend_view = StyleLegend(self)
        self.legend_view.categoryActivated.connect(self._on_category_activated)
        self.legend_view.useClasses.connect(self._on_use_classes)
        self.legend, self.legend_title = self.legend_view.list, self.legend_view.title
        self.categories_hint, self.use_classes_button = self.legend_view.hint, self.legend_view.use_classes_button
        self.kind_title.setFont(self.legend_title.font())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.empty_hint = child(QLabel, self, "styleEmptyHint")     # no layer selected
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #606060;")

        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity_slider, 1)
        opacity_row.addWidget(self.opacity_value)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {k: QLabel(self) for k in ("mode", "attribute", "color", "colormap", "palette", "classes",
                                                   "method", "edges", "labels", "opacity")}
        self.form.addRow(self._labels["mode"], self.mode_combo)
        self.form.addRow(self._labels["attribute"], self.attribute_combo)
        self.form.addRow(self._labels["color"], self.color_button)
        self.form.addRow(self._labels["colormap"], self.colormap_combo)
        self.form.addRow(self._labels["palette"], self.palette_combo)
        self.form.addRow(self._labels["classes"], self.classes_spin)
        self.form.addRow(self._labels["method"], self.method_combo)
        self.form.addRow(self._labels["edges"], self.edges_edit)
        self.form.addRow(self._labels["labels"], self.label_combo)
        self.form.addRow(self._labels["opacity"], opacity_row)
        # everything about a layer; hidden (the empty hint instead) while no layer is selected
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.form)
        body.addLayout(self.kind_box)
        body.addWidget(self.message)
        body.addWidget(self.legend_view, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.title)
        lay.addWidget(self.empty_hint)
        lay.addWidget(self.body, 1)

        # opacity drags are coalesced: one layer change per event-loop turn, not one per pixel
        self._opacity_timer = single_shot_timer(self, 30, self._apply_opacity)

        self.mode_combo.activated.connect(self._on_mode)
        self.attribute_combo.activated.connect(self._on_attribute)
        self.color_button.clicked.connect(self._on_color)
        self.colormap_combo.activated.connect(self._on_colormap)
        self.palette_combo.activated.connect(self._on_palette)
        self.classes_spin.valueChanged.connect(self._on_classes)
        self.method_combo.activated.connect(self._on_method)
        self.edges_edit.edgesEdited.connect(self._on_edges)
        self.edges_edit.invalid.connect(self._on_invalid_edge)
        self.label_combo.activated.connect(self._on_label)
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
                  "method": self.tr("Class breaks"), "edges": self.tr("Class edges"), "labels": self.tr("Labels"),
                  "opacity": self.tr("Opacity")}
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
        self.use_classes_button.setText(self.tr("Use classes"))
        self.empty_hint.setText(self.tr("Select a layer in the Layers panel to change its colours, labels and "
                                        "legend."))
        self.label_combo.setToolTip(self.tr("Show this attribute as text at each feature in the 3D view; labels "
                                            "that would overlap are left out"))
        self.edges_edit.setToolTip(self.tr("Numbers separated by commas, lowest first, e.g. 0, 0.5, 3, 5, inf "
                                           "(inf: an open last class)"))
        self.sync_from_layer()

    # -- model -> widgets ---------------------------------------------------------------------------
    def sync_from_layer(self) -> None:
        layer = self._layer
        self._updating = True
        try:
            # no layer: a hint, not the last layer's values greyed out
            self.body.setVisible(layer is not None)
            self.empty_hint.setVisible(layer is None)
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
            fill_attribute_combo(self.attribute_combo, self._attributes, st.attribute,
                                 numeric_only=st.mode == "graduated")
            self._set_color_button(st.color)
            self.colormap_combo.setCurrentIndex(max(self.colormap_combo.findData(st.colormap), 0))
            self.palette_combo.setCurrentIndex(max(self.palette_combo.findData(st.palette), 0))
            self.classes_spin.setValue(st.classes)
            self.method_combo.setCurrentIndex(max(self.method_combo.findData(st.method), 0))
            self.edges_edit.set_edges(st.breaks)
            fill_attribute_combo(self.label_combo, self._attributes, st.label_attribute, none_text=self.tr("(none)"))
            self.opacity_slider.setValue(round(layer.opacity * 100))
            self.opacity_value.setText(f"{round(layer.opacity * 100)} %")
            self._set_row_visible("attribute", st.mode != "single")
            self._set_row_visible("color", st.mode == "single")
            self._set_row_visible("colormap", st.mode == "graduated")
            self._set_row_visible("palette", st.mode == "categorized")
            # head/tail decides its own number of classes
            self._set_row_visible("classes", st.mode == "graduated" and st.method not in ("manual", "head_tail"))
            self._set_row_visible("method", st.mode == "graduated")
            self._set_row_visible("edges", st.mode == "graduated" and st.method == "manual")
            self._set_row_visible("labels", layer.has_features)
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
        self.legend_view.clear()
        layer = self._layer
        if layer is None:
            return
        try:
            entries = self.legend_entries()
        except Exception as exc:  # noqa: BLE001 - e.g. an attribute that no longer exists
            self._show_message(error_text(exc))
            return
        self._show_message("")
        st = layer.style
        info = next((a for a in self._attributes if a.name == st.attribute), None)
        hint = many_numeric_categories(st, info is not None and info.numeric, entries)
        self.legend_view.show_entries(entries, layer.name, st.mode == "single" or not st.by_attribute, hint)

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
        error = ""
        try:
            new = self._layer.style.copy()
            new.update(**changes)
            self._layer.style = new
        except (ValueError, AttributeError) as exc:
            error = str(exc)
        finally:
            self._updating = False
        self.sync_from_layer()
        if error:                       # after the legend's refresh, which clears the message
            self._show_message(error)

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
            # the official edges where a theme gives them, else the classes shown now, to edit
            official = class_edges(self._layer.style.attribute)
            self._apply(method="manual", breaks=list(official.breaks) if official else self._current_edges())
            return
        self._apply(method=method)

    def _current_edges(self) -> list[float]:
        """The edges of the classes drawn now, rounded to what the legend shows (at least two, increasing)."""
        st = self._layer.style
        _, values = self._document.attribute_values(self._layer, st.attribute)
        edges = [float(e) for e in st.class_edges(values)]
        for digits in (0, 1, 2, 3, 6):
            rounded = sorted({round(e, digits) for e in edges})
            if len(rounded) == len(edges):
                return rounded if len(rounded) >= 2 else []
        return edges if len(edges) >= 2 else []

    def _on_edges(self, edges: list) -> None:
        self._apply(method="manual", breaks=edges)

    def _on_invalid_edge(self, word: str) -> None:
        self._show_message(self.tr("Class edges must be numbers separated by commas, not “{word}”.").format(word=word))

    def _on_label(self, index: int) -> None:
        self._apply(label_attribute=self.label_combo.itemData(index))

    def _on_use_classes(self) -> None:
        """The hint's switch: the categories' number attribute in graduated classes, with its usual breaks."""
        if self._layer is not None and self._layer.style.attribute:
            attr = self._layer.style.attribute
            self._apply(mode="graduated", attribute=attr, **graduated_defaults(attr))

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

    def _on_category_activated(self, value: Any, color: str) -> None:
        layer = self._layer
        if layer is None or layer.style.mode != "categorized":
            return
        color = QColorDialog.getColor(QColor(color), self, self.tr("Colour for {value}").format(value=value))
        if color.isValid():
            self._apply(categories={**layer.style.categories, str(value): color.name()})
