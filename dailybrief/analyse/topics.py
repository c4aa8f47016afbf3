"""The topic list: which pages belong in a 新质生产力 brief, loaded from YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    weight: float
    terms: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class TopicList:
    topics: tuple[Topic, ...]
    exclude_titles: tuple[str, ...] = ()

    def exclude_pattern(self) -> re.Pattern[str] | None:
        """Return one regex matching any excluded headline pattern, or None."""
        if not self.exclude_titles:
            return None
        return re.compile("|".join(f"(?:{t})" for t in self.exclude_titles))


def load_topics(path: Path | None = None) -> TopicList:
    """Return the topic list from `path`, or the shipped one when path is None."""
    if path is None:
        text = resources.files("dailybrief").joinpath("data/topics.yaml").read_text("utf-8")
        where = "shipped topics.yaml"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read topics file: {exc.strerror}") from exc
        where = str(path)
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    return _topics_from_data(data, where)


def _topics_from_data(data: object, where: str) -> TopicList:
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ConfigError(f"{where}: expected a mapping with a `topics:` list")
    topics = []
    for i, entry in enumerate(data["topics"]):
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(f"{where}: topics[{i}]: missing field `name`")
        terms = entry.get("terms")
        if not isinstance(terms, dict) or not terms:
            raise ConfigError(f"{where}: topic {entry['name']!r}: `terms` must map term: weight")
        try:
            pairs = tuple((str(t), float(w)) for t, w in terms.items())
            weight = float(entry.get("weight", 1.0))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: topic {entry['name']!r}: weights must be numbers") from exc
        topics.append(Topic(name=str(entry["name"]), weight=weight, terms=pairs))
    excludes = tuple(str(x) for x in data.get("exclude_titles") or ())
    for pattern in excludes:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{where}: exclude_titles: {pattern!r} is not a valid pattern: {exc}") from exc
    return TopicList(topics=tuple(topics), exclude_titles=excludes)
