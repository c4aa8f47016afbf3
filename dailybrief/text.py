"""Chinese text helpers shared by the stages: normalisation, sentences, numbers."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from datetime import date
from typing import Any

FULLWIDTH_SPACE = "\u3000"
SENTENCE_ENDS = frozenset("。！？；!?")
OPEN_QUOTES = frozenset("“「『")
CLOSE_QUOTES = frozenset("”」』")
MAX_QUOTED_CHARS = 300
NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


CN_DIGITS = "零一二三四五六七八九"
CN_TEN = "十"


def cn_numeral(n: int) -> str:
    """Return n (1–99) in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + CN_TEN + (CN_DIGITS[ones] if ones else "")


def format_cn_date(day: date) -> str:
    """Return day as the brief prints it: 2026 年 6 月 2 日."""
    return f"{day.year} 年 {day.month} 月 {day.day} 日"


def normalize_digits(s: str) -> str:
    """Return s with full-width digits, letters and ％ made ASCII, other punctuation kept."""
    out = []
    for ch in s:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        elif ch == "％":
            out.append("%")
        elif ch == "．" and out and out[-1].isdigit():
            out.append(".")
        else:
            out.append(ch)
    return "".join(out)


def clean_text(s: str) -> str:
    """Return s NFC-normalised with runs of spaces collapsed and lines stripped."""
    s = unicodedata.normalize("NFC", s).replace("\ufeff", "")
    lines = (_WS.sub(" ", line).strip() for line in s.splitlines())
    return "\n".join(line for line in lines if line)


def squash(s: str) -> str:
    """Return s without any whitespace, digits normalised and 1,700 → 1700 (for matching)."""
    s = normalize_digits(re.sub(r"\s+", "", s.replace(FULLWIDTH_SPACE, "")))
    return _THOUSANDS.sub("", s.replace("，", ","))


def numbers_in(s: str) -> set[str]:
    """Return every whole number token in s (so 20 is not found inside 2026)."""
    return set(NUMBER.findall(squash(s)))


def split_sentences(text: str) -> list[str]:
    """Split Chinese text into sentences, keeping the end punctuation; a quotation “…” is
    not split (its inner 。；！？ end the sentence only with the closing mark)."""
    out: list[str] = []
    for line in text.splitlines():
        current, depth = [], 0
        for ch in line:
            current.append(ch)
            if ch in OPEN_QUOTES:
                depth += 1
            elif ch in CLOSE_QUOTES and depth:
                depth -= 1
            elif ch in SENTENCE_ENDS and (not depth or len(current) > MAX_QUOTED_CHARS):
                out.append("".join(current).strip())  # an unclosed quote does not swallow the line
                current, depth = [], 0
        out.append("".join(current).strip())
    return [p for p in out if p]


_jieba_lock = threading.Lock()
_jieba: Any = None


def jieba_module() -> Any:
    """Return jieba with its dictionary loaded, once per process (the load costs about 1 s)."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def place_names(text: str) -> list[str]:
    """Return the place names jieba's part-of-speech tagger finds in a short text (a headline)."""
    jieba_module()
    import jieba.posseg as posseg

    return [w for w, flag in posseg.cut(text) if flag == "ns"]


def cut_words(text: str) -> str:
    """Return jieba's words of text joined by single spaces (whitespace tokens dropped).

    This is the one segmentation of a text: the search index (`search_words`) and
    clustering both read it, so jieba runs once per text.
    """
    return " ".join(w for w in jieba_module().cut(text) if w.strip())


def search_words(words: str) -> list[str]:
    """Return jieba's search-mode words (`cut_for_search`) from a text's `cut_words`.

    cut_for_search is cut plus every dictionary 2- and 3-gram inside a longer word; doing
    the expansion here saves cutting the text a second time.
    """
    freq = jieba_module().dt.FREQ
    out: list[str] = []
    for w in words.split():
        if len(w) > 2:
            out.extend(g for i in range(len(w) - 1) if freq.get(g := w[i:i + 2]))
        if len(w) > 3:
            out.extend(g for i in range(len(w) - 2) if freq.get(g := w[i:i + 3]))
        out.append(w)
    return out
