"""Every behaviour setting in one table, with its default and help text.

Precedence: defaults < settings file (YAML) < environment `DAILYBRIEF_<NAME>` < explicit
overrides (command-line options). Settings are passed as an argument, never read from
module globals at call time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("window_days", 14, "News window: brief date minus this many days, both ends included."),
    Setting("user_agent", "dailybrief/0.1 (+policy brief crawler; respects robots.txt)", "HTTP User-Agent."),
    Setting("timeout_s", 10.0, "Per-request timeout in seconds."),
    Setting("retries", 2, "Retries on 5xx and timeouts (initial request + N retries)."),
    Setting("backoff_s", 0.3, "First retry delay; doubles on each retry."),
    Setting("per_host_concurrency", 2, "Concurrent requests to one host."),
    Setting("per_host_delay_s", 0.0, "Pause between two requests to the same host."),
    Setting("max_page_bytes", 5_000_000, "Pages larger than this are rejected (too_large)."),
    Setting("max_links_per_source", 60, "At most this many article links are fetched per source."),
    Setting("respect_robots", True, "Honour robots.txt."),
    Setting("min_body_chars", 60, "Pages whose body is shorter are rejected (too_short/empty)."),
    Setting("relevance_threshold", 10.0, "Minimum topic score for an article to be relevant (calibrated: thread articles score 20+, off-topic pages under 9)."),
    Setting("near_dup_threshold", 0.6, "MinHash Jaccard (char 3-grams) above which two pages are one story told twice."),
    Setting("min_sections", 4, "Fewest sections a brief aims for (fewer if the day has fewer threads)."),
    Setting("max_sections", 6, "Most sections in a brief."),
    Setting("title", "新质生产力每日动态", "Brief title."),
    Setting("topics_file", "", "A topics YAML to use instead of the shipped one."),
    Setting("writer", "extractive", "Writer backend: extractive | llm."),
    Setting("llm_base_url", "", "OpenAI-compatible endpoint (DAILYBRIEF_LLM_BASE_URL)."),
    Setting("llm_model", "", "Model name (DAILYBRIEF_LLM_MODEL)."),
    Setting("llm_temperature", 0.3, "Sampling temperature for the LLM writer."),
    Setting("llm_timeout_s", 60.0, "Timeout of one LLM call."),
    Setting("llm_concurrency", 4, "Concurrent LLM calls."),
    Setting("llm_price_prompt_per_1k", 0.0, "Price of 1k prompt tokens, for the cost estimate (0: not shown)."),
    Setting("llm_price_completion_per_1k", 0.0, "Price of 1k completion tokens, for the cost estimate (0: not shown)."),
    Setting("brand_file", "", "A brand.yaml to use instead of the shipped one."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    window_days: int = 14
    user_agent: str = "dailybrief/0.1 (+policy brief crawler; respects robots.txt)"
    timeout_s: float = 10.0
    retries: int = 2
    backoff_s: float = 0.3
    per_host_concurrency: int = 2
    per_host_delay_s: float = 0.0
    max_page_bytes: int = 5_000_000
    max_links_per_source: int = 60
    respect_robots: bool = True
    min_body_chars: int = 60
    relevance_threshold: float = 10.0
    near_dup_threshold: float = 0.6
    min_sections: int = 4
    max_sections: int = 6
    title: str = "新质生产力每日动态"
    topics_file: str = ""
    writer: str = "extractive"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_temperature: float = 0.3
    llm_timeout_s: float = 60.0
    llm_concurrency: int = 4
    llm_price_prompt_per_1k: float = 0.0
    llm_price_completion_per_1k: float = 0.0
    brand_file: str = ""

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given non-None values set (type-checked)."""
        clean = {k: _coerce(k, v) for k, v in overrides.items() if v is not None}
        return replace(self, **clean)


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}")
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: {value!r} is not a {type(default).__name__}") from exc


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Return settings from defaults, an optional YAML file and DAILYBRIEF_* variables."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    if path is not None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: settings must be a mapping of name: value")
        for key, value in data.items():
            if key == "llm_api_key":
                raise ConfigError(f"{path}: the API key is read only from DAILYBRIEF_LLM_API_KEY")
            values[key] = _coerce(key, value)
    names = {f.name for f in fields(Settings)}
    for name in names:
        raw = env.get(f"DAILYBRIEF_{name.upper()}")
        if raw is not None and raw != "":
            values[name] = _coerce(name, raw)
    return Settings(**values)


def settings_markdown() -> str:
    """Return docs/settings.md: every setting with its default and help (tests keep it current)."""
    lines = [
        "# Settings",
        "",
        "Set in a YAML file (`--settings FILE`), or as `DAILYBRIEF_<NAME>` environment variables;",
        "command-line options win. The API key is read only from `DAILYBRIEF_LLM_API_KEY`.",
        "This file is generated from `dailybrief/settings.py` (`python -m dailybrief.settings`).",
        "",
        "| name | default | what it does |",
        "| --- | --- | --- |",
    ]
    lines.extend(f"| `{s.name}` | `{s.default!r}` | {s.help} |" for s in SETTINGS)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(settings_markdown())
