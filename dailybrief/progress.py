"""Progress of one run, stage by stage: sources discovered, pages fetched, pages extracted,
analysis, writing, rendering.

The pipeline reports to a `Progress`; the terminal shows it as a rich progress bar (only on
a TTY), the workbench keeps it in a `LiveProgress` that the browser polls as JSON.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO

STAGE_LABELS = {
    "sources": "来源", "pages": "页面", "extract": "抽取", "analyse": "分析",
    "write": "写作", "render": "生成文件", "deliver": "推送",
}


class Progress:
    """Receives a run's progress; this base class ignores it (the quiet, non-TTY case)."""

    def stage(self, name: str, total: int | None = None) -> None:
        """A stage starts; `total` is how many steps it has, when known."""

    def advance(self, name: str, n: int = 1) -> None:
        """n more steps of the stage are done."""

    def message(self, text: str) -> None:
        """A line worth showing (a stage's summary)."""

    def close(self) -> None:
        """The run is over (successfully or not)."""


class TerminalProgress(Progress):
    """A rich progress bar on stderr, one row per stage."""

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(
            TextColumn("{task.description:>6}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=Console(file=stream or sys.stderr), transient=False)
        self._tasks: dict[str, Any] = {}
        self._bar.start()

    def stage(self, name: str, total: int | None = None) -> None:
        for task in self._tasks.values():
            self._bar.update(task, completed=self._bar.tasks[task].total)
        label = STAGE_LABELS.get(name, name)
        self._tasks[name] = self._bar.add_task(label, total=total if total is not None else 1)

    def advance(self, name: str, n: int = 1) -> None:
        if name in self._tasks:
            self._bar.advance(self._tasks[name], n)

    def message(self, text: str) -> None:
        self._bar.console.print(text, markup=False, highlight=False)

    def close(self) -> None:
        self._bar.stop()


class LiveProgress(Progress):
    """Progress kept in memory for the browser: `snapshot()` is what /api/run/status returns."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stages: list[dict[str, Any]] = []
        self._messages: list[str] = []
        self.started = time.time()
        self.finished: float | None = None

    def _find(self, name: str) -> dict[str, Any] | None:
        return next((s for s in self._stages if s["name"] == name), None)

    def stage(self, name: str, total: int | None = None) -> None:
        with self._lock:
            for s in self._stages:
                s["finished"] = True
            self._stages.append({"name": name, "label": STAGE_LABELS.get(name, name),
                                 "done": 0, "total": total, "finished": False})

    def advance(self, name: str, n: int = 1) -> None:
        with self._lock:
            found = self._find(name)
            if found is not None:
                found["done"] += n

    def message(self, text: str) -> None:
        with self._lock:
            self._messages.append(text)

    def close(self) -> None:
        with self._lock:
            for s in self._stages:
                s["finished"] = True
            self.finished = time.time()

    def snapshot(self) -> dict[str, Any]:
        """Return the stages (name, label, done, total, finished) and the messages so far."""
        with self._lock:
            return {"stages": [dict(s) for s in self._stages], "messages": list(self._messages),
                    "elapsed_s": round((self.finished or time.time()) - self.started, 1)}


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """Return a progress bar when the stream (default stderr) is a terminal, else a quiet one."""
    stream = stream or sys.stderr
    return TerminalProgress(stream) if stream.isatty() else Progress()
