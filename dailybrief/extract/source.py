"""The stated source (来源) of an article page: its own 来源 line, else the publisher field.

The 来源 line may stand under the headline, above it or after the body; without one, a
source-classed element of the byline or the one name left on the date line is taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import html

from ..dates import find_dates
from ..text import normalize_digits
from .dom import Line, element_text, squash_space
from .zones import Zones

if TYPE_CHECKING:
    from .headline import Headline

SOURCE_LABEL = re.compile(
    r"(?:(?:本文|文章|信息|稿件|新闻|内容)?来源(?:于|自)?|稿源|出处)\s*[:：]?\s*|(?<![A-Za-z])Source\s*:\s*"
    r"|(?:来\s源|信\s?息\s?来\s?源|出\s处)\s*[:：]\s*"  # spaced out to align a column: 来　　源：
)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'’ -]*?(?=\s{2,}|\s*[|,;/]|\s+(?:Editor|Author|By|Updated|Published)\b|\s*$)")
# Words that make 来源 part of a phrase ("image source", "source of funds"), not a label.
CAPTION_WORDS = ("图片", "图", "视频", "音频", "数据", "资金", "收入", "消息", "经费", "资料", "素材", "配图",
                 "题图", "封面", "能量", "污染", "水")
SOURCE_STOP = re.compile(
    r"\s|[|｜丨,，;；。]|作者|编辑|责编|记者|时间|日期|发布|发表|浏览|阅读|点击|字号|字体|分享|打印|关闭|【|\[|（|\("
    r"|举报|原标题|最后|更新|访问|栏目|分类|索引|关键词|评论|收藏|来源"
)
# 来源 values that name no publisher.
SOURCE_NOT_PUBLISHER = ("网络", "互联网", "网络整理", "网络转载", "网友", "网上", "综合", "综合报道",
                        "网络资料", "未知", "不详", "其他", "佚名", "转载", "本网综合",
                        # platforms, not publishers: the account on them is the source
                        "百家号", "头条号", "网易号", "企鹅号", "搜狐号", "澎湃号", "大风号", "一点号", "新浪号",
                        "微信公众号", "公众号", "微博", "客户端", "APP", "App")
SOURCE_CLASS = re.compile(
    r"(?:^|[-_])(?:a_source|source|media_?name|media-name|js_name|author-name|account-name|source-name|"
    r"article-source-name|wx_name|provider|meta_nickname)(?:$|[-_][0-9A-Za-z]+$)",
    re.I,
)
# CSS-module and camelCase class names: index_sourceTitleText_wlTy-, sourceName, mediaName-3cWS.
SOURCE_CLASS_CAMEL = re.compile(r"(?:^|[-_])(?:source|media|account)(?:Title|Name|Text|Nick)")
# Follow, subscribe and download-the-app buttons beside an account name: never the source.
PROMO_WIDGET = re.compile(r"follow|subscri|download|guanzhu|dingyue|(?<![a-z])app-?(?:down|promo|guide)", re.I)
PROMO_LEVELS = 3
SOURCE_BADGES = ("原创", "[整理]", "【整理】", "整理", "[原创]", "[转载]", "转载", "独家", "首发", "关注")
MAX_SOURCE_CHARS = 30
MAX_UNLABELLED_SOURCE_CHARS = 16
_BRACKETED_SUFFIX = re.compile(r"\s*[\[【(（][^\]】)）]{1,6}[\]】)）]$")
# Parts of a date line that are not names: 上午, 週三, 星期三.
_DAY_PART = re.compile(r"(?:上午|下午|凌晨|早上|中午|晚上)|(?:星期|礼拜|週|周)[一二三四五六日天]")
_DATE_LABEL = re.compile(r"(?:发布|发表|更新|上传)?(?:时间|日期|于)\s*[:：]")
# Private-use icons, counters ("2036", "5人参与") and arrows; digits that start a name (39健康网) stay.
_SOURCE_JUNK = re.compile(
    r"[\ue000-\uf8ff]|(?<![\w])\d+(?:[次人条]|阅读|评论|参与)*(?![\u4e00-\u9fffA-Za-z\d])|[<>»›·•]"
)
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}:\d{2}(?::\d{2})?")
_LABELLED_FIELD = re.compile(r"(?:作者|编辑|责任编辑|责编|记者|通讯员|摄影|阅读|浏览|点击|浏览次数|字号|评论"
                             r"|访问量|访问次数|阅读量|阅读数|浏览量|点击量|点击数|热度)\s*[:：]\s*\S*"
                             r"|(?:IP属地|属地|发布于|发表于)\s*[:：]?\s*\S*|来自\S{0,8}")


def find_source(zones: Zones, root: html.HtmlElement, headline: Headline | None) -> str | None:
    """Return the publisher the page credits (来源 line, else the unlabelled byline field)."""
    for lines, closing in ((zones.header, False), (zones.above, False), (zones.footer, False),
                           (zones.body_tail, True)):
        labelled = _labelled_source(lines, closing=closing)
        if labelled:
            return labelled
    field_value = _source_field(zones)
    if field_value:
        return field_value
    return _account_card(root) or _byline_residual(zones.header, _author_names(zones))


def _labelled_source(lines: list[Line], *, closing: bool = False) -> str | None:
    """Return the publisher named by the first 来源 label in lines that names one, or None.

    A label alone at the end of its line (``<span>来源：</span><span>新华社</span>`` laid out
    as blocks) takes its value from the next line when that line is a short name. The value
    ends where its text node ends (``来源：求是网<a>参与互动</a>``). With closing=True (the
    last lines of the body) a credit in brackets that closes its line counts too:
    ``2005年8月25日（来源：上海证券报）``.
    """
    for i, line in enumerate(lines):
        text = line.text
        for m in SOURCE_LABEL.finditer(text):
            if _is_caption_label(text, m.start()) and not (closing and _closing_credit(line, text, m)):
                continue
            rest = _value_in_node(line, text[m.start():m.end()]) or text[m.end():]
            if not rest.strip() and i + 1 < len(lines):
                rest = lines[i + 1].text
                if len(squash_space(rest)) > MAX_SOURCE_CHARS or not _same_block(line, lines[i + 1]):
                    continue
            value = _source_value(rest)
            if value:
                return value
    return None


def _closing_credit(line: Line, text: str, m: re.Match[str]) -> bool:
    """Return True for a 来源 label in brackets that close its text: an article's credit.

    ``（本文来源：经济日报 作者：…）`` or ``2005年8月25日（来源：上海证券报）``, where links
    may follow the bracket in the same line.
    """
    before = text[max(0, m.start() - 1) : m.start()]
    if before not in ("（", "("):
        return False
    label = squash_space(m.group(0))
    pieces = _text_pieces(line.element) if line.element is not None else [text]
    return any(label in squash_space(p) and p.rstrip().endswith(("）", ")")) for p in pieces)


def _value_in_node(line: Line, label: str) -> str | None:
    """Return what follows the label inside its own text node, so a glued link is not read.

    None when the label is not found in one node or nothing follows it there.
    """
    if line.element is None:
        return None
    key = squash_space(label)
    for piece in _text_pieces(line.element):
        m = SOURCE_LABEL.search(piece)
        if m and squash_space(piece[m.start():m.end()]) == key:
            rest = piece[m.end():]
            return rest if rest.strip() else None
    return None


def _text_pieces(el: html.HtmlElement) -> list[str]:
    """Return the text nodes under el in document order."""
    pieces = [el.text or ""]
    for child in el.iterdescendants():
        if isinstance(child.tag, str):
            pieces.append(child.text or "")
        pieces.append(child.tail or "")
    return [p for p in pieces if p.strip()]


def _same_block(label: Line, value: Line) -> bool:
    """Return whether a value line sits in the label's own block (siblings under one parent)."""
    if label.element is None or value.element is None:
        return False
    parent = label.element.getparent()
    return parent is not None and (value.element.getparent() is parent or value.element in parent)


def _is_caption_label(text: str, start: int) -> bool:
    """Return True for 图片来源, 资金来源 and labels in parentheses: they credit no publisher."""
    before = text[max(0, start - 2) : start]
    return before.endswith(CAPTION_WORDS) or "（" in before or "(" in before


def _source_value(rest: str) -> str | None:
    """Return the name after a 来源 label; '' for an empty or non-publisher value."""
    rest = rest.lstrip()
    latin = _LATIN_NAME.match(rest)
    m = SOURCE_STOP.search(rest)
    value = latin.group(0) if latin else (rest[: m.start()] if m else rest)
    value = value.strip(" 　:：-—|")
    value = _BRACKETED_SUFFIX.sub("", value).strip(" 　[]【】()（）")
    glued = _DATE_OR_TIME.search(value)
    if glued and glued.start() >= 2:  # 人民网2026-06-01: the date glued to the name is not part of it
        value = value[: glued.start()].rstrip(" 　:：-—|")
    if len(value) < 2 or _DATE_OR_TIME.match(value):
        return ""
    if value in SOURCE_NOT_PUBLISHER or len(value) > MAX_SOURCE_CHARS:
        return ""
    return value


def _strip_badges(value: str) -> str:
    for badge in SOURCE_BADGES:
        value = value.replace(badge, "")
    return value.strip(" 　[]【】()（）:：·-")


def _source_field(zones: Zones) -> str | None:
    """Return the text of a source-classed element in the byline zone (or just above the headline)."""
    for line in (*zones.header, *zones.above):
        if line.element is None:
            continue
        for el in line.element.iter():
            if not isinstance(el.tag, str):
                continue
            classes = f"{el.get('class', '')} {el.get('id', '')}".split()
            if any(SOURCE_CLASS.search(c) or SOURCE_CLASS_CAMEL.search(c) for c in classes):
                value = _strip_badges(SOURCE_LABEL.sub("", element_text(el), count=1))
                if _plausible_name(value):
                    return value
    return None


# The card of the account that posted (avatar, name, follow button) on a self-media platform.
ACCOUNT_CARD = re.compile(r"(?:^|[-_])(?:user|author|account|media|writer)[-_]?(?:info|card|box|panel)(?:$|[-_])", re.I)
# Cards inside these are other accounts (feeds, comments) or the visitor's own (login, header).
NOT_POSTER_BLOCK = re.compile(
    r"recommend|(?<![a-z])feeds?(?![a-z])|(?<![a-z])stream|comment|(?<![a-z])list|header|login|(?<![a-z])nav", re.I
)
MAX_ACCOUNT_CARDS = 5


def _account_card(root: html.HtmlElement) -> str | None:
    """Return the account name on the page's account card (outside feeds, comments, header)."""
    body = root.find("body")
    seen = 0
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str):
            continue
        tokens = f"{el.get('class', '')} {el.get('id', '')}".split()
        if not any(ACCOUNT_CARD.search(t) for t in tokens):
            continue
        if any(NOT_POSTER_BLOCK.search(f"{a.get('class', '')} {a.get('id', '')}") for a in (el, *el.iterancestors())):
            continue
        seen += 1
        if seen > MAX_ACCOUNT_CARDS:
            break
        names = [n for n in (_strip_badges(squash_space(p)) for p in _text_pieces(el)) if n and not _is_furniture_word(n)]
        if names and _plausible_name(names[0]) and len(names[0]) <= MAX_UNLABELLED_SOURCE_CHARS:
            return names[0]
    return None


# A site's address shown beside the date (http://ent.QQ.com, www.sina.com.cn) names no publisher.
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu)(?:[./:]|$)", re.I)


def _plausible_name(value: str) -> bool:
    return (
        2 <= len(value) <= MAX_SOURCE_CHARS
        and not _DATE_OR_TIME.search(value)
        and value not in SOURCE_NOT_PUBLISHER
        and not _WEB_ADDRESS.search(value)
    )


AUTHOR_LABEL = re.compile(r"(?:作者|撰文|撰稿|文)\s*[:：｜|/]\s*([\u4e00-\u9fffA-Za-z·]{2,12})")


def _author_names(zones: Zones) -> set[str]:
    """Return the personal names the page labels as its author (作者：瓦克五) around the article."""
    return {m.group(1) for line in (*zones.header, *zones.footer, *zones.body_tail)
            for m in AUTHOR_LABEL.finditer(line.text)}


def _byline_residual(lines: list[Line], authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Return the one name on the date line (or alone just above it) once dates and furniture go.

    A name in the author's card (the block that also shows the labelled author's name, as a
    column's pen name over its badge 中量级游戏玩家) is a person's, not a publisher.
    """
    for i, line in enumerate(lines):
        text = normalize_digits(line.text)
        if not find_dates(text) and not _DATE_OR_TIME.search(text):
            if "/" in text and len(squash_space(text)) <= MAX_SOURCE_CHARS and not _all_furniture(text):
                return _after_slash(text)
            continue
        name = _single_name(text)
        owner = line
        above = _line_above(lines, i)
        if name is None and above is not None and above.link_share <= 0.5:
            name, owner = _single_name(normalize_digits(above.text)), above
        if name and (name in authors or _in_author_card(owner, authors) or (owner is above and _in_author_block(owner))):
            return None
        return None if name and _names_a_person(owner, name) else name
    return None


def _in_author_card(line: Line, authors: set[str] | frozenset[str]) -> bool:
    """Return True when the line's block also shows a labelled author's name on its own."""
    parent = line.element.getparent() if line.element is not None else None
    if parent is None or not authors:
        return False
    return any(isinstance(el.tag, str) and el is not line.element and squash_space(el.text_content()) in authors
               for el in parent)


AUTHOR_BLOCK_LEVELS = 3


def _in_author_block(line: Line) -> bool:
    """Return True for a line inside an author-classed block (<dl class="author">: face, pen
    name, badge): the lines of a personal profile, above the date line."""
    el = line.element
    for _ in range(AUTHOR_BLOCK_LEVELS):
        if el is None:
            return False
        hints = f"{el.get('class', '')} {el.get('id', '')}"
        if AUTHOR_CLASS.search(hints) and not SOURCE_CLASS.search(hints):
            return True
        el = el.getparent()
    return False


def _line_above(lines: list[Line], i: int) -> Line | None:
    """Return the line above lines[i], passing over follow and download buttons."""
    for j in range(i - 1, max(-1, i - 1 - PROMO_LEVELS), -1):
        if not _in_promo_widget(lines[j]):
            return lines[j]
    return None


def _in_promo_widget(line: Line) -> bool:
    """Return True for a line of a follow, subscribe or download-the-app button ("独家抢先看")."""
    el = line.element
    for _ in range(PROMO_LEVELS):
        if el is None:
            return False
        if PROMO_WIDGET.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
        el = el.getparent()
    return False


AUTHOR_CLASS = re.compile(r"author|writer|zuozhe", re.I)


def _names_a_person(line: Line, name: str) -> bool:
    """Return True when the name stands in an author-classed element: a personal byline."""
    if line.element is None:
        return False
    for el in line.element.iter():
        if isinstance(el.tag, str) and squash_space(el.text_content()) == name:
            # the name's own element, or the block it sits in (<div class="author"><span class="name">)
            for holder in (el, *list(el.iterancestors())[:AUTHOR_BLOCK_LEVELS - 1]):
                hints = f"{holder.get('class', '')} {holder.get('id', '')}"
                if SOURCE_CLASS.search(hints):
                    return False
                if AUTHOR_CLASS.search(hints):
                    return True
            return False
    return False


def _all_furniture(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"[/／]", text) if p.strip()]
    return bool(parts) and all(_is_furniture_word(p) for p in parts)


def _single_name(text: str) -> str | None:
    if text.lstrip().startswith(("（", "(")):
        return None
    rest = SOURCE_LABEL.sub(" ", _DATE_OR_TIME.sub(" ", text))
    rest = re.sub(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", " ", rest)
    rest = _LABELLED_FIELD.sub(" ", rest)
    rest = _DATE_LABEL.sub(" ", rest)
    rest = _DAY_PART.sub(" ", rest)
    rest = _SOURCE_JUNK.sub(" ", rest)
    # A label left with no value (关联稿件：, a heading over related links) and a site's
    # address are not names.
    tokens = [_strip_badges(t) for t in rest.split() if not t.endswith(("：", ":")) and not _WEB_ADDRESS.search(t)]
    tokens = [t for t in tokens if t and t not in SOURCE_BADGES and not _is_furniture_word(t)]
    if len(tokens) != 1 or not 2 <= len(tokens[0]) <= MAX_UNLABELLED_SOURCE_CHARS:
        return None
    value = tokens[0]
    if "/" in value:
        return _after_slash(value)
    return value if _plausible_name(value) else None


# What follows a slash in a reporter's byline (记者马俊峰/文 受访者供图): who wrote or took the
# pictures, not who published.
_CREDIT = re.compile(r"^(?:文|图|摄|图文|视频|编辑)|(?:供图|摄影?|配图|提供)$")


def _after_slash(text: str) -> str | None:
    head, _, tail = text.rpartition("/")
    value = _strip_badges(tail.strip())
    if _CREDIT.search(value) or "记者" in head:
        return None
    return value if 2 <= len(value) <= MAX_SOURCE_CHARS else None


FURNITURE_WORDS = ("分享", "字号", "举报", "收藏", "打印", "评论", "阅读", "浏览", "关注", "大", "中", "小",
                   "超大", "标准", "放大", "缩小", "正常", "默认", "A", "A-", "A+", "微博", "微信", "QQ",
                   # player, text-to-speech, correction and feedback widgets beside the date
                   "听新闻", "听全文", "朗读", "语音播报", "播报", "收听", "试听", "播放", "暂停", "倍速", "视频", "音频", "纠错", "我要纠错",
                   "反馈", "广告", "不感兴趣", "扫一扫", "手机看", "手机阅读", "二维码", "打开APP", "下载APP", "客户端",
                   # the visitor's own account menu
                   "登录", "注册", "退出", "首页", "个人中心", "我的")


def _is_furniture_word(token: str) -> bool:
    return token in FURNITURE_WORDS or any(
        token.startswith(w) for w in ("分享", "字号", "举报", "收藏", "纠错", "我要评论", "发表评论", "评论("))
