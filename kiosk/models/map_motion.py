"""The camera's move to a chosen region: calm, eased, about half a second.

Qt drives the clock (a QVariantAnimation from 0 to 1, eased); the views on
the way are the camera's pure maths (kiosk.models.map_camera.between). The
canvas paints once before the move, a picture that covers its start and
its end (``MapCamera.covering``), and once after it, crisp: every frame in
between only moves and scales that picture, so that the move stays smooth
on the software renderer.

Painting that picture takes a frame of 10 to 20 ms, and Qt's animation
clock only starts ticking once that frame is done: its first tick came a
whole 16 ms tick after the picture was shown, the longest frame interval
of the move. So once the picture is painted (``picture_painted``, from
the canvas), the move steps at once to where its clock has got to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QElapsedTimer, QObject, QVariantAnimation, Slot

from kiosk.models.map_camera import MapCamera, View, between

# Long enough to follow (where did the map go?), short enough not to wait
# for; eased in and out, so that it starts and stops without a jolt.
MOVE_MS = 550


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
        self._clock = QElapsedTimer()  # since the move started

    @property
    def running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    @property
    def end(self) -> View:
        return self._end

    def start(self, end: View) -> None:
        """Move from the view on screen to ``end``."""
        self._animation.stop()
        camera = self._camera
        self._start, self._end = camera.view, end
        if end == camera.view:
            return
        camera.painted = camera.covering(self._start, end)
        self._on_painted()
        self._clock.start()
        self._animation.start()

    @Slot()
    def picture_painted(self) -> None:
        """The canvas has painted: a move that has not ticked since it
        started steps to where its clock has got to, at once."""
        if self.running and self._animation.currentTime() == 0:
            self._animation.setCurrentTime(min(self._clock.elapsed(), MOVE_MS - 1))

    def jump(self, end: View) -> None:
        """Straight to ``end`` (a screen opened by `kiosk shot`, a new size)."""
        self._animation.stop()
        self._start = self._end = end
        self._camera.show(end)
        self._on_done()

    def stop(self) -> None:
        """A finger takes over: the camera stays where the move had got to."""
        self._animation.stop()

    @Slot("QVariant")
    def on_value_changed(self, value: float) -> None:
        self._camera.show(between(self._start, self._end, float(value)))
        self._on_step()

    @Slot()
    def on_finished(self) -> None:
        self._camera.show(self._end)
        self._on_done()
