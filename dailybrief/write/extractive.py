"""The extractive writer: sections made of the sources' own sentences, no model needed.

For each storyline a SectionDraft is built (numbered references, tagged source sentences,
facts, the cited pages' text); the extractive writer turns it into a facts paragraph of
the original's most informative sentences, completed from the other coverage, and a
"what it means" paragraph from the commentary pieces when there are any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from ..analyse.cluster import PROMULGATION, is_commentary, is_reprint
from ..analyse.facts import (
    FULL_DATE,
    TRIVIAL_VALUES,
    cn_amounts_in,
    dates_in,
    documents_in,
    figures_in,
    is_deadline,
    named_again_in,
    persons_in,
    typed_facts_in,
)
from ..models import (
    Article,
    Authority,
    FactKind,
    Reference,
    Section,
    SectionDraft,
    Story,
    WriterOutput,
)
from ..novelty.context import is_continuing
from ..text import split_sentences, squash
from .notes import NOTE_MAX_CHARS, verification_note
from .sentences import (
    ITEM_MARKER,
    LIST_SEPARATOR,
    PERIOD_TIME,
    TYPED_WEIGHTS,
    clean_sentences,
    is_analysis,
    is_lead,
    is_procedure,
    listed_names,
    substance,
)
from .summary import summarize
from .titles import TITLE_MAX_CHARS, news_title, statement_form

PARAGRAPH_MAX_CHARS = 300  # a facts paragraph, as the published sample's
PARAGRAPH_MIN_CHARS = 120  # a shorter second paragraph joins the first when it fits
MAX_FACTS_PARAGRAPHS = 2
CONTEXT_RESERVE_CHARS = 70  # room for novelty's 「此前，…（见3月2日简报）。」 in a continuing section
ORIGINAL_BUDGET_CHARS = 400  # the lead and the original's sentences, room left for completion
FACTS_BUDGET_CHARS = 580  # all facts sentences, for two paragraphs of PARAGRAPH_MAX_CHARS
COMPLETION_CHARS = 200  # sentences from other coverage that add figures the original lacks
MIN_COMPLETION_CHARS = 40
NO_LEAD_POSITION = 99
SOFT_KINDS = (FactKind.FIELDS, FactKind.TASK)  # not what completion from other coverage adds
SOFT_CHARS = 160  # room for sentences naming only fields or tasks, next to ones with figures
MIN_SOFT_SCORE = 1.0  # …and only those naming fields and a task, or two tasks
NO_YEAR_HINT = 2000  # a month-day date's year does not change which literal a sentence states
ANALYSIS_CHARS = 240  # commentary sentences for the "what it means" paragraph
ANSWERS_TITLE = re.compile(r"答记者问|问答|负责同志|负责人.{0,6}(?:介绍|解读)")
INTERPRETATION_TITLE = re.compile(r"解读|一图读懂|图解")
SPEAKER = re.compile(r"认为|表示|指出|介绍|称|分析")  # the sentence names who says it
REPORTED = re.compile(r"^(?:据介绍|据了解|据悉|据报道)[，,]")
DANGLING_SUBJECTS = ("该", "此", "上述", "对此")  # refers to something the brief does not show
MAX_REFERENCES_PER_SECTION = 6  # the original, its parts (interpretation, notices), commentary
MAX_PART_PARAGRAPHS = 3  # other official pages of the storyline, a paragraph of their own facts each
REPEAT_OVERLAP = 0.6  # a sentence sharing this share of trigrams with another repeats it
MIN_DOCUMENT_CHARS = 8  # 《通知》 alone names nothing; a real title is longer
OFFICIAL_AUTHORITIES = frozenset({Authority.CENTRAL, Authority.MINISTRY, Authority.LOCAL})
BARE_COUNT_UNITS = frozenset({"个", "项", "条", "件", "家", "批", "类", "名", "款", "座", "所"})


def draft_sections(stories: Sequence[Story], *, first_ref: int = 1) -> list[SectionDraft]:
    """Return a SectionDraft per storyline, numbering references across the brief."""
    drafts = []
    numbers: dict[str, int] = {}
    for story in stories:
        cited = _cited_articles(story)
        refs = []
        for article in cited:
            n = numbers.setdefault(article.url, first_ref + len(numbers))
            refs.append(_reference(n, article))
        ref_of = {a.url: r.n for a, r in zip(cited, refs, strict=True)}
        sentences = tuple((ref_of[a.url], s) for a in cited for s in clean_sentences(a.text))
        facts = tuple((ref_of[f.article_url], f) for f in story.facts if f.article_url in ref_of)
        sources = tuple((ref_of[a.url], a.stated_text()) for a in cited)
        paragraphs = _extractive_paragraphs(story, cited)
        drafts.append(SectionDraft(story=story, title=section_title(story), references=tuple(refs),
                                   sentences=sentences, facts=facts, sources=sources,
                                   paragraphs=paragraphs))
    return [_with_verifies(d) for d in drafts]


DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号")
CITED_NUMBER = re.compile(r"》[（(]$")  # 《X》（number）: the number of the document named
DOCUMENT_NUMBER_WITHIN_CHARS = 300  # a notice prints its number above the salutation
INSTRUCTION = re.compile(r"(?:前|截止[^，。]{0,12})(?:报送|提交|上报|报|申报)|(?:报送|提交|上报)[^，。]{0,20}前")
SIGNED = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:[（(][^（）()]{0,12}[）)])?\s*$")
SIGNED_WITHIN_CHARS = 40
LEADING_CONNECTIVE = re.compile(r"^(?:同时|此外|另外|与此同时|其中|并且|而且|对此)[，,]\s*")
ISSUING_FORM = re.compile(
    r"^(.{2,60}?)关于(印发|发布|公布)?(.+)的((?:实施|指导|若干|管理|工作|专项|三年)?(?:行动)?"
    r"(?:通知|通告|公告|意见|函|措施|方案|计划|办法|细则|规定))$")
# The notice's own sentence naming what it issues: 现将《X》印发给你们, 现发布《X》, 制定了《X》，现印发.
ISSUED_DOCUMENT = re.compile(r"(?:现将|制定了?|现予|现)(《[^《》]{4,80}》)[^。]{0,12}?(?:印发|发布|公布)|"
                             r"现(?:予以)?(?:印发|发布|公布)(《[^《》]{4,80}》)")
ISSUED_WITHIN_CHARS = 800


# A statistics release headed by what it is about, not by what it found: 2027年7月全国电力消费情况.
TOPIC_HEADLINE = re.compile(r"(?:情况|数据|统计数据|主要指标|统计快报|统计公报|数据发布)$")
LEADING_PERIOD = re.compile(r"^((?:\d{4}年)?(?:\d{1,2}[—\-－]?\d{0,2}月份?|前三季度|上半年|一季度|今年以来))，")


def section_title(story: Story) -> str:
    """Return the section title: the original's headline as a statement of at most 30
    characters (titles.py); the document number goes into the lead, not the title. A statistics
    release headed only by its subject (…消费情况) is titled by its first finding instead."""
    headline = news_title(_promulgated_named(story.original) or _own_place_named(story.original),
                          issuer=story.original.publisher)
    if TOPIC_HEADLINE.search(squash(story.original.title)) and not _figures(headline):
        return finding_title(story.original) or headline
    return headline


NAMED_DOCUMENT = re.compile(r"《[^《》]{4,60}》")


def _promulgated_named(article: Article) -> str:
    """Return a headline naming the law a promulgation puts in force (浙江省人民代表大会常务委员会
    公告（第63号） → …公布《浙江省数据要素市场促进条例》: the 《name》 its text opens with), or ''."""
    headline = squash(article.title)
    m = PROMULGATION.match(headline)
    m = m if m and m.end() == len(headline) else None  # headed by its number alone
    named = NAMED_DOCUMENT.search(article.text[:200]) if m else None
    return f"{m.group(1)}公布{named.group(0)}" if m and named else ""


OWN_PLACE = re.compile(r"^(?:我|本)(省|市|区)")  # a local paper's own province: 我省出台…


def _own_place_named(article: Article) -> str:
    """Return the headline with a local outlet's 我省/我市 replaced by the place the text names
    in a document's title (《四川省制造业…》), or the headline as it is."""
    m = OWN_PLACE.match(article.title)
    if not m:
        return article.title
    named = re.search(rf"《([\u4e00-\u9fa5]{{2,4}}?{m.group(1)})", article.text[:ISSUED_WITHIN_CHARS])
    return named.group(1) + article.title[m.end():] if named else article.title


def finding_title(article: Article) -> str:
    """Return the release's first sentence with a figure as a title: its leading clauses that fit
    in TITLE_MAX_CHARS (7月全社会用电量9786亿千瓦时，同比增长6.1%), or ''."""
    first = next((s for s in clean_sentences(article.text)[:3] if _unit_figures(s)), "")
    if not first:
        return ""
    clauses = [c for c in re.split(r"[，；。]", LEADING_PERIOD.sub(r"\1", first.rstrip("。"))) if c]
    title = clauses[0]
    for clause in clauses[1:]:
        if len(title) + 1 + len(clause) > TITLE_MAX_CHARS:
            break
        title += "，" + clause
    return title if len(title) <= TITLE_MAX_CHARS and _unit_figures(title) else ""


# An order or announcement prints its number under its name: 山东省人民政府令 / 第368号.
HEADED_NUMBER = re.compile(
    r"^([\u4e00-\u9fa5]{2,30}(?:令|公告|通告))[ \t\u3000]*\n?[ \t\u3000]*[（(]?(第[\d零一二三四五六七八九十百千]{1,7}号)[）)]?[ \t\u3000]*$",
    re.M)


def document_number(article: Article) -> str:
    """Return the 文号 (工信部联规〔2026〕98号) or the order's number (山东省人民政府令第368号) a
    document prints near its top, or '' (also when its headline already states it, unless it
    is a promulgation's: its section is titled by the law it puts in force); the number
    of a document it cites (为贯彻落实《X》（国办发〔2027〕15号）) is X's, not its own. The
    number of the page's metadata table (Article.doc_number) is its own and comes first."""
    if article.doc_number:
        return article.doc_number
    head = article.text[:DOCUMENT_NUMBER_WITHIN_CHARS]
    own = next((m.group(0) for m in DOCUMENT_NUMBER.finditer(head)
                if not CITED_NUMBER.search(head[:m.start()])), "")
    if own:
        return own
    headed = HEADED_NUMBER.search(head)
    if headed and headed.group(2) not in article.title:
        return headed.group(1) + headed.group(2)
    promulgation = PROMULGATION.match(squash(article.title))  # its title names the law instead
    return "".join(promulgation.group(1, 2, 3)) if promulgation else ""


def cited_number(article: Article, others: Sequence[Article]) -> str:
    """Return the 文号 other pages print after naming the document whose name is article's
    headline (为贯彻落实《国务院办公厅关于X的意见》（国办发〔2027〕15号）), or '': a document's
    page may print its number only in a header table that is not its text."""
    name = squash(article.title)
    at = name.find("关于")
    if at < 0 or len(name) - at < MIN_DOCUMENT_CHARS:
        return ""
    cited = re.compile(rf"《[^《》]{{0,30}}{re.escape(name[at:])}》[（(]({DOCUMENT_NUMBER.pattern})[）)]")
    return next((m.group(1) for o in others if (m := cited.search(o.text))), "")


def composed_lead(article: Article, number: str = "") -> str:
    """Return who issued what, built from an official headline (X关于印发《Y》的通知 →
    日前，X印发《Y》（文号）。), or '' when the headline is not in an issuing form."""
    m = ISSUING_FORM.match(re.sub(r"\s+", " ", article.title.strip()))
    if not m:
        return ""
    issuer = statement_form(m.group(1)) or article.publisher
    issued = ISSUED_DOCUMENT.search(article.text[:ISSUED_WITHIN_CHARS])
    if m.group(2):
        document = (issued.group(1) or issued.group(2)) if issued else m.group(3)
        action = m.group(2) + (document if document.startswith("《") else f"《{document}》")
    else:
        action = f"发布《关于{m.group(3)}的{m.group(4)}》"
    number = document_number(article) or number
    return f"{_when(article)}，{issuer}{action}" + (f"（{number}）" if number else "") + "。"


def _with_document_number(lead: str, article: Article, number: str = "") -> str:
    """Return the lead with the notice's 文号 (or number, as others cite it) after the first
    《title》 it names, when the page prints one and the lead does not say it."""
    number = document_number(article) or number
    if not number or number in lead or "》" not in lead:
        return lead
    at = lead.index("》") + 1
    if lead[at:at + 1] in ("（", "("):
        return lead
    return f"{lead[:at]}（{number}）{lead[at:]}"


ARTICLE_ONLY = re.compile(r"第[一二三四五六七八九十百零\d]{1,6}条(?:第[一二三四五六七八九十\d]{1,3}款)?")
ARTICLE_SAYS = re.compile(r"^(第[一二三四五六七八九十百零\d]{1,6}条)规定，")


def _without_repeated_labels(sentences: Sequence[str]) -> list[str]:
    """Return the sentences with 第十五条规定， left out where the sentence before says it."""
    out: list[str] = []
    for sentence in sentences:
        label = ARTICLE_SAYS.match(sentence)
        if label and out and out[-1].startswith(label.group(0)):
            sentence = sentence[label.end():]
        out.append(sentence)
    return out


def _with_number_stated(chosen: list[str], article: Article) -> list[str]:
    """Return chosen with the document's number after the first 《title》 they name, when no
    sentence states it yet (an order's number is printed above its first sentence)."""
    number = document_number(article)
    if not number or any(number in s for s in chosen):
        return chosen
    at = next((i for i, s in enumerate(chosen) if "》" in s), None)
    if at is None:
        return chosen
    return [*chosen[:at], _with_document_number(chosen[at], article), *chosen[at + 1:]]


def _when(article: Article) -> str:
    """Return the page's date as 6月8日 when its text states that date, the date the document
    is signed with at its end (国务院办公厅 2027年5月12日), else 日前."""
    day = article.published
    if re.search(rf"(?<!\d){day.month}月{day.day}日", article.text):
        return f"{day.month}月{day.day}日"
    signed = SIGNED.search(article.text[-SIGNED_WITHIN_CHARS:])
    if signed and int(signed.group(1)) == day.year:
        return f"{int(signed.group(2))}月{int(signed.group(3))}日"
    return "日前"


def _cited_articles(story: Story) -> list[Article]:
    """Return the original, then other coverage (commentary first), at most a few pages;
    one page reached by two URLs (a feed's ?from=rss copy) is cited once."""
    cited: list[Article] = []
    seen: set[str] = set()
    for article in story.articles:
        parts = urlsplit(article.url)
        keys = {parts.netloc + parts.path, "text:" + article.text}
        if keys & seen:
            continue
        seen |= keys
        cited.append(article)
    return cited[:MAX_REFERENCES_PER_SECTION]


def _reference(n: int, article: Article) -> Reference:
    return Reference(n=n, title=article.title, publisher=article.publisher,
                     publisher_en=article.publisher_en, published=article.published,
                     url=article.url)


def _extractive_paragraphs(story: Story, cited: list[Article]) -> tuple[str, ...]:
    """Return the facts paragraphs (lead first, at most two of at most 300 characters) and the
    "what it means" paragraph from the coverage's own interpretation, attributed."""
    original = story.original
    pool = [s for s in clean_sentences(original.text, lists=True) if not is_procedure(s)]
    lead = next((s for s in pool[:2] if is_lead(s)), "")
    pool = [s for s in pool if s != lead]
    number = cited_number(original, cited[1:])
    lead = _with_document_number(lead, original, number) if lead else composed_lead(original, number)
    chosen = _best_sentences(pool, original.published.year, ORIGINAL_BUDGET_CHARS - len(lead),
                             covered=_figures(lead), speakers=_speakers([lead, *pool]))
    chosen = _with_number_stated(_without_repeats(([lead] if lead else []) + chosen), original)
    covered = {f for s in chosen for f in _figures(s)}
    parts: list[tuple[str, str]] = []  # (url, paragraph) of the storyline's other official pages
    for other in [a for a in cited[1:] if _tells_a_part(a, original)][:MAX_PART_PARAGRAPHS]:
        part = _part_paragraph(other, covered)
        if part:
            parts.append((other.url, part))
            covered |= _figures(part)
    for other in cited[1:]:
        if other.url in dict(parts):
            continue
        room = FACTS_BUDGET_CHARS - sum(map(len, chosen))
        if room < MIN_COMPLETION_CHARS:
            break
        candidates = [s for s in clean_sentences(other.text, lists=True)
                      if not is_analysis(s) and not is_procedure(s)]
        extra = _best_sentences(candidates, other.published.year, min(room, COMPLETION_CHARS),
                                covered=covered, need_new=True)
        chosen = _without_repeats(chosen + extra)
        covered |= {f for s in extra for f in _figures(s)}
    chosen = _with_deadlines(_without_restated(chosen), story, cited, elsewhere="".join(p for _, p in parts))
    facts = _without_repeated_labels([LEADING_CONNECTIVE.sub("", s) for s in chosen])
    paragraphs = [*_packed(facts, first_max=PARAGRAPH_MAX_CHARS - (
        CONTEXT_RESERVE_CHARS if is_continuing(story) else 0)), *(p for _, p in parts)]
    analysis = _attributed_analysis(cited[1:], "".join(paragraphs), original=squash(original.text))
    return tuple(p for p in (*paragraphs, analysis or _next_steps(story, "".join(paragraphs))) if p)


def _tells_a_part(article: Article, original: Article) -> bool:
    """Return whether a page of the storyline tells a part of it the original does not: another
    body's own release (an official interpretation, an implementing notice), not a reprint."""
    return (article.authority in OFFICIAL_AUTHORITIES and not is_reprint(article)
            and article.publisher != original.publisher)


def _part_paragraph(article: Article, covered: set[str]) -> str:
    """Return a paragraph of the facts a part of the storyline adds (who issued what, from its
    headline, or who says it, then its most informative sentences with figures not stated
    yet), or ''. Its own opening sentence is not its lead: an interpretation opens by
    restating the original's release."""
    pool = [s for s in clean_sentences(article.text, lists=True)
            if not is_procedure(s) and not is_analysis(s)]
    lead = composed_lead(article)
    new = [s for s in pool if _figures(s) - covered - _figures(lead)]
    head = lead or (facts_credit(article, new[0]) if new else "")
    body = _best_sentences(new, article.published.year, PARAGRAPH_MAX_CHARS - len(head),
                           covered=covered | _figures(lead), need_new=True)
    body = [LEADING_CONNECTIVE.sub("", REPORTED.sub("", s)) for s in _without_repeats(body)]
    return head + "".join(body) if body else ""


def _with_deadlines(chosen: list[str], story: Story, cited: Sequence[Article], *, elsewhere: str = ""
                    ) -> list[str]:
    """Return chosen plus, for each deadline of the storyline neither chosen nor the section's
    other paragraphs (elsewhere) state yet, the shortest cited sentence stating it; to fit two
    paragraphs, the sentences that say least (not the lead, none stating a deadline) make room."""
    out = list(chosen)
    stated = squash("".join(out) + elsewhere)
    year = story.original.published.year
    limit = MAX_FACTS_PARAGRAPHS * PARAGRAPH_MAX_CHARS
    for fact in story.facts:
        if (fact.kind is not FactKind.DEADLINE or not fact.day or fact.day < story.original.published
                or squash(fact.text) in stated):
            continue
        candidates = [s for a in cited for s in clean_sentences(a.text)
                      if fact.text in s and not is_analysis(s)]
        best = min(candidates, key=len, default="")
        if not best or len(best) > PARAGRAPH_MAX_CHARS:
            continue
        rest = [s for s in out if not _repeats(s, best)]  # the deadline's sentence says it all
        removable = sorted((sum(substance(s, NO_LEAD_POSITION, year)), i) for i, s in enumerate(rest)
                           if i > 0 and not _states_deadline(s, year))
        dropped: set[int] = set()
        while sum(len(s) for i, s in enumerate(rest) if i not in dropped) + len(best) > limit and removable:
            dropped.add(removable.pop(0)[1])
        if sum(len(s) for i, s in enumerate(rest) if i not in dropped) + len(best) <= limit:
            out = [s for i, s in enumerate(rest) if i not in dropped] + [best]
            stated = squash("".join(out) + elsewhere)
    return out


def _states_deadline(sentence: str, year: int) -> bool:
    return any(is_deadline(sentence, a, b) for _, _, a, b in dates_in(sentence, year))


def _packed(sentences: Sequence[str], *, first_max: int = PARAGRAPH_MAX_CHARS) -> list[str]:
    """Return the sentences in at most two paragraphs of at most PARAGRAPH_MAX_CHARS each (the
    first at most first_max: a continuing storyline's gets a context sentence added later);
    a second paragraph too short to stand alone joins the first when it fits."""
    total = sum(map(len, sentences))
    if total > first_max and len(sentences) > 1:
        balanced = _balanced_split(sentences, first_max)
        if balanced:
            return balanced
    paragraphs = [""]
    for sentence in sentences:
        limit = first_max if len(paragraphs) == 1 else PARAGRAPH_MAX_CHARS
        if len(paragraphs[-1]) + len(sentence) <= limit or not paragraphs[-1]:
            paragraphs[-1] += sentence
        elif len(paragraphs) < MAX_FACTS_PARAGRAPHS and len(sentence) <= PARAGRAPH_MAX_CHARS:
            paragraphs.append(sentence)
    if (len(paragraphs) == 2 and len(paragraphs[1]) < PARAGRAPH_MIN_CHARS
            and len(paragraphs[0]) + len(paragraphs[1]) <= first_max):
        paragraphs = [paragraphs[0] + paragraphs[1]]
    return [p for p in paragraphs if p]


def _without_restated(sentences: Sequence[str]) -> list[str]:
    """Return the sentences without each one (after the lead, last first) whose every fact the
    others state: a copy's lead may say what a later article of the original says again."""
    kept = list(sentences)
    for i in range(len(kept) - 1, 0, -1):
        says = _stated_facts(kept[i])
        others = set().union(*(_stated_facts(s) for j, s in enumerate(kept) if j != i))
        if says and says <= others:
            del kept[i]
    return kept


def _stated_facts(sentence: str) -> set[str]:
    return {f for f in _figures(sentence) if not ARTICLE_ONLY.fullmatch(f)}


def _balanced_split(sentences: Sequence[str], first_max: int) -> list[str]:
    """Return the sentences as two paragraphs of about equal length, each within its limit and
    the second long enough to stand alone, or [] when no split fits (then they are packed)."""
    best: tuple[int, int] | None = None
    for i in range(1, len(sentences)):
        first, second = sum(map(len, sentences[:i])), sum(map(len, sentences[i:]))
        if first > first_max or second > PARAGRAPH_MAX_CHARS or second < PARAGRAPH_MIN_CHARS:
            continue
        if best is None or max(first, second) < best[0]:
            best = (max(first, second), i)
    if best is None:
        return []
    return ["".join(sentences[:best[1]]), "".join(sentences[best[1]:])]


def _without_repeats(sentences: Sequence[str]) -> list[str]:
    """Return the sentences with each one that repeats an earlier one left out; when the later
    one says everything the earlier one does and more, it takes the earlier one's place."""
    out: list[str] = []
    for sentence in sentences:
        j = next((k for k, kept in enumerate(out) if _repeats(sentence, kept)
                  or _repeats(kept, sentence)), None)
        if j is None:
            out.append(sentence)
        elif _figures(sentence) > _figures(out[j]):
            out[j] = sentence
    return out


def _repeats(sentence: str, text: str) -> bool:
    """Return whether most of a sentence's character trigrams are already in text."""
    grams = _trigrams(sentence)
    return bool(grams) and len(grams & _trigrams(text)) / len(grams) >= REPEAT_OVERLAP


def _trigrams(text: str) -> set[str]:
    clean = squash(text)
    return {clean[i:i + 3] for i in range(len(clean) - 2)}


def _next_steps(story: Story, facts_paragraph: str) -> str:
    """Return a "后续节点" line built from the thread's deadline clauses, when there are any."""
    clauses: dict[date, str] = {}
    for fact in story.facts:
        if (fact.kind is FactKind.DEADLINE and fact.day and fact.day >= story.original.published
                and fact.day not in clauses):
            clause = _clause_with(fact.sentence, fact.text)
            if clause and not _repeats(clause, facts_paragraph):
                clauses[fact.day] = clause
    return "后续节点：" + "；".join(list(clauses.values())[:2]) + "。" if clauses else ""


def _clause_with(sentence: str, literal: str) -> str:
    for clause in re.split(r"[，；。]", sentence):
        if literal in clause:
            return clause.strip()
    return ""


def _figures(sentence: str) -> set[str]:
    """Return the figures, full dates, 《documents》 and the facts beyond figures (document and
    article numbers, ranges, limits, durations, who said it) a sentence states: what completion
    adds."""
    dates = {squash(m.group(0)) for m in FULL_DATE.finditer(sentence)}
    documents = {squash(d) for d in documents_in(sentence) if len(d) >= MIN_DOCUMENT_CHARS}
    typed = {squash(text) for kind, text in typed_facts_in(sentence, NO_YEAR_HINT)
             if kind not in SOFT_KINDS}
    periods = {squash(m.group(0)) for m in PERIOD_TIME.finditer(sentence)}
    names = {squash(n) for n in listed_names(sentence)}  # a list's entries: 案例包括A、B、C等。
    return dates | documents | periods | _unit_figures(sentence) | typed | names


def _unit_figures(sentence: str) -> set[str]:
    found = [*figures_in(sentence), *cn_amounts_in(sentence)]
    return {squash(text) for text, value, _ in found if value not in TRIVIAL_VALUES}


def _speakers(sentences: Sequence[str]) -> dict[str, str]:
    """Return name → title of the people the sentences name with their title (主任郑立衡出席…)."""
    return {name: title for s in sentences for name, title in persons_in(s)}


def _best_sentences(
    sentences: Sequence[str], year: int, budget: int, *, covered: set[str], need_new: bool = False,
    speakers: dict[str, str] | None = None,
) -> list[str]:
    """Return the most informative sentences within budget, in text order (a notice's 报送
    instruction, early in its text, last: it reads as the close of a brief's paragraph).

    Sentences that only name fields or tasks fill at most SOFT_CHARS when others state figures
    or numbers; in a text without any (a commentary on a policy direction) they are its substance.
    """
    scored = []
    for i, s in enumerate(sentences):
        new = _figures(s) - covered
        if need_new and not new:
            continue
        # no lead bonus: the lead is chosen apart, and an opening formula tells nothing
        hard, soft = substance(s, NO_LEAD_POSITION, year)
        if speakers and not persons_in(s) and named_again_in(s, speakers):
            hard += TYPED_WEIGHTS[FactKind.PERSON]  # 郑立衡强调，…: what the official named above said
        scored.append((hard + soft + len(new), hard > 0, i, s))
    with_figures = any(has_hard for _, has_hard, _, _ in scored)
    soft_room = SOFT_CHARS if with_figures else budget
    min_score = MIN_SOFT_SCORE if with_figures else 0.0
    picked: list[tuple[int, str]] = []
    used = soft_used = 0
    stated = set(covered)
    for score, has_hard, i, s in sorted(scored, key=lambda t: (-t[0], t[2])):
        if score <= 0 or used + len(s) > budget:
            continue
        says = _stated_facts(s)
        if says and says <= stated:
            continue  # 第二十四条规定，本办法自2027年10月1日起施行。 after the lead said when
        stated |= says
        if not has_hard and (score < min_score or soft_used + len(s) > soft_room):
            continue
        picked.append((i, s))
        used += len(s)
        soft_used += 0 if has_hard else len(s)
    return [s for _, s in sorted(picked, key=lambda p: (bool(INSTRUCTION.search(p[1])), p[0]))]


def _attributed_analysis(others: Sequence[Article], facts: str, *, original: str = "") -> str:
    """Return the coverage's own interpretation, each page's sentences led by who says it
    (国家能源局有关负责同志在答记者问中介绍，… / 据智造观察网报道分析，…), or ''. A sentence
    the original says too is the original's, not the coverage's interpretation, and an
    attachment is a part of its notice, not coverage."""
    parts: list[str] = []
    used = 0
    seen: set[str] = set()
    for article in sorted(others, key=lambda a: not is_commentary(a)):
        if article.attached_to:
            continue  # a notice's attached file states the notice's facts; it interprets nothing
        taken = []
        for s in clean_sentences(article.text):
            key = squash(s)
            if (not is_analysis(s) or key in seen or _repeats(s, facts) or key in original
                    or s.startswith(DANGLING_SUBJECTS) or used + len(s) > ANALYSIS_CHARS):
                continue
            seen.add(key)  # two reprints of one commentary give the sentence once
            taken.append(ITEM_MARKER.sub("", REPORTED.sub("", LEADING_CONNECTIVE.sub("", s))))
            used += len(s)
        if taken:
            parts.append(attribution(article, taken[0]) + "".join(taken))
    return "".join(parts)


OWN_CREDIT = re.compile(r"^(?:记者|本报|据|从)|获悉|了解到")  # 记者从…获悉，…: the sentence says whose it is


def facts_credit(article: Article, sentence: str) -> str:
    """Return the words that credit the facts of another page of the storyline to it (据X消息，),
    an official's answers or an interpretation as `attribution` does, or '' when the sentence
    says whose its facts are (记者从省工业和信息化厅获悉，…)."""
    if ANSWERS_TITLE.search(article.title) or INTERPRETATION_TITLE.search(article.title):
        return attribution(article, sentence)
    if SPEAKER.search(sentence[:30]) or OWN_CREDIT.search(sentence[:20]):
        return ""
    return f"据{article.publisher}消息，"


def attribution(article: Article, sentence: str) -> str:
    """Return the words that credit an interpretation to its page: an official's answers, an
    interpretation piece, a report quoting someone, or a commentary."""
    publisher = article.publisher
    if ANSWERS_TITLE.search(article.title):
        return f"{publisher}有关负责同志在答记者问中介绍，"
    if INTERPRETATION_TITLE.search(article.title):
        return f"{publisher}的解读文章指出，"
    if SPEAKER.search(sentence[:30]):
        return f"据{publisher}报道，"
    return f"{publisher}的分析认为，"


def _with_verifies(draft: SectionDraft) -> SectionDraft:
    """Return the draft with each reference's 用于核验 note: what it backs in the section."""
    text = "".join(draft.paragraphs) + draft.title
    articles = {a.url: a for a in _cited_articles(draft.story)}
    refs = []
    for ref in draft.references:
        article = articles.get(ref.url)
        facts = [f for n, f in draft.facts if n == ref.n]
        site = article.site_name if article else ""
        reprint = f"（{site}转载）" if site and site != ref.publisher else ""
        note = (verification_note(article, facts, text, max_chars=NOTE_MAX_CHARS - len(reprint))
                if article else "用于核验相关背景与解读") + reprint
        refs.append(replace(ref, verifies=note))
    return replace(draft, references=tuple(refs))


class ExtractiveWriter:
    """The default writer: the drafts' own extractive paragraphs and a summary of the threads."""

    def write(self, drafts: Sequence[SectionDraft], *, day: date, title: str = "",
              extractive_summary: str = "") -> WriterOutput:
        sections = tuple(
            Section(title=d.title, paragraphs=d.paragraphs,
                    references=contributing_references(d), story_id=d.story.id)
            for d in drafts
        )
        return WriterOutput(summary=extractive_summary or summarize(drafts), sections=sections)


_PUNCTUATION = re.compile(r"[\s，,。；;：:、]")
MIN_BARE_CHARS = 12


def _bare(text: str) -> str:
    return _PUNCTUATION.sub("", text)


def contributing_references(draft: SectionDraft) -> tuple[int, ...]:
    """Return the original's reference and those of pages a sentence of the section comes from.

    Coverage that adds nothing (a word-for-word reprint) is not listed as a reference, but an
    official release on another government site is, in case it, not the page taken for the
    original, is where the text comes from.
    """
    texts = [(r.n, squash(t)) for r, (_, t) in zip(draft.references, draft.sources, strict=True)]
    bare_texts = {n: _bare(t) for n, t in texts}
    used = {texts[0][0]} if texts else set()
    articles = _cited_articles(draft.story)
    used |= {r.n for r, a in zip(draft.references, articles, strict=False)
             if _is_official_release(a) and a.site_name != articles[0].site_name}
    for paragraph in draft.paragraphs:
        for sentence in split_sentences(paragraph):
            key = squash(sentence)
            unattributed = key.split(",", 1)[-1]  # 据新华网报道，… : the words after the credit
            stem = key.rstrip("。")  # a table's total line has no full stop of its own
            source = next((n for n, text in texts if key in text or unattributed in text or stem in text
                           or _enumerated_in(key, text)), None)
            if source is None:  # a table row made a sentence: 合计 52个项目 拟支持… → 合计52个项目，拟支持…。
                bare = _bare(key)
                source = next((n for n, text in bare_texts.items() if len(bare) >= MIN_BARE_CHARS and bare in text), None)
            if source is not None:
                used.add(source)
    return tuple(r.n for r in draft.references if r.n in used)


def _enumerated_in(sentence: str, text: str) -> bool:
    """Return whether a sentence made of a list's items (enumeration_sentence) comes from text:
    each of its parts is there."""
    names = listed_names(sentence)  # 案例包括A、B、C等。: a table's first entries
    if len(names) >= 2 and all(squash(n) in text for n in names):
        return True
    parts = [p for p in re.split(rf"[{LIST_SEPARATOR}：:，,。]", sentence) if p]
    return sentence.count(LIST_SEPARATOR) >= 2 and all(p in text for p in parts)


def _is_official_release(article: Article) -> bool:
    return (article.authority in OFFICIAL_AUTHORITIES and not is_reprint(article)
            and not is_commentary(article))
