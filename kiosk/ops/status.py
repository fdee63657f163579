"""``kiosk status``: what a kiosk shows and how it is doing, from what its
files already say (the installed pack's record, the content itself, the
run-state note, the single-instance lock, the usage counts). Only reads."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from kiosk.content.overlay import load_layers
from kiosk.ops.content_place import overlay_dir, pack_store, shown_content_dir
from kiosk.ops.instance import running_pid
from kiosk.ops.run_state import read_run_state
from kiosk.packs.format import printable
from kiosk.packs.integrity import changed_files, describe, installed_manifest
from kiosk.packs.store import PackInfo, read_record


def content_part() -> dict[str, Any]:
    """What the health reports add to the liveness fields (kiosk.ops.health_report,
    in its own thread, every minute): the content shown, its signer, the last
    refused pack and the last reset. Only the records are read: the content
    itself is validated by the kiosk as it reads it, and its problems are in
    the report's ``problems``."""
    store = pack_store()
    refusal = store.last_refusal()
    state = read_run_state()
    return {
        "content": {
            "pack": _pack(store.current_info()),
            "previous": _pack(store.previous_info()),
        },
        "last_refused": None if refusal is None else refusal.__dict__,
        "last_reset": state.last_reset if state else None,
    }


def gather(now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or dt.datetime.now(dt.timezone.utc)
    store = pack_store()
    folder = shown_content_dir()
    result = load_layers(folder, overlay_dir())
    refusals = store.refusals()
    return {
        "content": {
            "folder": str(folder),
            "pack": _pack(store.current_info(), check=True),
            "previous": _pack(store.previous_info()),
            "errors": len(result.errors),
            "warnings": len(result.warnings),
            "usable": result.content is not None,
        },
        "last_refused": refusals[0].__dict__ if refusals else None,
        "refused_before": [r.__dict__ for r in refusals[1:]],
        "kiosk": _kiosk(now),
        "today": _today(now),
        # What the running kiosk last wrote to its reports folder (liveness:
        # last frame, starts, opening hours): the status it sends home.
        "health": _health(),
    }


def _health() -> dict[str, Any] | None:
    from kiosk.ops.health_report import STATUS_FILE
    from kiosk.ops.health_run import reports_folder
    from kiosk.ops.settings import load_settings

    path = reports_folder(load_settings(create=False)) / STATUS_FILE
    try:
        data = json.loads(read_record(path))
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _pack(info: PackInfo | None, *, check: bool = False) -> dict[str, Any] | None:
    """``check``: the pack's files hashed against its manifest ("changed":
    the files edited since the install, which are not what was signed)."""
    if info is None:
        return None
    changed: list[str] = []
    if check and (manifest := installed_manifest(info.folder)) is not None:
        changed = changed_files(info.folder, manifest)
    return {
        "damaged": info.damaged,
        "changed": [printable(name) for name in changed],
        "version": info.version,
        "signer": info.signer_name,
        "key": info.signer_key,
        "created": info.created,
        "installed": info.installed,
        "source": info.source,
    }


def _kiosk(now: dt.datetime) -> dict[str, Any]:
    pid = running_pid()
    state = read_run_state()
    uptime = None
    if pid is not None and state is not None and state.pid == pid:
        started = dt.datetime.strptime(state.started, "%Y-%m-%dT%H:%M:%SZ")
        uptime = max(0, round((now - started.replace(tzinfo=dt.timezone.utc)).total_seconds()))
    return {
        "running": pid is not None,
        "pid": pid,
        "uptime_s": uptime,
        "last_reset": state.last_reset if state else None,
    }


def _today(now: dt.datetime) -> dict[str, Any]:
    from kiosk.ops.usage_report import UsageUnreadable, read_report

    today = now.astimezone().date().isoformat()
    try:
        rows = read_report().rows
    except UsageUnreadable as exc:
        return {"counts": {}, "note": str(exc)}
    counts: Counter[str] = Counter()
    for day, kind, _key, n in rows:
        if day == today:
            counts[kind] += n
    return {"counts": dict(sorted(counts.items())), "note": None}


def print_status(*, as_json: bool) -> int:
    status = gather()
    if as_json:
        print(json.dumps(status, ensure_ascii=False, indent=1))
        return 0
    for label, value in lines(status):
        print(f"{label + ':':<14}{value}")
    return 0 if status["content"]["usable"] else 1


def lines(status: dict[str, Any]) -> list[tuple[str, str]]:
    content, kiosk, today = status["content"], status["kiosk"], status["today"]
    pack, previous = content["pack"], content["previous"]
    out = []
    if pack and pack["damaged"]:
        out.append(
            (
                "content",
                f"pack {pack['version']}, ITS RECORD IS DAMAGED ({pack['damaged']}): "
                "install the pack again to repair it",
            )
        )
    elif pack and pack["changed"]:
        out.append(
            (
                "content",
                f"pack {pack['version']}, CHANGED SINCE INSTALL ({describe(pack['changed'])}): "
                "not what was signed; install the pack again to repair it",
            )
        )
    elif pack:
        signer = pack["signer"] or "?"
        out.append(
            ("content", f"pack {pack['version']}, signed by {signer} (key {pack['key'][:16]})")
        )
    if pack and not pack["damaged"]:
        out.append(
            ("installed", f"{pack['installed']} from {pack['source']} (made {pack['created']})")
        )
    if not pack:
        out.append(("content", "no pack installed"))
    out.append(("folder", content["folder"]))
    if previous:
        out.append(("previous", f"pack {previous['version']} (`kiosk rollback` goes back to it)"))
    out.append(("validation", f"{content['errors']} error(s), {content['warnings']} warning(s)"))
    refused = status["last_refused"]
    if refused:
        out.append(("last refused", f"{refused['when']} {refused['pack']}: {refused['reason']}"))
    for earlier in status.get("refused_before", []):
        out.append(("refused", f"{earlier['when']} {earlier['pack']}: {earlier['reason']}"))
    if kiosk["running"]:
        up = kiosk["uptime_s"]
        since = f"up {_duration(up)}" if up is not None else "uptime unknown"
        out.append(("kiosk", f"running (pid {kiosk['pid']}), {since}"))
    else:
        out.append(("kiosk", "not running"))
    out.append(("last reset", kiosk["last_reset"] or "none noted"))
    counts = ", ".join(f"{n} {kind}" for kind, n in today["counts"].items()) or "none yet"
    out.append(("today", counts if not today["note"] else f"{counts} ({today['note']})"))
    out.extend(_health_lines(status.get("health")))
    return out


def _health_lines(health: dict[str, Any] | None) -> list[tuple[str, str]]:
    """What the kiosk last reported (its reports folder's status.json)."""
    if not health:
        return [("reported", "no health report yet")]
    out = [("reported", str(health.get("written_at")))]
    out.append(("last frame", str(health.get("last_frame_at") or "none yet")))
    starts = health.get("starts_last_24_h")
    loop = " RESTART LOOP" if health.get("restart_loop") else ""
    out.append(("starts", f"{starts} in the last 24 h{loop}"))
    opening = health.get("opening")
    if isinstance(opening, dict):
        state = "open" if opening.get("open") else f"closed, reopens {opening.get('reopens_at')}"
        out.append(("hours", f"{state}; display {opening.get('display')}"))
    problems = health.get("problem_count")
    if problems:
        out.append(("problems", f"{problems} (see status.json)"))
    return out


def _duration(seconds: int) -> str:
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    return f"{days} d {hours} h {minutes} min" if days else f"{hours} h {minutes} min"
