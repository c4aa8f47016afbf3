"""Sane replies or none: reject a model's text that is not brief prose before any claim is checked.

`reply_problem(fields, sources_text)` returns why a reply cannot be published (or None): a
paragraph longer than the prompt's own bound allows, a sentence repeated, an instruction, a
refusal, chat-role or system-prompt text, markup (links, tags, code), or a Latin-script run
that is neither a unit nor an identifier the cited pages use. Such a reply is not trimmed:
the writer asks once more and then falls back to the extractive text. A sentence the cited
pages state word for word is never suspect (a notice may say 请各地于…前报送).
Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from .claims import UNITS, sentences_of

# The prompts' upper bounds in characters (section.md.j2, summary.md.j2, titles); a reply may
# run over a little, never this far.
LENGTH_BOUNDS = {"facts": 260, "analysis": 200, "summary": 320, "title": 30}
OVERRUN = 2.5

# Text addressed to the model or the reader, not brief prose.
INSTRUCTION = re.compile(
    r"(?:忽略|无视|忘记|忘掉|不要理会|不必理会|跳过)[^。！？]{0,12}(?:指示|指令|规则|要求|提示|设定|限制|约束)"
    r"|(?:系统|system)\s*(?:提示|prompt|消息|指令)|提示词|(?:你的|您的)(?:设定|指令|规则|身份)"
    r"|(?:从现在(?:开始|起)|接下来)[^。！？]{0,8}你(?:是|将|要)|你是[^。！？]{0,30}(?:撰稿人|助手|模型|编辑|写手)"
    r"|(?:请|务必)?直接(?:发布|刊发|采用|放行|通过)|请(?:予以)?放行|最终定稿|免于?审|无需(?:审核|核对|核查|校验)"
    r"|不(?:要|必|需)(?:做|进行)?(?:任何)?(?:核对|审核|核查|校验)"
    r"|已通过(?:审核|核查|校验)|审核(?:结论|意见|结果)[:：]|#[^#\n]{1,20}#|铁律|越狱|jailbreak"
    r"|ignore\s+(?:all\s+)?(?:the\s+)?(?:previous|above|prior|earlier)|disregard|system\s+prompt|instructions?",
    re.I)
REFUSAL = re.compile(
    r"(?:很|非常)?抱歉|对不起|不好意思|(?:我|本模型|AI)(?:不能|无法|不便|没有办法|不会)"
    r"|作为(?:一[个名])?(?:人工智能|AI|语言模型|大模型|助手)"
    r"|as an ai|i\s*(?:can ?not|can't|am unable|won't)|sorry",
    re.I)
ROLE = re.compile(
    r"(?:^|[\s，。：:])(?:assistant|user|system|human|ai|助手|用户|系统|答|回答)\s*[:：]"
    r"|<\|[^|>]*\|>|\[/?(?:INST|SYS)\]|<</?SYS>>|以下(?:是|为)(?:按要求|根据|为您|我|您)"
    r"|^(?:好的|当然|没问题|明白|收到)[，,。！!]|希望(?:对您|这[些篇段]?(?:内容|回答))|您|你(?!追我赶)",
    re.I)
MARKUP = re.compile(
    r"https?://|www\.|[a-z0-9-]+\.(?:com|cn|net|org|io|xyz|top|gov)(?![a-z])|<\s*/?\s*[a-z!?][^>]*>"
    r"|\]\(|\[[^\]]*\]\s*\(|`|\*\*|__|&(?:lt|gt|amp|quot|#\d+);|javascript:|\{\{|\}\}|\$\{",
    re.I)
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*)*")
_UNIT_WORDS = frozenset(u.lower() for u in UNITS if u.isascii())
# Text standing in for content: a placeholder, not brief prose.
PLACEHOLDER = re.compile(
    r"待补充|待完善|待填写|待核实|此处(?:内容|省略|略)|(?:暂无|没有)(?:可供)?(?:公开的?)?(?:更多|相关|详细)?(?:信息|内容|资料)"
    r"|敬请关注|(?<![A-Za-z])(?:N/?A|TBD|TODO|null|none)(?![A-Za-z])|[（(]略[）)]|^[.。…]+$", re.I)
# Characters no brief prose has: soft hyphens, zero-width and direction marks (U+00AD, U+200B …).
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# Connectives a copy of a sentence may be dressed in (同时，… / 另外，…).
_COPY_LEAD = re.compile(r"^(?:同时|另外|此外|其中|与此同时|并且|而且|还|也)[，,]?")
_PUNCT = re.compile(r"[\s，,、；;：:。！？!?“”\"'‘’（）()《》「」]")
# A weekday or lunar date beside a date: true or not, no cited page states it unless it is there.
CALENDAR = re.compile(r"农历|阴历|星期[一二三四五六日天]|礼拜[一二三四五六日天]|(?<![\u4e00-\u9fff])周[一二三四五六日天]"
                      r"|[正腊冬]月(?:初|十|廿)|(?<![\u4e00-\u9fff])(?:初|廿)[一二三四五六七八九十]")
FIRST_PERSON = re.compile(r"(?<![自忘敌本])我(?![国省市区县院会们部局委厅])")
COMMON_LATIN = frozenset(("ai", "gdp", "cpi", "ppi", "pmi", "gpu", "cpu", "it", "ict", "iot", "app"))


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a reply is not published; `zh` goes back to the model with the retry."""

    reason: str
    zh: str


def copy_key(sentence: str) -> str:
    """Return what two copies of one sentence share: no connective in front, no punctuation
    (「同时，A、B…」 is a copy of 「A，B…」)."""
    key = _squash(sentence)
    while _COPY_LEAD.match(key) and _COPY_LEAD.match(key).end():
        key = key[_COPY_LEAD.match(key).end():]
    return _PUNCT.sub("", key)


def without_doubled_sentences(text: str) -> str:
    """Return text with the second copy of a sentence written twice removed (a slip, not a
    loop); a sentence written three times or more is left for `reply_problem` to refuse."""
    keys = [copy_key(sentence) for sentence in sentences_of(text)]
    counts = {k: keys.count(k) for k in keys}
    if not any(n == 2 and len(k) >= 6 for k, n in counts.items()) or max(counts.values()) > 2:
        return text
    seen: set[str] = set()
    kept = []
    for key, sentence in zip(keys, sentences_of(text), strict=True):
        if key in seen and len(key) >= 6:
            continue
        seen.add(key)
        kept.append(sentence)
    return "".join(kept)


def reply_problem(fields: Mapping[str, str], sources_text: str) -> Problem | None:
    """Return the first reason the reply's fields (facts, analysis, summary, title) are not
    publishable, or None. `sources_text` is what the cited pages say, normalised or not."""
    sources = _squash(sources_text)
    for name, text in fields.items():
        problem = _field_problem(name, text, sources)
        if problem:
            return problem
    return None


def _field_problem(name: str, text: str, sources: str) -> Problem | None:
    if _INVISIBLE.search(text.lstrip("\ufeff")):
        return Problem(f"{name} contains invisible formatting characters (zero-width, soft hyphen or direction marks)",
                       f"{name} 含有不可见的格式字符（零宽字符、软连字符或方向控制符）")
    bound = LENGTH_BOUNDS.get(name)
    if bound and len(text) > bound * OVERRUN:
        return Problem(f"{name} is {len(text)} characters (the prompt allows about {bound})",
                       f"{name} 有{len(text)}字，远超要求的字数（约{bound}字以内）")
    seen: set[str] = set()
    for sentence in sentences_of(text):
        key = copy_key(sentence)
        if len(key) >= 6 and key in seen:
            return Problem(f"{name} repeats the sentence “{sentence[:40]}”",
                           f"{name} 重复了同一句话：“{sentence[:40]}”")
        seen.add(key)
        if _squash(sentence) in sources:
            continue
        problem = _sentence_problem(name, sentence, sources)
        if problem:
            return problem
    return None


def _sentence_problem(name: str, sentence: str, sources: str) -> Problem | None:
    plain = unicodedata.normalize("NFKC", sentence)
    checks = (
        (INSTRUCTION, "an instruction or prompt text", "含有指令或提示词"),
        (REFUSAL, "a refusal", "含有拒绝回答的话"),
        (ROLE, "chat-role or reply-framing text", "含有对话角色或客套话"),
        (MARKUP, "markup or a link", "含有链接、标签或标记"),
        (FIRST_PERSON, "first-person text", "以第一人称说话"),
        (CALENDAR, "a weekday or lunar date", "加注了材料原文没有的星期或农历日期"),
        (PLACEHOLDER, "a placeholder", "含有占位或待补充的文字，不是正文"),
    )
    for pattern, what, zh in checks:
        m = pattern.search(plain)
        # the match with its neighbours: a lone 我 is in every page that says 我国 or 我局
        if m and _squash(plain[max(0, m.start() - 2):m.end() + 2]) not in sources:
            return Problem(f"{name} contains {what}: “{sentence[:40]}”", f"{name} {zh}：“{sentence[:40]}”")
    for m in _LATIN_RUN.finditer(plain):
        run = m.group(0)
        if not _is_unit_or_identifier(run, plain, m.start(), m.end(), sources):
            return Problem(f"{name} has Latin-script text “{run[:40]}” the cited pages do not use",
                           f"{name} 出现了材料原文没有的外文“{run[:40]}”，机构和名称请照抄中文原文")
    return None


def _is_unit_or_identifier(run: str, text: str, start: int, end: int, sources: str) -> bool:
    """Return whether a Latin run is a unit after a figure, part of an identifier (5G, G60),
    or a name the cited pages use as written (DeepSeek, AI)."""
    if run.lower() in _UNIT_WORDS and start > 0 and text[start - 1].isdigit():
        return True
    if (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
        return True
    if len(run) <= 1 or run.lower() in COMMON_LATIN:
        return True
    return _squash(run).lower() in sources.lower()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
