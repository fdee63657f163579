"""The camera's move to a chosen region: calm, eased, about half a second.

Qt drives the clock (a QVariantAnimation from 0 to 1, eased); the views on
the way are the camera's pure maths (kiosk.models.map_camera.between). The
canvas paints once before the move, a picture that covers its start and
its end (``MapCamera.covering``), and once after it, crisp: every frame in
between only moves and scales that picture, so that the move stays smooth
on the software renderer.

The clock starts once that picture is painted (``picture_painted``, from
the canvas), not at the tap: painting it takes a frame of 10 to 20 ms, and
a clock already running would start the motion one long frame late, with
a jump. A canvas that does not paint (the map hidden, the display asleep)
does not hold the move back: it starts anyway after ``PAINT_WAIT_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, QTimer, QVariantAnimation, Slot

from kiosk.models.map_camera import MapCamera, View, between

# Long enough to follow (where did the map go?), short enough not to wait
# for; eased in and out, so that it starts and stops without a jolt.
MOVE_MS = 550
# The longest the move waits for its picture to be painted (a few frames).
PAINT_WAIT_MS = 100


class CameraMove(QObject):
    def __init__(
        self,
        camera: MapCamera,
        *,
        on_painted: Callable[[], None],
        on_step: Callable[[], None],
        on_done: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera = camera
        self._on_painted, self._on_step, self._on_done = on_painted, on_step, on_done
        self._start = self._end = camera.view
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(MOVE_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self.on_value_changed)
        self._animation.finished.connect(self.on_finished)
        # Waiting for the covering picture: the clock starts when it is painted.
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.setInterval(PAINT_WAIT_MS)
        self._paint_wait.timeout.connect(self._go)

    @property
    def running(self) -> bool:
        """On its way (or about to start, its picture being painted)."""
        return (
            self._paint_wait.isActive()
            or self._animation.state() == QVariantAnimation.State.Running
        )

    @property
    def end(self) -> View:
        return self._end

    def start(self, end: View) -> None:
        """Move from the view on screen to ``end``, once the picture for
        the move is painted."""
        self._halt()
        camera = self._camera
        self._start, self._end = camera.view, end
        if end == camera.view:
            return
        camera.painted = camera.covering(self._start, end)
        self._paint_wait.start()
        self._on_painted()
        self._on_step()  # the picture shown at the start view until the clock runs

    @Slot()
    def picture_painted(self) -> None:
        """The canvas painted: a move waiting for its picture starts now."""
        if self._paint_wait.isActive():
            self._paint_wait.stop()
            self._go()

    @Slot()
    def _go(self) -> None:
        self._animation.start()

    def _halt(self) -> None:
        self._paint_wait.stop()
        self._animation.stop()

    def jump(self, end: View) -> None:
        """Straight to ``end`` (a screen opened by `kiosk shot`, a new size)."""
        self._halt()
        self._start = self._end = end
        self._camera.show(end)
        self._on_done()

    def stop(self) -> None:
        """A finger takes over: the camera stays where the move had got to."""
        self._halt()

    @Slot("QVariant")
    def on_value_changed(self, value: float) -> None:
        self._camera.show(between(self._start, self._end, float(value)))
        self._on_step()

    @Slot()
    def on_finished(self) -> None:
        self._camera.show(self._end)
        self._on_done()
