"""Local stand-ins for the delivery channels, on 127.0.0.1: an HTTP receiver for the robot
webhooks (Feishu, DingTalk, WeCom, Telegram, a generic webhook) and an SMTP server (aiosmtpd).

Apprise's Feishu, DingTalk, WeCom and Telegram plugins post to their services' fixed public
hosts. `point_robots_at` moves only the host: each plugin's own `notify_url` class attribute
is set to the same API path on the local receiver (pytest's monkeypatch undoes it), so the
whole plugin — its payload, headers and response check — runs as it would in production.
"""

from __future__ import annotations

import email
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Received:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Robots:
    base: str
    received: list[Received] = field(default_factory=list)
    fail_paths: dict[str, int] = field(default_factory=dict)  # path prefix -> HTTP status

    def to(self, prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(prefix)]


def _handler(robots: Robots) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            robots.received.append(Received(self.path, json.loads(raw.decode("utf-8")),
                                            dict(self.headers.items())))
            status = next((s for p, s in robots.fail_paths.items() if self.path.startswith(p)), 200)
            answer = (b'{"code": 0, "errcode": 0, "errmsg": "ok", "ok": true, '
                      b'"result": {"message_id": 1}}' if status == 200 else b'{"error": "down"}')
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *_args: Any) -> None:
            pass

    return Handler


@contextmanager
def robot_receiver() -> Iterator[Robots]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Robots("")))
    robots = Robots(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(robots)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield robots
    finally:
        server.shutdown()
        server.server_close()


def point_robots_at(monkeypatch: pytest.MonkeyPatch, base: str) -> None:
    """Send the robot plugins' requests to base (same API paths as the real services)."""
    from apprise.plugins.dingtalk import NotifyDingTalk
    from apprise.plugins.feishu import NotifyFeishu
    from apprise.plugins.telegram import NotifyTelegram
    from apprise.plugins.wecombot import NotifyWeComBot

    monkeypatch.setattr(NotifyFeishu, "notify_url", base + "/open-apis/bot/v2/hook/{token}/")
    monkeypatch.setattr(NotifyDingTalk, "notify_url", base + "/robot/send?access_token={token}")
    monkeypatch.setattr(NotifyWeComBot, "notify_url", base + "/cgi-bin/webhook/send?key={key}")
    monkeypatch.setattr(NotifyTelegram, "notify_url", base + "/bot")


@dataclass
class Mailbox:
    port: int
    messages: list[Message] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)
    refuse: bool = False


class _SMTPHandler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.box.refuse:
            return "554 5.7.1 Message refused by policy"
        self.box.envelopes.append(envelope)
        self.box.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server() -> Iterator[Mailbox]:
    box = Mailbox(_free_port())
    controller = Controller(_SMTPHandler(box), hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
