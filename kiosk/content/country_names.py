"""A country's name as the kiosk shows it, in one place. Pure Python: the
screens (through kiosk.i18n) and the review page both ask here."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from kiosk.content.line_setting import set_for_lines

NO_OFFICIAL_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType({})


def country_name(
    lang: str, code: str, official: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES
) -> str:
    """The content's official name in this language (names.yaml, by code
    then language), else CLDR's (Babel), else CLDR's English one. Never
    typed by hand anywhere else. Set for lines as the content's texts are
    ("Босния и\u00a0Герцеговина": kiosk/content/line_setting.py)."""
    return set_for_lines(_written_name(lang, code, official), lang)


def _written_name(lang: str, code: str, official: Mapping[str, Mapping[str, str]]) -> str:
    if name := official.get(code, {}).get(lang):
        return name
    from babel import Locale  # on first use: start-up does not need CLDR

    return _territories(lang).get(code) or Locale.parse("en").territories.get(code, code)


def country_sort_form(
    lang: str,
    code: str,
    official: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES,
    sort_forms: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES,
) -> str:
    """What a list sorts the country by: the UN's sort form where the
    content gives one ("Iran (Islamic Republic of)" for the Islamic
    Republic of Iran, under I), else the name shown."""
    return sort_forms.get(code, {}).get(lang) or _written_name(lang, code, official)


@cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(lang).territories)
