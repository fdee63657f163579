"""Contact cards: organisations with typed entries, read from contacts.yaml.

Phone numbers are checked by libphonenumber (kiosk.content.phones), stored in
E.164 for the QR codes and shown in the library's international format, the
same for every number; e-mail addresses are checked. A broken entry is left
out, the rest of its card still shows. Pure Python: no Qt here.

The kiosk's first read, which the first frame waits for, reads numbers
without the library (``check_phones=False``): their shape is checked then,
their digits by :func:`check_phones` once the first frame is on screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import escaped, printable
from kiosk.content.fields import Fields, Fit, parse_id, parse_plain_text, parse_text
from kiosk.content.model import (
    ENTRY_KINDS,
    PHONE_KINDS,
    ContactEntry,
    Organization,
    Origin,
    PostalAddress,
)
from kiosk.content.phones import check_phone, shape_problem
from kiosk.content.problems import Problem, ProblemLog, Severity
from kiosk.content.vcard import MAX_QR_BYTES, oversized_card
from kiosk.content.yamlsource import line_of, refused

MAX_ORGANIZATIONS = 10
MAX_ENTRIES = 20  # on one card

# Pragmatic, not RFC 5322: one @, a dotted domain, no spaces or control chars.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text


def parse_contacts(
    root: Node, log: ProblemLog, languages: Sequence[str], *, check_phones: bool = True
) -> list[Organization]:
    """``check_phones``: check numbers with libphonenumber now; without it,
    only their shape, and :func:`check_phones` checks them later."""
    fields = Fields(root, "", log, required=("organizations",))
    if not fields.ok:
        return []
    orgs_node = fields.values["organizations"]
    if refused(orgs_node):
        return []
    if not isinstance(orgs_node, SequenceNode) or not orgs_node.value:
        log.error(line_of(orgs_node), "organizations: expected a non-empty list")
        return []
    organizations: list[Organization] = []
    seen: dict[str, int] = {}
    nodes = orgs_node.value
    if len(nodes) > MAX_ORGANIZATIONS:
        log.error(
            line_of(nodes[MAX_ORGANIZATIONS]),
            f"organizations: {len(nodes)} cards; the limit is {MAX_ORGANIZATIONS}, "
            f"so only the first {MAX_ORGANIZATIONS} are used",
        )
        nodes = nodes[:MAX_ORGANIZATIONS]
    for i, node in enumerate(nodes):
        org = _parse_org(node, f"organizations[{i}]", log, languages, check_phones)
        if org is None:
            continue
        if org.id in seen:
            log.error(
                line_of(node),
                f"organizations[{i}].id: duplicate id '{org.id}' (first at line {seen[org.id]})",
            )
            continue
        seen[org.id] = line_of(node)
        organizations.append(org)
    return organizations


def _parse_org(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str], check_phones: bool
) -> Organization | None:
    fields = Fields(node, path, log, required=("id", "name", "entries"))
    if not fields.ok:
        return None
    org_id = parse_id(fields.values["id"], fields.sub("id"), log)
    name = parse_text(fields.values["name"], fields.sub("name"), log, languages, fit=Fit.ORG_NAME)
    entries_node = fields.values["entries"]
    if refused(entries_node):
        return None
    if not isinstance(entries_node, SequenceNode) or not entries_node.value:
        log.error(line_of(entries_node), f"{fields.sub('entries')}: expected a non-empty list")
        return None
    children = entries_node.value
    if len(children) > MAX_ENTRIES:
        log.error(
            line_of(children[MAX_ENTRIES]),
            f"{fields.sub('entries')}: {len(children)} entries; the limit is {MAX_ENTRIES}, "
            f"so only the first {MAX_ENTRIES} are used",
        )
        children = children[:MAX_ENTRIES]
    # A broken entry is left out; the card keeps the others.
    entries = [
        entry
        for j, child in enumerate(children)
        if (
            entry := _parse_entry(
                child, f"{fields.sub('entries')}[{j}]", log, languages, check_phones
            )
        )
    ]
    if org_id is None or name is None or not entries:
        return None
    org = Organization(org_id, name, tuple(entries))
    if (too_big := oversized_card(org, languages)) is not None:
        lang, size = too_big
        log.error(
            line_of(node),
            f"{path}: its contact card is {size:,} bytes in '{lang}'; a QR code holds at most "
            f"{MAX_QR_BYTES:,}: shorten the name or the address",
        )
        return None
    return org


_ENTRY_FIELDS = {
    **{kind: ("number",) for kind in PHONE_KINDS},
    "email": ("address",),
    "address": ("street", "postcode", "city", "country"),
}


def _parse_entry(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str], check_phones: bool
) -> ContactEntry | None:
    kind_node = _value_of(node, "type")
    if kind_node is None:  # report the missing type (and any unknown key) once
        every_field = sorted({f for names in _ENTRY_FIELDS.values() for f in names})
        Fields(node, path, log, required=("type",), optional=every_field)
        return None
    kind = parse_plain_text(kind_node, f"{path}.type", log)
    if kind is None:
        return None
    if kind not in ENTRY_KINDS:
        log.error(
            line_of(kind_node),
            f"{path}.type: unknown entry type '{printable(kind, 30)}' "
            f"(known: {', '.join(ENTRY_KINDS)})",
        )
        return None
    # Each type names exactly the fields it needs: the messages say which.
    fields = Fields(node, path, log, required=("type", *_ENTRY_FIELDS[kind]))
    if not fields.ok:
        return None
    if kind in PHONE_KINDS:
        return _parse_phone(kind, fields.values["number"], f"{path}.number", log, check_phones)
    if kind == "email":
        address_node = fields.values["address"]
        address = parse_plain_text(address_node, f"{path}.address", log)
        if address is not None and not is_email(address):
            log.error(
                line_of(address_node),
                f"{path}.address: '{printable(address, 60)}' is not an e-mail address",
            )
            return None
        return ContactEntry(kind, address, address) if address else None
    street = parse_text(fields.values["street"], f"{path}.street", log, languages, fit=Fit.ADDRESS)
    postcode = parse_plain_text(fields.values["postcode"], f"{path}.postcode", log)
    city = parse_text(fields.values["city"], f"{path}.city", log, languages, fit=Fit.ADDRESS)
    country = parse_text(
        fields.values["country"], f"{path}.country", log, languages, fit=Fit.ADDRESS
    )
    if street is None or postcode is None or city is None or country is None:
        return None
    # Where the country was written: the loader checks it against names.yaml.
    origin = Origin(log.file, line_of(fields.values["country"]), f"{path}.country")
    return ContactEntry(kind, address=PostalAddress(street, postcode, city, country), origin=origin)


def _parse_phone(
    kind: str, node: Node, path: str, log: ProblemLog, check_phones: bool
) -> ContactEntry | None:
    number = parse_plain_text(node, path, log)
    if number is None:
        return None
    written = " ".join(number.split())
    origin = Origin(log.file, line_of(node), path)
    problem = shape_problem(written)
    if problem is None and not check_phones:
        digits = "+" + re.sub(r"\D", "", written)
        return ContactEntry(kind, digits, written, checked=False, origin=origin)
    found = check_phone(written) if problem is None else problem
    if isinstance(found, str):
        log.error(origin.line, _phone_message(origin, written, found))
        return None
    return ContactEntry(kind, found.e164, found.international, origin=origin)


def _phone_message(origin: Origin, written: str, problem: str) -> str:
    return f"{origin.field}: '{printable(written, 40)}' {problem}"


def check_phones(
    orgs: Sequence[Organization],
) -> tuple[tuple[Organization, ...], tuple[Problem, ...]]:
    """Every number read without the library, checked by it: each becomes
    E.164 and the international format, or is left out with an error at
    its line (and a card left with no entry goes). Numbers checked already
    are kept as they are, so this costs nothing the second time."""
    if not any(not e.checked for org in orgs for e in org.entries):
        return tuple(orgs), ()
    problems: list[Problem] = []
    kept: list[Organization] = []
    for org in orgs:
        entries: list[ContactEntry] = []
        for entry in org.entries:
            if entry.checked:
                entries.append(entry)
                continue
            found = check_phone(entry.display)
            if isinstance(found, str):
                where = entry.origin or Origin("contacts.yaml", 1, "number")
                message = _phone_message(where, entry.display, found)
                problems.append(Problem(where.file, where.line, Severity.ERROR, escaped(message)))
                continue
            entries.append(
                replace(entry, value=found.e164, display=found.international, checked=True)
            )
        if entries:
            kept.append(replace(org, entries=tuple(entries)))
    return tuple(kept), tuple(problems)


def _value_of(node: Node, key: str) -> Node | None:
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return v
    return None
