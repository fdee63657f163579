"""``kiosk say``: what speech mode reads on one screen, into one WAV file,
so that staff can listen to it without a visitor's keys.

Like ``kiosk shot``: the screen is opened offscreen (kiosk.app.build_view;
nothing of the user's is read or written), then speech mode is turned on
and every item of the screen's focus order is read as it would be when a
visitor moves the focus to it (a topic's reading column reads all its
paragraphs). espeak-ng writes the whole into the file.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.app import StartupError, build_view, get_app, prefer_offscreen
from kiosk.models.speech_mode import READER_ITEMS, reader_row_of
from kiosk.speech.voices import (
    PROGRAM,
    VOLUME_DEFAULT,
    find_program,
    parse_voices,
    say_arguments,
    voice_for,
)

log = logging.getLogger(__name__)

FIRST_FRAME_TIMEOUT_MS = 10_000
# espeak-ng writes a long topic in a second or two; minutes mean it hangs.
ESPEAK_TIMEOUT_S = 300
# A focus chain that does not come back to its start is cut here.
MAX_ITEMS = 400
# Roles read when the screen has no focus chain (no item takes Tab).
_READ_ROLES = (
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.Link,
    QAccessible.Role.ListItem,
    QAccessible.Role.Heading,
)


class SayError(RuntimeError):
    pass


def say_command(args: argparse.Namespace, folder_problem: Callable[[Path], str | None]) -> int:
    """``kiosk say``: the WAV's path on stdout, or one sentence and 1."""
    if args.content is not None and (problem := folder_problem(args.content)) is not None:
        print(f"kiosk say: content folder {args.content}: {problem}", file=sys.stderr)
        return 1
    try:
        out = say_screen(
            args.screen, args.output, args.lang, args.content, args.size or (1920, 1080)
        )
    except (SayError, StartupError) as exc:
        print(f"kiosk say: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


def say_screen(
    screen: str,
    output: Path,
    lang: str | None = None,
    content_dir: Path | None = None,
    size: tuple[int, int] = (1920, 1080),
) -> Path:
    """Write what speech mode reads on ``screen`` in ``lang`` to ``output`` (WAV)."""
    program = find_program()
    if program is None:
        raise SayError(f"{PROGRAM} is not installed (Debian package espeak-ng)")
    voices = _voices(program)
    prefer_offscreen()
    os.environ["QML_DISABLE_DISK_CACHE"] = "1"
    get_app()
    ui = build_view(content_dir, lang, size, screen=screen)
    try:
        voice = voice_for(ui.model.language)
        if voice not in voices:
            raise SayError(f"{PROGRAM} has no voice {voice} for {ui.model.language}")
        _first_frame(ui.window)
        # The keypad's Tab stops, in its order (Qt's own chain skips the stop
        # after a list): what a visitor with keys hears, stop by stop.
        texts = read_screen(ui.window, ui.model, ui.focus.stops())
    finally:
        ui.close()
    _write_wav(program, voice, ". ".join(texts), output)
    return output


def read_screen(
    window: QQuickWindow, model, stops: list[QQuickItem] | None = None
) -> list[str]:
    """Every utterance speech mode makes on the screen shown, in order: its
    opening sentence, then each of ``stops`` (the keypad's Tab stops; none:
    Qt's focus chain, or the screen's readable items)."""
    said: list[str] = []
    mode = model.speech
    mode.utter.connect(lambda text, _voice, _volume: said.append(text))
    mode.setOn(True)
    read_the_topic = False
    for item in stops or focus_order(window):
        in_reader = reader_row_of(item) is not None
        if in_reader and read_the_topic:
            continue  # its rows in the focus chain too: the topic is read once, whole
        mode.on_focus(item)
        read_the_topic |= mode.reading
        while mode.reading:  # a topic: every paragraph, as the engine would go on
            mode.on_spoken()
    mode.leave()
    return said


def focus_order(window: QQuickWindow) -> list[QQuickItem]:
    """The shown items in the order Tab visits them; a screen where nothing
    takes Tab: its controls, headings and reading column in tree order."""
    start = window.contentItem()
    chain: list[QQuickItem] = []
    item = start.nextItemInFocusChain(True)
    while item is not None and item is not start and item not in chain and len(chain) < MAX_ITEMS:
        chain.append(item)
        item = item.nextItemInFocusChain(True)
    shown = [i for i in chain if _shown(i)]
    if shown:
        return shown
    return [i for i in _walk(start) if _shown(i) and _readable(i)]


def _readable(item: QQuickItem) -> bool:
    if item.objectName() in READER_ITEMS:
        return True
    face = QAccessible.queryAccessibleInterface(item)
    if face is None or not face.isValid() or not face.text(QAccessible.Text.Name):
        return False
    if face.role() == QAccessible.Role.StaticText:
        # A text given its role on purpose (a contact's address, a region's
        # label), not every line of type on screen (Text items).
        return not item.inherits("QQuickText")
    return face.role() in _READ_ROLES


def _walk(item: QQuickItem):
    yield item
    for child in item.childItems():
        yield from _walk(child)


def _shown(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0.01:
            return False
        node = node.parentItem()
    return item.width() > 0 and item.height() > 0


def _voices(program: str) -> set[str]:
    try:
        done = subprocess.run(
            [program, "--voices"], capture_output=True, timeout=30, check=False, text=True
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SayError(f"{PROGRAM} cannot be run: {exc}") from exc
    if done.returncode != 0:
        raise SayError(f"{PROGRAM} --voices failed: {done.stderr.strip()[:200]}")
    return parse_voices(done.stdout)


def _first_frame(window: QQuickWindow) -> None:
    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit)
    QTimer.singleShot(FIRST_FRAME_TIMEOUT_MS, loop.quit)
    window.show()
    loop.exec()


def _write_wav(program: str, voice: str, text: str, output: Path) -> None:
    """Into a file beside ``output``, then renamed: a failure leaves no half WAV."""
    folder = output.parent if str(output.parent) else Path()
    try:
        fd, name = tempfile.mkstemp(prefix=".say-", suffix=".wav", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise SayError(f"cannot write {output}: {exc.strerror or exc}") from exc
    temporary = Path(name)
    umask = os.umask(0)
    os.umask(umask)
    try:
        temporary.chmod(0o666 & ~umask)  # as any file the user writes, not mkstemp's 0600
        try:
            done = subprocess.run(
                [program, *say_arguments(voice, VOLUME_DEFAULT, wav=temporary)],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=ESPEAK_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SayError(f"{PROGRAM} failed: {exc}") from exc
        if done.returncode != 0 or temporary.stat().st_size == 0:
            error = done.stderr.decode("utf-8", "replace").strip()[:200]
            raise SayError(f"{PROGRAM} wrote nothing ({error or done.returncode})")
        try:
            temporary.replace(output)
        except OSError as exc:
            raise SayError(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
