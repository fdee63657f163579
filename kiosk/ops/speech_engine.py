"""The speech engine: espeak-ng through QProcess, one utterance at a time.

A new utterance ends the one being said at once (the process is killed, not
waited for), so speech follows the focus however fast it moves. There is no
queue: the newest utterance is the only one. Every process is reaped when it
ends (QProcess's finished), never left a zombie, and the ones being killed
are kept only until then.

Output: the sound card (espeak-ng plays itself), or, for tests, one WAV
file per utterance in a folder, or its samples on a pipe (``audioStarted``
says when the first sound comes: bench/speech.py measures by it). A missing program or
voice, a missing sound device or a crashing espeak-ng is a log line and a
kiosk without speech (or without that utterance), never a stopped kiosk.
"""

from __future__ import annotations

import array
import logging
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from kiosk.speech.voices import PROGRAM, SpeechSupport, parse_voices, say_arguments

log = logging.getLogger(__name__)

# `espeak-ng --voices` answers in milliseconds; a program that does not is broken.
CHECK_TIMEOUT_MS = 10_000
# Killed processes end within milliseconds; more than this many still ending
# means something is badly wrong, and speech stops rather than pile them up.
MAX_ENDING = 8
# A sample at least this loud (of 32767) is sound, not espeak-ng's lead-in silence.
SOUND_LEVEL = 64
WAV_HEADER_BYTES = 44
# Distinct failure reasons logged (an error text may vary without end).
MAX_REASONS = 20
# What tests and `kiosk say` can look back on (the kiosk keeps nothing).
KEPT_UTTERANCES = 64


@dataclass(frozen=True)
class Utterance:
    text: str
    voice: str
    volume: int
    wav: Path | None


class SpeechEngine(QObject):
    supportKnown = Signal(bool, str)  # (every voice there, why not)
    spoken = Signal()  # the current utterance ended by itself (not killed)
    started = Signal(str)  # an utterance was handed to espeak-ng (its text)
    audioStarted = Signal()  # piped output: the current utterance's first sound

    def __init__(
        self,
        *,
        program: str | None,
        wav_folder: Path | None = None,
        piped: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """``program``: espeak-ng's path (None: not installed). ``wav_folder``:
        write each utterance there as a WAV instead of playing it. ``piped``:
        read its samples from espeak-ng's stdout instead (and emit
        ``audioStarted`` at the first sound)."""
        super().__init__(parent)
        self._piped = piped
        self._pending = b""  # piped: samples read but not yet looked at
        self._heard = False
        self._program = program
        self._wav_folder = wav_folder
        self._current: QProcess | None = None
        self._checking: QProcess | None = None
        self._current_wav: Path | None = None
        self._ending: set[QProcess] = set()
        self._count = 0
        self._failures: set[str] = set()  # each reason is logged once
        self.support: SpeechSupport | None = None
        self.utterances: deque[Utterance] = deque(maxlen=KEPT_UTTERANCES)
        self.written: deque[Path] = deque(maxlen=KEPT_UTTERANCES)  # WAVs finished

    # -- is there speech at all? -------------------------------------------

    def check(self) -> None:
        """Find out (without waiting) whether espeak-ng and its voices are there."""
        if self._program is None:
            self._set_support(SpeechSupport(None, frozenset()))
            return
        process = self._checking = QProcess(self)
        timer = QTimer(process)
        timer.setSingleShot(True)
        timer.timeout.connect(process.kill)

        def on_finished(code: int, status: QProcess.ExitStatus) -> None:
            listing = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
            voices = parse_voices(listing) if code == 0 else set()
            self._checking = None
            self._set_support(SpeechSupport(self._program, frozenset(voices)))
            process.deleteLater()

        def on_error(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                self._checking = None
                self._set_support(SpeechSupport(None, frozenset()))
                process.deleteLater()

        process.finished.connect(on_finished)
        process.errorOccurred.connect(on_error)
        process.start(self._program, ["--voices"])
        timer.start(CHECK_TIMEOUT_MS)

    def _set_support(self, support: SpeechSupport) -> None:
        self.support = support
        if support.reason:
            log.warning("speech is unavailable: %s", support.reason)
        else:
            log.info("speech: %s with voices %s", PROGRAM, ", ".join(sorted(support.voices)))
        self.supportKnown.emit(not support.reason, support.reason)

    # -- saying ------------------------------------------------------------

    @Slot(str, str, int)
    def say(self, text: str, voice: str, volume: int) -> None:
        """Say ``text`` (plain text, kiosk.speech.plain) now, ending whatever
        is being said."""
        self.stop()
        if self._program is None or not text:
            return
        if len(self._ending) >= MAX_ENDING:
            self._fail(f"{len(self._ending)} {PROGRAM} processes do not end; speech waits")
            return
        self._count += 1
        wav = None
        if self._wav_folder is not None:
            wav = self._wav_folder / f"utterance-{self._count:04d}.wav"
        process = QProcess(self)
        process.finished.connect(lambda code, status, p=process: self.on_finished(p, code, status))
        process.errorOccurred.connect(lambda error, p=process: self.on_error(p, error))
        if self._piped:
            self._pending, self._heard = b"", False
            process.readyReadStandardOutput.connect(lambda p=process: self.on_samples(p))
        self._current, self._current_wav = process, wav
        self.utterances.append(Utterance(text, voice, volume, wav))
        process.start(self._program, say_arguments(voice, volume, wav=wav, stdout=self._piped))
        # On stdin: never an argument, so no text is ever taken for an option.
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()
        self.started.emit(text)

    @Slot()
    def stop(self) -> None:
        """Silence at once: the process saying something is killed."""
        process, self._current = self._current, None
        if process is None:
            return
        if process.state() == QProcess.ProcessState.NotRunning:
            process.deleteLater()
            return
        self._ending.add(process)
        process.kill()

    def shutdown(self) -> None:
        """The kiosk is stopping: no process outlives it (nor is destroyed
        while it runs)."""
        self.stop()
        checking, self._checking = self._checking, None
        if checking is not None:
            checking.finished.disconnect()
            checking.kill()
            self._ending.add(checking)
        for process in list(self._ending):
            process.waitForFinished(1000)
        self._ending.clear()

    @property
    def speaking(self) -> bool:
        """An utterance is being said (not one being ended)."""
        return self._current is not None

    @property
    def busy(self) -> bool:
        """Something is being said, or a killed process has not ended yet."""
        return self._current is not None or bool(self._ending)

    def on_finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process in self._ending:  # killed by a newer utterance or a stop
            self._ending.discard(process)
            process.deleteLater()
            return
        if process is not self._current:
            return
        self._current = None
        process.deleteLater()
        error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if status == QProcess.ExitStatus.CrashExit:
            self._fail(f"{PROGRAM} crashed")
        elif code != 0:
            self._fail(f"{PROGRAM} failed ({code}): {error[-200:] or 'no message'}")
        else:
            if error and self._current_wav is None:
                # espeak-ng ends with 0 when it finds no sound device; it
                # says so on stderr (ALSA's "Unknown PCM default").
                self._fail(f"{PROGRAM} could not play: {error.splitlines()[-1][:200]}")
            if self._current_wav is not None:
                self.written.append(self._current_wav)
            self.spoken.emit()

    def on_samples(self, process: QProcess) -> None:
        """Piped output: look for the first sound of the current utterance."""
        data = bytes(process.readAllStandardOutput().data())
        if process is not self._current or self._heard:
            return
        self._pending += data
        samples = self._pending[WAV_HEADER_BYTES:]
        usable = len(samples) - len(samples) % 2
        levels = array.array("h", samples[:usable])  # espeak-ng's WAV: 16-bit, little-endian
        if sys.byteorder == "big":
            levels.byteswap()
        if any(abs(level) >= SOUND_LEVEL for level in levels):
            self._heard = True
            self._pending = b""
            self.audioStarted.emit()
            return
        # Keep the header and an odd byte; the silence looked at is dropped.
        self._pending = self._pending[:WAV_HEADER_BYTES] + samples[usable:]

    def on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a crash is reported by finished
        self._ending.discard(process)
        if process is self._current:
            self._current = None
        process.deleteLater()
        self._fail(f"{PROGRAM} could not be started ({process.errorString()})")

    def _fail(self, reason: str) -> None:
        """Logged once per reason: a kiosk without a sound card would
        otherwise log every focus change for months."""
        if reason not in self._failures and len(self._failures) < MAX_REASONS:
            self._failures.add(reason)
            log.warning("speech: %s", reason)
