"""Every data type that crosses a stage boundary, and nothing else.

The pipeline, in the order the types appear here::

    Source --collect--> Link --fetch--> Page --extract--> Extracted --> Article | Rejection
    Article* --analyse--> Story (with Fact*) --write--> Brief --render--> files

All types are frozen, slotted dataclasses; stages take and return plain values so
each one can be tested with literals.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class SourceKind(StrEnum):
    RSS = "rss"
    ATOM = "atom"
    LISTPAGE = "listpage"
    FILE = "file"


class Authority(StrEnum):
    """How much weight a publisher carries; the order is the ranking order."""

    CENTRAL = "central"
    MINISTRY = "ministry"
    LOCAL = "local"
    INDUSTRY = "industry"
    MEDIA = "media"


AUTHORITY_WEIGHT: dict[Authority, float] = {
    Authority.CENTRAL: 1.0,
    Authority.MINISTRY: 1.0,
    Authority.LOCAL: 0.8,
    Authority.INDUSTRY: 0.6,
    Authority.MEDIA: 0.6,
}


class Stage(StrEnum):
    """Pipeline stage at which an item was rejected."""

    FETCH = "fetch"
    DISCOVER = "discover"
    EXTRACT = "extract"
    WINDOW = "window"
    RELEVANCE = "relevance"
    DEDUP = "dedup"
    WRITE = "write"


class Reason(StrEnum):
    """Why an item was rejected; stored in the rejections table."""

    HTTP_ERROR = "http_error"
    NOT_FOUND = "not_found"
    TIMEOUT = "timeout"
    NETWORK = "network_error"
    REDIRECT_LOOP = "redirect_loop"
    NOT_HTML = "not_html"
    TOO_LARGE = "too_large"
    ROBOTS = "disallowed_by_robots"
    MALFORMED_FEED = "malformed_feed"
    MALFORMED_ITEM = "malformed_item"
    NO_LINKS = "no_article_links"
    DECODE_ERROR = "decode_error"
    EMPTY = "empty_page"
    TOO_SHORT = "too_short"
    NO_DATE = "no_date"
    STALE = "outside_window"
    FUTURE = "after_brief_date"
    OFF_TOPIC = "off_topic"
    NOT_NEWS = "not_news"
    DUPLICATE = "duplicate"
    UNGROUNDED = "ungrounded"
    BLOCKED = "blocked"  # an internal address or folder a workbench-added source may not reach


ORIGIN_OPERATOR = "operator"
ORIGIN_WORKBENCH = "workbench"


# The rejection reasons as the analyst reads them: the workbench and the run summary share them.
REASON_LABELS: dict[str, str] = {
    "http_error": "HTTP 错误", "not_found": "页面不存在", "timeout": "超时", "network_error": "网络错误",
    "redirect_loop": "重定向循环", "not_html": "不是网页", "too_large": "页面过大",
    "disallowed_by_robots": "robots.txt 禁止", "malformed_feed": "订阅源格式错误",
    "malformed_item": "条目格式错误", "decode_error": "无法解码", "empty_page": "没有正文",
    "too_short": "正文过短", "no_date": "没有日期", "outside_window": "超出时间窗口",
    "after_brief_date": "晚于简报日期", "off_topic": "与主题无关", "not_news": "不是新闻",
    "duplicate": "重复", "ungrounded": "无出处", "no_article_links": "没有文章链接",
}


@dataclass(frozen=True, slots=True)
class Source:
    """One entry of sources.yaml."""

    id: str
    name: str
    name_en: str
    kind: SourceKind
    url: str
    authority: Authority
    link_selector: str | None = None
    encoding: str | None = None
    enabled: bool = True
    origin: str = "operator"  # "operator" (a sources.yaml file) | "workbench" (added by an editor)

    @property
    def guarded(self) -> bool:
        """True if the source may only reach what `collect.guard` allows (added in the workbench)."""
        return self.origin == ORIGIN_WORKBENCH


@dataclass(frozen=True, slots=True)
class Link:
    """An article link found in a feed, a list page or a folder."""

    url: str
    source_id: str
    title: str | None = None
    found_on: str = ""
    published_hint: date | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One HTTP response (or local file) exactly as fetched."""

    url: str
    final_url: str
    source_id: str
    status: int
    content_type: str | None
    body: bytes
    sha256: str
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    link_title: str | None = None
    published_hint: date | None = None
    # Not asked again this run (see Settings.recheck_after_h): as with a 304, the stored
    # version stands, and its fetch time stays that of the last real request.
    not_requested: bool = False
    # An attachment (PDF, .docx, .xlsx) of a notice: the notice page's URL, and the source the
    # notice states (the attachment is credited as the notice is; link_title and
    # published_hint are the attachment's title and the notice's date). '' for a web page.
    attached_to: str = ""
    stated_source: str | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the extract stage reads from one page, before the publisher is decided."""

    title: str | None
    published: date | None
    text: str
    stated_source: str | None = None
    published_time: str | None = None
    date_origin: str | None = None
    encoding: str | None = None
    # The document number (文号: 国市监网监规〔2027〕6号) its metadata table states in a
    # 发文字号/文号 cell; such pages often print it nowhere in the body. '' when none.
    doc_number: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A page that extracted cleanly: text, date and the publisher it is credited to."""

    url: str
    source_id: str
    title: str
    text: str
    published: date
    publisher: str
    publisher_en: str
    authority: Authority
    stated_source: str | None = None
    sha256: str = ""
    site_name: str = ""  # the hosting source's name; differs from publisher on a reprint
    doc_number: str = ""  # the 文号 of the page's metadata table (Extracted.doc_number), '' when none
    attached_to: str = ""  # an attachment's notice: the URL of the page that links it ('' for a page)
    # jieba's words of the text joined by spaces (text.cut_words), computed once at extraction
    # and reused by the search index and clustering; "" when not computed yet.
    words: str = field(default="", compare=False, repr=False)
    # what the search index holds for it, made with the words at extraction (in the worker
    # processes): (the title it was made for, the segmented title, the segmented text); ()
    # when not made, and then the store segments the title and text itself.
    index_entry: tuple[str, str, str] | tuple[()] = field(default=(), compare=False, repr=False)

    def stated_text(self) -> str:
        """Return what the page states, for facts, keys and grounding: its headline, the
        document number of its metadata table (when the body does not print it), its body."""
        if self.doc_number and self.doc_number not in self.text:
            return f"{self.title}\n{self.doc_number}\n{self.text}"
        return f"{self.title}\n{self.text}"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An item that was dropped, and why. Expected failures are values, not exceptions."""

    url: str
    stage: Stage
    reason: Reason
    detail: str = ""
    source_id: str = ""


class OutcomeKind(StrEnum):
    """How one source fared in one run."""

    OK = "ok"
    EMPTY = "empty"    # reached, but no article page came from it
    FAILED = "failed"  # its feed, list page or every article could not be fetched


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """One source's result in one run: kept day after day for the alarms and the Sources page."""

    source_id: str
    kind: OutcomeKind
    pages: int = 0
    reason: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CollectResult:
    """What the collect stage gives the pipeline: article pages, rejections, notes, counters.

    `index_pages` are the feeds and list pages fetched on the way (store their etag,
    last_modified and body to send conditional requests next run); `parses` what parsing them
    gave, to be remembered (see `collect.memo`).
    """

    pages: tuple[Page, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    notes: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    index_pages: tuple[Page, ...] = ()
    parses: tuple[tuple[str, str, str], ...] = ()  # (url, inputs, JSON) of each feed or list page parsed


class FactKind(StrEnum):
    FIGURE = "figure"
    DATE = "date"
    DEADLINE = "deadline"
    DOCUMENT = "document"
    BODY = "body"
    DOC_NUMBER = "doc_number"  # 国办发〔2027〕15号, 山东省人民政府令第368号, 公告（第一百零六号）
    ARTICLE = "article"  # 第十五条: an article of a law or rule
    RANGE = "range"  # 五万元以上五十万元以下, 3至5年
    LIMIT = "limit"  # a bound on a value: 不少于十亿元, 不得高于1.25, 85%以上
    DURATION = "duration"  # 不少于三年, 180日内, 为期两年
    ISSUED = "issued"  # the date a document was issued, adopted or published (3月8日印发)
    PERSON = "person"  # a named official who says something (司长陈家和介绍); unit is the title
    FIELDS = "fields"  # an enumeration of fields: 人工智能、生物技术、新材料
    TASK = "task"  # a task a policy sets: 统筹推进…建设、…改革


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable statement in an article: a figure with its unit, a date, a 《document》, a body,
    a document or article number, a range, limit or duration, who said it, the fields or tasks
    it names (see analyse/facts.py)."""

    kind: FactKind
    text: str
    sentence: str
    article_url: str
    value: float | None = None
    unit: str | None = None
    day: date | None = None


class NoveltyStatus(StrEnum):
    """What a storyline is on the day, against the briefs of earlier days."""

    NEW = "new"  # never briefed before
    CONTINUING = "continuing"  # briefed before, with a new development today
    BRIEFED = "briefed"  # briefed before, nothing new: a candidate, not a section


@dataclass(frozen=True, slots=True)
class TrackedFigure:
    """An indicator restated with another value: today's and the one briefed before."""

    indicator: str
    unit: str
    current: str
    current_url: str
    earlier: str
    earlier_url: str
    earlier_day: date | None = None


@dataclass(frozen=True, slots=True)
class Novelty:
    """A storyline's place in the sequence of briefs (set by the novelty stage).

    `thread_id` is its identity across days; `new_urls` the pages first seen since it was
    last briefed, `new_facts` what they state that no earlier brief of the thread knew,
    `development_url` the page today's section leads with, `context_url` the page briefed
    before that a continuing section cites for its one sentence of context.
    """

    status: NoveltyStatus = NoveltyStatus.NEW
    thread_id: str = ""
    first_day: date | None = None
    last_briefed: date | None = None
    new_urls: tuple[str, ...] = ()
    new_facts: tuple[str, ...] = ()
    development_url: str = ""
    context_url: str = ""
    context_title: str = ""
    tracked: tuple[TrackedFigure, ...] = ()
    excluded_on: date | None = None  # an earlier day the analyst excluded this thread
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """A storyline: articles telling one thread, the original first."""

    id: str
    title: str
    articles: tuple[Article, ...]
    original_url: str
    score: float = 0.0
    topics: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()
    why: str = ""  # how its score was made
    included: bool = True
    novelty: Novelty | None = None
    # Why the machine left it out of the brief ('' when it is in, or when the analyst decided):
    # her choice survives a re-run, the machine's own is made again.
    left_out: str = ""
    borderline_score: float = 0.0  # the topic score of a storyline told by borderline pages only

    @property
    def original(self) -> Article:
        return next(a for a in self.articles if a.url == self.original_url)

    def leave_out(self, reason: str) -> Story:
        """Return the story left out of the brief by the machine, for reason (with any earlier)."""
        return replace(self, included=False, left_out=f"{self.left_out}；{reason}" if self.left_out else reason)


@dataclass(frozen=True, slots=True)
class Reference:
    n: int
    title: str
    publisher: str
    publisher_en: str
    published: date
    url: str
    verifies: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    paragraphs: tuple[str, ...]
    references: tuple[int, ...]
    story_id: str = ""


@dataclass(frozen=True, slots=True)
class SectionDraft:
    """What a writer gets for one storyline: numbered references, the source sentences
    (each tagged with the reference it comes from), the facts, the cited pages' full text
    (for verification) and the extractive paragraphs to fall back on."""

    story: Story
    title: str
    references: tuple[Reference, ...]
    sentences: tuple[tuple[int, str], ...]
    facts: tuple[tuple[int, Fact], ...]
    sources: tuple[tuple[int, str], ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WriterOutput:
    """A writer's text for the day: the summary and one Section per draft, plus a log of
    what was removed or replaced and why (shown in the run summary)."""

    summary: str
    sections: tuple[Section, ...]
    log: tuple[str, ...] = ()
    usage: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class BriefDeadline:
    day: date
    what: str
    ref: int


@dataclass(frozen=True, slots=True)
class BriefFact:
    text: str
    ref: int


@dataclass(frozen=True, slots=True)
class Brief:
    """The day's brief: the contract written to brief.json and read by every renderer."""

    day: date
    title: str
    summary: str
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    deadlines: tuple[BriefDeadline, ...] = ()
    facts: tuple[BriefFact, ...] = ()
    notes: tuple[str, ...] = field(default=())
    draft_mark: str = ""  # shown on every page of a draft or unchecked output (草稿 …); '' when final


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """Return the brief.json form of a brief (ISO dates, `references` as numbers)."""
    out: dict[str, Any] = {
        "date": brief.day.isoformat(),
        "title": brief.title,
        "summary": brief.summary,
        "sections": [
            {
                "title": s.title,
                "paragraphs": list(s.paragraphs),
                "references": list(s.references),
                "story_id": s.story_id,
            }
            for s in brief.sections
        ],
        "references": [
            {
                "n": r.n,
                "title": r.title,
                "publisher": r.publisher,
                "publisher_en": r.publisher_en,
                "published": r.published.isoformat(),
                "url": r.url,
                "verifies": r.verifies,
            }
            for r in brief.references
        ],
        "deadlines": [
            {"date": d.day.isoformat(), "what": d.what, "ref": d.ref} for d in brief.deadlines
        ],
        "facts": [{"text": f.text, "ref": f.ref} for f in brief.facts],
        "notes": list(brief.notes),
    }
    if brief.draft_mark:
        out["draft_mark"] = brief.draft_mark
    return out


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """Build a Brief from its brief.json form; raises KeyError/ValueError on a bad field."""
    return Brief(
        day=date.fromisoformat(data["date"]),
        title=data["title"],
        summary=data.get("summary", ""),
        sections=tuple(
            Section(
                title=s["title"],
                paragraphs=tuple(s.get("paragraphs", ())),
                references=tuple(int(n) for n in s.get("references", ())),
                story_id=s.get("story_id", ""),
            )
            for s in data.get("sections", ())
        ),
        references=tuple(
            Reference(
                n=int(r["n"]),
                title=r.get("title", ""),
                publisher=r.get("publisher", ""),
                publisher_en=r.get("publisher_en", ""),
                published=date.fromisoformat(r["published"]),
                url=r.get("url", ""),
                verifies=r.get("verifies", ""),
            )
            for r in data.get("references", ())
        ),
        deadlines=tuple(
            BriefDeadline(day=date.fromisoformat(d["date"]), what=d.get("what", ""), ref=int(d["ref"]))
            for d in data.get("deadlines", ())
        ),
        facts=tuple(BriefFact(text=f["text"], ref=int(f["ref"])) for f in data.get("facts", ())),
        notes=tuple(data.get("notes", ())),
        draft_mark=str(data.get("draft_mark", "")),
    )


@dataclass(slots=True)
class RunStats:
    """Path-keyed counters for one run (scrapy style), e.g. ``fetch/status/404``."""

    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)  # stage → CPU seconds (with child processes)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # stage → peak resident MB at its end

    def inc(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)
