"""QML sees every kiosk object as its class declares it, however many objects
came and went before (the suite once failed, rarely, with "Unable to assign
[undefined] to bool" on the display choices: tests/helpers/metaobjects.py)."""

from __future__ import annotations

import gc

from helpers.metaobjects import everywhere, with_own_metaobject
from helpers.visitor import find, open_screen, tap, wait_screen, wait_shown
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QQmlEngine

from kiosk.models.display_prefs import DisplayPrefs
from kiosk.ops.reclaim import ScreenReclaimer
from kiosk.ops.workers import collect_on_ui_thread
from kiosk.screens import Screen


def test_no_kiosk_object_has_a_metaobject_of_its_own(
    usage_counts, make_ui, content_copy, qapp, qtbot
):
    """Every method the kiosk connects to a signal is a declared slot: no
    object gets a metaobject of its own, whatever a visitor or staff do."""
    ui = make_ui(content_dir=content_copy, lang="en", stats=usage_counts)
    collect_on_ui_thread(qapp)
    # Connected at once (and to the end of the application, as kiosk.process
    # does); stopped before it would make the window fullscreen.
    reclaimer = ScreenReclaimer(ui.window, parent=ui.window)
    qapp.aboutToQuit.connect(reclaimer.stop)
    reclaimer.stop()
    tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")
    ui.model.display.setLargeText(True)
    assert open_screen(ui.model, "map/europe")
    wait_screen(qtbot, ui.window, "mapScreen")
    ui.model.setLanguage("ru")
    ui.ops.reloader._debounce.setInterval(60_000)  # only the button, not the watcher
    objectives = content_copy / "sections" / "02-objectives.yaml"
    text = objectives.read_text("utf-8").replace("  en: Main objectives\n", "  en: Objectives\n")
    objectives.write_text(text, "utf-8")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    ui.ops.panel.reloadContent()  # as its button does
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=5000)
    ui.ops.reset()
    ui.model.wake()
    wait_screen(qtbot, ui.window, "homeScreen")
    own = with_own_metaobject(everywhere())
    qapp.aboutToQuit.disconnect(reclaimer.stop)
    assert own == []


class DisplayDecoy(QObject):
    """Shaped like kiosk.models.display_prefs.DisplayPrefs (its name and its
    members' names of the same lengths), so that its own metaobject takes as
    many bytes as that class's would: the allocator hands a freed block to
    the next request of its size, which makes the fault show at once."""

    aboutToChangz = Signal()
    changez = Signal()
    countez = Signal(str, str)

    @Slot(bool)
    def setLargeTexz(self, on: bool) -> None: ...

    @Slot(bool)
    def setHighContrasz(self, on: bool) -> None: ...

    @Slot()
    def toggleLargeTexz(self) -> None: ...

    @Slot()
    def toggleHighContrasz(self) -> None: ...

    def resez(self) -> None:  # not a slot: connecting it gives the object its own metaobject
        ...

    largeTexz = Property(bool, lambda self: True, notify=changez)
    highContrasz = Property(bool, lambda self: True, notify=changez)
    textScalz = Property(float, lambda self: 1.0, notify=changez)


class Sender(QObject):
    ping = Signal()


def test_qml_reads_the_display_choices_after_other_objects_came_and_went(qapp):
    """Objects with metaobjects of their own, seen by QML and gone, leave
    their freed metaobjects' addresses in QML's cache. The display choices,
    wired as the kiosk wires them (staff's panel resets them), are still read
    as they are. Before the fix, connecting their reset gave them a
    metaobject of their own, at one of those addresses: QML read largeText
    as undefined, as the suite once saw at random."""
    engine = QQmlEngine()  # alive throughout: no engine's end clears QML's cache
    staff = Sender()
    read = []
    for _ in range(5):
        decoys = []
        for _ in range(8):
            decoy = DisplayDecoy()
            staff.ping.connect(decoy.resez)
            QJSEngine.setObjectOwnership(decoy, QJSEngine.ObjectOwnership.CppOwnership)
            engine.newQObject(decoy).property("largeTexz")  # QML caches what it learns
            decoys.append(decoy)
        staff.ping.disconnect()
        del decoy, decoys
        gc.collect()
        display = DisplayPrefs()
        staff.ping.connect(display.reset)  # kiosk.app.build_ui
        QJSEngine.setObjectOwnership(display, QJSEngine.ObjectOwnership.CppOwnership)
        read.append(engine.newQObject(display).property("largeText").toVariant())
        staff.ping.disconnect()
        del display
        gc.collect()
    assert read == [False] * 5
