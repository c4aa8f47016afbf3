"""The LLM client: configuration, POST /chat/completions with retries, a disk cache, usage.

`load_llm_config(settings)` reads the endpoint and model from the settings or
DAILYBRIEF_LLM_* and the API key only from the environment. `ChatClient.complete(messages)`
answers from the on-disk cache when it can, else posts to any OpenAI-compatible endpoint,
retrying timeouts, 408/409/429 and 5xx with backoff; a wrong key, model or URL raises
WriterError (every later call would fail too), any other failure raises CallFailed for its
section only. `Usage` counts calls, cache hits, tokens and the writer's repairs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from ..errors import WriterError
from ..settings import Settings

logger = logging.getLogger(__name__)

ENV_BASE_URL = "DAILYBRIEF_LLM_BASE_URL"
ENV_MODEL = "DAILYBRIEF_LLM_MODEL"
ENV_API_KEY = "DAILYBRIEF_LLM_API_KEY"
LOCAL_HOSTS = frozenset(("127.0.0.1", "localhost", "::1", "0.0.0.0"))  # no key needed (Ollama)
CACHE_FOLDER = "llm"  # under the cache_dir the pipeline passes
MAX_TOKENS = 2048  # one section is ~500 Chinese characters (~700 tokens); caps a runaway reply
RETRY_AFTER_MAX_S = 30.0  # never sleep longer than this on a 429 Retry-After
RETRYABLE_STATUS = frozenset((408, 409, 429))  # plus every 5xx
MODEL_MISSING = re.compile(r"model_not_found|model.{0,60}(?:not.?found|not.?exist|does not exist)", re.I | re.S)


@dataclass(frozen=True, slots=True)
class LLMConfig:
    """Where and how to call the model; the API key comes only from the environment."""

    base_url: str
    model: str
    api_key: str
    temperature: float
    timeout_s: float
    concurrency: int
    retries: int
    backoff_s: float
    price_prompt_per_1k: float = 0.0
    price_completion_per_1k: float = 0.0

    @property
    def endpoint(self) -> str:
        base = self.base_url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"


def load_llm_config(settings: Settings, env: Mapping[str, str] | None = None) -> LLMConfig:
    """Return the LLM config from settings and DAILYBRIEF_LLM_*; raise WriterError naming what is missing."""
    env = os.environ if env is None else env
    base_url = (settings.llm_base_url or env.get(ENV_BASE_URL, "")).strip()
    model = (settings.llm_model or env.get(ENV_MODEL, "")).strip()
    api_key = env.get(ENV_API_KEY, "").strip()
    if not base_url:
        raise WriterError(f"--writer llm needs an endpoint: set {ENV_BASE_URL} (or llm_base_url in the "
                          "settings file), e.g. https://api.deepseek.com")
    parsed = urlparse(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise WriterError(f"{ENV_BASE_URL}={base_url!r} is not an http(s) URL")
    if not model:
        raise WriterError(f"--writer llm needs a model name: set {ENV_MODEL} (or llm_model in the "
                          "settings file), e.g. deepseek-chat")
    if not api_key and parsed.hostname not in LOCAL_HOSTS:
        raise WriterError(f"--writer llm with {base_url} needs an API key: set {ENV_API_KEY} "
                          "(it is read only from the environment)")
    return LLMConfig(
        base_url=base_url, model=model, api_key=api_key,
        temperature=settings.llm_temperature, timeout_s=settings.llm_timeout_s,
        concurrency=max(1, settings.llm_concurrency), retries=max(0, settings.retries),
        backoff_s=settings.backoff_s, price_prompt_per_1k=settings.llm_price_prompt_per_1k,
        price_completion_per_1k=settings.llm_price_completion_per_1k,
    )


class CallFailed(Exception):
    """One call failed in a way that affects only its section (after retries); not fatal."""


@dataclass(slots=True)
class Usage:
    """Counters for one write(); shared by the worker threads."""

    calls: int = 0
    requests: int = 0
    failures: int = 0
    rejected: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    regenerated: int = 0
    sentences_removed: int = 0
    fallbacks: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, **counts: int) -> None:
        with self.lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)

    def as_pairs(self, config: LLMConfig) -> tuple[tuple[str, float], ...]:
        pairs = [(name, float(getattr(self, name))) for name in (
            "calls", "requests", "failures", "rejected", "cache_hits", "prompt_tokens",
            "completion_tokens", "retries",
            "regenerated", "sentences_removed", "fallbacks")]
        if config.price_prompt_per_1k or config.price_completion_per_1k:
            cost = (self.prompt_tokens * config.price_prompt_per_1k
                    + self.completion_tokens * config.price_completion_per_1k) / 1000
            pairs.append(("cost", round(cost, 6)))
        return tuple(pairs)


Messages = list[dict[str, str]]


class ChatClient:
    """POST /chat/completions with retries, a disk cache and usage counting."""

    def __init__(self, config: LLMConfig, cache_dir: Path | None, usage: Usage,
                 user_agent: str = "dailybrief") -> None:
        self.config = config
        self.cache_dir = cache_dir
        self.usage = usage
        self.json_mode = True
        headers = {"User-Agent": user_agent, "Content-Type": "application/json"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        self.http = httpx.Client(timeout=httpx.Timeout(config.timeout_s), headers=headers)

    def close(self) -> None:
        self.http.close()

    def complete(self, messages: Messages) -> str:
        """Return the reply text for messages, from the cache or the endpoint."""
        key = self.cache_key(messages)
        cached = self._read_cache(key)
        if cached is not None:
            self.usage.add(cache_hits=1)
            return cached
        try:
            content, usage = self._post_with_retries(messages)
        except CallFailed:
            self.usage.add(failures=1)
            raise
        self.usage.add(calls=1, prompt_tokens=usage[0], completion_tokens=usage[1])
        self._write_cache(key, content, usage)
        return content

    def cache_key(self, messages: Messages) -> str:
        """Return the hash of (base_url, model, messages, temperature) that names a cached reply."""
        payload = json.dumps([self.config.base_url.rstrip("/"), self.config.model, messages,
                              self.config.temperature], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _cache_path(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / CACHE_FOLDER / key[:2] / f"{key}.json"

    def _read_cache(self, key: str) -> str | None:
        path = self._cache_path(key)
        if path is None or not path.exists():
            return None
        try:
            content = json.loads(path.read_text(encoding="utf-8"))["content"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("ignoring unreadable LLM cache entry %s: %s", path, exc)
            return None
        return content if isinstance(content, str) else None

    def _write_cache(self, key: str, content: str, usage: tuple[int, int]) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        record = {"model": self.config.model, "content": content,
                  "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1]}}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            logger.warning("cannot write LLM cache entry %s: %s", path, exc)

    def _post_with_retries(self, messages: Messages) -> tuple[str, tuple[int, int]]:
        attempts = self.config.retries + 1
        for attempt in range(attempts):
            self.usage.add(requests=1)
            try:
                response = self.http.post(self.config.endpoint, json=self._body(messages))
            except httpx.TimeoutException as exc:
                problem, wait = f"timed out after {self.config.timeout_s:g}s ({type(exc).__name__})", None
            except httpx.TransportError as exc:
                problem, wait = f"cannot reach {self.config.endpoint}: {exc}", None
            else:
                if response.status_code == 400 and self.json_mode and "response_format" in response.text:
                    self.json_mode = False  # the server has no JSON mode; the prompt still asks for JSON
                    return self._post_with_retries(messages)
                if response.status_code == 200:
                    return self._read_reply(response)
                self._raise_if_fatal(response)
                if not _is_retryable(response.status_code):
                    raise CallFailed(f"HTTP {response.status_code}: {_error_message(response)}")
                problem, wait = f"HTTP {response.status_code}", _retry_after_s(response)
            if attempt + 1 < attempts:
                self.usage.add(retries=1)
                delay = self.config.backoff_s * 2 ** attempt
                time.sleep(min(max(delay, wait or 0.0), RETRY_AFTER_MAX_S))
        raise CallFailed(f"{problem} ({attempts} attempts)")

    def _body(self, messages: Messages) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.config.model, "messages": messages,
                                "temperature": self.config.temperature, "max_tokens": MAX_TOKENS}
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def _read_reply(self, response: httpx.Response) -> tuple[str, tuple[int, int]]:
        try:
            data = response.json()
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise CallFailed(f"reply is not a chat completion: {response.text[:200]!r}") from exc
        if not isinstance(content, str) or not content.strip():
            raise CallFailed("reply has no message content")
        usage = data.get("usage") or {}
        return content, (_int(usage.get("prompt_tokens")), _int(usage.get("completion_tokens")))

    def _raise_if_fatal(self, response: httpx.Response) -> None:
        """Raise WriterError for a wrong key, model or endpoint: every later call would fail too."""
        status, message, endpoint = response.status_code, _error_message(response), self.config.endpoint
        if status in (401, 403):
            raise WriterError(f"{endpoint} refused the API key (HTTP {status}: {message}); "
                              f"set a valid {ENV_API_KEY}")
        if status == 402:
            raise WriterError(f"{endpoint}: payment required (HTTP 402: {message}); check the account")
        if status in (400, 404) and MODEL_MISSING.search(response.text):
            raise WriterError(f"{endpoint} does not serve model {self.config.model!r} "
                              f"(HTTP {status}: {message}); set {ENV_MODEL} to a model it serves")
        if status == 404:
            raise WriterError(f"{endpoint} not found (HTTP 404); check {ENV_BASE_URL} "
                              "(OpenAI-compatible servers usually end in /v1)")


def _is_retryable(status: int) -> bool:
    return status in RETRYABLE_STATUS or status >= 500


def _retry_after_s(response: httpx.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def _error_message(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
        message = error.get("message") if isinstance(error, dict) else error
        return str(message or response.text)[:200]
    except (ValueError, AttributeError):
        return response.text[:200] or response.reason_phrase


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 0
