"""The fleet report's charts: matplotlib, drawn as SVG with text kept as text
(the page's own font, searchable, crisp when printed), inlined in the page.

matplotlib is imported here only, when a report is made: the kiosk's start
never pays for it. Figures are made on the SVG canvas directly (no pyplot),
so no display or GUI toolkit is ever looked for.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import textwrap
from collections.abc import Sequence
from html import escape

GREEN = "#00853A"  # the flag's green, the kiosk's header
DEEP = "#0B5D3B"  # the kiosk's accent
SOFT = "#CFE6D8"
INK, MUTED, RULE = "#1B2420", "#4A5751", "#D8D3C6"
FONT = ["Kiosk Noto Sans", "Noto Sans", "DejaVu Sans"]


def _figure(**options):
    """A Figure on matplotlib's SVG canvas, without pyplot (no backend to
    choose, no GUI looked for, and faster to import)."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    matplotlib.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: the page's font draws it
            "font.family": "sans-serif",
            "font.sans-serif": FONT,
            "font.size": 9,
            "axes.edgecolor": RULE,
            "axes.labelcolor": MUTED,
            "axes.titlecolor": INK,
            "axes.titlesize": 9.5,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "xtick.color": MUTED,
            "ytick.color": MUTED,
            "xtick.major.size": 0,
            "ytick.major.size": 0,
            "axes.grid": True,
            "grid.color": "#ECE9E1",
            "grid.linewidth": 0.6,
            "figure.facecolor": "none",
            "axes.facecolor": "none",
        }
    )
    fig = Figure(**options)
    FigureCanvasSVG(fig)
    return fig


def _svg(fig, salt: str) -> str:
    """The figure as an <svg> element to inline (no XML prolog, no DOCTYPE);
    ``salt`` keeps the ids of several charts on one page apart."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = salt
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    start = text.index("<svg")
    svg = text[start:]
    # Fixed pt sizes would not shrink on a phone: the page's CSS sizes it.
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    # matplotlib numbers its ids per figure (figure_1, patch_1 …): inlined
    # side by side, charts would share them, and a clip path could be taken
    # from the wrong chart. Each chart's ids get its own prefix.
    prefix = re.sub(r"[^a-z]+", "-", salt.lower()).strip("-")
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(url\(#|href="#)([^)"]+)', rf"\1{prefix}-\2", svg)
    return svg.replace("<svg", f'<svg role="img" aria-label="{escape(salt)}"', 1)


def _rolling(values: Sequence[float], window: int) -> list[float]:
    """The mean of each day and the ``window - 1`` before it; NaN (not drawn)
    until a whole window is there, so the line does not start on one Sunday."""
    out, total = [], 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / window if i >= window - 1 else math.nan)
    return out


def visits_by_mission(
    series: list[tuple[str, str, list[dt.date], list[int]]], columns: int = 3
) -> str:
    """Small multiples, one per mission (title, subtitle, days, visits a
    day): the daily counts faint, their 7-day average in the kiosk's green.
    Each has its own scale (a small mission's rhythm stays visible); the
    totals are in the titles."""
    from matplotlib.dates import DateFormatter, MonthLocator
    from matplotlib.ticker import MaxNLocator

    rows = max(1, -(-len(series) // columns))
    height = 1.6 * rows + 0.3
    fig = _figure(figsize=(10, height))
    # Fixed margins, not tight_layout: that would draw every chart twice.
    fig.subplots_adjust(
        left=0.05,
        right=0.99,
        top=1 - 0.42 / height,
        bottom=0.3 / height,
        wspace=0.22,
        hspace=0.62 * rows / max(rows, 1) + 0.1,
    )
    axes = fig.subplots(rows, columns, sharex=True, squeeze=False)
    for ax in axes.flat[len(series) :]:
        ax.set_visible(False)
    for ax, (title, subtitle, days, visits) in zip(axes.flat, series, strict=False):
        ax.fill_between(days, visits, color=SOFT, linewidth=0, step="mid")
        ax.plot(days, _rolling(visits, 7), color=GREEN, linewidth=1.6)
        ax.set_title(title, pad=14)
        ax.text(0, 1.02, subtitle, transform=ax.transAxes, color=MUTED, fontsize=8)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(3, integer=True))
        ax.xaxis.set_major_locator(MonthLocator(bymonth=(1, 4, 7, 10)))
        ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))
        ax.grid(axis="x", visible=False)
        ax.margins(x=0)
    for ax in axes.flat:
        ax.tick_params(labelbottom=True, labelsize=8)
    return _svg(fig, "Visits per day, by mission")


def bars(
    labels: list[str], values: list[int], *, title: str, colour: str = GREEN, unit: str = ""
) -> str:
    """Horizontal bars, largest at the top, each with its value and share."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    total = sum(values) or 1
    # Long titles on two lines, and the left margin as wide as the longest line.
    labels = [textwrap.fill(label, 24) for label in labels]
    lines = [line for label in labels for line in label.splitlines()] or [""]
    height = 0.42 * len(labels) + 0.5
    fig = _figure(figsize=(4.8, height))
    left = min(0.5, 0.04 + 0.0158 * max(len(line) for line in lines))
    fig.subplots_adjust(left=left, right=0.98, top=1 - 0.1 / height, bottom=0.35 / height)
    ax = fig.subplots()
    positions = range(len(labels))[::-1]
    ax.barh(list(positions), values, color=colour, height=0.62)
    ax.set_yticks(list(positions), labels, fontsize=9, color=INK)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="y", visible=False)
    ax.set_axisbelow(True)  # the grid behind the bars, not across them
    ax.spines["left"].set_visible(False)
    most = max(values) if values else 1
    for y, v in zip(positions, values, strict=True):
        ax.text(
            v + most * 0.02,
            y,
            f"{v:,}{unit} · {v / total:.0%}",
            va="center",
            fontsize=8,
            color=MUTED,
        )
    ax.set_xlim(0, most * 1.5 if values else 1)
    ax.xaxis.set_major_locator(MaxNLocator(4, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}"))
    return _svg(fig, title)
