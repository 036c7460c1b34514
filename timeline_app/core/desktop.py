"""Install Chronicle into the current user's desktop (XDG): launcher entry, icons, metainfo.

Qt-free. ``install_desktop`` copies the desktop entry (its Exec lines pointing at the command
that is running now), the hicolor icons and the AppStream metainfo under XDG_DATA_HOME;
``uninstall_desktop`` removes exactly those files again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from timeline_app import APP_ID
from timeline_app.core.paths import RESOURCES, resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
COMMAND = "timeline-app"
# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopError(Exception):
    """A one-line message about a file that cannot be installed or removed."""


@dataclass(frozen=True)
class Launcher:
    """How the desktop starts Chronicle: the command's arguments and, if needed, a working folder."""

    argv: tuple[str, ...]
    workdir: Path | None = None


def data_home() -> Path:
    """XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def linux_dir() -> Path:
    """The folder holding the desktop entry and metainfo templates (bundled or in the checkout)."""
    bundled = resources_dir() / "linux"
    return bundled if bundled.is_dir() else RESOURCES.parent / "packaging" / "linux"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def current_launcher() -> Launcher:
    """The command that starts the Chronicle that is running now, as absolute paths."""
    if getattr(sys, "frozen", False):
        return Launcher((str(Path(sys.executable).resolve()),))
    beside = Path(sys.executable).parent / COMMAND
    if beside.is_file() and os.access(beside, os.X_OK):
        return Launcher((str(beside.absolute()),))
    found = shutil.which(COMMAND)
    if found:
        return Launcher((str(Path(found).absolute()),))
    # A source checkout without an installed command: run the package from the checkout.
    return Launcher((str(Path(sys.executable).absolute()), "-m", "timeline_app"), RESOURCES.parent)


def quote_exec_arg(arg: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry spec asks (before string escaping)."""
    if arg and not (set(arg) & _RESERVED):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{escaped}"'


def exec_value(argv: tuple[str, ...]) -> str:
    """The Exec value for ``argv`` as written in the file (string-escaped: a backslash doubled)."""
    return " ".join(quote_exec_arg(arg) for arg in argv).replace("\\", "\\\\")


def parse_exec(value: str) -> list[str]:
    """Split a written Exec value back into arguments (field codes like %F are kept as they are)."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] = []
    quoted = started = False
    index = 0
    while index < len(text):
        ch = text[index]
        if quoted and ch == "\\" and index + 1 < len(text):
            current.append(text[index + 1])
            index += 1
        elif ch == '"':
            quoted = not quoted
            started = True
        elif ch == " " and not quoted:
            if started or current:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
        index += 1
    if quoted:
        raise DesktopError(f"Exec={value}: unterminated quote")
    if started or current:
        args.append("".join(current))
    return args


def desktop_entry(template: str, launcher: Launcher) -> str:
    """The template entry with every ``Exec=timeline-app ...`` line pointing at ``launcher``."""
    lines = []
    prefix = f"Exec={COMMAND}"
    for line in template.splitlines():
        if line == prefix or line.startswith(prefix + " "):
            line = "Exec=" + exec_value(launcher.argv) + line[len(prefix) :]
            lines.append(line)
            if launcher.workdir is not None and not any(item.startswith("[Desktop Action") for item in lines):
                lines.append("Path=" + str(launcher.workdir).replace("\\", "\\\\"))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> dict[Path, Path | None]:
    """Where each installed file goes under ``home``, mapped to its source (None: generated)."""
    icons = icons_dir()
    files: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml": linux_dir() / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icons / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        relative = Path("hicolor") / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[home / "icons" / relative] = icons / relative
    return files


def install_desktop(home: Path | None = None, launcher: Launcher | None = None) -> list[Path]:
    """Install the entry, metainfo and icons for the current user; returns the files written."""
    home = home or data_home()
    launcher = launcher or current_launcher()
    template_path = linux_dir() / f"{APP_ID}.desktop"
    files = installed_files(home)
    missing = [source for source in [template_path, *files.values()] if source is not None and not source.is_file()]
    if missing:
        raise DesktopError(f"{missing[0]}: missing from this installation of Chronicle")
    written = []
    try:
        for target, source in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if source is None:
                text = desktop_entry(template_path.read_text(encoding="utf-8"), launcher)
                target.write_text(text, encoding="utf-8")
            else:
                shutil.copyfile(source, target)
            written.append(target)
    except OSError as error:
        raise DesktopError(f"{error.filename or home}: {error.strerror or error}") from None
    _refresh_caches(home)
    return written


def uninstall_desktop(home: Path | None = None) -> list[Path]:
    """Remove the files ``install_desktop`` writes; returns the ones that were there."""
    home = home or data_home()
    removed = []
    for target in installed_files(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopError(f"{target}: {error.strerror or error}") from None
        removed.append(target)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell launchers about the change where the usual tools exist; never fails the install."""
    applications = home / "applications"
    tool = shutil.which("update-desktop-database")
    if tool and applications.is_dir():
        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True)
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
