"""`kiosk review`: the page a ministry reviewer reads, prints, marks and signs."""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.cli import kiosk, nobody_prefix, shared_folder

from kiosk import paths
from kiosk.content import LocalText, Paragraph, load_content
from kiosk.review import NotWritten, write_review

CORPUS = Path(__file__).parents[1] / "content" / "corpus"
WHEN = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def page_of(content: Path, out: Path) -> str:
    write_review(content, out, now=WHEN)
    return out.read_text("utf-8")


def texts_of(content) -> list[LocalText]:
    site = content.site
    texts = [site.title, site.motto, *(f.label for f in site.figures)]
    for section in content.sections:
        texts += [section.title, section.summary]
        for block in section.body:
            texts += [block.text] if isinstance(block, Paragraph) else list(block.items)
    for org in content.contacts:
        texts.append(org.name)
        for entry in org.entries:
            if entry.address is not None:
                texts += [entry.address.street, entry.address.city, entry.address.country]
    for region in content.regions:
        texts += [region.name, *region.formats]
        texts += [region.text] if region.text is not None else []  # a region may have none
    return texts


def part_of(page: str, heading: str) -> str:
    """The page from the <h2> ``heading`` to the next <h2>."""
    start = page.index(f"<h2>{html.escape(heading)}</h2>")
    end = page.find("<h2>", start + 4)
    return page[start : end if end > 0 else len(page)]


def block_at(page: str, anchor: str) -> str:
    """The page from the element with id ``anchor`` to the next element with an id."""
    start = page.index(f' id="{anchor}"')
    end = page.find(' id="', start + 5)
    return page[start : end if end > 0 else len(page)]


# -- what the page holds --------------------------------------------------------


def test_every_text_of_the_content_is_on_the_page_in_every_language(tmp_path: Path):
    page = page_of(paths.default_content_dir(), tmp_path / "review.html")
    content = load_content(paths.default_content_dir()).content
    texts = texts_of(content)
    assert len(texts) > 100
    for text in texts:
        for lang in ("tk", "ru", "en"):
            assert html.escape(text.values[lang]) in page, (lang, text.values[lang])
    # Side by side: one row per text, a cell per language, in the site's order.
    title = content.site.title
    row = f'<td class="t" lang="tk">{html.escape(title.get("tk"))}</td>'
    row += f'<td class="t" lang="ru">{html.escape(title.get("ru"))}</td>'
    row += f'<td class="t" lang="en">{html.escape(title.get("en"))}</td>'
    assert row in page
    # The topics in the kiosk's order.
    headings = re.findall(r"<h2>Topic (\d+): ", page)
    assert headings == [str(s.order) for s in content.sections]


def test_each_languages_translation_status_is_shown(content_copy: Path, tmp_path: Path):
    page = page_of(content_copy, tmp_path / "review.html")
    status = part_of(page, "Translation status")
    assert re.search(r"Türkmençe</td><td><strong>draft</strong>", status)
    assert re.search(r"Русский</td><td><strong>draft</strong>", status)
    assert re.search(r"English</td><td><strong>source text</strong>", status)
    # Each text table says it again above each language's column.
    assert '<th lang="ru">Русский<span class="status">draft</span></th>' in page

    site = content_copy / "site.yaml"
    site.write_text(site.read_text("utf-8").replace("ru: draft", "ru: reviewed"), "utf-8")
    page = page_of(content_copy, tmp_path / "review.html")
    assert re.search(r"Русский</td><td><strong>reviewed</strong>", page)


def test_each_topic_shows_the_source_passages_it_was_written_from(tmp_path: Path):
    page = page_of(paths.default_content_dir(), tmp_path / "review.html")
    content = load_content(paths.default_content_dir()).content
    source = (paths.default_content_dir() / "source" / "page.txt").read_text("utf-8")
    lines = source.split("\n")
    for section in content.sections:
        part = part_of(page, f"Topic {section.order}: {section.title.get('en')}")
        assert "Written from these passages of the source page" in part
        for passage in section.passages:
            for number in range(passage.first_line, passage.last_line + 1):
                if lines[number - 1].strip() and not passage.quote:
                    assert f'<td class="no">{number}</td>' in part
                    assert html.escape(lines[number - 1]) in part, (section.id, number)
    # A quote is marked in its line.
    part = part_of(page, "Topic 4: Friendly relations with the world")
    assert (
        "<mark>Turkmenistan has established diplomatic relations with 155 countries "
        "worldwide</mark>." in part
    )
    # The whole page at the end, with the topics that cite each line.
    appendix = part_of(page, "The source page")
    assert "https://www.mfa.gov.tm/en/articles/3" in appendix  # the note, as text
    assert re.search(
        r'<td class="no">51</td><td class="text">[^<]+</td><td class="cited">'
        r"International organizations</td>",
        appendix,
    )


def test_the_page_ends_with_a_signature_block(tmp_path: Path):
    page = page_of(paths.default_content_dir(), tmp_path / "review.html")
    signature = page[page.index('<section class="signature"') :]
    for words in (
        "Reviewer (name, position)",
        "Date",
        "Signature",
        "Approved as printed",
        "Türkmençe",
        "Русский",
        "English",
        "The files reviewed",
    ):
        assert words in signature, words
    assert page.index('<section class="signature"') > page.index('id="source-page"')


def test_the_page_needs_no_network_and_no_script(tmp_path: Path):
    page = page_of(paths.default_content_dir(), tmp_path / "review.html")
    lowered = page.lower()
    for tag in ("<script", "<link", "<iframe", "<img", "<object", "<embed", "@import"):
        assert tag not in lowered, tag
    assert re.findall(r'\b(?:href|src)="(?!#)', page) == []  # links only within the page
    assert re.findall(r"url\((?!data:font/ttf;base64,)", page) == []  # the fonts are inside
    assert page.count("@font-face") == 2


# -- what comes from the folder stays text ------------------------------------------


def test_html_in_the_content_stays_literal(content_copy: Path, tmp_path: Path):
    hostile = "<script>alert('x')</script> & <b>bold</b> &amp; <!-- -->"
    section = content_copy / "sections" / "03-neutrality.yaml"
    text = section.read_text("utf-8").replace(
        "en: Neutrality, dialogue and peace", f'en: "{hostile}"'
    )
    section.write_text(text.replace("  - lines: 55\n", '  - quote: "<i>x</i> y z"\n'), "utf-8")
    odd_name = content_copy / "sections" / '09-<img src=x onerror="alert(1)">.yaml'
    odd_name.write_text("id: [broken\n", "utf-8")

    page = page_of(content_copy, tmp_path / "review.html")
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    assert "<i>" not in page and "<!--" not in page
    assert html.escape(hostile) in page  # the title, in its cell and its heading
    assert html.escape('09-<img src=x onerror="alert(1)">.yaml') in page  # the file's part
    assert html.escape("not in source/page.txt: '<i>x</i> y z'") in page  # a message


def test_characters_no_text_may_hold_never_reach_the_page(content_copy: Path, tmp_path: Path):
    """A right-to-left override must not reorder the page: in a text (the
    reader refuses the value: an empty cell with the problem) or in a file
    name (written as an escape)."""
    section = content_copy / "sections" / "03-neutrality.yaml"
    text = section.read_text("utf-8").replace(
        "en: Neutrality, dialogue and peace", r'en: "Peace \u202eecaep and \ufdd0 \x07"'
    )
    section.write_text(text, "utf-8")
    (content_copy / "sections" / "09-\u202e.yaml").write_text("id: [x\n", "utf-8")
    page = page_of(content_copy, tmp_path / "review.html")
    assert "\u202e" not in page and "\ufdd0" not in page and "\x07" not in page
    row = re.search(
        r'id="(p\d+r\d+)"><th class="field">title<span class="line">line \d+</span>'
        r'</th><td class="t" lang="tk">Bitaraplyk',
        page,
    )
    title_row = block_at(page, row[1])
    assert '<td class="missing" lang="en">empty</td>' in title_row
    assert "bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE" in title_row
    assert r"sections/09-\u202e.yaml" in page


# -- problems at their place ------------------------------------------------------


def test_every_problem_is_listed_and_shown_at_the_field_it_concerns(
    content_copy: Path, tmp_path: Path
):
    for name in (
        "empty_text.yaml",
        "missing_language.yaml",
        "unknown_key.yaml",
        "yaml_syntax.yaml",
    ):
        shutil.copy(CORPUS / "sections" / name, content_copy / "sections" / name)
    section = content_copy / "sections" / "03-neutrality.yaml"
    section.write_text(
        section.read_text("utf-8").replace(
            "  - lines: 55\n", "  - quote: not on the page at all\n"
        ),
        "utf-8",
    )
    result = load_content(content_copy)
    page = page_of(content_copy, tmp_path / "review.html")

    listed = part_of(page, f"Problems ({len(result.problems)})")
    places = re.findall(r'<a class="place" href="#([\w-]+)">', listed)
    assert len(places) == len(result.problems) == 5
    for problem, anchor in zip(result.problems, places, strict=True):
        assert html.escape(problem.message) in listed
        assert html.escape(problem.message) in block_at(page, anchor), (str(problem), anchor)
    by_message = dict(zip((p.message for p in result.problems), places, strict=True))

    def at(fragment: str) -> str:
        message = next(m for m in by_message if fragment in m)
        return block_at(page, by_message[message])

    # The row of the text concerned: its field, line and the three languages.
    assert "bullets[1]<wbr>" in at("body[1].bullets[1].ru: empty text")
    assert '<td class="missing" lang="ru">empty</td>' in at("body[1].bullets[1].ru: empty text")
    assert '<td class="missing">missing: English is shown</td>' in at("no 'ru' text")
    # A passage, with what is written there.
    assert "not on the page at all" in at("source[1].quote")
    anchor = next(a for m, a in by_message.items() if "source[1].quote" in m)
    assert f'<div class="passage" id="{anchor}">' in page
    # A key the file must not have: the file's top level.
    assert "top level" in at("image: unknown key")
    # A file that cannot be read at all: its own part, said to be left out.
    assert "LEFT OUT" in at("YAML syntax")


def test_content_that_cannot_be_read_still_gives_a_page_of_its_problems(tmp_path: Path):
    missing = tmp_path / "no-such-folder"
    page = page_of(missing, tmp_path / "review.html")
    assert "UNAVAILABLE" in page
    assert "content folder: not found (a USB stick or share not mounted yet?)" in page
    assert "Problems (1)" in page


def test_a_broken_site_file_still_shows_every_topic(content_copy: Path, tmp_path: Path):
    (content_copy / "site.yaml").unlink()
    (content_copy / "site.yaml").mkdir()
    page = page_of(content_copy, tmp_path / "review.html")
    assert "UNAVAILABLE" in page
    assert "cannot read file: it is a folder, not a file" in page
    # Every topic's texts are still there to review.
    assert "Esaslar we ýörelgeler" in page and "Международные организации" in page


# -- the fingerprint -------------------------------------------------------------


def test_the_fingerprint_is_the_files_and_nothing_else(content_copy: Path, tmp_path: Path):
    first = write_review(content_copy, tmp_path / "a.html", now=WHEN).fingerprint
    later = datetime(2027, 1, 1, tzinfo=timezone.utc)
    assert write_review(content_copy, tmp_path / "b.html", now=later).fingerprint == first

    page = (tmp_path / "a.html").read_text("utf-8")
    listed = re.findall(r'<td class="mono">([^<]+)</td><td class="mono">([0-9a-f]{64})</td>', page)
    # site, 8 topics, contacts, partners, names, notices, the source page, its note
    assert len(listed) == 15
    for name, digest in listed:
        assert hashlib.sha256((content_copy / name).read_bytes()).hexdigest() == digest
    listing = "".join(f"{digest}  {name}\n" for name, digest in listed)
    assert hashlib.sha256(listing.encode()).hexdigest() == first
    assert f"fingerprint {first[:16]}" in page  # in every printed page's foot

    section = content_copy / "sections" / "05-central-asia.yaml"
    section.write_text(section.read_text("utf-8").replace("Neighbors", "Neighbours"), "utf-8")
    assert write_review(content_copy, tmp_path / "c.html", now=WHEN).fingerprint != first


# -- the command -----------------------------------------------------------------


@pytest.mark.subprocess
def test_review_writes_the_page_and_says_what_is_on_it(tmp_path: Path):
    out = tmp_path / "review.html"
    done = kiosk("review", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\n"
    assert "0 error(s), 0 warning(s) on the page; fingerprint " in done.stderr
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.subprocess
def test_review_runs_without_qt(tmp_path: Path):
    out = tmp_path / "review.html"
    code = (
        "import sys; from kiosk.cli import main;"
        f"code = main(['review', '-o', {str(out)!r}]);"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'));"
        "print(code, qt)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "nowhere" / "review.html", "the folder {parent} does not exist"),
        (
            lambda tmp: (tmp / "a-file").write_text("x") and tmp / "a-file" / "review.html",
            "{parent} is not a folder",
        ),
        (
            lambda tmp: (tmp / "taken").mkdir() or tmp / "taken",
            "it is a folder; name a file, e.g. review.html",
        ),
    ],
)
def test_an_output_that_cannot_be_written_is_one_sentence(tmp_path: Path, make, expected):
    out = make(tmp_path)
    done = kiosk("review", "-o", str(out))
    assert done.returncode == 1
    message = expected.format(parent=out.parent)
    assert done.stderr == f"kiosk review: cannot write {out}: {message}\n"
    assert done.stdout == ""


@pytest.mark.subprocess
def test_a_read_only_folder_is_one_sentence_and_leaves_nothing(tmp_path: Path):
    nobody_prefix()  # fails clearly where the kiosk cannot run as another user
    with shared_folder() as folder:
        out = folder / "review.html"
        done = kiosk("review", "-o", str(out), as_nobody=True)
        assert done.returncode == 1
        assert done.stderr == f"kiosk review: cannot write {out}: permission denied\n"
        assert list(folder.iterdir()) == []


FULL_DISK = r"""
set -e
mount -t tmpfs -o size=256k,mode=0755 kiosk-full "$1"
printf 'the page signed last week\n' > "$1/review.html"
cat /dev/zero > "$1/filler" 2>/dev/null || true
set +e
"$2" -m kiosk review -o "$1/review.html"
echo "exit $?"
cat "$1/review.html"
ls -A "$1"
"""


@pytest.mark.subprocess
def test_a_full_disk_is_one_sentence_and_keeps_the_page_there_was(tmp_path: Path):
    from helpers.cli import _environment, _unshare

    folder = tmp_path / "mnt"
    folder.mkdir()
    done = subprocess.run(
        [*_unshare(), "sh", "-c", FULL_DISK, "full", str(folder), sys.executable],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment({"COVERAGE_PROCESS_CONFIG": ""}),
        check=False,
    )
    out = folder / "review.html"
    assert done.stderr.splitlines() == [
        f"kiosk review: cannot write {out}: no space left on device"
    ], done.stderr
    assert done.stdout.splitlines() == [
        "exit 1",
        "the page signed last week",  # not half a new page
        "filler",
        "review.html",
    ]


@pytest.mark.subprocess
def test_the_page_never_takes_the_place_of_a_content_file(content_copy: Path):
    site = content_copy / "site.yaml"
    before = site.read_bytes()
    for out in (site, content_copy / "sections" / ".." / "source" / "page.txt"):
        done = kiosk("review", "--content", str(content_copy), "-o", str(out))
        assert done.returncode == 1
        assert done.stderr == (
            f"kiosk review: cannot write {out}: it is a file of the content; write the page "
            "elsewhere\n"
        )
    assert site.read_bytes() == before


def test_write_review_raises_only_for_the_output(tmp_path: Path):
    with pytest.raises(NotWritten, match="does not exist"):
        write_review(tmp_path / "no-content", tmp_path / "no-folder" / "r.html")
    assert not (tmp_path / "no-folder").exists()


def test_each_region_lists_its_countries_as_visitors_read_them(tmp_path: Path):
    """partners.yaml names M49 areas: the page shows, under each, the
    countries the kiosk lists, by their official names, in each language's
    alphabetical order, so that the reviewer signs what visitors read."""
    page = page_of(paths.default_content_dir(), tmp_path / "review.html")
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    assert "regions[0] . countries" in text
    central_asia = "Gazagystan, Gyrgyzystan, Täjigistan, Türkmenistan, Özbegistan"
    assert "Gazagystan, Gyrgyzystan, Özbegistan, Täjigistan, Türkmenistan" in text, central_asia
    assert "Казахстан, Кыргызстан, Таджикистан, Туркменистан, Узбекистан" in text
    assert "Republic of Korea" in text and "Koreýa Respublikasy" in text
    assert "Киргизия" not in text and "South Korea" not in text
    # States, then territories on their own row (Oceania: regions[8]).
    assert "regions[8] . territories" in text and "regions[0] . territories" not in text
    states = text.index("regions[8] . countries")
    assert states < text.index("American Samoa") and states < text.index("regions[8] . territories")
    assert text.index("regions[8] . territories") < text.index("American Samoa")
