"""The review page in a real browser (Debian's chromium, headless): it renders,
prints on A4 with every text, and nothing runs past the page or the window.

Skipped where chromium or poppler-utils (pdftotext, pdfinfo) are missing,
never in CI (.ci/run installs them): there a missing browser is a broken CI.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.review import write_review

pytestmark = pytest.mark.subprocess

TOOLS = ("chromium", "pdftotext", "pdfinfo")
# The page's @page margins (kiosk/review/style.py): 13 mm left and right.
A4_WIDTH_PT = 594.96  # as chromium makes it (210 mm is 595.28)
SIDE_MARGIN_PT = 13 / 25.4 * 72
SLACK_PT = 1.5  # a glyph's side bearing; an overflow is a word, far more
LONG_WORD = "Türkmenistanyň" * 12  # 168 letters, no place to break


@pytest.fixture(scope="module")
def browser() -> str:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} missing (apt install chromium poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test: {reason} (.ci/run installs them)")
        pytest.skip(reason)
    return shutil.which("chromium") or "chromium"


def chromium(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless chromium as root may run it: no sandbox, no network, nothing
    kept (its profile and home in the test's folder)."""
    home = tmp_path / "chromium-home"
    home.mkdir(exist_ok=True)
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    env = dict(os.environ, HOME=str(home))
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=180, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def print_to_pdf(browser: str, page: Path, tmp_path: Path) -> Path:
    pdf = page.with_suffix(".pdf")
    chromium(browser, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.stat().st_size > 10_000
    return pdf


def pages_text(pdf: Path) -> list[str]:
    """Each page's text in reading order (a table cell's lines stay together)."""
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # a form feed ends each page


def words_outside_the_text_column(pdf: Path) -> list[str]:
    """Every word whose box runs into the page's side margins, or off it."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    left, right = SIDE_MARGIN_PT - SLACK_PT, A4_WIDTH_PT - SIDE_MARGIN_PT + SLACK_PT
    outside = []
    for page_no, page in enumerate(xhtml.split("<page ")[1:], start=1):
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        ):
            if float(x_min) < left or float(x_max) > right:
                outside.append(f"page {page_no}: {word[:40]} at {x_min}–{x_max} pt")
    return outside


def stressed_content(content: Path) -> None:
    """The packaged content with what could run past a page: words with no
    place to break in every language, a long file name, broken files."""
    section = content / "sections" / "09-long-words.yaml"
    words = {lang: f"{LONG_WORD} {lang} https://example.invalid/{'a' * 150}" for lang in "xyz"}
    section.write_text(
        "id: long-words\norder: 9\n"
        f"title: {{tk: T{LONG_WORD[:60]}, ru: Т{LONG_WORD[:60]}, en: E{LONG_WORD[:60]}}}\n"
        "summary: {tk: a, ru: b, en: c}\n"
        "body:\n"
        f"  - paragraph: {{tk: '{words['x']}', ru: '{words['y']}', en: '{words['z']}'}}\n"
        f"source:\n  - quote: {LONG_WORD} is not on the page\n",
        "utf-8",
    )
    (content / "sections" / f"10-{'n' * 200}.yaml").write_text("id: [broken\n", "utf-8")


def test_the_page_prints_on_a4_with_every_text_and_a_signature_at_the_end(
    browser: str, tmp_path: Path
):
    page = tmp_path / "review.html"
    written = write_review(paths.default_content_dir(), page)
    pdf = print_to_pdf(browser, page, tmp_path)

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)", info.stdout), info.stdout
    texts = pages_text(pdf)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])
    assert len(texts) == count >= 10
    for number, text in enumerate(texts, start=1):
        # Each page's foot: which content, which page, where to initial.
        assert f"fingerprint {written.fingerprint[:16]}" in text, number
        assert f"Page {number} of {count}" in text, number
        assert "Initials:" in text, number
    whole = re.sub(r"\s+", " ", "\n".join(texts))
    assert whole.startswith("Content review")
    content = load_content(paths.default_content_dir()).content
    for section in content.sections:  # the page shows the texts as written
        assert f"Topic {section.order}: {section.title.values['en']}" in whole
        for lang in ("tk", "ru"):  # each language's letters come out whole
            assert section.title.values[lang] in whole, section.title.values[lang]
    assert "Türkmenistanyň daşary syýasaty · Внешняя политика Туркменистана" in whole
    # The signature block starts a page of its own, the last.
    assert "Review and signature" in texts[-1]
    assert "Review and signature" not in "".join(texts[:-1])
    assert written.fingerprint in re.sub(r"\s+", "", texts[-1])
    assert words_outside_the_text_column(pdf) == []


def test_nothing_runs_past_the_printed_page(browser: str, content_copy: Path, tmp_path: Path):
    stressed_content(content_copy)
    page = tmp_path / "review.html"
    write_review(content_copy, page)
    pdf = print_to_pdf(browser, page, tmp_path)
    whole = "".join(pages_text(pdf))
    assert "LEFT OUT" in whole and "Türkmenistanyň" in whole
    assert words_outside_the_text_column(pdf) == []


def test_on_screen_it_renders_and_fits_a_narrow_window(
    browser: str, content_copy: Path, tmp_path: Path
):
    stressed_content(content_copy)
    page = tmp_path / "review.html"
    write_review(content_copy, page)

    shot = tmp_path / "review.png"
    chromium(browser, tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 1600)

    # The page has no script; a copy with one measures it, once its fonts are in.
    measured = tmp_path / "measured.html"
    probe = (
        "<script>document.fonts.ready.then(() => { document.title = 'width ' + "
        "document.documentElement.scrollWidth + ' of ' + window.innerWidth; });</script>"
    )
    measured.write_text(page.read_text("utf-8").replace("</body>", probe + "</body>"), "utf-8")
    for width in (1280, 640):
        dom = chromium(
            browser,
            tmp_path,
            "--dump-dom",
            "--virtual-time-budget=10000",
            f"--window-size={width},900",
            measured.as_uri(),
        ).stdout
        title = re.search(r"<title>width (\d+) of (\d+)</title>", dom)
        assert title, dom[:300]
        assert int(title[1]) <= int(title[2]), f"{title[1]} px of content in a {title[2]} px window"
