"""Finding the article body: the densest block of punctuated, unlinked text, then cleaned lines.

Each line of the page scores by its Chinese punctuation and length (links do not count);
the score flows to the line's block and, decaying, to its ancestors. The best-scoring block,
discounted for link density and for class names of comments, sidebars and footers, and
favoured when it starts right under the headline, is the article container. Lines inside it
that are mostly links or carry a boilerplate marker (ICP, copyright, print/close, promo) are
dropped, and so is everything after a "related stories" heading or the closing editor
credit in the second half of the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lxml import html

from .dom import Line, TextSize, squash_space

SENTENCE_PUNCTUATION = set("，。！？；、,!?;")
MIN_LINE_CHARS = 8
ANCESTOR_WEIGHTS = (1.0, 1.0, 0.5, 0.34, 0.25, 0.2)
NEAR_HEADLINE_LINES = 20
NEAR_HEADLINE_BOOST = 1.5

# Class/id tokens of blocks that hold no article text (sidebars, comments, footers, feeds).
NEGATIVE_HINTS = re.compile(
    r"comment|footer|(?<![a-z])foot(?![a-z])|sidebar|(?<![a-z])side(?![a-z])|recommend|relat|share|"
    r"copyright|crumb|(?<![a-z])nav|menu|banner|(?<![a-z])ads?(?![a-z])|advert|(?<![a-z])hot|rank|"
    r"float|popup|login|qrcode|ewm|weixin|wx_|guess|feed|(?<![a-z])tags?(?![a-z])|keyword|pager|paging",
    re.I,
)
POSITIVE_HINTS = re.compile(
    r"article|content|\bcont\b|text|body|main|detail|post|entry|story|zoom|rich_media|txt|con\b",
    re.I,
)

# A line carrying one of these anywhere is site furniture, not article text.
BOILERPLATE_MARKERS = (
    "ICP备", "ICP证", "网安备", "公网安备", "Copyright", "copyright", "COPYRIGHT", "©",
    "All Rights Reserved", "all rights reserved", "版权所有", "打印本页", "关闭窗口", "【打印】",
    "【关闭】", "扫描二维码", "免责声明", "未经授权不得转载", "违法和不良信息", "举报电话",
    "下载地址", "下载客户端", "浏览“朋友在看”", "点【在看】",
)
# These mark furniture only on a short line or at the start of a line.
SHORT_LINE_MARKERS = (
    "扫一扫", "二维码", "返回首页", "设为首页", "加入收藏", "添加收藏", "收藏本站", "分享到",
    "现在位置", "当前位置", "您所在的位置", "感谢您的反馈", "阅读原文", "声明：", "技术支持",
    "联系我们", "网站地图", "关于我们", "申请加入", "报料", "不感兴趣", "转载请注明", "客户端",
    "回复【", "点击菜单",
    # video players, text-to-speech, correction and ad-feedback widgets
    "您的浏览器不支持", "听新闻", "语音播报", "朗读本文", "点击播放", "视频加载中", "我要纠错", "【纠错】",
    "纠错邮箱", "广告反馈",
)
# A trailing "back to the home page" link glued to the last paragraph.
TRAILING_FURNITURE = re.compile(r"返回[^，。！？\s]{0,10}(?:首页|顶部|列表|目录)\s*[>»›]*\s*$")
COMMENT_HINTS = re.compile(r"comment|cmt|reply|discuss|pinglun|remark", re.I)
MAX_SHORT_LINE_CHARS = 40
MAX_MARKER_LINE_CHARS = 220

# A short line starting with one of these opens a box of other stories or comments.
CUT_MARKERS = (
    "相关阅读", "相关新闻", "相关文章", "相关链接", "相关推荐", "相关报道", "相关稿件", "相关搜索",
    "延伸阅读", "推荐阅读", "为您推荐", "为你推荐", "猜你喜欢", "热门推荐", "热点推荐", "精彩推荐",
    "今日推荐", "热门评论", "最新评论", "网友评论", "精彩评论", "热门文章", "热点新闻", "更多精彩",
    "延伸·推荐", "延伸 · 推荐", "此前报道", "点击进入专题", "往期回顾", "往期精彩", "猜您喜欢",
    "大家都在看", "热门搜索", "发表评论", "我要评论", "评论列表", "相关专题", "推荐新闻",
    "我要跟帖", "网友跟帖", "特别声明", "免责声明", "评论(", "评论（",
)
# Credit lines that close an article; what follows them near the end is not body.
CREDIT_LINE = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|终审|监制)\s*[:：|｜丨]")
MAX_CUT_LINE_CHARS = 20


@dataclass(slots=True)
class _Score:
    weighted: float = 0.0
    first_line: int = 0


def line_score(line: Line) -> float:
    """Return how much a line reads like article prose (0 for links and short labels)."""
    own = line.chars - line.link_chars
    if own < MIN_LINE_CHARS or line.link_share > 0.5 or _is_boilerplate(line.text):
        return 0.0
    punct = sum(1 for ch in line.text if ch in SENTENCE_PUNCTUATION)
    if punct == 0 and own < 40:
        return 0.0
    return 1.0 + punct + min(own / 60.0, 4.0)


def best_container(
    lines: list[Line],
    headline_line: int | None = None,
    sizes: dict[html.HtmlElement, TextSize] | None = None,
) -> html.HtmlElement | None:
    """Return the block that collects the most prose score, or None when the page has none.

    A block whose text starts right under the headline (line index `headline_line`) is
    favoured over sidebars and feeds further down.
    """
    scores: dict[html.HtmlElement, _Score] = {}
    for index, line in enumerate(lines):
        score = line_score(line)
        if not score or line.element is None:
            continue
        node: html.HtmlElement | None = line.element
        for weight in ANCESTOR_WEIGHTS:
            if node is None:
                break
            entry = scores.get(node)
            if entry is None:
                entry = scores[node] = _Score(first_line=index)
            entry.weighted += score * weight
            node = node.getparent()
    if not scores:
        return None
    holds_headline = set()
    if headline_line is not None and lines[headline_line].element is not None:
        holds_headline = set(lines[headline_line].element.iterancestors())
    stamps = _item_stamps(lines)
    feed = {el for el in scores if el not in holds_headline and _in_feed(el, stamps)}

    def final(el: html.HtmlElement) -> float:
        entry = scores[el]
        near = headline_line is not None and 0 <= entry.first_line - headline_line <= NEAR_HEADLINE_LINES
        boost = NEAR_HEADLINE_BOOST if near else 1.0
        density = sizes[el].link_density if sizes and el in sizes else _link_density(el)
        return entry.weighted * (1.0 - density) * _hint_factor(el) * boost

    best = max(scores, key=final)
    if best in feed:
        around = set(best.iterancestors())
        article = [el for el in scores
                   if el not in feed and el not in around and scores[el].weighted >= MIN_ARTICLE_SCORE
                   and not any(a in feed for a in el.iterancestors())]
        if article:
            return max(article, key=final)
    return best


# Class/id tokens of the blocks that hold other articles: recommendation feeds, story streams.
FEED_HINTS = re.compile(r"recommend|(?<![a-z])feeds?(?![a-z])|(?<![a-z])stream|more-?stories|guess", re.I)
FEED_ANCESTOR_LEVELS = 4
# "8 小時前", "3分钟前": the stamps of feed items, one per item.
ITEM_STAMP = re.compile(r"\d+\s*(?:秒|分钟|分鐘|小时|小時|天|日)前")
MIN_FEED_STAMPS = 3
# A block of at least one real paragraph, enough to be the article when the best block is a feed.
MIN_ARTICLE_SCORE = 4.0


def _item_stamps(lines: list[Line]) -> dict[html.HtmlElement, int]:
    """Return, per element, how many feed-item time stamps ("8 小時前") lie inside it."""
    counts: dict[html.HtmlElement, int] = {}
    for line in lines:
        if line.element is None or len(line.text) > MAX_CUT_LINE_CHARS * 2 or not ITEM_STAMP.search(line.text):
            continue
        node: html.HtmlElement | None = line.element
        while node is not None:
            counts[node] = counts.get(node, 0) + 1
            node = node.getparent()
    return counts


def _in_feed(el: html.HtmlElement, stamps: dict[html.HtmlElement, int]) -> bool:
    """Return True for a block of a recommendation feed or a story stream, not an article.

    Told by the class of the block or of its near ancestors, or by the time stamps of its
    items ("8 小時前") repeated inside it. (A block that holds the headline is the page.)
    """
    if stamps.get(el, 0) >= MIN_FEED_STAMPS:
        return True
    node: html.HtmlElement | None = el
    for _ in range(FEED_ANCESTOR_LEVELS):
        if node is None:
            break
        if FEED_HINTS.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


SUMMARY_HINTS = re.compile(r"summary|abstract|digest|(?<![a-z])lead(?![a-z])|zhaiyao|daodu|(?<![a-z])intro", re.I)
SUMMARY_LABEL = re.compile(r"^\s*(?:【(?:摘要|导读|内容提要|核心提示)】|(?:摘要|导读|内容提要|核心提示)\s*[:：])")
MAX_SUMMARY_CHARS = 400
MAX_SUMMARY_SIBLINGS = 3


def summary_box(container: html.HtmlElement) -> str | None:
    """Return the text of the summary box (摘要, 导读) just before the article block, if any.

    Templates put it in its own element between the byline and the body, where the densest
    block does not reach; it is article text the brief may need.
    """
    for anchor in (container, container.getparent()):
        if anchor is None:
            continue
        sibling = anchor.getprevious()
        for _ in range(MAX_SUMMARY_SIBLINGS):
            if sibling is None:
                break
            if isinstance(sibling.tag, str) and sibling.tag not in ("h1", "h2", "h3", "script", "style"):
                text = squash_space(sibling.text_content())
                hints = f"{sibling.get('class', '')} {sibling.get('id', '')}"
                if (20 <= len(text) <= MAX_SUMMARY_CHARS and any(ch in SENTENCE_PUNCTUATION for ch in text)
                        and (SUMMARY_HINTS.search(hints) or SUMMARY_LABEL.match(text))
                        and _link_density(sibling) < 0.3):
                    return text
            sibling = sibling.getprevious()
    return None


def _link_density(el: html.HtmlElement) -> float:
    text = squash_space(el.text_content())
    if not text:
        return 1.0
    links = sum(len(squash_space(a.text_content())) for a in el.iter("a"))
    return min(links / len(text), 1.0)


def _hint_factor(el: html.HtmlElement) -> float:
    hints = f"{el.get('class', '')} {el.get('id', '')}"
    factor = 1.0
    if any(COMMENT_HINTS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in _self_and_ancestors(el)):
        factor *= 0.2
    if NEGATIVE_HINTS.search(hints):
        factor *= 0.5
    if POSITIVE_HINTS.search(hints):
        factor *= 1.25
    return factor


def _self_and_ancestors(el: html.HtmlElement) -> list[html.HtmlElement]:
    out = [el]
    out.extend(el.iterancestors())
    return out


def clean_lines(lines: list[Line], container: html.HtmlElement | None = None) -> list[str]:
    """Return the text lines of an article container without links, furniture or feeds.

    A line inside a media player or read-aloud widget is dropped however deep the player
    nests its messages; with `container` given, only blocks inside it are asked.
    """
    kept: list[Line] = []
    total = sum(max(line.chars - line.link_chars, 0) for line in lines) or 1
    seen = 0
    for line in lines:
        own = line.chars - line.link_chars
        seen += max(own, 0)
        if _is_cut_marker(line.text) and seen > total * 0.5:
            break
        if kept and seen > total * 0.5 and CREDIT_LINE.match(kept[-1].text) and not CREDIT_LINE.match(line.text):
            break
        if _is_cut_marker(line.text):
            continue
        if line.link_share > 0.5:
            continue
        if _is_boilerplate(line.text) or _in_widget(line.element, container):
            continue
        kept.append(line)
    texts = (TRAILING_FURNITURE.sub("", _without_trailing_link(line)).strip() for line in kept)
    return [t for t in texts if t]


SENTENCE_END_CHARS = "。！？!?”」"
MAX_TRAILING_LINK_CHARS = 16
# A closing link that names a document or an attachment is the article's own reference.
DOCUMENT_LINK = re.compile(r"《|附件|\.(?:pdf|docx?|xlsx?|wps|ofd|zip)$", re.I)


def _without_trailing_link(line: Line) -> str:
    """Return the line's text without a short link glued after its last sentence.

    ``…也前往送别。<a>返回搜狐，查看更多</a>``: a link that closes a paragraph after its final
    punctuation leads elsewhere (the home page, more stories); it is not the article's text.
    """
    el = line.element
    if el is None or not line.link_chars or len(el) == 0:
        return line.text
    last = el[-1]
    if last.tag != "a" or (last.tail or "").strip():
        return line.text
    link = squash_space(last.text_content())
    text = line.text.rstrip()
    if (not link or len(link) > MAX_TRAILING_LINK_CHARS or DOCUMENT_LINK.search(link)
            or not squash_space(text).endswith(link)):
        return line.text
    cut = len(text)
    for ch in reversed(link):  # walk back over the link's characters, spaces in between
        cut = text.rindex(ch, 0, cut)
    head = text[:cut].rstrip()
    return head if head.endswith(tuple(SENTENCE_END_CHARS)) else line.text


# Class/id tokens of media players, text-to-speech and "listen" buttons inside articles.
WIDGET_HINTS = re.compile(
    r"player|(?<![a-z])vjs|video-?js|control-?text|(?<![a-z])audio|(?<![a-z])tts(?![a-z])|voice-?(?:btn|box|play)",
    re.I,
)
WIDGET_LEVELS = 3


def _in_widget(el: html.HtmlElement | None, container: html.HtmlElement | None = None) -> bool:
    """Return True for a line of a media player's or a read-aloud button's own text.

    Without a container only the line's own block and its two parents are asked; with one,
    every block up to (not including) the container is.
    """
    levels = 0
    while el is not None and el is not container:
        if container is None and levels >= WIDGET_LEVELS:
            return False
        if WIDGET_HINTS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
        el = el.getparent()
        levels += 1
    return False


def _is_cut_marker(text: str) -> bool:
    s = squash_space(text)
    return len(s) <= MAX_CUT_LINE_CHARS and any(s.startswith(m.replace(" ", "")) for m in CUT_MARKERS)


_BOILERPLATE = re.compile("|".join(map(re.escape, BOILERPLATE_MARKERS)))
_SHORT_LINE = re.compile("|".join(map(re.escape, SHORT_LINE_MARKERS)))
_SHORT_LINE_STARTS = tuple(SHORT_LINE_MARKERS)


@functools.lru_cache(maxsize=1 << 16)
def _is_boilerplate(text: str) -> bool:
    """Return True for a line of site furniture (copyright, ICP, print/close, promo).

    Cached: each line is asked about twice (scoring, then cleaning), and a long page has
    tens of thousands of lines.
    """
    if len(text) > MAX_MARKER_LINE_CHARS:
        return False
    if _BOILERPLATE.search(text):
        return True
    s = squash_space(text)
    return s.startswith(_SHORT_LINE_STARTS) or (len(s) <= MAX_SHORT_LINE_CHARS and bool(_SHORT_LINE.search(s)))
