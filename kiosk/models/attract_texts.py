"""What the attract and "unavailable" screens say: every language at once.

Plain Python (the root model hands the result to QML as a map): which motto,
topics, prompts, notices and key figures, in the content's languages, side
by side, and the three ways in, one per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.content import LANGUAGE_NAMES, Content
from kiosk.content.model import Figure, Notice
from kiosk.i18n import (
    ATTRACT_PROMPTS,
    UNAVAILABLE_MESSAGES,
    UiTranslator,
    format_date,
    format_number,
)

# Each language's way in, written in that language: the button's label, and
# its name for a screen reader (which says what the button does).
START_LABELS = MappingProxyType({"tk": "Başla", "ru": "Начать", "en": "Start"})
START_NAMES = MappingProxyType(
    {
        "tk": "Türkmen dilinde başla",
        "ru": "Начать на русском языке",
        "en": "Start in English",
    }
)
# A key figure counts up from nought in this many steps (fewer for a small
# number). The attract screen shows at most 2.5 steps a second (WCAG 2.3.1:
# nothing may change more than three times a second), so the count reads as
# counting and the digits never flicker.
COUNT_STEPS = 8

# The day a key figure holds for, worded as home's band words it (the same
# Qt Linguist message: HeroBand.qml's qsTr), so that the attract screen,
# home and the map never date a figure in three ways. The root model looks
# it up in every language (UiTranslator.text) and hands the wordings here.
AS_OF = ("HeroBand", QT_TRANSLATE_NOOP("HeroBand", "as of %1"))


def count_steps(value: int, steps: int = COUNT_STEPS) -> list[int]:
    """The numbers a figure shows as it counts up to ``value``: 0 first,
    ``value`` last, rising, none twice."""
    if value <= 0:
        return [value]
    numbers = sorted({round(value * i / steps) for i in range(steps + 1)})
    return numbers


def figure_texts(
    figure: Figure, languages: Sequence[str], as_of: Mapping[str, str] | None = None
) -> dict[str, object]:
    """One key figure: its count as each language writes numbers (the
    screen shows it as the language the reset chose writes it: the language
    a tap anywhere starts in), its label in every language, and the day it
    holds for in every language ("as of 1 October 2022"; ``as_of`` maps a
    language to its wording of "as of %1", English where it has none)."""
    steps = count_steps(figure.value)
    wording = as_of or {}
    return {
        "steps": {lang: [format_number(lang, n) for n in steps] for lang in languages},
        "labels": [figure.label.get(lang) for lang in languages],
        "asOf": [
            wording.get(lang, AS_OF[1]).replace("%1", format_date(lang, figure.as_of))
            for lang in languages
        ]
        if figure.as_of
        else [],
    }


def attract_texts(
    content: Content | None,
    languages: Sequence[str],
    motto_shown: bool,
    notices: Sequence[Notice],
    as_of: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """The motto (only in its year), each topic's title, the prompt to
    start, each notice's title with its id and kind, and the key figures
    with the day they hold for: each as a list in the content's languages.
    ``starts``: a way in per language, in the content's order. ``as_of``:
    each language's wording of "as of %1" (AS_OF)."""
    if content is None:
        return {
            "motto": [], "highlights": [], "prompts": [], "notices": [], "figures": [],
            "starts": [], "letterheads": [],
        }  # fmt: skip
    site = content.site
    return {
        # The header's title and the ministry's name in every language: the
        # header lays itself out for the longest, so that a language switch
        # never changes it (Letterhead.qml).
        "letterheads": [
            [site.title.get(lang), site.ministry.get(lang) if site.ministry else ""]
            for lang in languages
        ],
        "motto": [site.motto.get(lang) for lang in languages] if motto_shown else [],
        "highlights": [[s.title.get(lang) for lang in languages] for s in content.sections],
        "prompts": [ATTRACT_PROMPTS[lang] for lang in languages],
        "notices": [
            {"id": n.id, "kind": n.kind, "titles": [n.title.get(lang) for lang in languages]}
            for n in notices
        ],
        "figures": [figure_texts(f, languages, as_of) for f in site.figures],
        "starts": [
            {
                "lang": lang,
                "label": START_LABELS[lang],
                "name": START_NAMES[lang],
                "language": LANGUAGE_NAMES[lang],
            }
            for lang in languages
        ],
    }


class AttractTexts:
    """attract_texts, made once for what they are made of (compared by
    identity: content and notices are immutable and replaced whole). Every
    binding that shows a part reads them whole, and those that also depend
    on the text size read them again at each "Aa", on any screen."""

    def __init__(self) -> None:
        self._made_of: tuple[object, ...] | None = None
        self._texts: dict[str, object] = {}

    def texts(
        self,
        made_of: tuple[Content | None, Sequence[str], bool, Sequence[Notice]],
        translator: UiTranslator,
    ) -> dict[str, object]:
        old = self._made_of
        if old is None or any(a is not b for a, b in zip(old, made_of, strict=True)):
            content, languages, motto_shown, notices = made_of
            as_of = {lang: translator.text(lang, *AS_OF) for lang in languages}
            self._texts = attract_texts(content, languages, motto_shown, notices, as_of=as_of)
            self._made_of = made_of
        return self._texts


def unavailable_texts() -> list[dict[str, str]]:
    """The calm "temporarily unavailable" message, in every language."""
    return [{"lang": c, "title": t, "detail": d} for c, t, d in UNAVAILABLE_MESSAGES]
