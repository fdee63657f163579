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


def test_a_join_never_makes_a_piece_longer_than_the_room_it_is_shown_in():
    """A join that would not fit would break inside a word instead: where
    the room is short, or in a chain of short words (hostile content), the
    text stays as written."""
    assert set_for_lines("с международными", "ru", 18) == f"с{NB}международными"
    assert set_for_lines("с международными", "ru", 14) == "с международными"
    # Qt may break after a hyphen: "и Юго-" is the piece that must fit.
    assert set_for_lines("Восточная и Юго-Восточная Азия", "ru", 14) == (
        f"Восточная и{NB}Юго-Восточная Азия"
    )
    chain = "и в с к о у а я во до " * 20 + "слово"
    assert set_for_lines(chain, "ru") == chain
    # Only the run too long is left as written; the rest of the text is set.
    assert set_for_lines(f"{chain}, и мир", "ru") == f"{chain}, и{NB}мир"
    for room in (1, 5, 14, 24):
        for text in (chain, "Since 1995 Turkmenistan", "с 54 авторитетными и в мире"):
            shown = set_for_lines(text, "ru", room)
            written_longest = max(len(w) for w in text.split())
            assert max(len(run) for run in unbroken_runs(shown)) <= max(room, written_longest)


def test_the_room_is_the_field_s_and_what_leaves_the_screen_is_as_written():
    text = LocalText({"ru": "с международными", "en": "with 54 states"}, room=14)
    assert text.get("ru") == "с международными"  # 16 characters joined: more than 14
    assert text.get("en") == f"with 54{NB}states"
    assert text.written("en") == "with 54 states"
    assert text.written("tk") == "with 54 states"  # the fallback, as get's
    assert LocalText({}).written("ru") == ""


def test_a_vcard_carries_the_text_as_written():
    """A visitor's phone keeps the contact as the ministry wrote it: no
    no-break spaces in its name."""
    from kiosk.content.model import Organization
    from kiosk.content.vcard import make_vcard, unfold

    name = LocalText({"ru": "Посольство в Москве", "en": "Embassy in 2 cities"})
    assert NB in name.get("ru")  # shown set for lines
    for lang, written in (("ru", "Посольство в Москве"), ("en", "Embassy in 2 cities")):
        card = make_vcard(Organization(id="e", name=name, entries=()), lang, {})
        assert NB not in card
        assert f"FN:{written}" in unfold(card)
