"""The fleet report as one self-contained HTML page: inline CSS, inline SVG
charts, the kiosk's font embedded; no script, nothing from the network.

Calm and printable: the kiosk's green for what is well, one warm colour for
what needs someone's attention, which comes first on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from kiosk.fleet.reading import Fleet, Kiosk

STALE_AFTER = dt.timedelta(days=2)
LANGUAGE_NAMES = {"tk": "Türkmençe", "ru": "Русский", "en": "English"}


@dataclass(frozen=True)
class Charts:
    visits: str
    topics: str
    languages: str


def stale(kiosk: Kiosk, at: dt.datetime) -> bool:
    return kiosk.last_seen is None or at - kiosk.last_seen > STALE_AFTER


def _ago(moment: dt.datetime | None, at: dt.datetime) -> str:
    if moment is None:
        return "never"
    seconds = (at - moment).total_seconds()
    if seconds < -300:
        return "after the report's time (a clock is wrong?)"
    if seconds < 3600:
        return f"{max(0, round(seconds / 60))} min ago"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%d %b %Y %H:%M UTC") if moment else "—"


def attention(fleet: Fleet, at: dt.datetime) -> list[tuple[Kiosk, str]]:
    """(kiosk, why) for each kiosk that needs someone: restart loops first."""
    found = [
        (k, f"restart loop ({k.starts_24h} starts in 24 h)" if k.starts_24h else "restart loop")
        for k in fleet.kiosks
        if k.restart_loop
    ]
    found += [
        (k, f"no status for {_ago(k.last_seen, at).removesuffix(' ago')}")
        if k.last_seen is not None
        else (k, "has never reported its status")
        for k in sorted(
            (k for k in fleet.kiosks if stale(k, at)),
            key=lambda k: k.last_seen or dt.datetime.min.replace(tzinfo=dt.timezone.utc),
        )
    ]
    return found


def render(
    fleet: Fleet,
    charts: Charts,
    *,
    at: dt.datetime,
    first: dt.date | None,
    last: dt.date | None,
    visits_total: int,
    visits_30: int,
    font_faces: str,
) -> str:
    needs = attention(fleet, at)
    missions = fleet.missions()
    period = (
        f"counts from {first:%d %b %Y} to {last:%d %b %Y}" if first and last else "no counts yet"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Kiosk fleet report</title>",
        f"<style>{font_faces}\n{CSS}</style></head><body>",
        '<header class="band"><h1>Kiosk fleet report</h1>',
        f"<p>{len(fleet.kiosks)} kiosks in {len(missions)} missions · {escape(period)} · "
        f"made {_when(at)}</p></header><main>",
        _attention(needs, len(fleet.kiosks)),
        '<section class="figures">',
        _figure(f"{visits_total:,}", "visits in the period"),
        _figure(f"{visits_30:,}", "visits in the last 30 days"),
        _figure(
            f"{sum(1 for k in fleet.kiosks if not stale(k, at))} of {len(fleet.kiosks)}",
            "kiosks reported in the last 2 days",
        ),
        "</section>",
        '<section class="chart" id="visits"><h2>Visits per day, by mission</h2>',
        '<p class="note">Faint: each day. Green: the average of the last 7 days. '
        "Each mission on its own scale; its total in its title.</p>",
        charts.visits,
        "</section>",
        '<section class="pair">',
        '<div class="chart" id="topics"><h2>Topics read</h2>',
        '<p class="note">Times each topic was opened, all kiosks.</p>',
        charts.topics,
        "</div>",
        '<div class="chart" id="languages"><h2>Languages chosen</h2>',
        '<p class="note">Times visitors switched to each language.</p>',
        charts.languages,
        "</div></section>",
        _last_seen(fleet, at),
        _problems(fleet),
        "<footer><p>A visit is counted each time a kiosk goes back to its attract screen, "
        "which ends every visit. The counts are anonymous: how often, never who. "
        "A kiosk is stale when its last status is more than 2 days old; it is in a "
        "restart loop when it started more than 5 times in 10 minutes.</p></footer>",
        "</main></body></html>",
    ]
    return "\n".join(parts)


def _figure(value: str, label: str) -> str:
    return f'<div class="figure"><b>{escape(value)}</b><span>{escape(label)}</span></div>'


def _attention(needs: list[tuple[Kiosk, str]], total: int) -> str:
    if not needs:
        return (
            '<section class="attention well" id="attention"><h2>All well</h2>'
            f"<p>All {total} kiosks reported within the last 2 days, and none is "
            "restarting over and over.</p></section>"
        )
    items = "".join(
        f"<li><b>{escape(k.name)}</b> <span class=mission>{escape(k.mission)}</span> — "
        f"{escape(why)}</li>"
        for k, why in needs
    )
    return (
        f'<section class="attention" id="attention"><h2>Needs attention: {len(needs)}</h2>'
        f"<ul>{items}</ul></section>"
    )


def _last_seen(fleet: Fleet, at: dt.datetime) -> str:
    rows = []
    order = sorted(
        fleet.kiosks,
        key=lambda k: (k.mission, k.name),
    )
    for k in order:
        state = "loop" if k.restart_loop else "stale" if stale(k, at) else "ok"
        label = {"loop": "restart loop", "stale": "stale", "ok": "reporting"}[state]
        seen = _ago(k.last_seen, at) + (" (file time)" if k.seen_from_file_time else "")
        rows.append(
            f'<tr class="{state}"><td>{escape(k.mission)}</td><td>{escape(k.name)}</td>'
            f'<td><span class="chip {state}">{label}</span></td>'
            f"<td>{escape(seen)}</td><td>{_when(k.last_seen)}</td>"
            f'<td class="num">{k.visits:,}</td><td class="num">{k.problem_count}</td>'
            f"<td>{escape(k.version or '—')}</td></tr>"
        )
    return (
        '<section id="last-seen"><h2>Last seen, per kiosk</h2><table>'
        "<thead><tr><th>Mission</th><th>Kiosk</th><th>State</th><th>Last seen</th>"
        '<th>Last status written</th><th class="num">Visits</th>'
        '<th class="num">Problems it reports</th><th>Version</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _problems(fleet: Fleet) -> str:
    if not fleet.problems:
        return (
            '<section id="problems"><h2>Problems in the reports</h2>'
            "<p>None: every file read as it should.</p></section>"
        )
    items = "".join(
        f"<li><code>{escape(p.path)}</code> · <b>{escape(p.where)}</b>: {escape(p.message)}</li>"
        for p in fleet.problems
    )
    more = (
        f"<li>… and {fleet.more_problems} more in the same kiosks' files</li>"
        if fleet.more_problems
        else ""
    )
    return (
        f'<section id="problems"><h2>Problems in the reports: '
        f"{len(fleet.problems) + fleet.more_problems}</h2>"
        "<p class=note>These files, or fields of them, were left out; everything else "
        f"counts.</p><ul>{items}{more}</ul></section>"
    )


CSS = """
:root { --green: #00853A; --deep: #0B5D3B; --page: #F4F2EC; --surface: #FFFFFF;
  --ink: #1B2420; --muted: #4A5751; --line: #D8D3C6; --warm: #8E1B22; --warm-bg: #FBF0EE; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--page); color: var(--ink); line-height: 1.45;
  font: 15px/1.45 "Kiosk Noto Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
.band { background: var(--green); color: #fff; padding: 22px 32px 18px; }
.band h1 { margin: 0 0 4px; font-size: 28px; letter-spacing: .01em; }
.band p { margin: 0; color: #F7FBF9; }
main { max-width: 1100px; margin: 0 auto; padding: 20px 28px 40px; }
section, .chart { background: var(--surface); border: 1px solid var(--line); border-radius: 10px;
  padding: 16px 20px; margin: 0 0 18px; break-inside: avoid; }
h2 { margin: 0 0 6px; font-size: 18px; color: var(--deep); }
.note { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
svg { width: 100%; height: auto; display: block; }
.attention { border-left: 6px solid var(--warm); background: var(--warm-bg); }
.attention h2 { color: var(--warm); }
.attention ul { margin: 4px 0 0; padding-left: 20px; columns: 2; column-gap: 32px; }
.attention.well { border-left-color: var(--green); background: #EEF6F0; }
.attention.well h2 { color: var(--deep); }
.mission { color: var(--muted); }
.figures { display: flex; gap: 18px; background: none; border: 0; padding: 0; }
.figure { flex: 1; background: var(--surface); border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 18px; }
.figure b { display: block; font-size: 26px; color: var(--deep); }
.figure span { color: var(--muted); font-size: 13px; }
.pair { display: flex; gap: 18px; background: none; border: 0; padding: 0; }
.pair .chart { flex: 1; margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th { text-align: left; color: var(--muted); font-weight: 600;
  border-bottom: 2px solid var(--line); }
th, td { padding: 4px 8px; white-space: nowrap; }
tbody tr { border-bottom: 1px solid #EEEBE3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0 8px; border-radius: 9px; font-size: 12px;
  background: #E4EFE8; color: var(--deep); }
.chip.stale, .chip.loop { background: var(--warm); color: #fff; }
#problems li { margin: 2px 0; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
footer { color: var(--muted); font-size: 12.5px; }
@media screen and (max-width: 760px) { .pair, .figures { flex-direction: column; }
  .attention ul { columns: 1; } }
@page { size: A4; margin: 12mm; }
@media print {
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; padding: 6px 0; }
  .band { padding: 10px 14px; }
  .band h1 { font-size: 20pt; }
  section, .chart, .figure { border-color: #bbb; padding: 10px 12px; margin-bottom: 10px; }
  .figure b { font-size: 16pt; }
  #last-seen { break-inside: auto; }
  table { font-size: 8pt; }
  th, td { padding: 2px 5px; }
  tr { break-inside: avoid; }
}
"""
