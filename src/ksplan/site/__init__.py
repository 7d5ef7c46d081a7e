"""The plan as a static website, with its history from git (``ksplan site``).

- :mod:`ksplan.site.history` reads the plan's history from git (each revision once);
- :mod:`ksplan.site.build` renders every page from the report's context and the history;
- :func:`write_site` puts the files into a folder atomically: everything is written into a
  new folder beside the target, which then takes the target's place by a rename. A folder
  that exists already is replaced only when it is a website made by ksplan (it holds the
  marker file :data:`MARKER`) or is empty; any other folder is refused, so that ``--out``
  pointed at the wrong place cannot delete anyone's files. The replaced site is moved aside
  (a hidden ``.NAME.….old`` folder beside it) and removed by a process of its own.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ksplan.errors import UsageError
from ksplan.i18n import Lang, os_reason, t
from ksplan.plan import Plan
from ksplan.site.build import MARKER, SiteOptions, build_site
from ksplan.site.history import History, read_history

__all__ = [
    "MARKER",
    "History",
    "SiteOptions",
    "SiteResult",
    "build_site",
    "check_base_url",
    "make_site",
    "read_history",
    "write_site",
]


@dataclass(frozen=True)
class SiteResult:
    out: Path
    pages: int
    files: int
    history: History


def check_base_url(url: str) -> str:
    """The address the site is published at, with one trailing slash ("" when not given)."""
    if not url:
        return ""
    if not url.startswith(("http://", "https://")) or any(c.isspace() for c in url):
        raise UsageError(t("site.base_url_bad", url=url))
    return url.rstrip("/") + "/"


def _refuse_unless_replaceable(out: Path) -> None:
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UsageError(t("site.out_is_file", out=out))
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise UsageError(t("site.out_not_site", out=out, marker=MARKER))


def _write_new(name: str, data: bytes, folder: int) -> None:
    """A new file ``name`` in the open ``folder`` (no path walked again for each file)."""
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=folder)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def _remove_later(folder: Path) -> None:
    """Remove the replaced site (already moved aside) in a process of its own: deleting ten
    thousand files can take longer than writing them, and no one needs to wait for it. If
    that process cannot be started, the folder is removed here and now."""
    try:
        subprocess.Popen(
            [sys.executable, "-c", _REMOVE, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Write ``files`` (path inside the site → content) as the folder ``out``, atomically."""
    _refuse_unless_replaceable(out)
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise UsageError(t("site.out_failed", out=out, reason=os_reason(exc))) from None
    try:
        folders: dict[str, int] = {}
        try:
            for name, data in files.items():
                folder, base = os.path.split(name)
                if folder not in folders:
                    (staging / folder).mkdir(parents=True, exist_ok=True)
                    folders[folder] = os.open(staging / folder, os.O_RDONLY | os.O_DIRECTORY)
                _write_new(base, data, folders[folder])
        finally:
            for fd in folders.values():
                os.close(fd)
        os.chmod(staging, 0o755)  # mkdtemp makes it private; a web server must read it
        _refuse_unless_replaceable(out)  # still so after building (nothing changed meanwhile)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
            os.rename(out, old / "site")
            os.rename(staging, out)
            _remove_later(old)
        else:
            os.rename(staging, out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise UsageError(t("site.out_failed", out=out, reason=os_reason(exc))) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def make_site(
    plan: Plan,
    plan_dir: Path,
    out: Path,
    *,
    as_of: date,
    lang: Lang = "de",
    base_url: str = "",
    history: bool = True,
) -> SiteResult:
    """Build the website of ``plan`` (read from ``plan_dir``) and write it to ``out``."""
    from ksplan.i18n import msg

    base = check_base_url(base_url)
    _refuse_unless_replaceable(out)  # before any work: a wrong --out is said at once
    found = read_history(plan_dir) if history else History([], msg("site.history.off"))
    # the site as it stood on ``as_of``: no commit made after that day
    shown = dataclasses.replace(found, revisions=[r for r in found.revisions if r.day <= as_of])
    files = build_site(plan, shown, SiteOptions(as_of, lang, base))
    write_site(files, out)
    pages = sum(1 for name in files if name.endswith(".html"))
    return SiteResult(out, pages, len(files), found)
