"""The espeak-ng program, its voice for each language, and its command line.

The voices: Turkmen ``tk``, Russian ``ru``, English ``en-gb`` (the content's
English is British: "programme", "neighbouring"). A missing program or voice
is not an error of the kiosk: it runs without speech, and says so
(``SpeechSupport.reason``).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROGRAM = "espeak-ng"
VOICES: dict[str, str] = {"tk": "tk", "ru": "ru", "en": "en-gb"}
# espeak-ng's amplitude (-a) is 0-200, 100 its own default; staff and
# visitors set a volume of 0-100, of which espeak-ng's default is the middle.
VOLUME_MIN, VOLUME_MAX, VOLUME_DEFAULT = 0, 100, 50
VOLUME_STEP = 10
# Spoken names of the markup characters, so that "<" in a field is heard (as
# "less than") rather than silently dropped; "&" espeak-ng says by itself.
SPOKEN_PUNCTUATION = "<>"
# Words per minute: espeak-ng's own 175 is brisk for a public place and for
# listeners not reading in their first language.
WORDS_PER_MINUTE = 160


def find_program() -> str | None:
    """The espeak-ng program on PATH, or None."""
    return shutil.which(PROGRAM)


def voice_for(lang: str) -> str:
    return VOICES.get(lang, VOICES["en"])


def parse_voices(listing: str) -> set[str]:
    """The voice names of ``espeak-ng --voices`` (its second column)."""
    names: set[str] = set()
    for line in listing.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 2:
            names.add(fields[1])
    return names


def amplitude(volume: int) -> int:
    """espeak-ng's -a for a volume of 0-100 (50 is espeak-ng's default, 100)."""
    return 2 * max(VOLUME_MIN, min(VOLUME_MAX, volume))


def clamp_volume(volume: int) -> int:
    return max(VOLUME_MIN, min(VOLUME_MAX, volume))


def say_arguments(
    voice: str, volume: int, *, wav: Path | None = None, stdout: bool = False
) -> list[str]:
    """espeak-ng's arguments (the program not included) to say the text it
    reads on stdin: never the text itself, so no text can become an
    option, and never through a shell. ``wav``: into that file;
    ``stdout``: a WAV on standard output; else on the sound card."""
    arguments = [
        "-v",
        voice,
        "-a",
        str(amplitude(volume)),
        "-s",
        str(WORDS_PER_MINUTE),
        f"--punct={SPOKEN_PUNCTUATION}",
        "-b",
        "1",  # the text is UTF-8
    ]
    if wav is not None:
        arguments += ["-w", str(wav)]
    elif stdout:
        arguments.append("--stdout")
    return [*arguments, "--stdin"]


@dataclass(frozen=True)
class SpeechSupport:
    """Whether speech can be had, and if not, why (for the log and staff)."""

    program: str | None
    voices: frozenset[str]

    @property
    def reason(self) -> str:
        """ "" when every language has its voice; else one sentence."""
        if self.program is None:
            return f"the {PROGRAM} program is not installed (Debian package espeak-ng)"
        missing = sorted({v for v in VOICES.values() if v not in self.voices})
        if missing:
            return f"{PROGRAM} has no voice {', '.join(missing)}"
        return ""

    def missing_for(self, languages: Sequence[str]) -> list[str]:
        return [lang for lang in languages if voice_for(lang) not in self.voices]
