"""The novelty stage: storylines matched with earlier days' threads, and what is news.

Unit tests on literal stories (with a real SQLite store for the history), then a pipeline
test over three consecutive mornings on one database (tests/data/novelty/mornings.py).
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from literals import article

from dailybrief.analyse.facts import extract_facts
from dailybrief.demo import serve_folder
from dailybrief.models import (
    Article,
    Authority,
    NoveltyStatus,
    Source,
    SourceKind,
    Story,
    brief_to_dict,
)
from dailybrief.novelty import assess_novelty, indicator_of, page_key, remember
from dailybrief.novelty.history import match_thread
from dailybrief.novelty.keys import story_keys
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.write import write_brief

sys.path.insert(0, str(Path(__file__).parent / "data" / "novelty"))
import mornings  # noqa: E402

DAY1, DAY2 = date(2026, 3, 2), date(2026, 3, 3)
PLAN_TEXT = ("工业和信息化部印发《新型储能制造业高质量发展行动方案》。方案提出，到2028年，新型储能制造业"
             "营业收入超过1.2万亿元，培育50家左右领军企业。")
REWRITE_TEXT = ("记者获悉，工业和信息化部近日印发《新型储能制造业高质量发展行动方案》，提出到2028年"
                "新型储能制造业营业收入超过1.2万亿元，培育50家左右领军企业。业内人士认为前景广阔。")
INTERVIEW_TEXT = ("工业和信息化部有关负责同志就《新型储能制造业高质量发展行动方案》答记者问。中央财政"
                  "将安排专项资金45亿元，首批遴选120个示范项目。")


def story(*articles: Article, sid: str | None = None) -> Story:
    facts = tuple(f for a in articles for f in extract_facts(a))
    first = articles[0]
    return Story(id=sid or "S" + page_key(first.url)[-6:], title=first.title, articles=articles,
                 original_url=first.url, facts=facts)


def plan(host: str = "http://127.0.0.1:8001") -> Article:
    return article(f"{host}/www.miit.gov.cn/art_a1.html", "工业和信息化部印发新型储能行动方案",
                   PLAN_TEXT, DAY1, publisher="工业和信息化部")


def briefed_day1(store: Store, stories: list[Story]) -> list[Story]:
    """Run the stage on day 1 and store a brief covering every storyline."""
    store.upsert_sources([Source("s", "测试来源", "test", SourceKind.LISTPAGE, "http://x/", Authority.MINISTRY)])
    assessed = list(assess_novelty(store, stories, DAY1))
    store.save_storylines(DAY1, assessed)
    remember(store, DAY1, assessed)
    brief, _, _ = write_brief(assessed, day=DAY1, settings=Settings())
    store.save_brief(DAY1, brief_to_dict(brief))
    return assessed


def test_page_identity_ignores_scheme_host_and_port() -> None:
    assert page_key("http://127.0.0.1:8001/www.gov.cn/a.html?id=1") == "/www.gov.cn/a.html?id=1"
    assert page_key("https://127.0.0.1:9/www.gov.cn/a.html?id=1") == page_key(
        "http://127.0.0.1:8001/www.gov.cn/a.html?id=1")


def test_a_storyline_matches_its_thread_by_page_document_or_figures_not_by_chance() -> None:
    day1 = story(plan())
    keys = story_keys(day1)
    index: dict[str, set[str]] = {k: {"T1"} for k in keys}
    same_page_other_port = story(plan("http://127.0.0.1:9999"))
    assert match_thread(story_keys(same_page_other_port), index) == "T1"
    interview = story(article("http://x/www.miit.gov.cn/jd.html", "有关负责同志就《新型储能制造业高质量发展行动方案》答记者问",
                              INTERVIEW_TEXT, DAY2, publisher="工业和信息化部"))
    assert match_thread(story_keys(interview), index) == "T1"  # its own 《document》
    unrelated = story(article("http://x/www.nea.gov.cn/e.html", "国家能源局印发能源工作指导意见",
                              "国家能源局印发《2026年能源工作指导意见》，全国发电总装机达到36亿千瓦左右。", DAY2,
                              publisher="国家能源局"))
    assert match_thread(story_keys(unrelated), index) is None


def test_a_rewrite_of_a_briefed_storyline_is_no_news_and_takes_no_slot(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        day1 = briefed_day1(store, [story(plan())])
        assert day1[0].novelty.status is NoveltyStatus.NEW
        rewrite = article("http://127.0.0.1:7/www.example-media.cn/b2.html", "新型储能行动方案发布 营收目标1.2万亿元",
                          REWRITE_TEXT, DAY2, publisher="科技前沿网")
        (today,) = assess_novelty(store, [story(plan("http://127.0.0.1:7"), rewrite)], DAY2)
    assert today.novelty.status is NoveltyStatus.BRIEFED
    assert today.novelty.thread_id == day1[0].novelty.thread_id
    assert not today.included
    assert today.left_out == "已于3月2日简报，暂无新进展"
    assert today.novelty.new_urls == (rewrite.url,)


def test_a_new_development_makes_a_continuing_section_that_says_what_is_new(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        briefed_day1(store, [story(plan())])
        interview = article("http://127.0.0.1:7/www.miit.gov.cn/jd.html",
                            "工业和信息化部有关负责同志就新型储能行动方案答记者问", INTERVIEW_TEXT, DAY2,
                            publisher="工业和信息化部")
        (today,) = assess_novelty(store, [story(plan("http://127.0.0.1:7"), interview)], DAY2)
    n = today.novelty
    assert n.status is NoveltyStatus.CONTINUING and today.included
    assert set(n.new_facts) >= {"45亿元", "120个"}
    assert "1.2万亿元" not in n.new_facts
    assert n.development_url == interview.url and n.last_briefed == DAY1
    brief, _, _ = write_brief([today], day=DAY2, settings=Settings())
    (section,) = brief.sections
    assert section.title.startswith("工业和信息化部有关负责同志")
    first = section.paragraphs[0]
    assert first.index("45亿元") < first.index("此前，")
    assert "1.2万亿元" not in first  # yesterday's facts are not retold
    assert "简报》）" in first
    cited = {brief.references[n - 1].url for n in section.references}
    assert interview.url in cited and plan("http://127.0.0.1:7").url in cited


def test_a_new_storyline_states_a_tracked_figures_earlier_value_citing_the_stored_page(tmp_path: Path) -> None:
    preliminary = article("http://127.0.0.1:7/www.nea.gov.cn/fbh.html", "国家能源局举行例行新闻发布会",
                          "据初步统计，截至1月底，全国新型储能累计装机规模达到8560万千瓦。", DAY1,
                          publisher="国家能源局")
    reprint = article("http://127.0.0.1:7/www.example-media.cn/r.html", "新型储能装机达8560万千瓦",
                      "据初步统计，截至1月底，全国新型储能累计装机规模达到8560万千瓦。", DAY1,
                      publisher="某网", authority=Authority.MEDIA)
    official = article("http://127.0.0.1:7/www.nea.gov.cn/tj.html", "1月全国新型储能发展情况",
                       "截至1月底，全国新型储能累计装机规模达到8720万千瓦，同比增长86.5%。", DAY2,
                       publisher="国家能源局")
    with Store.open(tmp_path / "db.sqlite") as store:
        day1 = briefed_day1(store, [story(reprint, sid="r"), story(preliminary, sid="p")])
        store.save_articles([preliminary, reprint])
        assert day1[0].novelty.thread_id != day1[1].novelty.thread_id
        (today,) = assess_novelty(store, [story(official)], DAY2)
    (figure,) = today.novelty.tracked
    assert (figure.current, figure.earlier, figure.earlier_url) == ("8720万千瓦", "8560万千瓦", preliminary.url)
    assert preliminary.url in {a.url for a in today.articles}  # read back from the store to be cited
    brief, _, _ = write_brief([today], day=DAY2, settings=Settings())
    (section,) = brief.sections
    text = "".join(section.paragraphs)
    assert "8720万千瓦" in text and "此前，国家能源局发布的全国新型储能累计装机为8560万千瓦。" in text
    assert {brief.references[n - 1].url for n in section.references} == {official.url, preliminary.url}


def test_new_storylines_win_the_slots_over_continuing_ones() -> None:
    from dailybrief.models import Novelty
    from dailybrief.novelty import news_first

    def one(sid: str, status: NoveltyStatus) -> Story:
        s = story(article(f"http://h/{sid}.html", f"标题{sid}", PLAN_TEXT), sid=sid)
        return Story(s.id, s.title, s.articles, s.original_url, novelty=Novelty(status=status))

    stories = [one("c1", NoveltyStatus.CONTINUING), one("n1", NoveltyStatus.NEW),
               one("c2", NoveltyStatus.CONTINUING), one("n2", NoveltyStatus.NEW)]
    assert [s.id for s in news_first(stories, 3)] == ["c1", "n1", "n2", "c2"]
    assert [s.id for s in news_first(stories, 4)] == ["c1", "n1", "c2", "n2"]


def test_indicator_is_read_from_the_words_before_a_figure() -> None:
    sentence = "初步统计，截至1月底，全国新型储能累计装机规模达到8560万千瓦，同比增长86.5%。"
    assert indicator_of(sentence, "8560万千瓦") == "全国新型储能累计装机"
    assert indicator_of("5月份，全社会用电量达8000亿千瓦时。", "8000亿千瓦时") == "全社会用电量"
    assert indicator_of(sentence, "86.5%") == ""


# --- three mornings on one database --------------------------------------------------------


def _sections_by_thread(brief_sections, references) -> dict[str, list]:  # type: ignore[no-untyped-def]
    thread = mornings.thread_of_path()
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for section in brief_sections:
        paths = [page_key(references[n - 1].url) for n in section.references]
        threads = [thread[p] for p in paths if p in thread]
        top = max(set(threads), key=threads.count)
        out.setdefault(top, []).append(section)
    return out


@pytest.fixture(scope="module")
def three_mornings(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("mornings")
    days = mornings.write_mornings(root / "gen")
    live = root / "live"
    live.mkdir()
    reports = []
    with serve_folder(live) as base_url:
        for day, folder in days:
            time.sleep(1.05)  # a changed list page gets a later Last-Modified than yesterday's
            shutil.copytree(folder / "site", live, dirs_exist_ok=True, copy_function=shutil.copyfile)
            reports.append(run_brief(folder / "sources.yaml", day=day, out_dir=root / f"out{day}",
                                     db_path=root / "brief.db", settings=Settings(window_days=7),
                                     formats=("json",), base_url=base_url))
    return root, reports


def test_mornings_brief_what_is_new_and_never_repeat_a_briefed_storyline(three_mornings) -> None:  # type: ignore[no-untyped-def]
    _root, reports = three_mornings
    briefed: set[str] = set()
    for n, report in enumerate(reports, 1):
        by_thread = _sections_by_thread(report.brief.sections, report.brief.references)
        expected = mornings.EXPECTED[n]
        assert expected["new"] <= set(by_thread), f"morning {n}: new storylines missing"
        assert expected["continuing"] <= set(by_thread), f"morning {n}: developments missing"
        assert not (expected["repeat"] & set(by_thread)), f"morning {n}: a repeat got a section"
        for (day_n, thread), facts in mornings.NEW_FACTS.items():
            if day_n == n:
                text = "".join(p for s in by_thread[thread] for p in (s.title, *s.paragraphs))
                assert all(f in text for f in facts), (n, thread, facts)
        briefed |= set(by_thread)
    assert briefed == {"A", "B", "C", "D", "E", "F"}


def test_a_tracked_figure_states_the_new_value_and_the_one_briefed_before(three_mornings) -> None:  # type: ignore[no-untyped-def]
    root, reports = three_mornings
    section = _sections_by_thread(reports[2].brief.sections, reports[2].brief.references)["B"][0]
    text = "".join(section.paragraphs)
    assert "8720万千瓦" in text and "8560万千瓦" in text
    refs = {page_key(reports[2].brief.references[n - 1].url) for n in section.references}
    assert "/www.nea.gov.cn/xwzx/2026/0301/b1.html" in refs  # the earlier value is cited
    with Store.open(root / "brief.db") as store:
        points = store.figure_points(["全国新型储能累计装机"])
    assert {p["text"] for p in points} >= {"8560万千瓦", "8720万千瓦"}


def test_the_editors_check_takes_the_context_sentence_as_the_briefs_own_reference(three_mornings) -> None:  # type: ignore[no-untyped-def]
    from dailybrief.web.checks import brief_problems

    root, reports = three_mornings
    brief = brief_to_dict(reports[1].brief)
    contexts = [p for s in brief["sections"] for p in s["paragraphs"] if "简报》）" in p]
    assert contexts, "a continuing section has its context sentence"
    with Store.open(root / "brief.db") as store:
        assert [p for p in brief_problems(store, brief) if "简报" in p.text] == []
        section = brief["sections"][0]
        section["paragraphs"] = [section["paragraphs"][0] + "此前已有部署（见《二月一日简报》）。",
                                 *section["paragraphs"][1:]]
        (unknown,) = [p for p in brief_problems(store, brief) if "简报" in p.text]
    assert unknown.kind == "document" and not unknown.blocking and "简报存档中没有" in unknown.reason


def test_the_store_keeps_each_mornings_novelty(three_mornings) -> None:  # type: ignore[no-untyped-def]
    root, reports = three_mornings
    with Store.open(root / "brief.db") as store:
        saved = store.day_novelty(mornings.DAYS[1])
    statuses = {s.id: s.novelty.status for s in reports[1].stories}
    assert {sid: n.status for sid, n in saved.items()} == statuses


# --- the analyst's work across re-runs --------------------------------------------------------


def test_replayed_actions_keep_exclusions_order_merges_and_moves() -> None:
    from dailybrief.curation import order_arg, replay_actions

    a, b, c = (story(article(f"http://h/{k}.html", f"标题{k}", PLAN_TEXT), sid=k) for k in "abc")
    extra = article("http://h/x.html", "解读", INTERVIEW_TEXT)
    b = Story(b.id, b.title, (*b.articles, extra), b.original_url)
    actions = [
        {"action": "exclude", "story_id": "c", "arg": ""},
        {"action": "up", "story_id": "b", "arg": order_arg([b, a, c])},
        {"action": "move-article", "story_id": "b", "arg": '{"url": "http://h/x.html", "target": "a"}'},
        {"action": "merge", "story_id": "a", "arg": "gone"},  # a storyline not there: skipped
    ]
    out = replay_actions([a, b, c], actions)
    assert [s.id for s in out] == ["b", "a", "c"]
    assert [s.included for s in out] == [True, True, False]
    assert extra.url in {x.url for x in out[1].articles} and extra.url not in {x.url for x in out[0].articles}
    merged = replay_actions([a, b, c], [{"action": "merge", "story_id": "a", "arg": "b"}])
    assert [s.id for s in merged] == ["a", "c"]


def test_the_pipeline_replays_storyline_edits_without_the_web_package() -> None:
    import subprocess

    code = ("import sys, dailybrief.pipeline; "
            "print(sorted(m for m in sys.modules if m.startswith('dailybrief.web') or m == 'fastapi'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_re_run_draft_never_stands_over_a_published_revision() -> None:
    from dailybrief.curation import RERUN_NOTE, rerun_draft, standing_revision

    revisions = [{"revision": 1, "status": "draft", "note": ""},
                 {"revision": 2, "status": "published", "note": "alice: 编辑"},
                 {"revision": 3, "status": "draft", "note": RERUN_NOTE}]
    assert standing_revision(revisions)["revision"] == 2
    assert rerun_draft(revisions, standing_revision(revisions))["revision"] == 3
    adopted = [*revisions, {"revision": 4, "status": "draft", "note": "alice: 恢复修订 r3"}]
    assert standing_revision(adopted)["revision"] == 4


def test_regenerating_keeps_the_sections_edited_by_hand() -> None:
    from dailybrief.curation import keep_hand_edits, section_digest
    from dailybrief.models import Brief, Reference, Section

    ref = Reference(1, "t", "工业和信息化部", "x", DAY1, "http://h/a.html")
    machine = Brief(DAY1, "简报", "摘要", (Section("机器标题", ("机器写的段落。",), (1,), "a"),
                                         Section("另一节", ("另一段。",), (1,), "b")), (ref,))
    standing = {"brief": brief_to_dict(machine) | {"sections": [
        {"title": "分析员改过的标题", "paragraphs": ["她写的段落。"], "references": [1], "story_id": "a"},
        {"title": "另一节", "paragraphs": ["另一段。"], "references": [1], "story_id": "b"}]}}
    digests = {"a": {section_digest("机器标题", ["机器写的段落。"])}, "b": {section_digest("另一节", ["另一段。"])}}
    new = Brief(DAY1, "简报", "摘要", (Section("新机器标题", ("新段落。",), (1,), "a"),
                                     Section("另一节新", ("另一段新。",), (1,), "b")), (ref,))
    kept_brief, kept = keep_hand_edits(new, standing, digests)
    assert kept == ["分析员改过的标题"]
    assert [s.title for s in kept_brief.sections] == ["分析员改过的标题", "另一节新"]
    assert kept_brief.references == (ref,)
