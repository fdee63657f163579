"""The contacts screen as a visitor uses it: QR codes read back off the screen."""

from __future__ import annotations

from helpers.visitor import (
    find,
    find_all,
    flick_to_end,
    qml_eval,
    read_qr,
    shown_named,
    tap,
    visible_texts,
    wait_screen,
    walk_shown,
)
from PySide6.QtGui import QAccessible

from kiosk.content.vcard import make_vcard

LABELS = {
    "en": {"reception": "Reception", "press-service": "Press service"},
    "ru": {"reception": "Приёмная", "press-service": "Пресс-служба"},
    "tk": {"reception": "Kabulhana", "press-service": "Metbugat gullugy"},
}


def open_contacts(ui, qtbot):
    wait_screen(qtbot, ui.window, "homeScreen")
    tap(ui.window, find(ui.window, "contactsButton"), qtbot)
    return wait_screen(qtbot, ui.window, "contactsScreen")


def card_qr_text(ui, qtbot) -> str:
    qr = find(ui.window, "cardQr_mfa")
    qtbot.waitUntil(lambda: qml_eval(qr, "status === Image.Ready"))
    qtbot.wait(30)  # and on screen
    codes = read_qr(ui.window, qr)
    assert len(codes) == 1, codes
    return codes[0]


def test_scanning_the_card_gives_the_vcard_in_every_language(ui, qtbot):
    open_contacts(ui, qtbot)
    mfa = ui.model.contacts.items[0]
    for lang in ("en", "ru", "tk"):
        tap(ui.window, find(ui.window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        expected = make_vcard(mfa, lang, LABELS[lang])
        qtbot.waitUntil(lambda expected=expected: card_qr_text(ui, qtbot) == expected, timeout=3000)
        assert mfa.name.get(lang) in visible_texts(ui.window)


def test_seed_contacts_are_on_screen(ui, qtbot):
    open_contacts(ui, qtbot)
    texts = visible_texts(ui.window)
    for shown in (
        "+993 12 44-56-92",
        "+993 12 44-58-12",
        "+993 12 44-56-87",
        "+993 12 44-56-04",
        "ddd@mfa.gov.tm",
        "Archabil av., 108",
        "744000 Ashgabat",
        "Turkmenistan",
        "Phone",
        "Fax",
        "Reception",
        "Press service",
        "E-mail",
        "Address",
    ):
        assert shown in texts, shown
    ui.model.setLanguage("ru")
    qtbot.waitUntil(lambda: "Телефон" in visible_texts(ui.window))  # after the next layout
    texts = visible_texts(ui.window)
    for shown in (
        "Телефон",
        "Факс",
        "Приёмная",
        "Пресс-служба",
        "проспект Арчабиль, 108",
        "744000 Ашхабад",
    ):
        assert shown in texts, shown


def test_tapping_a_number_or_the_email_shows_its_own_qr(ui, qtbot):
    open_contacts(ui, qtbot)
    window = ui.window
    for entry, payload, shown in (
        ("entry_mfa_phone", "tel:+99312445692", "+993 12 44-56-92"),
        ("entry_mfa_press-service", "tel:+99312445604", "+993 12 44-56-04"),
        ("entry_mfa_email", "mailto:ddd@mfa.gov.tm", "ddd@mfa.gov.tm"),
    ):
        tap(window, find(window, entry), qtbot)
        overlay = find(window, "entryQrOverlay")
        qtbot.waitUntil(lambda overlay=overlay: overlay.opacity() == 1)
        assert find(window, "entryQrValue").property("text") == shown
        qr = find(window, "entryQr")
        qtbot.waitUntil(lambda qr=qr: qml_eval(qr, "status === Image.Ready"))
        assert read_qr(window, qr) == [payload]
        tap(window, find(window, "entryQrClose"), qtbot)
        qtbot.waitUntil(lambda: not ui.model.contacts.focusOpen)
        qtbot.waitUntil(lambda overlay=overlay: not overlay.isVisible())


def test_fax_and_address_have_no_qr_of_their_own(ui, qtbot):
    open_contacts(ui, qtbot)
    for entry in ("entry_mfa_fax", "entry_mfa_address"):
        tap(ui.window, find(ui.window, entry), qtbot)
        qtbot.wait(50)
        assert not ui.model.contacts.focusOpen


def test_overlay_follows_language_and_closes_on_leaving(ui, qtbot):
    open_contacts(ui, qtbot)
    window = ui.window
    tap(window, find(window, "entry_mfa_reception"), qtbot)
    qtbot.waitUntil(lambda: ui.model.contacts.focusOpen)
    tap(window, find(window, "lang_tk"), qtbot)
    qtbot.waitUntil(lambda: ui.model.contacts.focusLabel == "Kabulhana")
    assert ui.model.contacts.focusAction == "Jaň etmek üçin skanirläň"
    ui.model.goHome()
    assert not ui.model.contacts.focusOpen
    wait_screen(qtbot, window, "homeScreen")


def test_one_way_back_home(ui, qtbot):
    open_contacts(ui, qtbot)
    assert not find_all(ui.window, "backButton")  # Home and Back would do the same
    tap(ui.window, find(ui.window, "homeButton"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")


def test_qr_codes_are_encoded_after_the_first_frame(make_ui, qtbot):
    from kiosk.models.qr_codes import encode, qr_version

    encode.cache_clear()
    ui = make_ui(lang="en")
    # 3 languages x the card's vCard + tel: x3 + mailto:, one per event-loop turn,
    qtbot.waitUntil(lambda: encode.cache_info().currsize >= 3 + 4, timeout=5000)
    # then the vCards at the card's version where their own is lower.
    cards, mfa = ui.model.contacts, ui.model.contacts.items[0]
    version = cards.card_version(mfa)
    lower = sum(qr_version(cards.vcard(mfa, lang)) < version for lang in ("tk", "ru", "en"))
    qtbot.waitUntil(lambda: encode.cache_info().currsize >= 3 + 4 + lower, timeout=5000)
    misses = encode.cache_info().misses
    ui.model.openContacts()
    ui.model.setLanguage("ru")
    qtbot.wait(300)
    assert encode.cache_info().misses == misses, "opening or switching waited for an encode"


def test_the_postcode_is_shown_as_written_and_named_digit_by_digit(ui, qtbot):
    """Speech mode and a screen reader read an entry's accessible name: the
    postcode in it is digits, not one number of six figures."""
    open_contacts(ui, qtbot)
    entry = find(ui.window, "entry_mfa_address")
    shown = [i.property("text") for i in walk_shown(entry) if i.inherits("QQuickText")]
    assert any("744000" in text for text in shown), shown
    name = QAccessible.queryAccessibleInterface(entry).text(QAccessible.Text.Name)
    assert "7 4 4 0 0 0" in name and "744000" not in name, name


def test_upright_the_card_says_there_is_more_below(make_ui, qtbot):
    """Upright, the card is taller than the screen leaves it: its foot fades
    out and a bar beside it shows how much more, until the visitor has
    flicked to its end. In landscape the card is whole, with neither."""
    ui = make_ui(lang="ru", size=(1920, 1080))
    open_contacts(ui, qtbot)
    assert not shown_named(ui.window, "cardsScrollBar")
    assert not shown_named(ui.window, "cardsMoreBelow")

    ui = make_ui(lang="ru", size=(1080, 1920))
    open_contacts(ui, qtbot)
    window = ui.window
    assert shown_named(window, "cardsScrollBar") and shown_named(window, "cardsMoreBelow")
    flick_to_end(window, find(window, "cardList"), qtbot)
    assert not shown_named(window, "cardsMoreBelow")
