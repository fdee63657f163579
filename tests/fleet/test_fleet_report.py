"""`kiosk fleet report`: a synthetic fleet's page says what needs attention
first, draws its charts inline, and names every bad file and field of the
kiosks' folders while still making the page."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.fleet import END, make_fleet

from kiosk.fleet.reading import read_fleet
from kiosk.fleet.report import make_report

AT = dt.datetime.combine(END, dt.time(18, 0), dt.timezone.utc)


@pytest.fixture(scope="module")
def fleet_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fleet")
    make_fleet(folder, kiosks=32, days=60)  # faults included: stale, a loop, bad files
    return folder


def test_the_generator_is_seeded(tmp_path: Path):
    make_fleet(tmp_path / "a", kiosks=3, days=5, seed=4)
    make_fleet(tmp_path / "b", kiosks=3, days=5, seed=4)
    for path in (tmp_path / "a").rglob("*"):
        if path.is_file():
            assert (
                path.read_bytes()
                == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes()
            )


def test_what_needs_attention_comes_first(fleet_dir: Path, tmp_path: Path):
    page = make_report(fleet_dir, tmp_path / "report.html", AT).path.read_text("utf-8")
    attention = page.index('id="attention"')
    assert attention < page.index('id="visits"') < page.index('id="last-seen"')
    flagged = page[attention : page.index("</section>", attention)]
    assert "Needs attention: 3" in flagged
    # The loop first, then the stale kiosks, longest silent first.
    assert flagged.index("kiosk-12") < flagged.index("kiosk-23") < flagged.index("kiosk-07")
    assert "restart loop" in flagged and "no status for 5 days" in flagged
    for healthy in ("kiosk-01", "kiosk-31"):
        assert healthy not in flagged


def test_the_page_is_self_contained_with_three_charts(fleet_dir: Path, tmp_path: Path):
    page = make_report(fleet_dir, tmp_path / "report.html", AT).path.read_text("utf-8")
    assert page.count("<svg") == 3
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)|url\((https?:|//)""", page)
    # The charts' text stays text, in the page's font: names are searchable.
    assert "Mission 01" in page and "Türkmençe" in page and "Main objectives" in page
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "two charts share an id"


def test_bad_files_are_named_and_the_page_is_made(fleet_dir: Path, tmp_path: Path):
    made = make_report(fleet_dir, tmp_path / "report.html", AT)
    problems = {str(p) for p in made.fleet.problems}
    assert any(p.startswith("kiosk-31/status.json: line 1: not JSON") for p in problems)
    assert any(p.startswith("kiosk-26/status.json: written_at: 'yesterday'") for p in problems)
    assert any(re.match(r"kiosk-18/usage-[\d-]+\.csv: line 3: count: 'lots'", p) for p in problems)
    page = made.path.read_text("utf-8")
    assert "Problems in the reports: 3" in page and "kiosk-18/usage-" in page


HOSTILE = {
    "status-array": ("status.json", b"[1, 2, 3]", "status.json: file: not a JSON object"),
    "status-latin1": (
        "status.json",
        '{"kiosk": "Ýol"}'.encode("latin-1", "replace") + b"\xfd",
        "status.json: byte",
    ),
    "naive-time": ("status.json", b'{"written_at": "2026-11-29T10:00:00"}', "written_at"),
    "loop-not-bool": (
        "status.json",
        b'{"written_at": "2026-11-29T10:00:00+00:00", "restart_loop": "yes"}',
        "restart_loop: not true or false",
    ),
    "count-bool": (
        "status.json",
        b'{"written_at": "2026-11-29T10:00:00+00:00", "starts_last_24_h": true}',
        "starts_last_24_h",
    ),
    "wrong-header": ("usage-2026-11-28.csv", b"a,b,c\n", "line 1: the header"),
    "negative": (
        "usage-2026-11-28.csv",
        b"day,kind,key,count\n2026-11-28,screen,attract,-4\n",
        "line 2: count: '-4'",
    ),
    "other-day": (
        "usage-2026-11-28.csv",
        b"day,kind,key,count\n2026-11-27,screen,attract,4\n",
        "line 2: day",
    ),
    "no-date": ("usage-2026-02-30.csv", b"day,kind,key,count\n", "file name: 2026-02-30"),
    "empty": ("usage-2026-11-28.csv", b"", "line 1: the header"),
    "fields": (
        "usage-2026-11-28.csv",
        b"day,kind,key,count\n2026-11-28,screen\n",
        "line 2: not four fields",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_named_with_its_field(tmp_path: Path, case: str):
    name, data, expected = HOSTILE[case]
    reports = tmp_path / "reports"
    make_fleet(reports, kiosks=2, days=3, faults=False)
    (reports / "kiosk-02" / name).write_bytes(data)
    made = make_report(reports, tmp_path / "report.html", AT)
    found = [str(p) for p in made.fleet.problems]
    assert any(p.startswith("kiosk-02/") and expected in p for p in found), found
    assert made.path.exists() and "kiosk-01" in made.path.read_text("utf-8")


def test_files_that_are_not_files(tmp_path: Path):
    reports = tmp_path / "reports"
    make_fleet(reports, kiosks=2, days=3, faults=False)
    folder = reports / "kiosk-02"
    os.mkfifo(folder / "usage-2026-11-20.csv")  # never waited on
    (folder / "usage-2026-11-21.csv").mkdir()
    with open(folder / "usage-2026-11-22.csv", "wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GiB, sparse: refused before reading
    (folder / "usage-2026-11-23.csv").symlink_to(folder / "usage-2026-11-23.csv")
    (reports / "kiosk-03").mkdir()  # a kiosk that never reported
    (reports / ".stfolder").mkdir()  # Syncthing's marker: not a kiosk
    (reports / "notes.txt").write_text("not a kiosk", "utf-8")
    fleet = read_fleet(reports)
    found = [str(p) for p in fleet.problems]
    for day, why in (
        ("20", "not a regular file"),
        ("21", "not a regular file"),
        ("22", "more than"),
        ("23", "cannot be read"),
    ):
        assert any(f"usage-2026-11-{day}.csv" in p and why in p for p in found), (day, found)
    assert "kiosk-03/status.json: file: missing" in " ".join(found)
    assert [k.name for k in fleet.kiosks] == ["kiosk-01", "kiosk-02", "kiosk-03"]


def test_many_problems_are_bounded(tmp_path: Path):
    reports = tmp_path / "reports"
    make_fleet(reports, kiosks=1, days=2, faults=False)
    lines = "".join(f"2026-11-28,screen,attract,x{i}\n" for i in range(5000))
    (reports / "kiosk-01" / "usage-2026-11-28.csv").write_text("day,kind,key,count\n" + lines)
    made = make_report(reports, tmp_path / "report.html", AT)
    assert len(made.fleet.problems) <= 20 and made.fleet.more_problems > 4900
    assert "… and " in made.path.read_text("utf-8")


def test_names_are_shown_as_text(tmp_path: Path):
    reports = tmp_path / "reports"
    make_fleet(reports, kiosks=1, days=2, faults=False)
    (reports / "<b>x<i>").mkdir()
    status = json.loads((reports / "kiosk-01" / "status.json").read_text("utf-8"))
    status["mission"] = "<script>alert(1)</script>"
    (reports / "kiosk-01" / "status.json").write_text(json.dumps(status), "utf-8")
    page = make_report(reports, tmp_path / "r.html", AT).path.read_text("utf-8")
    assert "<script" not in page and "&lt;script&gt;" in page and "&lt;b&gt;x" in page


# -- the command ----------------------------------------------------------------


@pytest.mark.subprocess
def test_the_command(fleet_dir: Path, tmp_path: Path):
    out = tmp_path / "report.html"
    done = kiosk("fleet", "report", str(fleet_dir), "-o", str(out), "--at", "2026-11-29 18:00")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert "32 kiosk(s), 3 problem(s)" in done.stderr
    for args, why in (
        ((str(tmp_path / "none"), "-o", str(out)), "cannot read"),
        ((str(fleet_dir), "-o", str(tmp_path / "no" / "r.html")), "cannot write"),
    ):
        done = kiosk("fleet", "report", *args)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith(f"kiosk fleet report: {why} "), done.stderr


@pytest.mark.subprocess
def test_the_kiosk_does_not_load_the_plotting_library():
    """kiosk.fleet is the ministry's; importing the kiosk's parts never loads matplotlib."""
    code = "import sys, kiosk.process, kiosk.cli; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_large_fleet_keeps_to_thirty_panels(tmp_path: Path):
    """Each kiosk its own mission (no mission set): the smallest share a panel."""
    reports = tmp_path / "reports"
    make_fleet(reports, kiosks=45, days=3, faults=False)
    for status_file in reports.glob("*/status.json"):
        status = json.loads(status_file.read_text("utf-8"))
        del status["mission"]
        status_file.write_text(json.dumps(status), "utf-8")
    page = make_report(reports, tmp_path / "r.html", AT).path.read_text("utf-8")
    assert "16 other missions" in page and "45 kiosks in 45 missions" in page
