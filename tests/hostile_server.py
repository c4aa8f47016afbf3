"""A hostile HTTP server on 127.0.0.1 for the hostile tests: it hangs, drips, loops, sends huge,
binary and bomb bodies, asks to come back later, storms with 503s, lists thousands of links,
serves multi-megabyte articles and stands in for internal services. It counts every request
by path, so a test can assert what a run cost as well as what it gave."""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

ARTICLE_TEXT = ("国家发展改革委等部门印发《关于加快培育新质生产力的指导意见》，提出到2027年"
                "重点产业链供应链韧性明显增强，数字经济核心产业增加值占比持续提升。")


def article_html(title: str, day: str = "2026-06-09", paragraphs: int = 3) -> bytes:
    body = "".join(f"<p>{ARTICLE_TEXT}第{i}段。</p>" for i in range(paragraphs))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='PubDate' content='{day} 09:00'></head>"
            f"<body><h1>{title}</h1><div class='article'>{body}</div></body></html>").encode()


@functools.lru_cache(maxsize=4)
def _bomb(mb: int) -> bytes:
    return gzip.compress(b"\0" * (mb << 20), 6)


@dataclass
class Hits:
    """Requests received, by path (without the query)."""

    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def add(self, path: str) -> None:
        with self.lock:
            self.counts[path] += 1

    def __getitem__(self, path: str) -> int:
        with self.lock:
            return self.counts[path]

    def total(self, prefix: str = "/") -> int:
        with self.lock:
            return sum(n for p, n in self.counts.items() if p.startswith(prefix))


class HostileHandler(http.server.BaseHTTPRequestHandler):
    """Each path prefix misbehaves one way; see the module docstring."""

    hits: Hits
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: C901 - one branch per misbehaviour, read top to bottom
        parts = urlsplit(self.path)
        path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.hits.add(path)
        n = int(query.get("n", "0") or 0)
        if path == "/robots.txt":
            self._send(404, "text/plain", b"")
        elif path.startswith("/secret"):  # an internal service: must never be reached when guarded
            self._send(200, "text/html; charset=utf-8",
                       b"<html><body><h1>internal admin</h1><a href='/secret/a.html'>token</a></body></html>")
        elif path == "/redirect":
            self._send(302, "text/html", b"", {"Location": query.get("to", "/")})
        elif path.startswith("/loop"):
            self._send(302, "text/html", b"", {"Location": f"{path}?n={n + 1}"})
        elif path.startswith("/hang/") or path == "/hang":
            self.hits.stop.wait(120)
        elif path == "/hang-body":  # headers at once, then nothing
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.flush()
            self.hits.stop.wait(120)
        elif path.startswith("/drip"):  # a byte every `every` seconds, forever (or until cut off)
            every = float(query.get("every", "0.2"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(100000):
                if self.hits.stop.wait(every):
                    return
                try:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                except OSError:
                    return
        elif path == "/huge":  # no Content-Length, a body larger than any limit
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(2000):
                    self.wfile.write(chunk)
            except OSError:
                return
        elif path == "/binary":
            body = bytes(range(256)) * 64
            self._send(200, "text/html", body)
        elif path == "/bomb":  # 10 MB of zeros gzip-compressed to a few KB
            body = _bomb(int(query.get("mb", "10")))
            self._send(200, "text/html", body, {"Content-Encoding": "gzip"})
        elif path.startswith("/retry-after"):
            self._send(429, "text/plain", b"slow down", {"Retry-After": query.get("s", "3600")})
        elif path.startswith("/storm"):
            self._send(503, "text/plain", b"busy")
        elif path == "/list":
            kind = query.get("kind", "a")
            size = f"?n={query['size']}" if "size" in query else ""
            links = "".join(f"<li><a href='/{kind}/202606/t20260609_{i}.html{size}'>新质生产力文章第{i}篇</a>"
                            f"<span>2026-06-09</span></li>" for i in range(n))
            self._send(200, "text/html; charset=utf-8",
                       f"<html><body><ul class='list'>{links}</ul></body></html>".encode())
        elif path.startswith("/a/"):
            self._send(200, "text/html; charset=utf-8", article_html(f"文章{path}"))
        elif path.startswith("/big"):  # about 230 bytes a paragraph: 6000 make 1.4 MB
            self._send(200, "text/html; charset=utf-8", article_html("国家发展改革委印发新质生产力指导意见",
                                                                    paragraphs=n or 6000))
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass


@dataclass
class Hostile:
    base: str
    port: int
    hits: Hits


@contextmanager
def hostile_server(host: str = "127.0.0.1") -> Iterator[Hostile]:
    """Serve the hostile handler on host (a loopback address) and an ephemeral port."""
    hits = Hits()
    handler = type("Handler", (HostileHandler,), {"hits": hits})
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield Hostile(f"http://{host}:{server.server_address[1]}", server.server_address[1], hits)
    finally:
        hits.stop.set()
        server.shutdown()
        server.server_close()
        time.sleep(0)
