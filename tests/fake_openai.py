"""A small OpenAI-compatible chat server on 127.0.0.1, scripted per test.

It answers POST /v1/chat/completions the way the real APIs do: `choices[0].message.content`
and `usage` on success, 401 for a wrong key, 404 `model_not_found` for an unknown model, and
whatever a test's responder returns otherwise (a 429 or 500, a slow answer, bad JSON …).
Every request body is recorded, so tests can count calls and read the prompts.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_PATH = "/v1/chat/completions"


@dataclass
class Reply:
    """One scripted answer: a message (status 200) or an error status with an error body."""

    content: str | None = None
    status: int = 200
    error: dict[str, Any] | None = None
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 120
    completion_tokens: int = 80
    raw: str | None = None


Responder = Callable[[dict[str, Any]], Reply]


def chat_reply(content: str, prompt_tokens: int = 120, completion_tokens: int = 80) -> Reply:
    return Reply(content=content, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)


def error_reply(status: int, message: str, code: str = "", **kwargs: Any) -> Reply:
    return Reply(status=status, error={"message": message, "type": "invalid_request_error",
                                       "code": code or None}, **kwargs)


class FakeOpenAI:
    """The server; use as a context manager. `url` is the base URL to configure (…/v1)."""

    def __init__(self, responder: Responder, *, api_key: str = "sk-test",
                 models: tuple[str, ...] = ("fake-chat",)) -> None:
        self.responder = responder
        self.api_key = api_key
        self.models = models
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.requests)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, headers: dict[str, str], body: dict[str, Any]) -> Reply:
        """Return the reply to one request: auth and model checks first, then the script."""
        with self.lock:
            self.requests.append(body)
        if headers.get("authorization") != f"Bearer {self.api_key}":
            return error_reply(401, "Incorrect API key provided.", "invalid_api_key")
        if body.get("model") not in self.models:
            return error_reply(404, f"The model `{body.get('model')}` does not exist or you do "
                                    "not have access to it.", "model_not_found")
        return self.responder(body)


def _handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            if self.path != CHAT_PATH:
                self._send(404, {"error": {"message": f"Not found: {self.path}"}})
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._send(400, {"error": {"message": "body is not JSON"}})
                return
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply = fake.answer(headers, body)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.raw is not None:
                self._send_text(reply.status, reply.raw, reply.headers)
            elif reply.status == 200:
                self._send(200, _completion(body, reply), reply.headers)
            else:
                self._send(reply.status, {"error": reply.error or {"message": "error"}}, reply.headers)

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self._send_text(status, json.dumps(payload, ensure_ascii=False), headers or {})

        def _send_text(self, status: int, text: str, headers: dict[str, str]) -> None:
            data = text.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return Handler


def _completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                  "total_tokens": reply.prompt_tokens + reply.completion_tokens},
    }
