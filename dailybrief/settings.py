"""Every behaviour setting in one place: each Settings field carries its default and help text.

Precedence: defaults < settings file (YAML) < environment `DAILYBRIEF_<NAME>` < explicit
overrides (command-line options). Settings are passed as an argument, never read from
module globals at call time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .yamlfile import load_yaml


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


def _setting(default: Any, help_text: str) -> Any:
    """Return a dataclass field with its help text, so defaults are written once."""
    return field(default=default, metadata={"help": help_text})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every behaviour setting, its default and (in the field metadata) its help text."""

    window_days: int = _setting(14, "News window: brief date minus this many days, both ends included.")
    user_agent: str = _setting("dailybrief/0.1 (+policy brief crawler; respects robots.txt)", "HTTP User-Agent.")
    timeout_s: float = _setting(10.0, "Deadline of one request in seconds, from connecting to the last byte of the body.")
    retries: int = _setting(2, "Retries on 5xx and timeouts (initial request + N retries).")
    backoff_s: float = _setting(0.3, "First retry delay; doubles on each retry.")
    per_host_concurrency: int = _setting(2, "Concurrent requests to one host (raise it for a mirror or a corpus served on one local host).")
    per_host_delay_s: float = _setting(0.0, "Pause between two requests to the same host.")
    max_page_bytes: int = _setting(5_000_000, "Pages larger than this are rejected (too_large).")
    max_links_per_source: int = _setting(1000, "At most this many article links are fetched per source (a guard against a runaway list page, not a cap on a large source).")
    source_deadline_s: float = _setting(300.0, "Deadline for one source's feed or list page, and again for its articles; what is left is not fetched.")
    run_deadline_s: float = _setting(3600.0, "Deadline for all fetching in one run; what is left is not fetched.")
    retry_after_max_s: float = _setting(30.0, "A 429/503 whose Retry-After asks for longer is not retried, and its host is skipped for the run.")
    recheck_after_h: float = _setting(6.0, "An article page already stored, linked from a feed or list page that did not change since the last run (HTTP 304 or the same bytes), is not requested again on a re-run of the same brief day until this many hours after it was last fetched (a new brief day asks again); a changed feed or list page, or an older copy, is asked again at once (0: ask every run).")
    host_failures_to_skip: int = _setting(5, "After this many failed requests in a row to one host (429, 5xx, timeouts, network errors) it is skipped for the rest of the run (0: never).")
    max_analysis_chars: int = _setting(30_000, "Article text beyond this many characters is left out of analysis and writing (the stored copy stays whole).")
    respect_robots: bool = _setting(True, "Honour robots.txt.")
    min_body_chars: int = _setting(60, "Pages whose body is shorter are rejected (too_short/empty).")
    relevance_threshold: float = _setting(10.0, "Minimum topic score for an article to be relevant (calibrated: thread articles score 20+, off-topic pages under 9).")
    relevance_floor: float = _setting(3.0, "Pages scoring at least this but under relevance_threshold are borderline: they may join a relevant storyline, and on their own are kept as candidates (not in the brief) with their score.")
    relevance_topup: float = _setting(8.0, "On a thin day (fewer than min_sections storylines included), borderline candidates scoring at least this join the brief, best first, up to min_sections; each says so in its why.")
    near_dup_threshold: float = _setting(0.6, "MinHash Jaccard (char 3-grams) above which two pages are one story told twice.")
    min_sections: int = _setting(4, "Fewest sections a brief aims for (fewer if the day has fewer threads).")
    max_sections: int = _setting(6, "Most sections in a brief.")
    title: str = _setting("新质生产力每日动态", "Brief title.")
    topics_file: str = _setting("", "A topics YAML to use instead of the shipped one.")
    writer: str = _setting("extractive", "Writer backend: extractive | llm.")
    llm_base_url: str = _setting("", "OpenAI-compatible endpoint (DAILYBRIEF_LLM_BASE_URL).")
    llm_model: str = _setting("", "Model name (DAILYBRIEF_LLM_MODEL).")
    llm_temperature: float = _setting(0.3, "Sampling temperature for the LLM writer.")
    llm_timeout_s: float = _setting(60.0, "Timeout of one LLM call.")
    llm_concurrency: int = _setting(4, "Concurrent LLM calls.")
    llm_price_prompt_per_1k: float = _setting(0.0, "Price of 1k prompt tokens, for the cost estimate (0: not shown).")
    llm_price_completion_per_1k: float = _setting(0.0, "Price of 1k completion tokens, for the cost estimate (0: not shown).")
    brand_file: str = _setting("", "A brand.yaml to use instead of the shipped one.")
    fetch_allow: str = _setting("", "Internal hosts and networks a source added in the workbench may still reach, comma-separated: host names (intranet.example.cn) or addresses and networks (10.1.2.0/24, 127.0.0.1). Without them such a source, and every link and redirect from it, may only reach public addresses; sources from a sources.yaml file are not limited.")
    file_source_folders: str = _setting("", "Folders, comma-separated, under which a `file` source added in the workbench may read saved pages (empty: none may).")
    max_files_per_source: int = _setting(2000, "A `file` source reads at most this many .html/.htm files.")
    max_folder_bytes: int = _setting(200_000_000, "A `file` source reads at most this many bytes in all.")
    timezone: str = _setting("Asia/Shanghai", "Time zone of the brief's day (`--date today`) and of the schedule.")
    schedule_time: str = _setting("", "Daily run time HH:MM (in `timezone`) kept by `dailybrief serve`; empty: no schedule. The workbench can change it.")
    schedule_weekdays: str = _setting("mon-fri", "Days the scheduled run fires (cron day_of_week: mon-fri, mon,wed,fri, *).")
    deliver_urls: str = _setting("", "Apprise URLs of the channels a published brief is sent to, one per line (a secret: set DAILYBRIEF_DELIVER_URLS or a settings file outside the repository, never the database).")
    deliver_retries: int = _setting(3, "Attempts per channel before a delivery is recorded as failed.")
    public_url: str = _setting("", "The workbench's address as readers reach it (links in delivered messages).")
    alarm_failed_days: int = _setting(3, "Alarm when a source fails this many runs in a row (or yields no article after yielding some).")

    def __post_init__(self) -> None:
        for problem in _out_of_bounds(self):
            raise ConfigError(problem)

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given non-None values set (type-checked)."""
        clean = {k: _coerce(k, v) for k, v in overrides.items() if v is not None}
        return replace(self, **clean)


# The sane range of each numeric setting (a negative window, a zero deadline or a window of
# 99999999 days is refused with one line, not discovered as a traceback deep in a run).
BOUNDS: dict[str, tuple[float, float]] = {
    "window_days": (0, 3650), "timeout_s": (0.01, 3600), "retries": (0, 10), "backoff_s": (0, 600),
    "per_host_concurrency": (1, 64), "per_host_delay_s": (0, 600), "max_page_bytes": (1, 1_000_000_000),
    "max_links_per_source": (0, 100_000), "source_deadline_s": (0.01, 86_400),
    "run_deadline_s": (0.01, 7 * 86_400), "retry_after_max_s": (0, 86_400), "recheck_after_h": (0, 8760), "host_failures_to_skip": (0, 10_000),
    "max_analysis_chars": (1, 100_000_000), "min_body_chars": (0, 1_000_000), "near_dup_threshold": (0, 1), "relevance_topup": (0, 1000),
    "min_sections": (0, 50), "max_sections": (1, 50), "llm_temperature": (0, 2), "llm_timeout_s": (0.01, 3600),
    "llm_concurrency": (1, 64), "llm_price_prompt_per_1k": (0, 1e6), "llm_price_completion_per_1k": (0, 1e6),
    "max_files_per_source": (0, 10_000_000), "max_folder_bytes": (0, 10**13), "deliver_retries": (0, 100),
    "alarm_failed_days": (0, 3650),
}
MAX_TEXT_SETTING_CHARS = 10_000
MAX_TITLE_CHARS = 200


def _out_of_bounds(settings: Settings) -> list[str]:
    """Return one line per setting outside its range (or a text setting absurdly long)."""
    problems = []
    for f in fields(settings):
        value = getattr(settings, f.name)
        bounds = BOUNDS.get(f.name)
        if bounds and isinstance(value, int | float) and not isinstance(value, bool):
            lo, hi = bounds
            if not lo <= value <= hi:  # also refuses NaN
                problems.append(f"setting {f.name!r}: {value!r} is out of range ({lo:g} to {hi:g})")
        elif isinstance(value, str):
            most = MAX_TITLE_CHARS if f.name == "title" else MAX_TEXT_SETTING_CHARS
            if len(value) > most:
                problems.append(f"setting {f.name!r}: {len(value)} characters, more than the {most} allowed")
    return problems


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.default, f.metadata["help"]) for f in fields(Settings)
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}")
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, str) and isinstance(value, list):
            return "\n".join(str(v) for v in value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: {value!r} is not a {type(default).__name__}") from exc


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Return settings from defaults, an optional YAML file and DAILYBRIEF_* variables."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
        data = load_yaml(text, path, "settings") or {}
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
