"""The timeline canvas: a zoomable, pannable chronology of the stored events.

The widget keeps a Qt-free ``Viewport`` and asks ``SceneBuilder`` (core) what to draw; drawing
is ``paint_scene`` (ui.painter), shared with exported images. Input: the wheel zooms around the
pointer, Shift+wheel and horizontal or touchpad scrolling pan, pinch zooms, dragging pans;
Ctrl+= / Ctrl+- / Ctrl+0 zoom in, out and fit everything; Left/Right step through events,
Shift+Left/Right and PageUp/PageDown pan, Enter opens the selected one, Esc clears the selection.
When the lanes are taller than the canvas they scroll vertically: Alt+wheel, the wheel over the
lane names at the left, Up/Down, and the vertical scroll bar of ``TimelineView``; selecting an
event scrolls its lane into view. "+N more" in the undated strip lists every undated event.
Every kind with events keeps its lane in a fixed order while panning and zooming; a lane with
nothing in view shrinks to its name, and its "◂ earlier" / "later ▸" go to its nearest event.
"""

from __future__ import annotations

import time
from collections.abc import Set as AbstractSet
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QMenu, QScrollBar, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from timeline_app.core.event_list import EventFilter, nearest_in_search, step_in_search
from timeline_app.core.layout import Hit, LayoutOptions, PlacedEvent, hit_test
from timeline_app.core.model import is_quiet
from timeline_app.core.scene import (
    LaneHint,
    Scene,
    SceneBuilder,
    SceneOptions,
    hides_quiet,
    nearest_of_kind,
    quiet_zoom,
)
from timeline_app.core.store import EventRow, Store
from timeline_app.core.timespan import DAY_SECONDS, parse_iso
from timeline_app.core.viewport import YEAR_SECONDS, ZOOM_STEP, Viewport, clamp_seconds_per_pixel
from timeline_app.ui.painter import PaintState, Theme, paint_scene, text_measurer

DRAG_THRESHOLD = 4
ANGLE_PER_NOTCH = 120
PREFETCH_DELAY_MS = 150
FIT_MARGIN = 24.0  # pixels left of the first event after fit_all
FIT_LABEL_ROOM = LayoutOptions().max_label + 16  # pixels right of the last event, for its label
UNDATED_MENU_LIMIT = 500


class TimelineCanvas(QWidget):
    """Draws the events of a store on a zoomable time axis; see the module docstring for input."""

    eventSelected = Signal(int)  # event id, -1 when the selection is cleared
    eventActivated = Signal(int)
    pointerTimeChanged = Signal(float)  # seconds since 1970 under the pointer
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Events in time order; arrows step through events, Enter opens one")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self._store: Store | None = None
        self._layout_options = LayoutOptions()
        self._builder = SceneBuilder(None, text_measurer(self.font()), self._layout_options)
        self._view = Viewport(width=max(1, self.width()))
        self._view.show(time.time() - YEAR_SECONDS, time.time() + 30 * DAY_SECONDS)
        self._hidden: frozenset[str] = frozenset()
        self._filter: frozenset[int] | None = None
        self._selected: int | None = None
        self._hovered: int | None = None
        self._published: tuple[float, ...] = ()
        self._scene: Scene | None = None
        self._press: QPointF | None = None
        self._dragging = False
        self._last_drag_x = 0.0
        self._fitted = False  # the view shows everything and should keep doing so on resize
        self._theme: Theme | None = None  # rebuilt when the palette changes (light/dark)
        self._extent_cache: tuple[tuple[float, float] | None] | None = None
        self._scroll_y = 0.0  # how far the lanes are scrolled up
        # once the view rests, lay out the zoom levels either side so the next wheel notch is quick
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)

    # -- public API ------------------------------------------------------------------------

    @property
    def viewport(self) -> Viewport:
        """The live view model (start seconds, seconds per pixel, width)."""
        return self._view

    def set_store(self, store: Store | None) -> None:
        self._store = store
        self._extent_cache = None
        self._builder = SceneBuilder(store, text_measurer(self.font()), self._layout_options)
        self._selected = None
        self._hovered = None
        self._published = ()
        self.fit_all()

    def store(self) -> Store | None:
        return self._store

    def reload(self) -> None:
        """Re-read the store after it changed, keeping the view."""
        self._builder.invalidate()
        self._extent_cache = None
        if self._selected is not None and self._store is not None and self._store.event(self._selected) is None:
            self._selected = None
            self.eventSelected.emit(-1)
        self._changed()

    def select_event(self, event_id: int | None) -> None:
        """Select an event (None clears); scrolls it into view. Emits ``eventSelected``."""
        if event_id == self._selected:
            return
        self._selected = event_id
        if event_id is not None:
            self._reveal(event_id)
        self._describe_selection()
        self.eventSelected.emit(-1 if event_id is None else event_id)
        self.update()

    def _describe_selection(self) -> None:
        """Tell assistive technology what is selected."""
        text = "Events in time order; arrows step through events, Enter opens one"
        if self._selected is not None and self._store is not None:
            rows = self._store.event_rows([self._selected])
            if rows:
                text = f"Selected: {rows[0].title}, {rows[0].label}, {rows[0].kind}. " + text
        self.setAccessibleDescription(text)

    def selected_event(self) -> int | None:
        return self._selected

    def fit_all(self) -> None:
        """Show every (shown) dated event."""
        extent = self.data_extent()
        if extent is None:
            now = time.time()
            self._view.show(now - YEAR_SECONDS, now + 30 * DAY_SECONDS)
        else:
            t0, t1 = extent
            self._view.show(t0, max(t1, t0 + DAY_SECONDS))
            # leave room left of the first event and for the labels right of the last one
            room = min(FIT_LABEL_ROOM, self._view.width / 3)
            spp = (self._view.span) / max(1.0, self._view.width - room - FIT_MARGIN)
            self._view.seconds_per_pixel = clamp_seconds_per_pixel(max(spp, self._view.seconds_per_pixel))
            self._view.start = t0 - FIT_MARGIN * self._view.seconds_per_pixel
        self._changed()
        self._fitted = True

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, self._view.width / 2)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, self._view.width / 2)

    def scroll_to(self, start: float) -> None:
        """Pan so that ``start`` (seconds) is at the left edge, keeping the zoom."""
        self._pan((start - self._view.start) / self._view.seconds_per_pixel)

    def data_extent(self) -> tuple[float, float] | None:
        """First and last instant of the events shown (cached until the store or filters change)."""
        if self._extent_cache is None:
            self._extent_cache = (self._extent(),)
        return self._extent_cache[0]

    def zoom_to(self, t0: float, t1: float) -> None:
        self._view.show(t0, t1)
        self._changed()
        self._fitted = False

    def set_hidden_kinds(self, kinds: AbstractSet[str]) -> None:
        self.set_filters(self._filter, kinds)

    def set_filter_ids(self, ids: AbstractSet[int] | None) -> None:
        """Show only these events (None shows all)."""
        self.set_filters(ids, self._hidden)

    def set_filters(self, ids: AbstractSet[int] | None, hidden_kinds: AbstractSet[str]) -> None:
        """Show only the events ``ids`` (None: all) not of ``hidden_kinds``: one view change for both."""
        self._filter = None if ids is None else frozenset(ids)
        self._hidden = frozenset(hidden_kinds)
        self._extent_cache = None
        self._changed()

    def select_next(self) -> None:
        self._step(True)

    def select_previous(self) -> None:
        self._step(False)

    def scene(self) -> Scene:
        """The frame as it is (or would be) drawn now."""
        return self._builder.build(self._view, float(self.height()), self._scene_options(), self._scroll_y)

    def lanes_scroll(self) -> float:
        """How many pixels the lanes are scrolled up (0 shows the first lane at the top)."""
        return self.scene().scroll_y

    def lanes_scroll_range(self) -> tuple[float, float]:
        """The largest useful scroll and the visible height of the lanes (for a scroll bar)."""
        scene = self.scene()
        return scene.max_scroll, scene.lanes_frame.height

    def set_lanes_scroll(self, y: float) -> None:
        """Scroll the lanes vertically to ``y`` pixels (clamped to what there is)."""
        scene = self.scene()
        y = min(max(0.0, y), scene.max_scroll)
        if abs(y - self._scroll_y) < 0.01 and y == scene.scroll_y:
            return
        self._scroll_y = y
        self._scene = None  # what is under the pointer changed before the next paint
        self.update()
        self.viewChanged.emit()

    def scroll_lanes(self, dy: float) -> None:
        self.set_lanes_scroll(self.lanes_scroll() + dy)

    def event_at(self, pos: QPointF) -> EventRow | None:
        hit = self._hit(pos)
        return hit.event.event if hit is not None and hit.event is not None else None

    def event_position(self, event_id: int) -> QPointF | None:
        """Where an event is drawn (its marker or bar start), if it is in view."""
        scene = self.scene()
        for x, _, row in scene.undated_boxes:
            if row.id == event_id:
                return QPointF(x + 2, scene.undated_top + 12)
        for item in scene.layout.items:
            if item.event.id == event_id:
                x = scene.view_x((item.x0 + item.x1) / 2 if item.point else item.x0 + 2)
                y = item.y - scene.scroll_y + self._layout_options.row_height / 2
                frame = scene.lanes_frame
                if not frame.top <= y < frame.top + frame.height:
                    return None
                return QPointF(x, y)
        return None

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self.scene()
        self._scene = scene
        painter = QPainter(self)
        try:
            if self._theme is None:
                self._theme = Theme.from_palette(self.palette())
            theme = self._theme
            state = PaintState(self._selected, self._hovered, self._published, time.time())
            paint_scene(painter, scene, theme, self.font(), state, self._layout_options)
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._theme = None
            if event.type() == QEvent.Type.FontChange:
                self._builder = SceneBuilder(self._store, text_measurer(self.font()), self._layout_options)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._fitted:
            self._view.width = max(1, event.size().width())
            self.fit_all()
        else:
            self._view.set_width(max(1, event.size().width()))
        super().resizeEvent(event)
        self.viewChanged.emit()

    # -- input -----------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        pixels = event.pixelDelta()
        angle = event.angleDelta()
        x = event.position().x()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.AltModifier or self._over_lane_names(event.position()):
            # Alt+wheel (which X11 may turn sideways) or the wheel over the lane names scrolls lanes
            if not pixels.isNull():
                self.scroll_lanes(-(pixels.y() or pixels.x()))
            else:
                self.scroll_lanes(-(angle.y() or angle.x()) / ANGLE_PER_NOTCH * 3 * self._layout_options.row_height)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            delta = angle.y() or angle.x()
            self._pan(-delta / ANGLE_PER_NOTCH * 60)
        elif not pixels.isNull() and not modifiers & Qt.KeyboardModifier.ControlModifier:
            if abs(pixels.x()) > abs(pixels.y()):
                self._pan(-pixels.x())
            else:
                self._zoom(2 ** (pixels.y() / 240), x)
        elif angle.x() and not angle.y():
            self._pan(-angle.x() / ANGLE_PER_NOTCH * 60)
        else:
            self._zoom(ZOOM_STEP ** (angle.y() / ANGLE_PER_NOTCH), x)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._zoom(1 + event.value(), event.position().x())
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit_all()
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
            self._last_drag_x = event.position().x()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.pointerTimeChanged.emit(self._view.time_at(pos.x()))
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and abs(pos.x() - self._press.x()) + abs(pos.y() - self._press.y()) > DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._pan(self._last_drag_x - pos.x())
                self._last_drag_x = pos.x()
            return
        self._hover(pos, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._click(event.position())
            self._press = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.event_at(event.position())
        if row is not None:
            self.select_event(row.id)
            self.eventActivated.emit(row.id)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self._published = ()
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom_in()
        elif ctrl and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_all()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._pan(self._view.width / 10 * (1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scroll_lanes(self._layout_options.row_height * 2 * (1 if key == Qt.Key.Key_Down else -1))
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._pan(self._view.width * 0.9 * (1 if key == Qt.Key.Key_PageDown else -1))
        elif key == Qt.Key.Key_Right:
            self.select_next()
        elif key == Qt.Key.Key_Left:
            self.select_previous()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.eventActivated.emit(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.select_event(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- helpers ------------------------------------------------------------------------------

    def _scene_options(self) -> SceneOptions:
        return SceneOptions(
            legend=True, hidden_kinds=self._hidden, filter_ids=self._filter, scrollable=True, steady_lanes=True
        )

    def _changed(self) -> None:
        self._scene = None
        self.update()
        self.viewChanged.emit()
        if self._store is not None:
            self._prefetch_timer.start()

    def _prefetch(self) -> None:
        """Build (and cache) the layouts of the next zoom level in and out around the centre."""
        if self._store is None or not self.isVisible():
            return
        for factor in (2.0, 0.5):
            view = self._view.copy()
            view.zoom(factor, view.width / 2)
            self._builder.build(view, float(self.height()), self._scene_options(), self._scroll_y)

    def _zoom(self, factor: float, x: float) -> None:
        self._view.zoom(factor, x)
        self._fitted = False
        self._changed()

    def _pan(self, dx: float) -> None:
        self._view.pan(dx)
        self._fitted = False
        self._changed()

    def _extent(self) -> tuple[float, float] | None:
        """Everything dated, or with a search the first start and last end of its events not of a
        hidden kind (from the per-kind extents the lanes use, read once per search)."""
        if self._store is None:
            return None
        if self._filter is None:
            return self._store.time_extent()
        extents = self._builder.kind_extents(self._filter)
        shown = [extent for kind, extent in extents.items() if kind not in self._hidden]
        if not shown:
            return None
        return min(first for first, _ in shown), max(last for _, last in shown)

    def _hit(self, pos: QPointF) -> Hit | None:
        scene = self._scene or self.scene()
        if scene.undated_top and scene.undated_top <= pos.y() < scene.undated_top + 24:
            for x, width, row in scene.undated_boxes:
                if x - 8 <= pos.x() <= x + width + 2:
                    return Hit(event=_undated_item(row, x, width, scene.undated_top))
            return None
        frame = scene.lanes_frame
        if not frame.top <= pos.y() < frame.top + frame.height:
            return None
        return hit_test(scene.layout, scene.layout_x(pos.x()), pos.y() + scene.scroll_y, self._layout_options)

    def _on_undated_more(self, pos: QPointF) -> bool:
        scene = self._scene or self.scene()
        more = scene.undated_more
        if more is None or not scene.undated_top <= pos.y() < scene.undated_top + 24:
            return False
        return more[0] - 4 <= pos.x() <= more[0] + more[1] + 4

    def undated_menu(self) -> QMenu:
        """A menu of every undated event shown (up to ``UNDATED_MENU_LIMIT``); choosing one selects it."""
        menu = QMenu(self)
        menu.setAccessibleName("Undated events")
        rows = self._store.undated_events(UNDATED_MENU_LIMIT) if self._store is not None else []
        rows = [r for r in rows if r.kind not in self._hidden and (self._filter is None or r.id in self._filter)]
        for row in rows:
            action = menu.addAction(f"{row.title}  ({row.kind})")
            action.setData(row.id)
            action.triggered.connect(lambda _checked=False, event_id=row.id: self._choose_undated(event_id))
        if not rows:
            menu.addAction("No undated events").setEnabled(False)
        return menu

    def show_undated_menu(self, global_pos: QPoint) -> None:
        self.undated_menu().popup(global_pos)

    def _choose_undated(self, event_id: int) -> None:
        self.select_event(event_id)
        self.eventActivated.emit(event_id)

    def _over_lane_names(self, pos: QPointF) -> bool:
        """Whether ``pos`` is on a lane's name (where the wheel scrolls the lanes)."""
        scene = self._scene or self.scene()
        frame = scene.lanes_frame
        if scene.max_scroll <= 0 or not frame.top <= pos.y() < frame.top + frame.height:
            return False
        y = pos.y() + scene.scroll_y
        for lane in scene.layout.lanes:
            if lane.top <= y < lane.top + max(lane.header, 1.0) + 2:
                return pos.x() < 16 + self._builder.measure(lane.kind)
        return pos.x() < 6  # the coloured edge of the lanes

    def _click(self, pos: QPointF) -> None:
        if self._on_undated_more(pos):
            self.show_undated_menu(self.mapToGlobal(pos.toPoint()))
            return
        hint = self._hint_at(pos)
        if hint is not None and hint.zoom is not None:
            self.zoom_to(*hint.zoom)  # "zoom in to see N sayings"
            return
        if hint is not None:
            self.select_kind_neighbour(hint.kind, hint.later)
            return
        hit = self._hit(pos)
        if hit is None:
            return
        if hit.event is not None:
            self.select_event(hit.event.event.id)
        elif hit.t1 > hit.t0:
            self.zoom_to(hit.t0, hit.t1 if hit.t1 - hit.t0 > 60 else hit.t0 + 60)

    def _hint_at(self, pos: QPointF) -> LaneHint | None:
        """The "◂ earlier" / "later ▸" / "zoom in to see N sayings" of a collapsed lane at ``pos``, if any."""
        scene = self._scene or self.scene()
        frame = scene.lanes_frame
        if not scene.lane_hints or not frame.top <= pos.y() < frame.top + frame.height:
            return None
        y = pos.y() + scene.scroll_y
        for hint in scene.lane_hints:
            lane = scene.layout.lanes[hint.lane]
            if lane.top <= y < lane.top + lane.height and hint.x - 4 <= pos.x() <= hint.x + hint.width + 4:
                return hint
        return None

    def select_kind_neighbour(self, kind: str, later: bool) -> None:
        """Select (and pan to) the nearest shown event of ``kind`` after the view, or before it."""
        if self._store is None:
            return
        view = self._view
        found_id: int | None
        if self._filter is not None:
            found_id = nearest_in_search(self._store, self._filter, kind, view.end if later else view.start, later)
        else:
            hidden = hides_quiet(view.seconds_per_pixel)  # go to a saying shown at this zoom if any
            found_id = nearest_of_kind(self._store, kind, view.end if later else view.start, later, hidden)
            rows = self._store.event_rows([found_id]) if found_id is not None and hidden else []
            if rows and is_quiet(rows[0].kind, rows[0].salience):
                self.zoom_to(*quiet_zoom(rows, view.width))  # only a quiet one: zoom in to show it
        if found_id is not None:
            self.select_event(found_id)

    def _hover(self, pos: QPointF, global_pos: QPoint) -> None:
        hint = self._hint_at(pos)
        if hint is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.hideText()
            if self._hovered is not None:
                self._hovered = None
                self._published = ()
                self.update()
            return
        self.unsetCursor()
        hit = self._hit(pos)
        hovered = hit.event.event.id if hit is not None and hit.event is not None else None
        if hit is not None and hit.event is None and hit.cluster is not None:
            cluster = hit.cluster
            names = "".join(f"<br>{_escape(title)}" for title in cluster.titles)
            more = "<br>…" if cluster.count > len(cluster.titles) else ""
            QToolTip.showText(
                global_pos, f"<b>{cluster.count} events</b>{names}{more}<br><i>click to zoom in</i>", self
            )
        if hovered == self._hovered:
            return
        self._hovered = hovered
        self._published = ()
        if hit is not None and hit.event is not None:
            row = hit.event.event
            sources = self._store.event_sources(row.id) if self._store is not None else []
            self._published = tuple(_day_seconds(published) for _, _, published in sources if published)
            source = sources[0][1] if sources else "no source article"
            if len(sources) > 1:
                source += f" (+{len(sources) - 1} more)"
            QToolTip.showText(global_pos, f"<b>{_escape(row.title)}</b><br>{_escape(row.label)}<br>{_escape(source)}")
        elif hit is None or hit.cluster is None:
            QToolTip.hideText()
        self.update()

    def _step(self, forward: bool) -> None:
        if self._store is None:
            return
        if self._filter is not None:
            found = self._step_filtered(forward)
        else:
            t = self._view.start if forward else self._view.end
            found = self._store.neighbour_event(self._selected, t, forward, self._hidden)
        if found is not None:
            self.select_event(found)

    def _step_filtered(self, forward: bool) -> int | None:
        assert self._store is not None and self._filter is not None
        return step_in_search(self._store, EventFilter(self._filter, self._hidden), self._selected, forward)

    def _reveal(self, event_id: int) -> None:
        if self._store is None:
            return
        rows = self._store.event_rows([event_id])
        if not rows or rows[0].t0 is None or rows[0].t1 is None:
            return
        row = rows[0]
        t0, t1 = row.t0, row.t1
        assert t0 is not None and t1 is not None
        view = self._view
        margin = view.span * 0.1
        if t0 < view.start + margin or t0 > view.end - margin:
            view.pan((t0 - (view.start + view.span / 2)) / view.seconds_per_pixel)
            self._fitted = False
            self._changed()
        self._reveal_vertically(row)

    def _reveal_vertically(self, row: EventRow) -> None:
        """Scroll the lanes so that the event (or, when it is in a cluster, its lane) is in sight."""
        scene = self.scene()
        if scene.max_scroll <= 0:
            return
        lane = next((lane for lane in scene.layout.lanes if lane.kind == row.kind), None)
        if lane is None:
            return
        item = next((item for item in scene.layout.items if item.event.id == row.id), None)
        top = lane.top if item is None else item.y - lane.header
        bottom = lane.top + lane.height if item is None else item.y + self._layout_options.row_height
        frame = scene.lanes_frame
        seen_top = frame.top + scene.scroll_y
        if top < seen_top:
            self.set_lanes_scroll(top - frame.top)
        elif bottom > seen_top + frame.height:
            self.set_lanes_scroll(min(top - frame.top, bottom - frame.top - frame.height))


class TimelineView(QWidget):
    """The canvas with a horizontal scroll bar under it; ``canvas`` holds the API."""

    RANGE = 10_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas(self)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.setAccessibleName("Scroll timeline")
        self.scrollbar.setRange(0, self.RANGE)
        self.lanes_scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.lanes_scrollbar.setAccessibleName("Scroll lanes")
        self.lanes_scrollbar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.canvas, 1)
        top.addWidget(self.lanes_scrollbar)
        layout.addLayout(top, 1)
        row = QHBoxLayout()
        row.addWidget(self.scrollbar)
        layout.addLayout(row)
        self.setFocusProxy(self.canvas)
        self._syncing = False
        self._range = self._bounds()
        self.canvas.viewChanged.connect(self._sync_scrollbar)
        self.canvas.viewChanged.connect(self._sync_lanes_scrollbar)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self.lanes_scrollbar.valueChanged.connect(self._lanes_scrolled)

    def _sync_lanes_scrollbar(self) -> None:
        """Show the vertical scroll bar only while the lanes are taller than the canvas."""
        most, page = self.canvas.lanes_scroll_range()
        bar = self.lanes_scrollbar
        self._syncing = True
        try:
            bar.setRange(0, int(most + 0.5))
            bar.setPageStep(max(1, int(page)))
            bar.setSingleStep(19)
            bar.setValue(int(self.canvas.lanes_scroll() + 0.5))
        finally:
            self._syncing = False
        bar.setVisible(most > 0)

    def _lanes_scrolled(self, value: int) -> None:
        if not self._syncing:
            self.canvas.set_lanes_scroll(float(value))

    def _bounds(self) -> tuple[float, float]:
        """The scrollable range: everything dated, half a view beyond, and the view itself."""
        view = self.canvas.viewport
        extent = self.canvas.data_extent()
        lo, hi = (view.start, view.end) if extent is None else extent
        return min(lo - view.span / 2, view.start), max(hi + view.span / 2, view.end)

    def _sync_scrollbar(self) -> None:
        view = self.canvas.viewport
        lo, hi = self._range = self._bounds()
        total = max(hi - lo, 1.0)
        page = max(1, int(self.RANGE * view.span / total))
        self._syncing = True
        try:
            self.scrollbar.setRange(0, max(0, self.RANGE - page))
            self.scrollbar.setPageStep(page)
            self.scrollbar.setSingleStep(max(1, page // 10))
            self.scrollbar.setValue(int((view.start - lo) / total * self.RANGE))
        finally:
            self._syncing = False

    def _scrolled(self, value: int) -> None:
        if self._syncing:
            return
        lo, hi = self._range
        self.canvas.scroll_to(lo + value / self.RANGE * (hi - lo))


def _undated_item(row: EventRow, x: float, width: float, top: float) -> PlacedEvent:
    """An undated title in the strip as a hit (only its event is used)."""
    return PlacedEvent(row, -1, -1, x, x, True, row.title, x, width, 0.0, 0.0, top)


def _day_seconds(iso: str) -> float:
    value = parse_iso(iso)
    if value is None:
        return 0.0
    return float((value.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
