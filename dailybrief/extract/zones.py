"""Zones around the headline: the byline lines under it and the lines right after the body."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import html

from .dom import Line, squash_space

if TYPE_CHECKING:
    from .headline import Headline


@dataclass(slots=True)
class Zones:
    """Lines just under the headline (the byline zone) and just after the body."""

    header: list[Line]
    footer: list[Line]
    body_tail: list[Line]
    above: list[Line] = field(default_factory=list)


HEADER_MAX_LINES = 14
FOOTER_MAX_LINES = 14
ABOVE_MAX_LINES = 3
PROSE_MIN_CHARS = 60
PROSE_SENTENCE_MIN_CHARS = 12
SENTENCE_END = ("。", "！", "？", "；", "……")


def find_zones(lines: list[Line], headline: Headline | None, container: html.HtmlElement | None) -> Zones:
    """Return the byline zone under the headline and the zone right after the body container."""
    inside = set(container.iter()) if container is not None else set()
    body_idx = [i for i, line in enumerate(lines) if line.element in inside]
    first_body = body_idx[0] if body_idx else len(lines)
    last_body = body_idx[-1] if body_idx else len(lines) - 1
    title_idx = headline_line(lines, headline)
    title_key = squash_space(headline.text) if headline else ""
    if title_idx is not None and title_key:
        title_idx = _last_repeat(lines, title_key, title_idx, first_body)
    start = max(0, first_body - HEADER_MAX_LINES) if title_idx is None else title_idx + 1
    header: list[Line] = []
    for line in lines[start : start + HEADER_MAX_LINES]:
        if title_key and squash_space(line.text) == title_key:
            continue
        if is_prose(line):
            break
        header.append(line)
    above: list[Line] = []
    if title_idx is not None:
        above = [line for line in lines[max(0, title_idx - ABOVE_MAX_LINES) : title_idx] if not is_prose(line)]
    footer = lines[last_body + 1 : last_body + 1 + FOOTER_MAX_LINES]
    tail = [lines[i] for i in body_idx[-3:]]
    return Zones(header, footer, tail, above)


def _last_repeat(lines: list[Line], key: str, first: int, stop: int) -> int:
    """Return the last line before the body that shows the headline again, else first.

    Templates repeat the headline (a mobile header, a share box); the byline stands under
    the copy next to the body, not under the first one.
    """
    last = first
    for i in range(first + 1, min(stop, len(lines))):
        if squash_space(lines[i].text) == key:
            last = i
    return last


def is_prose(line: Line) -> bool:
    """Return True for a line of running text (a sentence), which no byline is."""
    own = line.chars - line.link_chars
    if line.text.rstrip().endswith(SENTENCE_END) and own >= PROSE_SENTENCE_MIN_CHARS:
        return True
    punct = sum(1 for ch in line.text if ch in "，。；！？")
    return own >= PROSE_MIN_CHARS and punct >= 2


def _inside(el: html.HtmlElement | None, container: html.HtmlElement) -> bool:
    while el is not None:
        if el is container:
            return True
        el = el.getparent()
    return False


def headline_line(lines: list[Line], headline: Headline | None) -> int | None:
    """Return the index of the line showing the headline, or None when it is not shown."""
    if headline is None:
        return None
    key = squash_space(headline.text)[:12]
    el = headline.element
    inside = set(el.iter()) if el is not None else set()
    for i, line in enumerate(lines):
        if line.element in inside:
            return i
    for i, line in enumerate(lines):
        if key and squash_space(line.text).startswith(key):
            return i
    if el is not None:
        for i, line in enumerate(lines):
            if line.element is not None and _inside(el, line.element) and key[:4] in squash_space(line.text):
                return i
    return None
