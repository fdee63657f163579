"""Official country names, read from names.yaml. Pure Python: no Qt.

CLDR (through Babel) names every country in every language, but not always
as a foreign ministry writes it: "South Korea" where the ministry says
"Republic of Korea", "Киргизия" for "Кыргызстан", "Bosnia & Herzegovina",
"о-ва" for "острова". names.yaml names every country and area of UN M49 by
one rule, UN usage (its header explains it; tools/build_names.py makes it);
a language it does not give keeps CLDR's name (kiosk.i18n.country_name is
the one place that chooses), and `kiosk validate` warns of that and of a
name that breaks the rule (informal_part says how).

    names:
      KR:
        tk: Koreýa Respublikasy
        ru: Республика Корея
        en: Republic of Korea
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode

from kiosk.content.characters import printable
from kiosk.content.fields import Fields, kind_of, parse_plain_text
from kiosk.content.model import KNOWN_LANGUAGES, CountryName, LocalText, Organization
from kiosk.content.partners import m49_table
from kiosk.content.problems import Problem, ProblemLog, Severity
from kiosk.content.yamlsource import line_of, refused

ISO_CODE = re.compile(r"^[A-Z]{2}$")
MAX_NAMES = 300  # M49 lists 249 countries and areas
MAX_NAME_CHARS = 80
SHOWN_CODES = 10  # countries named in one message; the rest are counted
SORT_KEY = "sort"  # beside the languages: where lists sort the name

# What UN usage never writes in a country's short name, with why: CLDR's
# informal forms, and edits a hurried hand would make. A pattern, not a list
# of bad names, so that a new entry is held to the same rule.
INFORMAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"&"), "'&' for 'and'"),
    (re.compile(r"\.|\bо-ва?\b"), "an abbreviation"),
    (re.compile(r"\b[A-ZА-ЯЁÄÇŇÖŞÜÝŽ]{2,}\b"), "an abbreviation in capitals"),
    (re.compile(r"\s[-–—]|[-–—]\s"), "a spaced dash (a city telling two countries apart)"),
    (re.compile(r"['\"]"), "a straight quote (write ’)"),
)
# Brackets that are part of the UN's name itself, not a second name or a
# sort order: the Cocos (Keeling) Islands, and the Falkland Islands
# (Malvinas), the name the UN gives a territory in dispute.
KEPT_BRACKETS = frozenset(
    {"(Keeling)", "(Килинг)", "(Kiling)", "(Malvinas)", "(Мальвинские)", "(Malwin)"}
)
BRACKETS = re.compile(r"\([^()]*\)?|\)")


def informal_part(name: str) -> str | None:
    """Why ``name`` is not a UN-usage short name ("an abbreviation"), or None."""
    for pattern, why in INFORMAL:
        if pattern.search(name):
            return why
    if any(b not in KEPT_BRACKETS for b in BRACKETS.findall(name)):
        return "brackets (a second name, or a sort order: write the name as it is said)"
    return None


def unofficial_countries(
    organizations: Sequence[Organization], names: Sequence[CountryName]
) -> list[Problem]:
    """Warnings for a contact address whose country is not written as the
    kiosk names it (names.yaml, else CLDR): "Russia" for the Russian
    Federation. The contacts screen follows the map's rule. None without a
    names file (its own warning says so)."""
    if not names:
        return []
    official = {n.code: n.name.values for n in names}
    shown = {(lang, text) for values in official.values() for lang, text in values.items()}
    problems = []
    for organization in organizations:
        for contact in organization.entries:
            if contact.address is None or contact.origin is None:
                continue
            for lang, text in contact.address.country.values.items():
                if (lang, text) in shown:
                    continue
                # CLDR's name is what the kiosk shows where names.yaml gives none.
                code = _cldr_code(lang, text)
                name = official.get(code or "", {}).get(lang)
                if code and not name:
                    continue
                where = contact.origin
                problems.append(
                    Problem(
                        where.file,
                        where.line,
                        Severity.WARNING,
                        f"{where.field}.{lang}: '{printable(text, 60)}' is not a country's name "
                        "as names.yaml writes it" + (f" (write '{name}')" if name else ""),
                    )
                )
    return problems


def _cldr_code(lang: str, text: str) -> str | None:
    """The country CLDR calls ``text`` in ``lang``, if any."""
    from babel import Locale  # only for a name that is wrong: start-up never needs it

    territories = Locale.parse(lang).territories
    return next((code for code, name in territories.items() if name == text), None)


def parse_names(root: Node, log: ProblemLog, languages: Sequence[str]) -> list[CountryName]:
    fields = Fields(root, "", log, required=("names",))
    if not fields.ok:
        return []
    node = fields.values["names"]
    if refused(node):
        return []
    if not isinstance(node, MappingNode):
        log.error(
            line_of(node),
            "names: expected country codes with their names (KR: {tk: …, ru: …, en: …}), "
            f"got {kind_of(node)}",
        )
        return []
    if not node.value:
        log.error(line_of(node), "names: no country named")
        return []
    pairs = node.value
    if len(pairs) > MAX_NAMES:
        log.error(
            line_of(pairs[MAX_NAMES][0]),
            f"names: {len(pairs)} countries; the limit is {MAX_NAMES}, "
            f"so only the first {MAX_NAMES} are used",
        )
        pairs = pairs[:MAX_NAMES]
    known = m49_table().countries
    names: list[CountryName] = []
    seen: set[str] = set()
    for key, value in pairs:
        if refused(key) or refused(value):
            continue
        # The raw text, whatever YAML 1.1 thinks of it: Norway's NO is no boolean here.
        code = key.value.strip() if isinstance(key, ScalarNode) else ""
        shown = printable(code, 20) if isinstance(key, ScalarNode) else kind_of(key)
        if not ISO_CODE.match(code):
            log.error(line_of(key), f"names.{shown}: '{shown}' is not an ISO 3166-1 alpha-2 code")
            continue
        if code not in known:
            log.error(
                line_of(key),
                f"names.{code}: no country or area '{code}' in UN M49 (the map's countries)",
            )
            continue
        if code in seen:  # a duplicate key: yamlsource reports it
            continue
        seen.add(code)
        name, sort = _parse_name(value, f"names.{code}", log, languages)
        if name is not None:
            names.append(CountryName(code, name, sort))
    # A country left out shows CLDR's name, informal or not: say which.
    if missing := sorted(known - {n.code for n in names}):
        shown = ", ".join(missing[:SHOWN_CODES])
        more = f" and {len(missing) - SHOWN_CODES} more" if len(missing) > SHOWN_CODES else ""
        log.warning(
            line_of(node),
            f"names: {len(missing)} of the {len(known)} countries and areas of UN M49 have no "
            f"name here, so CLDR's is shown: {shown}{more} (tools/build_names.py writes all)",
        )
    return names


def _parse_name(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> tuple[LocalText | None, LocalText | None]:
    """The names by language, and where lists sort them (``sort:``)."""
    if not isinstance(node, MappingNode):
        log.error(
            line_of(node), f"{path}: expected names by language (tk, ru, en), got {kind_of(node)}"
        )
        return None, None
    values: dict[str, str] = {}
    sort: LocalText | None = None
    for key, value in node.value:
        if refused(key):
            continue
        lang = key.value if isinstance(key, ScalarNode) else None
        if lang == SORT_KEY:
            sort = _parse_sort_forms(value, f"{path}.{SORT_KEY}", log)
            continue
        if lang not in KNOWN_LANGUAGES:
            shown = printable(lang, 20) if lang is not None else kind_of(key)
            log.error(
                line_of(key),
                f"{path}: unknown language code '{shown}' (known: {', '.join(KNOWN_LANGUAGES)})",
            )
            continue
        text = parse_plain_text(value, f"{path}.{lang}", log, most=MAX_NAME_CHARS)
        if text is not None and lang not in values:
            values[lang] = text
            if "\n" in text:
                log.error(line_of(value), f"{path}.{lang}: a name is one line")
                del values[lang]
            elif why := informal_part(text):
                log.warning(
                    line_of(value),
                    f"{path}.{lang}: '{text}' has {why}; names follow UN usage "
                    "(the file's header says how)",
                )
    if not values:
        log.error(line_of(node), f"{path}: no name in any language")
        return None, None
    for lang in languages:
        if lang not in values:
            log.warning(
                line_of(node), f"{path}: no '{lang}' name; CLDR's name is shown in that language"
            )
    return LocalText(values), sort


def _parse_sort_forms(node: Node, path: str, log: ProblemLog) -> LocalText | None:
    """``sort: {en: Bolivia (Plurinational State of)}``: where a list puts
    the name, in the languages given (the others sort by the name)."""
    if refused(node):
        return None
    if not isinstance(node, MappingNode):
        log.error(
            line_of(node),
            f"{path}: expected sort forms by language (en: …), got {kind_of(node)}",
        )
        return None
    forms: dict[str, str] = {}
    for key, value in node.value:
        lang = key.value if isinstance(key, ScalarNode) else None
        if refused(key) or refused(value):
            continue
        if lang not in KNOWN_LANGUAGES:
            shown = printable(lang, 20) if lang is not None else kind_of(key)
            log.error(
                line_of(key),
                f"{path}: unknown language code '{shown}' (known: {', '.join(KNOWN_LANGUAGES)})",
            )
            continue
        text = parse_plain_text(value, f"{path}.{lang}", log, most=MAX_NAME_CHARS)
        if text is not None and "\n" not in text:
            forms.setdefault(lang, text)
    return LocalText(forms) if forms else None
