"""The packaged content: complete, in three languages, traceable to the seed."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys

from kiosk import paths
from kiosk.content import KNOWN_LANGUAGES, BulletList, LocalText, Paragraph, load_content

RESULT = load_content(paths.default_content_dir())
CONTENT = RESULT.content
# The ministry's page the content is written from, as the content folder carries it.
PAGE = paths.default_content_dir() / "source" / "page.txt"


def all_texts() -> list[LocalText]:
    site = CONTENT.site
    texts = [site.title, site.motto, *(f.label for f in site.figures)]
    for section in CONTENT.sections:
        texts += [section.title, section.summary]
        for block in section.body:
            texts += [block.text] if isinstance(block, Paragraph) else list(block.items)
    return texts


def test_packaged_content_is_clean():
    assert [str(p) for p in RESULT.problems] == []
    assert 6 <= len(CONTENT.sections) <= 8


def test_every_text_in_three_languages():
    for text in all_texts():
        assert set(text.values) == set(KNOWN_LANGUAGES), text


def test_languages_and_status():
    site = CONTENT.site
    assert site.languages == ("tk", "ru", "en")
    assert site.translation_status == {"tk": "draft", "ru": "draft", "en": "source"}
    assert site.motto.values["en"] == "2025 — International Year of Peace and Trust"
    # As shown: the dash stays on the line of the year (kiosk/content/line_setting.py).
    assert site.motto.get("en") == "2025\u00a0— International Year of Peace and Trust"


def test_key_figures_come_from_the_seed():
    assert [f.value for f in CONTENT.site.figures] == [155, 54]


def test_every_number_is_in_the_source_page():
    page = PAGE.read_text("utf-8")
    for text in all_texts():
        for number in re.findall(r"\d+", text.get("en")):
            assert number in page, f"{number!r} in {text.get('en')!r} is not in the source page"


def test_the_source_page_is_the_copy_its_note_describes():
    """page.txt is the ministry's text verbatim: an edit to it (a typo
    "fixed") would let quotes pass that the ministry never wrote."""
    note = (PAGE.parent / "SOURCE.txt").read_text("utf-8")
    recorded = re.search(r"^sha256 ([0-9a-f]{64})$", note, re.MULTILINE)
    assert recorded, "SOURCE.txt records page.txt's SHA-256"
    assert hashlib.sha256(PAGE.read_bytes()).hexdigest() == recorded[1]


def test_every_section_names_its_passages_of_the_source():
    for section in CONTENT.sections:
        assert section.passages, section.id
        assert all(p.first_line >= 1 for p in section.passages), section.id


def test_sections_are_ordered_and_short_enough_to_read_standing():
    orders = [s.order for s in CONTENT.sections]
    assert orders == sorted(orders)
    for section in CONTENT.sections:
        for block in section.body:
            items = [block.text] if isinstance(block, Paragraph) else block.items
            for text in items:
                assert len(text.get("en")) <= 320, f"{section.id}: a paragraph too long for a kiosk"
        assert any(isinstance(b, BulletList) for b in section.body) or len(section.body) >= 2


def test_fallback_to_english():
    text = LocalText({"en": "Hello", "ru": "Привет"})
    assert text.get("ru") == "Привет"
    assert text.get("tk") == "Hello"


def test_content_layer_imports_no_qt():
    code = (
        "import sys, kiosk.content, kiosk.content.loader;"
        "from kiosk.content import load_content;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
