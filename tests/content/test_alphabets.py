"""Each language's alphabetical order without a collator (kiosk review)."""

from __future__ import annotations

from kiosk.content.alphabets import sorted_in


def test_turkmen_letters_sort_in_the_turkmen_alphabet():
    names = ["Özbegistan", "Täjigistan", "Çad", "Zimbabwe", "Ýemen", "Ermenistan", "Äpet"]
    assert sorted_in(names, "tk") == [
        "Çad", "Ermenistan", "Äpet", "Özbegistan", "Täjigistan", "Ýemen", "Zimbabwe",
    ]  # fmt: skip


def test_russian_yo_sorts_with_ye_not_after_ya():
    assert sorted_in(["Япония", "Ёмкость", "Ель", "Жук"], "ru") == [
        "Ель", "Ёмкость", "Жук", "Япония",
    ]  # fmt: skip


def test_capitals_and_spaces():
    assert sorted_in(["b", "B", "a"], "en") == ["a", "B", "b"]
    assert sorted_in(["Gonkongy", "Gonkong, Hytaý", "Gonkong"], "tk") == [
        "Gonkong", "Gonkong, Hytaý", "Gonkongy",
    ]  # fmt: skip
