"""Long words and long texts on screen: a word longer than its card is
warned about by validate and broken inside the word by the screen; a text as
long as its field allows fits where it is shown. Nothing runs out of its card
over its neighbours (tests/helpers/layout.py), at any size or text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.layout import settled_layout_problems
from helpers.visitor import open_screen, wait_screen

from kiosk.content import load_content
from kiosk.content.fields import MAX_TEXT_CHARS, Fit, Room
from kiosk.content.schema import MAX_FIGURE_VALUE, MAX_FIGURES

SCREEN_ITEMS = {
    "attract": "attractScreen",
    "home": "homeScreen",
    "section": "sectionScreen",
    "contacts": "contactsScreen",
    "map": "mapScreen",
}
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}
# (file, the line before the three language lines, its path, what it allows)
FIELDS = [
    ("sections/01-foundations.yaml", "title:", "title", Fit.SECTION_TITLE),
    ("sections/01-foundations.yaml", "summary:", "summary", Fit.SUMMARY),
    ("sections/01-foundations.yaml", "- paragraph:", "body[0].paragraph", Fit.BODY),
    ("sections/01-foundations.yaml", "- bullets:", "body[1].bullets[0]", Fit.BODY),
    ("site.yaml", "label:", "figures[0].label", Fit.FIGURE_LABEL),
    ("contacts.yaml", "name:", "organizations[0].name", Fit.ORG_NAME),
    ("partners.yaml", "name:", "regions[0].name", Fit.REGION_NAME),
]


def word_of(length: int, letters: str = "Türkmenistanyňдипломатическиеneighbourliness") -> str:
    """A word of real letters, as a careless paste would make one."""
    return (letters * (length // len(letters) + 1))[:length]


def set_text(path: Path, after: str, change) -> None:
    """``change(text)`` for the three language lines that follow the first
    line reading ``after`` (edited as text: the files' comments and Norway's
    NO stay as they are)."""
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == after)
    for i in range(start + 1, start + 4):
        key, _, text = lines[i].partition(": ")
        assert key.strip().lstrip("- ") in ("tk", "ru", "en"), lines[i]
        text = text[1:-1] if text.startswith('"') else text
        lines[i] = f'{key}: "{change(text)}"'
    path.write_text("\n".join(lines) + "\n", "utf-8")


def with_long_words(content: Path, length: int) -> Path:
    """Each kind of card holds one word of ``length`` letters, or, where the
    field allows less, a word as long as its whole text may be."""
    for name, after, _, room in FIELDS:
        if length + 100 <= room.chars:
            set_text(content / name, after, lambda text: f"{text} {word_of(length)} end")
        else:
            set_text(content / name, after, lambda _, room=room: word_of(min(length, room.chars)))
    return content


def longest_text(room: Room) -> str:
    """As long as ``room`` allows, of words as long as fit."""
    word = word_of(room.word)
    return " ".join([word] * (room.chars // (room.word + 1) + 1))[: room.chars].strip()


def with_longest_texts(content: Path) -> Path:
    """Every text shown where nothing scrolls, as long as its field allows."""
    site = content / "site.yaml"
    set_text(site, "title:", lambda _: longest_text(Fit.SITE_TITLE))
    set_text(site, "motto:", lambda _: longest_text(Fit.MOTTO))
    text = site.read_text("utf-8")
    first, second = text.index("    label:"), text.rindex("    label:")
    # The second figure's label is the first's, by alias.
    site.write_text(
        text[:first] + "    label: &longest" + text[first + 10 : second] + "    label: *longest\n",
        "utf-8",
    )
    set_text(site, "label: &longest", lambda _: longest_text(Fit.FIGURE_LABEL))
    for section in (content / "sections").iterdir():
        set_text(section, "title:", lambda _: longest_text(Fit.SECTION_TITLE))
    return content


def screen_problems(ui, qtbot, screen: str) -> list[str]:
    """Open ``screen``; its layout problems once it has settled (a long text
    may take a few frames to lay out): none, or those left after a wait."""
    assert open_screen(ui.model, screen)
    wait_screen(qtbot, ui.window, SCREEN_ITEMS[screen.split("/")[0]])
    problems = settled_layout_problems(qtbot, ui.window.contentItem())
    return [f"{screen}: {p}" for p in problems]


@pytest.mark.parametrize("length", [300, MAX_TEXT_CHARS])
def test_a_long_word_is_warned_about_by_field(content_copy: Path, length: int):
    result = load_content(with_long_words(content_copy, length))
    assert result.errors == ()
    warned = {(Path(p.file).name, p.message.split(":")[0]) for p in result.warnings}
    assert warned == {
        (Path(name).name, f"{path}.{lang}")
        for name, _, path, _ in FIELDS
        for lang in ("tk", "ru", "en")
    }
    assert all("the screen breaks it inside the word" in p.message for p in result.warnings)


def test_a_text_longer_than_its_place_is_refused(content_copy: Path):
    set_text(content_copy / "site.yaml", "label:", lambda text: f"{text} {word_of(300)}")
    result = load_content(content_copy)
    limit = Fit.FIGURE_LABEL.chars
    assert [(p.line, p.message.split(" characters;")[0]) for p in result.errors] == [
        (36, "figures[0].label.tk: text is 343"),
        (37, "figures[0].label.ru: text is 362"),
        (38, "figures[0].label.en: text is 336"),
    ]
    assert all(p.message.endswith(f"the limit for what is shown here is {limit}")
               for p in result.errors)
    assert [f.value for f in result.content.site.figures] == [54]  # the other one still shows


@pytest.mark.parametrize("length", [300, MAX_TEXT_CHARS])
@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_a_long_word_stays_in_its_card(make_ui, qtbot, content_copy, size, large, length):
    content = with_long_words(content_copy, length)
    result = load_content(content)
    assert result.errors == ()
    region = result.content.regions[0].id
    ui = make_ui(content_dir=content, lang="en", size=size)
    ui.model.display.setLargeText(large)
    problems: list[str] = []
    for screen in ("home", "section/foundations", "contacts", "map", f"map/{region}"):
        problems += screen_problems(ui, qtbot, screen)
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_longest_texts_fit_where_nothing_scrolls(make_ui, qtbot, content_copy, size, large):
    content = with_longest_texts(content_copy)
    result = load_content(content)
    assert result.errors == ()
    ui = make_ui(content_dir=content, lang="en", size=size, screen="attract")
    problems = screen_problems(ui, qtbot, "attract")
    ui.model.display.setLargeText(large)
    for screen in ("home", "section/foundations", "contacts", "map"):
        problems += screen_problems(ui, qtbot, screen)
    assert not problems, "\n".join(problems[:30])


def with_most_figures(content: Path) -> Path:
    """As many key figures as home shows, each as large as allowed, with
    labels as long as allowed."""
    site = content / "site.yaml"
    text = site.read_text("utf-8")
    label = longest_text(Fit.FIGURE_LABEL)
    texts = f'{{tk: "{label}", ru: "{label}", en: "{label}"}}'
    figures = (
        f"  - value: {MAX_FIGURE_VALUE}\n    as_of: 2025-10-01\n    label: {texts}\n" * MAX_FIGURES
    )
    site.write_text(text[: text.index("figures:")] + "figures:\n" + figures, "utf-8")
    return content


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_most_and_largest_figures_fit(make_ui, qtbot, content_copy, size, large):
    content = with_most_figures(content_copy)
    result = load_content(content)
    assert result.errors == ()
    assert len(result.content.site.figures) == MAX_FIGURES
    ui = make_ui(content_dir=content, lang="ru", size=size)
    ui.model.display.setLargeText(large)
    problems = screen_problems(ui, qtbot, "home") + screen_problems(ui, qtbot, "map")
    assert not problems, "\n".join(problems[:30])
