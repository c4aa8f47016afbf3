"""Output files that are whole or absent, and a set of them that matches the stored brief.

Every format is first written into a staging folder inside the output folder
(``.staging-<name>/``, the same file system, so a rename is atomic), flushed to disk, and
only when all of them are written are they renamed over the previous files. A full disk or
a kill while rendering leaves the previous files untouched and a staging folder behind.

A pipeline run names its staging folder after the run (``.staging-run<id>``) and stores the
brief in the database between writing and renaming: that commit decides. On the next run,
`recover` finishes the renames of a staging folder whose run did store its brief (roll
forward) and removes one whose run did not (roll back), so the folder and the database
never disagree. The folder's list of files (``.set``) is written before the commit, so a
run's set replaces the previous set whole: formats the run did not make are removed.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

STAGING_PREFIX = ".staging-"
SET_FILE = ".set"
ABANDONED_AFTER_S = 3600.0  # a staging folder of a `render` this old is a crashed one
_RUN_STAGE = re.compile(r"^\.staging-run(\d+)$")


def new_staging(out_dir: Path, name: str | None = None) -> Path:
    """Create and return an empty staging folder in out_dir (a fresh one per call)."""
    folder = out_dir / f"{STAGING_PREFIX}{name or f'{os.getpid()}-{secrets.token_hex(4)}'}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def write_set(staging: Path, names: Iterable[str], every_name: Iterable[str]) -> None:
    """Record which files the staged set holds and which other outputs it replaces (removes)."""
    names = list(names)
    stale = [n for n in every_name if n not in names]
    text = "\n".join([*(f"+{n}" for n in names), *(f"-{n}" for n in stale)]) + "\n"
    tmp = staging / (SET_FILE + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, staging / SET_FILE)


def flush(paths: Iterable[Path]) -> None:
    """fsync each file, so a rename never exposes a file whose bytes are not on disk."""
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(staging: Path, out_dir: Path) -> dict[str, Path]:
    """Rename the staged files over out_dir's (and remove the outputs the set replaces);
    return {file name: final path}. Safe to run again after an interruption."""
    added, removed = _read_set(staging)
    published: dict[str, Path] = {}
    for name in added:
        target = out_dir / name
        source = staging / name
        if source.exists():
            os.replace(source, target)
        published[name] = target
    for name in removed:
        (out_dir / name).unlink(missing_ok=True)
    _fsync_dir(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    return published


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def recover(out_dir: Path, committed: Callable[[int], bool]) -> list[str]:
    """Finish or undo what interrupted runs left in out_dir; return one note per folder."""
    notes: list[str] = []
    if not out_dir.is_dir():
        return notes
    for folder in sorted(out_dir.glob(STAGING_PREFIX + "*")):
        match = _RUN_STAGE.match(folder.name)
        if match is None:
            if time.time() - folder.stat().st_mtime > ABANDONED_AFTER_S:
                discard(folder)
            continue
        run_id = int(match.group(1))
        if committed(run_id) and (folder / SET_FILE).is_file():
            publish(folder, out_dir)
            notes.append(f"{out_dir}: finished publishing the outputs of interrupted run {run_id}")
        else:
            discard(folder)
            notes.append(f"{out_dir}: removed the partial outputs of interrupted run {run_id}")
    return notes


def _read_set(staging: Path) -> tuple[list[str], list[str]]:
    path = staging / SET_FILE
    if not path.is_file():
        return sorted(p.name for p in staging.iterdir() if not p.name.startswith(".")), []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [x[1:] for x in lines if x[0] == "+"], [x[1:] for x in lines if x[0] == "-"]


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
