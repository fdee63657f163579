"""Where a line may not break, by the rules printers follow in each language.

Russian print never leaves a short preposition or conjunction at the end
of a line: "с", "и", "со", "на" stay with the word after them ("с
партнёрами", "и Карибский бассейн"), or a caption reads "… сотрудничество
с" / "партнёрами". In every language a number stays with the word it counts
("155 государствами"), and a dash set between words stays at the end of the
line it follows ("2025 — Международный год"), never starting the next.

The content keeps its words; only the space that must not break becomes a
no-break space. Everywhere else it is still a space: speech reads it as one
(kiosk/speech/plain.py), and the source page check counts it as one
(kiosk/content/source_page.py).
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"

# Russian short words that lead into the next: the one-letter ones
# (prepositions, conjunctions, "я") and the two-letter prepositions,
# conjunctions and "не", at the start of the text or after a space or an
# opening bracket or quote, before a space.
RU_LEADING_WORDS = (
    "а в и к о с у я во до за из ко на не но об от по со"
)
_RU_LEADING = re.compile(
    r"(?:(?<=^)|(?<=[\s(«„“\"'\[]))("
    + "|".join(w for word in RU_LEADING_WORDS.split() for w in (word, word.capitalize()))
    + r") (?=\S)"
)
# A number keeps to the word it counts ("155 государствами", "54 organizations").
_NUMBER_AND_WORD = re.compile(r"(?<![\w.,])(\d+) (?=[^\W\d_])")
# A dash with a space on each side, after a word.
_SPACED_DASH = re.compile(r"(?<=\S) ([—–]) (?=\S)")
# Where a line may break between words: any white space but a no-break one.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
# Words joined by no-break spaces; inside one, Qt may still break after a
# hyphen, a dash or a slash.
_JOINED_RUN = re.compile(r"[^\s]+(?:[\u00a0\u202f\u2007]+[^\s]+)*")
_AFTER_BREAK = re.compile(r"(?<=[\-\u2010\u2013\u2014/])")
# The longest piece the joins may make where the text does not say how much
# room it has: a long Russian word and its preposition ("с\u00a0международными").
LONGEST_PIECE = 24


def set_for_lines(text: str, lang: str, longest: int = LONGEST_PIECE) -> str:
    """``text`` in ``lang`` with no-break spaces where its print would not
    break a line; but a join that would make a piece no line may break longer
    than ``longest`` characters (the room where the text is shown, or a
    chain "и в с к …" of hostile content) is left as written: a join that
    does not fit would break inside a word instead."""
    shown = _SPACED_DASH.sub(rf"{NO_BREAK_SPACE}\1 ", text)
    shown = _NUMBER_AND_WORD.sub(rf"\1{NO_BREAK_SPACE}", shown)
    if lang == "ru":
        shown = _RU_LEADING.sub(rf"\1{NO_BREAK_SPACE}", shown)
    if shown == text:
        return text
    # Each join turned one space into one no-break space: the two texts align.
    out = list(shown)
    for run in _JOINED_RUN.finditer(shown):
        if _longest_piece(run[0]) > longest:
            out[run.start() : run.end()] = text[run.start() : run.end()]
    return "".join(out)


def _longest_piece(run: str) -> int:
    """The longest part of ``run`` (words joined by no-break spaces) that
    a line cannot break: Qt may break after a hyphen, a dash or a slash."""
    return max(len(piece) for piece in _AFTER_BREAK.split(run))


def unbroken_runs(text: str) -> list[str]:
    """``text``'s runs that a line never breaks inside: its words, and the
    words joined by no-break spaces ("с\u00a0партнёрами") as one."""
    return [run for run in _BREAKING_SPACE.split(text) if run]
