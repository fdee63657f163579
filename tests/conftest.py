"""Test configuration: offscreen Qt, isolated folders, the real QML UI."""

from __future__ import annotations

import os

# Before any Qt import: no display is needed, and none is used.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import gc
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from helpers.dated import TEST_NOW, make_current
from helpers.metaobjects import under, with_own_metaobject
from PySide6.QtGui import QGuiApplication

from kiosk import paths
from kiosk.app import KioskUi, build_ui, load_fonts
from kiosk.models.clock import StartedClock
from kiosk.ops.stats import UsageCounts
from kiosk.ops.workers import collect_on_ui_thread

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    # The kiosk is a Qt Quick app: no widgets.
    return QGuiApplication


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, data and cache go to tmp_path, never to the developer's home."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged content, for tests that break it;
    its key figures are recent at TEST_NOW (tests/helpers/dated.py)."""
    target = tmp_path / "content"
    shutil.copytree(paths.default_content_dir(), target)
    return make_current(target)


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_ui_thread(qapp: QGuiApplication) -> None:
    """As the kiosk does (kiosk.app.get_app): tests start worker threads too."""
    collect_on_ui_thread(qapp)


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """Each test's garbage is collected at its own end, on the UI thread,
    not in the middle of whichever test runs when the collector's timer
    next fires (kiosk.ops.workers): a Qt object freed there could act up in
    a test that has nothing to do with it.

    What is still alive then is frozen (gc.freeze): later collections look
    only at what came after. Late in a run a worker holds over a million
    objects, and collecting them all took up to a second at each test's end,
    a quarter of the suite's time. (helpers.metaobjects.everywhere, which
    must see every object, thaws them first.)"""
    yield
    gc.collect()
    gc.freeze()


@pytest.fixture
def make_ui(qapp: QGuiApplication, qtbot) -> Iterator[Callable[..., KioskUi]]:
    """Build and show the real kiosk window: ``make_ui(lang="ru", content_dir=…)``."""
    load_fonts(qapp)
    built: list[KioskUi] = []

    def factory(
        content_dir: Path | None = None,
        lang: str | None = None,
        size: tuple[int, int] = (1920, 1080),
        screen: str | None = "home",
        **options,
    ) -> KioskUi:
        # ``screen`` opens before the first frame, as `kiosk shot` does; tests
        # start at home unless they ask for the attract screen (screen=None).
        # The kiosk's clock runs from TEST_NOW unless the test brings one.
        options.setdefault("clock", StartedClock(TEST_NOW))
        ui = build_ui(content_dir, lang, size, screen=screen, **options)
        built.append(ui)
        ui.window.show()
        qtbot.waitExposed(ui.window)
        qtbot.waitUntil(lambda: ui.window.contentItem().width() == size[0])
        # The first frame, and the work put off until it (kiosk.app.
        # after_first_frame: speech following the focus, the folder
        # watchers), as a visitor finds them: on a loaded machine a test's
        # first focus change came before speech followed it.
        qtbot.waitUntil(lambda: ui.window.property("warm"))
        qtbot.wait(20)
        return ui

    yield factory
    for ui in built:
        # A kiosk object with a metaobject of its own can be seen by QML as
        # another class (tests/helpers/metaobjects.py): none may have one.
        own = with_own_metaobject(under(ui.model))
        ui.close()
        assert own == [], f"connected to a signal but not declared @Slot: {own}"
    # A kiosk-mode window hides the pointer for the whole application once it
    # is touched (kiosk/ops/guard.py); the next test starts with it shown.
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()
    qtbot.wait(10)


@pytest.fixture
def usage_counts(tmp_path: Path) -> Iterator[UsageCounts]:
    """Usage counts in a file of the test's own, with their writer thread.
    Ask for it before ``make_ui``: fixtures end in reverse order, so the
    window has gone before the thread is stopped."""
    counts = UsageCounts(tmp_path / "usage.sqlite3")
    yield counts
    counts.close()


@pytest.fixture
def ui(make_ui: Callable[..., KioskUi]) -> KioskUi:
    """The kiosk on the packaged content, in English, at 1920x1080."""
    return make_ui(lang="en")


@pytest.fixture
def long_content(content_copy):
    """The packaged content plus a long section (the real ones nearly fit on
    one 1080p screen), so that the reader really has to be flicked."""
    source = yaml.safe_load((content_copy / "sections" / "03-neutrality.yaml").read_text("utf-8"))
    source.update(id="long-read", order=99, body=source["body"] * 4)
    (content_copy / "sections" / "99-long-read.yaml").write_text(
        yaml.safe_dump(source, allow_unicode=True), "utf-8"
    )
    return content_copy


# -- the longest tests first ----------------------------------------------------

# Each takes 10 s or more (`pytest --durations=40`). Started last, one of them
# kept a worker busy long after the others had run out of tests; started
# first, the many short tests fill the time beside them (xdist's worksteal
# hands out tests in collection order).
LONGEST_FIRST = (
    "tests/test_soak.py::test_a_thousand_random_visitor_actions",
    "tests/ui/test_layouts.py::test_every_screen_fits",
    "tests/ui/test_chrome_layout.py::test_no_control_moves_when_the_language_changes",
    "tests/content/test_content_fuzz.py::test_mutated_content_never_raises",
    "tests/ui/test_high_dpi.py::test_every_screen_fits_at_200_percent",
    "tests/content/test_accepted_content_shots.py::test_validated_content_is_drawn",
    "tests/ui/test_attract_screen.py::test_no_part_of_the_screen_flashes_over_a_whole_cycle",
    "tests/packs/test_pack_install.py::test_a_flipped_byte_anywhere_is_refused",
    "tests/ops/test_staff_access.py::test_each_round_locks_longer_and_shows_minutes",
    "tests/ui/test_map_labels_panel.py::test_the_chosen_region_is_labelled_and_emphasised",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}

    def order(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("[")[0], len(rank))

    items.sort(key=order)  # stable: the rest keep their order


# -- coverage: measured in every run (pyproject addopts), floors for a full run --

# Line coverage, per cent, that a run of the whole suite must reach.
COVERAGE_FLOORS = {"content": 90.0, "models": 90.0}
# What the summary shows: the whole kiosk, then each package.
COVERAGE_PARTS = {
    "kiosk": "*/kiosk/*",
    "content": "*/kiosk/content/*",
    "models": "*/kiosk/models/*",
    "views": "*/kiosk/views/*",
    "ops": "*/kiosk/ops/*",
    "the rest (kiosk/*.py)": "*/kiosk/*.py",
}


def _coverage_by_part(config: pytest.Config) -> dict[str, float]:
    """Per cent of lines run, per part, from pytest-cov's combined data (the
    workers' and every measured child process's). Empty without coverage
    (--no-cov, an xdist worker)."""
    plugin = config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    if controller is None or hasattr(config, "workerinput"):
        return {}
    from coverage.exceptions import NoDataError

    found = {}
    for part, pattern in COVERAGE_PARTS.items():
        try:
            found[part] = controller.cov.report(include=[pattern], file=io.StringIO())
        except NoDataError:  # nothing of it was measured (views before they exist)
            continue
    return found


def _whole_suite(session: pytest.Session) -> bool:
    """The README's `pytest`: every test, none chosen by path, name or mark."""
    config = session.config
    return (
        config.args_source is pytest.Config.ArgsSource.TESTPATHS
        and not config.option.keyword
        and not config.option.markexpr
        and not getattr(config.option, "lf", False)
        and not config.option.deselect
        and session.testscollected > 0
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A full run whose content or models fall below their floor fails."""
    found = _coverage_by_part(session.config)
    low = {
        part: (found[part], floor)
        for part, floor in COVERAGE_FLOORS.items()
        if part in found and found[part] < floor
    }
    session.config.stash[_COVERAGE] = (found, low if _whole_suite(session) else {})
    if session.config.stash[_COVERAGE][1] and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    found, low = config.stash.get(_COVERAGE, ({}, {}))
    if not found:
        return
    terminalreporter.write_sep("=", "line coverage")
    for part, percent in found.items():
        floor = COVERAGE_FLOORS.get(part)
        note = f"  (floor {floor:.0f} %)" if floor is not None else ""
        terminalreporter.write_line(f"{part:<24} {percent:5.1f} %{note}")
    for part, (percent, floor) in low.items():
        terminalreporter.write_line(
            f"FAIL: kiosk/{part} has {percent:.1f} % line coverage, below its floor of "
            f"{floor:.0f} %",
            red=True,
            bold=True,
        )


_COVERAGE = pytest.StashKey[tuple[dict[str, float], dict[str, tuple[float, float]]]]()
