"""The brief.json contract as a pydantic schema: an edited file is checked field by field.

`load_brief_file(path)` returns the Brief, or raises ConfigError naming the file and the first
field that is wrong (「sections[2].references[0]: Input should be a valid integer」), so
`dailybrief render` never shows a traceback for a hand-edited brief.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError
from ..models import Brief, brief_from_dict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=False)


class SectionSchema(_Strict):
    title: str = Field(min_length=1)
    paragraphs: list[str] = []
    references: list[int] = []
    story_id: str = ""


class ReferenceSchema(_Strict):
    n: int = Field(ge=1)
    title: str = ""
    publisher: str = ""
    publisher_en: str = ""
    published: date
    url: str = ""
    verifies: str = ""


class DeadlineSchema(_Strict):
    date: date
    what: str = ""
    ref: int


class FactSchema(_Strict):
    text: str
    ref: int


class BriefSchema(_Strict):
    date: date
    title: str
    summary: str = ""
    sections: list[SectionSchema] = []
    references: list[ReferenceSchema] = []
    deadlines: list[DeadlineSchema] = []
    facts: list[FactSchema] = []
    notes: list[str] = []
    draft_mark: str = ""

    @model_validator(mode="after")
    def _cited_references_exist(self) -> BriefSchema:
        known = {r.n for r in self.references}
        for i, section in enumerate(self.sections):
            for j, n in enumerate(section.references):
                if n not in known:
                    raise ValueError(f"sections[{i}].references[{j}]: reference {n} is not in references")
        for i, deadline in enumerate(self.deadlines):
            if deadline.ref not in known:
                raise ValueError(f"deadlines[{i}].ref: reference {deadline.ref} is not in references")
        return self


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_brief(data: object, *, source: str = "brief.json") -> Brief:
    """Return the Brief in data (a parsed brief.json), or raise ConfigError naming the field."""
    try:
        BriefSchema.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = _where(tuple(error["loc"]))
        message = error["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{source}: {where + ': ' if where else ''}{message}") from None
    return brief_from_dict(data)  # type: ignore[arg-type]


def load_brief_file(path: Path) -> Brief:
    """Return the Brief stored in a brief.json file; ConfigError names the file and the field."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    return validate_brief(data, source=str(path))
