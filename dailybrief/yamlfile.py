"""Reading the project's YAML files strictly: a duplicate key or absurd nesting is an error
naming the file and line, never a silently kept last value or a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

MAX_DEPTH = 50  # sources.yaml and settings need three or four levels


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys and deep nesting."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML's signature
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.constructor.ConstructorError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:  # noqa: ANN401
        seen: dict[Any, Any] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} (first at line {seen[key].line + 1})",
                        key_node.start_mark)
                seen[key] = key_node.start_mark
            except TypeError:  # an unhashable key: let PyYAML say so
                break
        return super().construct_mapping(node, deep=deep)


def strict_load(text: str) -> Any:  # noqa: ANN401 - any YAML value
    """Return the YAML document in text (safe types only); raise yaml.YAMLError on a duplicate
    key or nesting deeper than MAX_DEPTH."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass


def load_yaml(text: str, path: Path | str, what: str) -> Any:  # noqa: ANN401 - any YAML value
    """Return the YAML document in text; raise ConfigError naming path, line and problem."""
    try:
        return strict_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}: {what}: YAML error{where}: {problem}") from None
    except RecursionError:
        raise ConfigError(f"{path}: {what}: nested too deeply") from None
