"""Speech mode on the real QML UI, through the real espeak-ng writing WAV
files: what gets the focus is said in the language on screen (checked
against espeak-ng's own WAV of the same text in that voice), a new focus
interrupts, keys pause, read on and change the volume, the idle reset
silences and leaves, and nothing is said while speech mode is off."""

from __future__ import annotations

import logging
import shutil
import subprocess
import time
from pathlib import Path

from helpers.visitor import find, open_screen, tap, wait_screen, walk
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.ops.pin import hash_pin
from kiosk.ops.settings import Settings
from kiosk.ops.speech_engine import SpeechEngine
from kiosk.speech.voices import VOLUME_DEFAULT, say_arguments

ESPEAK = shutil.which("espeak-ng") or "espeak-ng"
WAIT_MS = 20_000


def named(window, name: str):
    """The item called ``name``, shown or scrolled out of view (focus may go there)."""
    (item,) = [i for i in walk(window.contentItem()) if i.objectName() == name]
    return item


def espeak_wav(text: str, voice: str, volume: int, folder: Path) -> bytes:
    """espeak-ng's own WAV of ``text`` in ``voice``, made as the kiosk asks."""
    out = folder / "expected.wav"
    subprocess.run(
        [ESPEAK, *say_arguments(voice, volume, wav=out)], input=text.encode(), check=True
    )
    return out.read_bytes()


def said(qtbot, engine: SpeechEngine, folder: Path, text_part: str, voice: str, volume: int):
    """Wait until an utterance holding ``text_part`` has been written whole,
    and check that its WAV is espeak-ng's WAV of that text in ``voice``."""

    def written():
        done = [u for u in engine.utterances if u.wav in engine.written and text_part in u.text]
        return done[-1] if done else None

    qtbot.waitUntil(lambda: written() is not None, timeout=WAIT_MS)
    utterance = written()
    assert utterance.voice == voice and utterance.volume == volume
    assert utterance.wav.read_bytes() == espeak_wav(utterance.text, voice, volume, folder)
    return utterance


def test_focus_is_said_in_the_language_on_screen(make_ui, qtbot, tmp_path):
    wavs = tmp_path / "wavs"
    wavs.mkdir()
    ui = make_ui(lang="en", speech_wav_folder=wavs)
    window, model, engine = ui.window, ui.model, ui.speech
    mode = model.speech
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    assert mode.available and engine.support.reason == ""

    # Off: focus moves, keys are pressed, nothing is said.
    find(window, "tile_neutrality").forceActiveFocus()
    QTest.keyClick(window, Qt.Key.Key_Plus)
    assert list(engine.utterances) == [] and not engine.busy

    # Listen: the screen and the keys, then whatever gets the focus.
    tap(window, find(window, "listenButton"), qtbot)
    assert mode.on
    # What the screen is, and its key figures, which no control says.
    intro = said(qtbot, engine, tmp_path, "Speech is on", "en-gb", VOLUME_DEFAULT).text
    assert intro.startswith("Home. 155 Countries with diplomatic relations, as of 1 October 2022")
    find(window, "tile_foundations").forceActiveFocus()
    find(window, "tile_neutrality").forceActiveFocus()
    said(qtbot, engine, tmp_path, "Neutrality, dialogue and peace, button, 3 of 8", "en-gb", 50)

    # A new focus interrupts at once: the first never finishes.
    find(window, "tile_foundations").forceActiveFocus()
    find(window, "contactsButton").forceActiveFocus()
    energy = [u for u in engine.utterances if "Foundations" in u.text][-1]
    said(qtbot, engine, tmp_path, "Contacts, button, 2 of 2", "en-gb", 50)
    qtbot.waitUntil(lambda: not engine.busy, timeout=WAIT_MS)
    assert energy.wav not in engine.written
    # Killed, not left to finish: its WAV was never written whole.
    whole = espeak_wav(energy.text, "en-gb", 50, tmp_path)
    assert not energy.wav.exists() or energy.wav.read_bytes() != whole

    # The language switch is said in the new language, in its voice; so is
    # the focus afterwards (its role, state and position words too).
    for lang, voice, name, tile in [
        ("ru", "ru", "Русский", "Нейтралитет, диалог и мир, кнопка, 3 из 8"),
        ("tk", "tk", "Türkmençe", "Bitaraplyk, dialog we parahatçylyk, düwme, sekiz sanydan üç"),
        ("en", "en-gb", "English", "Neutrality, dialogue and peace, button, 3 of 8"),
    ]:
        tap(window, find(window, f"lang_{lang}"), qtbot)
        said(qtbot, engine, tmp_path, name, voice, 50)
        find(window, "tile_neutrality").forceActiveFocus()
        said(qtbot, engine, tmp_path, tile, voice, 50)
        find(window, "largeTextButton").forceActiveFocus()
        toggle = {"en": "switch, off", "ru": "переключатель, выключено", "tk": "açar, ýapyk"}
        said(qtbot, engine, tmp_path, toggle[lang], voice, 50)

    # Contacts: the numbers in their groups; the address readably.
    open_screen(model, "contacts")
    wait_screen(qtbot, window, "contactsScreen")
    find(window, "entry_mfa_phone").forceActiveFocus()
    said(qtbot, engine, tmp_path, "Phone: + 993, 12, 44, 56, 92, button", "en-gb", 50)
    find(window, "entry_mfa_email").forceActiveFocus()
    said(qtbot, engine, tmp_path, "ddd at mfa dot gov dot tm", "en-gb", 50)

    # The map says the region chosen, with what the source says of it.
    open_screen(model, "map")
    wait_screen(qtbot, window, "mapScreen")
    model.map.selectRegion("central-asia")
    said(qtbot, engine, tmp_path, "Central Asia", "en-gb", 50)


def test_keys_reading_volume_and_the_idle_reset(make_ui, qtbot, tmp_path):
    wavs = tmp_path / "wavs"
    wavs.mkdir()
    ui = make_ui(lang="en", screen="section/neutrality", speech_wav_folder=wavs)
    window, model, engine = ui.window, ui.model, ui.speech
    mode = model.speech
    wait_screen(qtbot, window, "sectionScreen")
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    tap(window, find(window, "listenButton"), qtbot)
    intro = said(qtbot, engine, tmp_path, "Speech is on", "en-gb", 50).text
    # Its lead line too, which is no paragraph of the reading column.
    assert intro.startswith("Neutrality, dialogue and peace. ")
    assert model.reader.summary.rstrip(".") in intro

    # The reading column: paragraph by paragraph, Down and Up move.
    rows = [row.text.get("en") for row in model.reader.rows.items]
    find(window, "readerList").forceActiveFocus()
    assert mode.reading and mode.reading_row == 0
    said(qtbot, engine, tmp_path, rows[0][:60], "en-gb", 50)
    # When a paragraph ends, the next follows by itself.
    said(qtbot, engine, tmp_path, rows[1][:60], "en-gb", 50)
    QTest.keyClick(window, Qt.Key.Key_Down)
    assert engine.utterances[-1].text.startswith(rows[mode.reading_row][:40])
    row = mode.reading_row
    QTest.keyClick(window, Qt.Key.Key_Up)
    assert mode.reading_row == row - 1

    # The topic's end is in the column but is no paragraph: said as a control.
    named(window, "nextTopicButton").forceActiveFocus()
    assert not mode.reading
    assert engine.utterances[-1].text.startswith("Next topic")
    named(window, f"row_{row - 1}").forceActiveFocus()
    assert mode.reading and mode.reading_row == row - 1

    # Space pauses (silence at once), Space again resumes the paragraph.
    QTest.keyClick(window, Qt.Key.Key_Space)
    count = len(engine.utterances)
    qtbot.waitUntil(lambda: not engine.busy, timeout=WAIT_MS)
    assert len(engine.utterances) == count
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert engine.utterances[-1].text.startswith(rows[row - 1][:40])

    # Volume keys: + and the media key louder, - softer; said at the new volume.
    QTest.keyClick(window, Qt.Key.Key_Plus)
    QTest.keyClick(window, Qt.Key.Key_VolumeUp)
    assert mode.volume == 70
    said(qtbot, engine, tmp_path, "Volume 70", "en-gb", 70)
    QTest.keyClick(window, Qt.Key.Key_Minus)
    assert mode.volume == 60 and engine.utterances[-1].volume == 60
    louder = said(qtbot, engine, tmp_path, "Volume 60", "en-gb", 60)
    assert louder.wav.read_bytes() != espeak_wav(louder.text, "en-gb", 50, tmp_path)

    # The idle reset: silent at once, speech mode off, the staff's volume,
    # and the reset's own language switch is not said. (A paragraph is
    # started and the reset follows with no event between: it is still
    # being said when the reset comes.)
    tap(window, find(window, "lang_ru"), qtbot)
    mode.on_focus(find(window, "readerList"))
    assert engine.speaking
    paragraph = engine.utterances[-1]
    count = len(engine.utterances)
    ui.ops.reset()
    assert not engine.speaking and not mode.on and mode.volume == VOLUME_DEFAULT
    wait_screen(qtbot, window, "attractScreen")
    qtbot.waitUntil(lambda: not engine.busy, timeout=WAIT_MS)
    assert paragraph.wav not in engine.written  # killed, never finished
    whole = espeak_wav(paragraph.text, "ru", 60, tmp_path)
    assert not paragraph.wav.exists() or paragraph.wav.read_bytes() != whole
    assert len(engine.utterances) == count
    find(window, "attractScreen").forceActiveFocus()
    assert len(engine.utterances) == count


def test_a_failing_espeak_is_a_log_line(make_ui, qtbot, tmp_path, caplog, monkeypatch):
    """espeak-ng crashing, without a sound device, or missing: the kiosk goes on."""
    crashing = tmp_path / "espeak-ng"
    crashing.write_text(
        '#!/bin/sh\ncase "$1" in --voices) exec espeak-ng --voices;; esac\n'
        "cat >/dev/null\nkill -SEGV $$\n"
    )
    crashing.chmod(0o755)
    caplog.set_level(logging.WARNING)
    ui = make_ui(lang="en", speech_program=str(crashing))
    engine, mode = ui.speech, ui.model.speech
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    mode.setOn(True)
    qtbot.waitUntil(lambda: "espeak-ng crashed" in caplog.text, timeout=WAIT_MS)
    for _ in range(20):  # every focus a new process, each crashing: one line, no pile
        find(ui.window, "tile_foundations").forceActiveFocus()
        find(ui.window, "tile_neutrality").forceActiveFocus()
    qtbot.waitUntil(lambda: not engine.busy, timeout=WAIT_MS)
    assert caplog.text.count("espeak-ng crashed") == 1
    assert ui.model.screen == 1  # still home, still running

    missing = make_ui(lang="en", speech_program=str(tmp_path / "no-such-espeak"))
    qtbot.waitUntil(lambda: missing.speech.support is not None, timeout=WAIT_MS)
    assert not missing.model.speech.available
    assert not find(missing.window, "listenButton").isEnabled()
    missing.model.speech.setOn(True)
    assert not missing.model.speech.on
    # Staff see why, in the panel's list of the machine's problems.
    (notice,) = [n for n in missing.ops.panel.property("notices") if "speech" in n["kind"]]
    assert notice["detail"] == "the espeak-ng program is not installed (Debian package espeak-ng)"
    assert "speech is unavailable: the espeak-ng program is not installed" in caplog.text

    # No sound device (none for ALSA, no PulseAudio): espeak-ng says so on
    # stderr and ends with 0; one log line, and speech mode goes on.
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(tmp_path / "no-alsa.conf"))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'no-pulse'}")
    silent = make_ui(lang="en", speech_program=ESPEAK)
    qtbot.waitUntil(lambda: silent.speech.support is not None, timeout=WAIT_MS)
    silent.model.speech.setOn(True)
    qtbot.waitUntil(lambda: "espeak-ng could not play" in caplog.text, timeout=WAIT_MS)
    find(silent.window, "tile_foundations").forceActiveFocus()
    qtbot.waitUntil(lambda: not silent.speech.busy, timeout=WAIT_MS)
    assert caplog.text.count("espeak-ng could not play") == 1
    assert silent.model.speech.on


def test_the_staff_pin_pad_is_never_read_aloud(make_ui, tmp_path):
    ui = make_ui(
        lang="en",
        settings=Settings(pin_hash=hash_pin("7295")),
        speech_wav_folder=tmp_path,
    )
    mode, staff = ui.model.speech, ui.ops.staff
    mode.setOn(True)
    assert mode.on
    staff.cornerHeld()
    staff.cornerTapped()
    assert staff.property("padOpen") and not mode.on


def test_a_listening_visitor_is_there_and_hears_the_idle_warning(make_ui, qtbot, tmp_path):
    """A topic read on by itself restarts the idle countdown (the visitor is
    listening, not gone); the warning, when it comes, asks its question."""
    ui = make_ui(lang="en", screen="section/neutrality", speech_wav_folder=tmp_path)
    window, model, engine = ui.window, ui.model, ui.speech
    mode, idle = model.speech, ui.ops.idle
    wait_screen(qtbot, window, "sectionScreen")
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    mode.setOn(True)
    idle.set_timeout(100)  # the countdown starts again now
    started = time.monotonic()
    qtbot.wait(1500)
    find(window, "readerList").forceActiveFocus()
    assert mode.reading
    qtbot.waitUntil(lambda: not mode.reading, timeout=WAIT_MS)  # every row, by itself
    elapsed_ms = (time.monotonic() - started) * 1000
    # Not counted from the set-up, 1.5 s before the reading: from its rows.
    assert idle._quiet.remainingTime() > 100_000 - elapsed_ms + 1000
    # Nothing read on: the warning takes the focus and asks its question.
    idle.on_quiet()
    qtbot.waitUntil(
        lambda: engine.utterances[-1].text.startswith("Are you still there?"), timeout=WAIT_MS
    )
    assert idle.property("warning")


def test_what_a_focus_says_in_full(make_ui, qtbot, tmp_path):
    """A language's button in its own voice; the help and a chosen region
    said whole when they take the focus; the volume keys never go silent."""
    ui = make_ui(lang="tk", screen="map/europe", speech_wav_folder=tmp_path)
    window, model, engine = ui.window, ui.model, ui.speech
    mode = model.speech
    wait_screen(qtbot, window, "mapScreen")
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    mode.setOn(True)
    find(window, "lang_ru").forceActiveFocus()
    last = engine.utterances[-1]
    assert (last.text, last.voice) == ("Русский", "ru")
    find(window, "lang_en").forceActiveFocus()
    assert (engine.utterances[-1].text, engine.utterances[-1].voice) == ("English", "en-gb")

    # The chosen region's panel: its name, its text and its states.
    europe = model.map.selectionInfo
    find(window, "regionDetails").forceActiveFocus()
    said_now = engine.utterances[-1].text
    assert europe["text"][:40] in said_now and europe["countries"][-1] in said_now

    # Help: the keys explained, in the language on screen.
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: "Düwmeler bilen dolandyrmak" in engine.utterances[-1].text, timeout=WAIT_MS
    )
    assert engine.utterances[-1].text.count(".") >= 5  # every row, not only "Close"
    QTest.keyClick(window, Qt.Key.Key_Escape)

    # Softer, and softer again: never below one step.
    for _ in range(12):
        QTest.keyClick(window, Qt.Key.Key_Minus)
    assert mode.volume == 10 and engine.utterances[-1].volume == 10


def test_the_topic_being_read_is_said_selected(make_ui, qtbot, tmp_path):
    ui = make_ui(lang="en", screen="section/neutrality", speech_wav_folder=tmp_path)
    window, engine = ui.window, ui.speech
    wait_screen(qtbot, window, "sectionScreen")
    ui.model.speech.setOn(True)
    find(window, "topic_neutrality").forceActiveFocus()
    assert "selected" in engine.utterances[-1].text
    find(window, "topic_objectives").forceActiveFocus()
    assert "selected" not in engine.utterances[-1].text


def test_closing_the_help_goes_on_reading_where_it_stopped(make_ui, qtbot, tmp_path):
    """Help opened halfway through a topic, and closed: the focus is back on
    the reading column, and the reading goes on from the paragraph it had
    reached, not from the top (which a listener had already heard)."""
    ui = make_ui(lang="en", screen="section/neutrality", speech_wav_folder=tmp_path)
    window, engine, mode = ui.window, ui.speech, ui.model.speech
    wait_screen(qtbot, window, "sectionScreen")
    qtbot.waitUntil(lambda: engine.support is not None, timeout=WAIT_MS)
    tap(window, find(window, "listenButton"), qtbot)
    qtbot.waitUntil(lambda: mode.on, timeout=WAIT_MS)
    rows = [row.text.get("en") for row in ui.model.reader.rows.items]
    # Every paragraph the reading reaches by itself. The reading goes on while
    # the test waits (on a loaded machine, a whole paragraph may end between
    # F1 and the help taking the focus), so the place it must go on from is
    # the last one reached before the help stopped it, not a fixed row.
    reached: list[int] = []
    mode.readingOn.connect(lambda: reached.append(mode.reading_row))
    find(window, "readerList").forceActiveFocus()
    qtbot.waitUntil(lambda: mode.reading_row == 2, timeout=WAIT_MS)  # read on by itself

    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: ui.keypad.helpOpen, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not mode.reading, timeout=WAIT_MS)  # the help has the focus
    stopped_at = reached[-1]
    assert stopped_at >= 2
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ui.keypad.helpOpen, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mode.reading, timeout=WAIT_MS)
    assert mode.reading_row == stopped_at
    assert rows[stopped_at][:40] in engine.utterances[-1].text

    # Leaving the topic forgets the place: the next topic starts at its top.
    assert open_screen(ui.model, "section/foundations")
    wait_screen(qtbot, window, "sectionScreen")
    qtbot.waitUntil(lambda: ui.model.reader.sectionId == "foundations", timeout=WAIT_MS)
    find(window, "listenButton").forceActiveFocus()
    find(window, "readerList").forceActiveFocus()
    assert mode.reading and mode.reading_row == 0
