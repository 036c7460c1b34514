"""Desktop citizenship without Qt: the entry and metainfo validate, install-desktop and uninstall-desktop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import APP_ID, __version__
from timeline_app.cli import main
from timeline_app.core import desktop
from timeline_app.core.desktop import (
    DesktopError,
    Launcher,
    data_home,
    desktop_entry,
    exec_value,
    install_desktop,
    parse_exec,
    uninstall_desktop,
)

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
ENTRY = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; packaging/dev.sh test installs it)")
    return path


def _validate_entry(path: Path) -> None:
    out = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(path)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout + out.stderr


def _entry_keys(path: Path, group: str = "Desktop Entry") -> dict[str, str]:
    keys: dict[str, str] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif "=" in line and current == group:
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def _files(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file()}


def test_desktop_entry_validates() -> None:
    _validate_entry(ENTRY)


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    out = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "E:" not in out.stdout and "W:" not in out.stdout, out.stdout


def test_app_id_is_the_same_everywhere() -> None:
    keys = _entry_keys(ENTRY)
    assert keys["Icon"] == APP_ID
    assert keys["Exec"] == "timeline-app %F"
    assert keys["Name"] == "Chronicle"
    assert "import-articles" in keys["Actions"].split(";")
    action = _entry_keys(ENTRY, "Desktop Action import-articles")
    assert action["Name"] == "Import articles"
    assert parse_exec(action["Exec"])[0] == "timeline-app"
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert f'<release version="{__version__}"' in metainfo
    mime_entry = set(filter(None, keys["MimeType"].split(";")))
    mime_metainfo = {line.strip()[11:-12] for line in metainfo.splitlines() if "<mediatype>" in line}
    assert mime_entry == mime_metainfo
    assert {"text/plain", "text/markdown", "text/html", "application/pdf"} <= mime_entry


@pytest.mark.parametrize(
    "argv",
    [
        ("/usr/bin/timeline-app",),
        ("/home/ann/My Apps/Chronicle/Chronicle",),
        ('/opt/odd"name/$HOME/back\\slash/`tick`', "-m", "timeline_app"),
    ],
)
def test_exec_values_round_trip(argv: tuple[str, ...]) -> None:
    value = exec_value(argv)
    assert parse_exec(value) == list(argv)
    assert parse_exec(value + " %F") == [*argv, "%F"]


def test_entry_with_a_quoted_command_validates(tmp_path: Path) -> None:
    launcher = Launcher(("/home/ann/My Apps/Chronicle $1/Chronicle",))
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry(ENTRY.read_text(encoding="utf-8"), launcher), encoding="utf-8")
    _validate_entry(entry)
    assert parse_exec(_entry_keys(entry)["Exec"]) == [launcher.argv[0], "%F"]


def test_data_home_follows_xdg_and_falls_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_home() == Path.home() / ".local" / "share"


def test_frozen_bundle_launches_its_own_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = tmp_path / "Chronicle" / "Chronicle"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop.current_launcher() == Launcher((str(exe),))


def test_install_puts_entry_icons_and_metainfo_under_xdg_data_home(capsys: pytest.CaptureFixture[str]) -> None:
    home = data_home()
    assert main(["install-desktop"]) == 0
    printed = capsys.readouterr().out
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert f"installed {entry}" in printed
    for size in desktop.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_text().lstrip().startswith("<?xml")
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    _validate_entry(entry)


def test_installed_exec_line_starts_the_app() -> None:
    home = data_home()
    install_desktop()
    keys = _entry_keys(home / "applications" / f"{APP_ID}.desktop")
    argv = [arg for arg in parse_exec(keys["Exec"]) if arg != "%F"]
    assert Path(argv[0]).is_absolute()
    out = subprocess.run(
        [*argv, "--version"], capture_output=True, text=True, cwd=keys.get("Path", "/"), timeout=60, check=True
    )
    assert out.stdout.strip() == f"Chronicle {__version__}"


def test_uninstall_removes_exactly_what_install_wrote(capsys: pytest.CaptureFixture[str]) -> None:
    home = data_home()
    other = home / "icons" / "hicolor" / "48x48" / "apps" / "another-app.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    before = _files(home)
    written = install_desktop()
    assert set(written) <= _files(home)
    assert main(["uninstall-desktop"]) == 0
    assert set(written) == {Path(line.split(" ", 1)[1]) for line in capsys.readouterr().out.splitlines()}
    # update-desktop-database, where installed, leaves its (now empty) MIME cache behind.
    assert _files(home) - before <= {home / "applications" / "mimeinfo.cache"}
    assert other.read_bytes() == b"not ours"
    assert uninstall_desktop() == []


def test_install_with_missing_resources_says_so_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(desktop, "icons_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(DesktopError, match="missing from this installation"):
        install_desktop()
    assert not data_home().exists() or _files(data_home()) == set()


def test_cli_reports_a_failed_install_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(blocker) in err
    assert os.path.isfile(blocker)
