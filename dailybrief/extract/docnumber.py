"""The document number (发文字号) a government page prints in its metadata table, not its body.

gov.cn-style policy pages show 索引号, 发文机关, 发文字号 and 成文日期 in a table above the
document; the body then often never repeats the number (工信部联规〔2026〕98号). The brief must
be able to state it, so it is kept as the article's own field (Extracted.doc_number, stored
with the article), which Article.stated_text puts before the body for facts and grounding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dom import Line, squash_space

DOC_NUMBER = r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,5}号"
LABEL_WORDS = ("发文字号", "发文文号", "发文编号", "文号")
# Templates space a label out to align a column (文　　号：), so spaces may stand between its characters.
_LABEL = "|".join(r"\s*".join(word) for word in LABEL_WORDS)
LABELLED = re.compile(rf"(?:{_LABEL})\s*[:：]?\s*({DOC_NUMBER})")
LABEL_ALONE = re.compile(rf"^(?:{_LABEL})\s*[:：]?$")
VALUE_ALONE = re.compile(rf"^({DOC_NUMBER})")
NUMBER_LINE = re.compile(rf"^[（(]?({DOC_NUMBER})[）)]?$")


def labelled_doc_number(lines: Sequence[Line]) -> str:
    """Return the value of a 发文字号/文号 label (in one line or the next), or ''."""
    for i, line in enumerate(lines):
        m = LABELLED.search(line.text)
        if m:
            return m.group(1)
        if LABEL_ALONE.match(line.text.strip()) and i + 1 < len(lines):
            value = VALUE_ALONE.match(lines[i + 1].text.strip())
            if value:
                return value.group(1)
    return ""


def number_line(lines: Sequence[Line]) -> str:
    """Return the number a line under the headline states alone (津政办发〔2027〕19号), or ''.

    Policy pages print the document's own number on its own line between the headline and
    the byline; a number inside a sentence is one the document cites, and is not taken.
    """
    for line in lines:
        m = NUMBER_LINE.match(squash_space(line.text))
        if m:
            return m.group(1)
    return ""
