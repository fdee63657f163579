"""Each language's alphabetical order (kiosk/models/collation.py)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QCollator, QLocale

from kiosk.models.collation import TURKMEN_ALPHABET, follows, sort_key, sort_names, turkmen_key

# A B Ç D E Ä F G H I J Ž K L M N Ň O Ö P R S Ş T U Ü W Y Ý Z
TURKMEN = [
    "Awstriýa", "Azerbaýjan", "Belgiýa", "Çad", "Çili", "Daniýa", "Ermenistan", "Eýran",
    "Äleme", "Fransiýa", "Gazagystan", "Gyrgyzystan", "Hytaý", "Irlandiýa", "Jibuti", "Žurnal",
    "Kuba", "Liwan", "Mali", "Nepal", "Ňagşy", "Oman", "Owganystan", "Özbegistan", "Peru",
    "Rumyniýa", "Sudan", "Şwesiýa", "Şweýsariýa", "Tunis", "Türkiýe", "Uganda", "Ürgenç",
    "Wengriýa", "Yrak", "Ysraýyl", "Ýaponiýa", "Ýemen", "Zambiýa", "Zimbabwe",
]  # fmt: skip
RUSSIAN = [
    "Австралия", "Азербайджан", "Ангола", "Ежевичные острова", "Ёлкино", "Ель", "Жамайка",
    "Йемен", "Кыргызстан", "остров Буве", "Остров Мэн", "Эквадор", "Южная Африка", "Япония",
]  # fmt: skip
ENGLISH = [
    "Afghanistan", "Åland Islands", "Albania", "Côte d’Ivoire", "Croatia", "Curaçao", "Cyprus",
    "Réunion", "Romania", "Saint Lucia", "São Tomé", "Senegal", "Türkiye", "Turkmenistan",
]  # fmt: skip


@pytest.mark.parametrize(("lang", "ordered"), [("tk", TURKMEN), ("ru", RUSSIAN), ("en", ENGLISH)])
def test_names_sort_in_the_languages_alphabet(lang: str, ordered: list[str]):
    shuffled = ordered[:]
    random.Random(lang).shuffle(shuffled)
    assert sort_names(shuffled, lang) == ordered


def test_code_point_order_would_be_wrong():
    """What the kiosk did before: Çad after Zimbabwe, Özbegistan after Täjigistan."""
    assert sorted(TURKMEN, key=str.casefold) != TURKMEN
    assert sorted(["Çad", "Zimbabwe"], key=str.casefold) == ["Zimbabwe", "Çad"]
    assert sort_names(["Zimbabwe", "Çad", "Täjigistan", "Özbegistan"], "tk") == [
        "Çad", "Özbegistan", "Täjigistan", "Zimbabwe",
    ]  # fmt: skip


def test_icu_knows_the_turkmen_alphabet():
    """Qt's collator (ICU's "tk" tailoring) puts Ä after E, Ž after J, Ý
    after Y: the kiosk uses it as it is."""
    key = QCollator(QLocale("tk_TM")).sortKey
    assert follows(key, TURKMEN_ALPHABET)
    assert sort_key("tk") is not turkmen_key


def test_a_collator_without_turkmen_is_caught_and_the_alphabet_used():
    """English order (Ä with A, Ç with C) is not Turkmen: the check says so,
    and the alphabet's own key sorts right."""
    english = QCollator(QLocale("en_GB")).sortKey
    assert not follows(english, TURKMEN_ALPHABET)
    assert not follows(str.casefold, TURKMEN_ALPHABET)
    assert follows(turkmen_key, TURKMEN_ALPHABET)
    shuffled = TURKMEN[:]
    random.Random(1).shuffle(shuffled)
    assert sorted(shuffled, key=turkmen_key) == TURKMEN


def test_the_turkmen_key_puts_spaces_and_punctuation_first():
    assert sorted(["Gonkongy", "Gonkong, Hytaý", "Gonkong"], key=turkmen_key) == [
        "Gonkong", "Gonkong, Hytaý", "Gonkongy",
    ]  # fmt: skip
    assert sorted(["b", "B", "a"], key=turkmen_key) == ["a", "B", "b"]
