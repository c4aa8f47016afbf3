"""The bundled demo: a frozen day of the web (dev-2026-06-10) served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path


def demo_corpus() -> Path:
    """Return the folder of the bundled demo corpus."""
    return Path(str(resources.files("dailybrief").joinpath("demo/corpus")))


def corpus_meta(corpus: Path) -> tuple[date, int]:
    """Return (brief date, window days) from a corpus's corpus.json."""
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    return date.fromisoformat(meta["brief_date"]), int(meta.get("window_days", 14))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextmanager
def serve_folder(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 in a background thread; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
