"""Every ``kiosk`` command under a locale that is not UTF-8, with a HOME, a
content folder and an output path in Cyrillic: Python there encodes file
names and printed text in ASCII or Latin-1 unless the kiosk runs itself in
UTF-8 mode (kiosk/utf8mode.py). No traceback, and every path comes out whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk, kiosk

from kiosk import paths

pytestmark = pytest.mark.subprocess

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _latin1_locale(where: Path) -> dict[str, str]:
    """en_US.ISO-8859-1, compiled into ``where`` (this machine may have no
    legacy locale installed; Debian's ``locales`` package has its source)."""
    done = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(where / "en_US.ISO-8859-1")],
        capture_output=True,
        text=True,
        check=False,
    )
    if not (where / "en_US.ISO-8859-1").is_dir():
        pytest.fail(f"localedef cannot make en_US.ISO-8859-1 (Debian: locales): {done.stderr}")
    return {"LOCPATH": str(where), "LC_ALL": "en_US.ISO-8859-1", "LANG": "en_US.ISO-8859-1"}


@pytest.fixture(params=["C", "latin-1"])
def legacy(request, tmp_path: Path) -> Iterator[tuple[dict[str, str | None], Path]]:
    """The environment of a legacy locale and a HOME named in Cyrillic."""
    if request.param == "C":
        # Without PYTHONCOERCECLOCALE=0 Python would switch C to C.UTF-8 itself.
        env: dict[str, str | None] = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0"}
    else:
        locales = tmp_path / "locales"
        locales.mkdir()
        env = dict(_latin1_locale(locales))
    home = tmp_path / "Домой"
    home.mkdir()
    env.update({"PYTHONUTF8": "0", "PYTHONIOENCODING": None, "HOME": str(home)})
    env.update({name: None for name in XDG})  # the folders come from HOME
    probe = subprocess.run(
        ["python3", "-c", "import sys; print(sys.getfilesystemencoding(), sys.flags.utf8_mode)"],
        env={k: v for k, v in env.items() if v is not None},
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.split() in (["ascii", "0"], ["iso8859-1", "0"]), probe.stdout
    yield env, home


def no_traceback(done: subprocess.CompletedProcess[str]) -> str:
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "Error:" not in output, output
    return output


def test_validate_and_shot_name_cyrillic_paths(legacy, tmp_path: Path):
    env, _home = legacy
    content = tmp_path / "Содержание"
    shutil.copytree(paths.default_content_dir(), content)
    (content / "sections" / "99-тема.yaml").write_text("id: [broken\n", "utf-8")
    done = kiosk("validate", "--content", str(content), env=env)
    assert done.returncode == 1
    assert f"{content / 'sections' / '99-тема.yaml'}:2: error: YAML syntax" in no_traceback(done)
    assert f"{content}: 1 error(s)" in done.stderr

    picture = tmp_path / "Снимки" / "главная.png"
    shot = kiosk("shot", "--screen", "home", "--lang", "ru", "--content", str(content),
                 "-o", str(picture), env=env)  # fmt: skip
    assert shot.returncode == 0, no_traceback(shot)
    assert shot.stdout.strip() == str(picture)
    assert picture.stat().st_size > 10_000


def test_staff_commands_write_under_a_cyrillic_home(legacy):
    env, home = legacy
    pin = kiosk("set-pin", stdin="7295\n7295\n", env=env)
    assert pin.returncode == 0, no_traceback(pin)
    settings = home / ".config" / "tm-foreign-policy-kiosk" / "settings.yaml"
    assert f"staff PIN set ({settings}" in pin.stdout
    assert settings.is_file()
    stats = kiosk("stats", env=env)
    assert stats.returncode == 0, no_traceback(stats)
    assert "no usage counted yet" in stats.stdout
    # The console script starts itself again as `python -m kiosk` does.
    script = shutil.which("kiosk", path=str(Path(sys.executable).parent))
    assert script is not None
    merged = {k: v for k, v in {**os.environ, **env}.items() if v is not None}
    csv = subprocess.run([script, "stats", "--csv"], env=merged, capture_output=True,
                         text=True, timeout=60, check=False)  # fmt: skip
    assert csv.returncode == 0, no_traceback(csv)
    assert csv.stdout == "day,kind,key,count\n"
    helped = kiosk("--help", env=env)
    assert helped.returncode == 0, no_traceback(helped)
    assert "Türkmençe, Русский, English" in " ".join(helped.stdout.split())


def test_the_kiosk_starts_and_stops(legacy):
    env, home = legacy
    with RunningKiosk(env=env) as running:
        assert running.wait_for("kiosk started"), running.output
        output = running.stop()
    assert running.proc.returncode == 0, output
    assert "Traceback" not in output and "ERROR" not in output, output
    log = home / ".local" / "share" / "tm-foreign-policy-kiosk" / "kiosk.log"
    assert "kiosk started" in log.read_text("utf-8")
