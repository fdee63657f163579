"""Contact cards: organisations with typed entries, read from contacts.yaml.

Phone numbers are stored in E.164 and shown as staff wrote them (the seed's
readable grouping); e-mail addresses are checked. A broken entry is left out,
the rest of its card still shows. Pure Python: no Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.fields import Fields, Fit, parse_id, parse_plain_text, parse_text
from kiosk.content.model import (
    ENTRY_KINDS,
    PHONE_KINDS,
    ContactEntry,
    Organization,
    PostalAddress,
)
from kiosk.content.problems import ProblemLog
from kiosk.content.vcard import MAX_QR_BYTES, oversized_card
from kiosk.content.yamlsource import line_of, refused

MAX_ORGANIZATIONS = 10
MAX_ENTRIES = 20  # on one card

_PHONE_CHARS = re.compile(r"^\+[0-9 ()\-.]+$")
# Pragmatic, not RFC 5322: one @, a dotted domain, no spaces or control chars.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def to_e164(text: str) -> str | None:
    """'+993 (12) 44-56-92' → '+99312445692'; None if it is no E.164 number."""
    if not _PHONE_CHARS.match(text) or text.count("(") != text.count(")"):
        return None
    digits = re.sub(r"\D", "", text)
    if not 8 <= len(digits) <= 15 or digits[0] == "0":
        return None
    return "+" + digits


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text


def parse_contacts(root: Node, log: ProblemLog, languages: Sequence[str]) -> list[Organization]:
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
        org = _parse_org(node, f"organizations[{i}]", log, languages)
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
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> Organization | None:
    fields = Fields(node, path, log, required=("id", "name", "entries"))
    if not fields.ok:
        return None
    org_id = parse_id(fields.values["id"], fields.sub("id"), log)
    name = parse_text(
        fields.values["name"], fields.sub("name"), log, languages, fit=Fit.ORG_NAME
    )
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
        if (entry := _parse_entry(child, f"{fields.sub('entries')}[{j}]", log, languages))
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
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
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
        number_node = fields.values["number"]
        number = parse_plain_text(number_node, f"{path}.number", log)
        e164 = to_e164(number) if number else None
        if number is not None and e164 is None:
            log.error(
                line_of(number_node),
                f"{path}.number: '{printable(number, 40)}' is not an international "
                "phone number (+, country code, 8 to 15 digits)",
            )
        return ContactEntry(kind, e164, " ".join(number.split())) if e164 and number else None
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
    street = parse_text(
        fields.values["street"], f"{path}.street", log, languages, fit=Fit.ADDRESS
    )
    postcode = parse_plain_text(fields.values["postcode"], f"{path}.postcode", log)
    city = parse_text(fields.values["city"], f"{path}.city", log, languages, fit=Fit.ADDRESS)
    country = parse_text(
        fields.values["country"], f"{path}.country", log, languages, fit=Fit.ADDRESS
    )
    if street is None or postcode is None or city is None or country is None:
        return None
    return ContactEntry(kind, address=PostalAddress(street, postcode, city, country))


def _value_of(node: Node, key: str) -> Node | None:
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return v
    return None
