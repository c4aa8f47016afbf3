"""The write stage: sections from the sources' sentences, references, deadlines, grounding."""

from __future__ import annotations

import re
from datetime import date

from literals import DATASETS, GREEN_POWER, article

from dailybrief.analyse import analyse, load_topics
from dailybrief.models import Article, Authority, Reason, Section, WriterOutput
from dailybrief.settings import Settings
from dailybrief.text import numbers_in
from dailybrief.write import draft_sections, write_brief
from dailybrief.write.grounding import ground_output, ungrounded_numbers

DAY = date(2026, 6, 10)


def _stories():  # type: ignore[no-untyped-def]
    arts = [
        article("ndrc", "国家发展改革委 国家能源局关于组织开展第二批绿电直连试点项目申报工作的通知",
                GREEN_POWER, date(2026, 6, 5)),
        article("nda", "国家数据局举行新闻发布会介绍高质量数据集建设进展情况", DATASETS,
                date(2026, 6, 9), publisher="国家数据局"),
    ]
    return analyse(arts, day=DAY, settings=Settings(), topics=load_topics()).stories


def test_brief_states_only_numbers_of_its_cited_pages() -> None:
    stories = _stories()
    brief, dropped, _ = write_brief(stories, day=DAY, settings=Settings())
    assert len(brief.sections) == 2
    assert not dropped
    texts = {a.url: a.title + a.text for s in stories for a in s.articles}
    refs = {r.n: r for r in brief.references}
    for section in brief.sections:
        cited = [texts[refs[n].url] for n in section.references]
        body = section.title + "".join(section.paragraphs)
        assert not ungrounded_numbers(body, cited)
    assert "2000万千瓦" in "".join(p for s in brief.sections for p in s.paragraphs)
    assert numbers_in(brief.summary) <= set().union(*(numbers_in(t) for t in texts.values()))


def test_references_name_publisher_date_and_what_they_verify() -> None:
    brief, _, _ = write_brief(_stories(), day=DAY, settings=Settings())
    ndrc = next(r for r in brief.references if r.url == "ndrc")
    assert ndrc.publisher == "国家发展和改革委员会"
    assert ndrc.published == date(2026, 6, 5)
    assert ndrc.verifies.startswith("用于核验") and len(ndrc.verifies) <= 40
    assert not re.search(r"\d", re.sub(r"《[^》]*》", "", ndrc.verifies))  # words, not figures
    assert [r.n for r in brief.references] == list(range(1, len(brief.references) + 1))


def test_deadlines_come_with_their_reference() -> None:
    brief, _, _ = write_brief(_stories(), day=DAY, settings=Settings())
    days = {d.day: d for d in brief.deadlines}
    assert set(days) == {date(2026, 7, 15), date(2026, 7, 10)}
    ndrc = next(r.n for r in brief.references if r.url == "ndrc")
    assert days[date(2026, 7, 15)].ref == ndrc
    assert "报送" in days[date(2026, 7, 15)].what


def test_grounding_drops_a_sentence_with_a_figure_no_cited_page_has() -> None:
    drafts = draft_sections(_stories())
    first = next(d for d in drafts if d.story.original_url == "ndrc")
    bad = Section(title=first.title, story_id=first.story.id,
                  references=tuple(r.n for r in first.references),
                  paragraphs=("第二批试点拟安排新能源装机约3000万千瓦。" + first.paragraphs[0],))
    grounded, rejections = ground_output(WriterOutput(summary="今日共两条线索。", sections=(bad,)), drafts)
    text = "".join(grounded.sections[0].paragraphs)
    assert "3000万千瓦" not in text and "2000万千瓦" in text
    assert len(rejections) == 1 and rejections[0].reason is Reason.UNGROUNDED
    assert "3000" in rejections[0].detail


def test_an_empty_day_gives_a_brief_saying_so() -> None:
    brief, _, _ = write_brief([], day=DAY, settings=Settings())
    assert brief.sections == () and "未发现" in brief.summary


def test_reprint_is_credited_to_its_original_publisher() -> None:
    reprint = Article(url="gov", source_id="govcn", title="t", text="x", published=DAY,
                      publisher="国家数据局", publisher_en="National Data Administration",
                      authority=Authority.MINISTRY, site_name="中国政府网")
    from dailybrief.analyse.cluster import is_reprint

    assert is_reprint(reprint)


def test_one_page_reached_by_two_urls_is_cited_once() -> None:
    page = article("http://x.cn/a/ndrc.html", "国家发展改革委 国家能源局关于组织开展第二批绿电直连试点项目申报工作的通知",
                   GREEN_POWER, date(2026, 6, 5))
    copy = article("http://x.cn/a/ndrc.html?from=rss", page.title, GREEN_POWER, date(2026, 6, 5))
    stories = analyse([page, copy], day=DAY, settings=Settings(), topics=load_topics()).stories
    brief, _, _ = write_brief(stories, day=DAY, settings=Settings())
    assert [r.url for r in brief.references] == ["http://x.cn/a/ndrc.html"]


def test_a_section_left_with_no_text_is_not_published() -> None:
    from dailybrief.write import ExtractiveWriter

    class EmptiesTheFirstSection:
        """A writer whose first section has nothing left (every sentence of it refused)."""

        def write(self, drafts, *, day, title="", extractive_summary=""):  # type: ignore[no-untyped-def]
            out = ExtractiveWriter().write(drafts, day=day, title=title, extractive_summary=extractive_summary)
            first, *rest = out.sections
            return WriterOutput(summary=out.summary, sections=(Section(first.title, (), first.references,
                                                                       first.story_id), *rest), log=out.log)

    stories = _stories()
    brief, rejections, _ = write_brief(stories, day=DAY, settings=Settings(), writer=EmptiesTheFirstSection())
    assert len(brief.sections) == len(stories) - 1 and all(s.paragraphs for s in brief.sections)
    assert any(r.reason is Reason.EMPTY and "left out" in r.detail for r in rejections)
