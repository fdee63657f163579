"""The fleet report in a real browser (Debian's chromium, headless): it
renders with no console message, its three charts are drawn and visible,
and it prints.

Skipped where chromium is missing, never in CI (.ci/run installs it).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.fleet import END, make_fleet
from PySide6.QtGui import QColor, QImage

from kiosk.fleet import charts
from kiosk.fleet.report import make_report

pytestmark = pytest.mark.subprocess

AT = dt.datetime.combine(END, dt.time(18, 0), dt.timezone.utc)
WIDTH, HEIGHT = 1280, 5000


@pytest.fixture(scope="module")
def browser() -> str:
    found = shutil.which("chromium")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser test: chromium missing (.ci/run installs it)")
        pytest.skip("chromium missing (apt install chromium)")
    return found


def chromium(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless chromium as root may run it: no sandbox, no network, nothing
    kept; its console goes to stderr."""
    home = tmp_path / "chromium-home"
    home.mkdir(exist_ok=True)
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ, HOME=str(home)),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fleet")
    make_fleet(folder / "reports", kiosks=32, days=120)
    return make_report(folder / "reports", folder / "report.html", AT).path


def colour_share(image: QImage, colour: str, tolerance: int = 6) -> float:
    """The share of the picture's pixels within ``tolerance`` of ``colour``
    (every 2nd pixel each way)."""
    want = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            total += 1
            if (
                abs(pixel.red() - want.red()) <= tolerance
                and abs(pixel.green() - want.green()) <= tolerance
                and abs(pixel.blue() - want.blue()) <= tolerance
            ):
                hits += 1
    return hits / total


def test_the_report_renders_with_its_charts_visible(browser: str, page: Path, tmp_path: Path):
    shot = tmp_path / "report.png"
    done = chromium(
        browser, tmp_path, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", page.as_uri()
    )
    assert console_messages(done.stderr) == []
    image = QImage(str(shot))
    assert image.width() == WIDTH
    # Each chart's own ink, seen on screen: the visits' daily fill, the
    # topics' bars (the header's green too), the languages' bars.
    assert colour_share(image, charts.SOFT) > 0.01
    assert colour_share(image, charts.GREEN) > 0.02
    assert colour_share(image, charts.DEEP) > 0.002


def test_the_dom_holds_three_charts_and_no_console_message(
    browser: str, page: Path, tmp_path: Path
):
    done = chromium(browser, tmp_path, "--dump-dom", page.as_uri())
    assert console_messages(done.stderr) == []
    dom = done.stdout
    assert dom.count("<svg") == 3 and "Needs attention: 3" in dom


def test_a_broken_page_would_be_seen(browser: str, tmp_path: Path):
    """The console check itself: a page that fails to load a picture is caught."""
    broken = tmp_path / "broken.html"
    broken.write_text('<p>x</p><script>console.error("broken")</script>', "utf-8")
    done = chromium(browser, tmp_path, "--dump-dom", broken.as_uri())
    assert console_messages(done.stderr) != []


def test_it_prints(browser: str, page: Path, tmp_path: Path):
    pdf = tmp_path / "report.pdf"
    chromium(browser, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
