"""Texts set for lines as print sets them (kiosk/content/line_setting.py): a
Russian short preposition or conjunction keeps to the word after it, a
number to the word it counts, a dash to the word before it; the words
themselves never change."""

from __future__ import annotations

import pytest

from kiosk.content import load_content
from kiosk.content.line_setting import set_for_lines, unbroken_runs
from kiosk.content.model import LocalText
from kiosk.paths import default_content_dir

NB = "\u00a0"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("сотрудничество с партнёрами", f"сотрудничество с{NB}партнёрами"),
        ("и в Азии", f"и{NB}в{NB}Азии"),  # one after another
        ("В связи с этим", f"В{NB}связи с{NB}этим"),  # a capital, at the start
        ("«В мире» (и не только)", f"«В{NB}мире» (и{NB}не{NB}только)"),  # after « and (
        ("Тринидад и Тобаго", f"Тринидад и{NB}Тобаго"),
        ("2025 — Международный год", f"2025{NB}— Международный год"),
        ("Центральная Азия – Китай", f"Центральная Азия{NB}– Китай"),
        ("диалог со странами", f"диалог со{NB}странами"),  # two letters too
        ("Не только на словах", f"Не{NB}только на{NB}словах"),
        ("со 155 странами", f"со{NB}155{NB}странами"),  # a number keeps to its word
        ("в 1,5 раза", f"в{NB}1,5 раза"),  # (a whole number only)
        ("торгово-экономических связей", "торгово-экономических связей"),  # no word alone
        ("связь, и", "связь, и"),  # at the end: nothing follows to keep to
        ("Азия—Европа", "Азия—Европа"),  # a dash with no spaces joins already
    ],
)
def test_russian_is_set_as_russian_print_sets_it(written: str, shown: str):
    assert set_for_lines(written, "ru") == shown
    assert set_for_lines(written, "ru").replace(NB, " ") == written  # the same words


@pytest.mark.parametrize("lang", ["tk", "en"])
def test_other_languages_keep_their_numbers_and_dashes_only(lang: str):
    # Nor its short words: "a", "I", "of" in English, "we" in Turkmen.
    assert set_for_lines("a partner and I on we", lang) == "a partner and I on we"
    assert set_for_lines("with 54 organizations", lang) == f"with 54{NB}organizations"
    assert set_for_lines("2025 — Year of Peace", lang) == f"2025{NB}— Year of Peace"
    assert set_for_lines("Merkezi Aziýa – Hytaý", lang) == f"Merkezi Aziýa{NB}– Hytaý"


def test_a_run_joined_by_no_break_spaces_is_one():
    assert unbroken_runs(f"отношений с{NB}соседними  и\tв{NB}мире") == [
        "отношений",
        f"с{NB}соседними",
        "и",
        f"в{NB}мире",
    ]


def test_the_content_is_kept_as_written_and_shown_set_for_lines():
    text = LocalText({"ru": "мир и доверие", "en": "peace and trust"})
    assert text.values["ru"] == "мир и доверие"  # as written (the review page shows it)
    assert text.get("ru") == f"мир и{NB}доверие"
    assert text.get("tk") == "peace and trust"  # the fallback, set as English
    assert text == LocalText({"ru": "мир и доверие", "en": "peace and trust"})
    assert hash(text) == hash(LocalText({"ru": "мир и доверие", "en": "peace and trust"}))


def test_the_shipped_content_has_russian_set_for_lines():
    content = load_content(default_content_dir()).content
    assert content is not None
    regions = {r.id: r for r in content.regions}
    latin = next(r for r in regions.values() if "Карибский" in r.name.values["ru"])
    assert latin.name.get("ru") == f"Латинская Америка и{NB}Карибский бассейн"
    assert content.site.motto.get("ru").startswith(f"2025{NB}— ")
