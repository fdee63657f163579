"""Where a line may not break, by the rules printers follow in each language.

Russian print never leaves a one-letter word at the end of a line: "с",
"и", "в" stay with the word after them ("с партнёрами", "и Карибский
бассейн"), or a caption reads "… сотрудничество с" / "партнёрами". And in
every language a dash set between words stays at the end of the line it
follows ("2025 — Международный год"), never starting the next.

The content keeps its words; only the space that must not break becomes a
no-break space. Everywhere else it is still a space: speech reads it as one
(kiosk/speech/plain.py), and the source page check counts it as one
(kiosk/content/source_page.py).
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"

# Russian one-letter words (prepositions, conjunctions, "я"), at the start of
# the text or after a space or an opening bracket or quote, before a space.
_RU_ONE_LETTER = re.compile(r"(?:(?<=^)|(?<=[\s(«„“\"'\[]))([аАвВиИкКоОсСуУяЯ]) (?=\S)")
# A dash with a space on each side, after a word.
_SPACED_DASH = re.compile(r"(?<=\S) ([—–]) (?=\S)")
# Where a line may break between words: any white space but a no-break one.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")


def set_for_lines(text: str, lang: str) -> str:
    """``text`` in ``lang`` with no-break spaces where its print would not
    break a line."""
    text = _SPACED_DASH.sub(rf"{NO_BREAK_SPACE}\1 ", text)
    if lang == "ru":
        text = _RU_ONE_LETTER.sub(rf"\1{NO_BREAK_SPACE}", text)
    return text


def unbroken_runs(text: str) -> list[str]:
    """``text``'s runs that a line never breaks inside: its words, and the
    words joined by no-break spaces ("с\u00a0партнёрами") as one."""
    return [run for run in _BREAKING_SPACE.split(text) if run]
