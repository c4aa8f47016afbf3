"""At volume: no work repeated on a re-run, storylines from candidate pairs only."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from literals import article

from dailybrief.analyse.cluster import ALL_PAIRS_BELOW, group_articles
from dailybrief.analyse.facts import extract_facts
from dailybrief.collect import ParseMemo
from dailybrief.collect.feeds import FeedResult
from dailybrief.collect.listpage import ListResult
from dailybrief.collect.memo import dump_parse, load_parse, parse_inputs
from dailybrief.demo import corpus_meta, serve_folder
from dailybrief.models import Authority, Link, Reason, Rejection, Source, SourceKind, Stage
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings

CORPUS = Path(__file__).parent / "data" / "corpora" / "dev-2026-06-10"


def test_a_re_run_with_nothing_new_extracts_and_analyses_nothing_again(tmp_path: Path) -> None:
    day, window = corpus_meta(CORPUS)
    settings = Settings(window_days=window)
    db = tmp_path / "brief.db"
    with serve_folder(CORPUS / "site") as base_url:
        first = run_brief(CORPUS / "sources.yaml", day=day, out_dir=tmp_path / "out1", db_path=db,
                          settings=settings, base_url=base_url, formats=("json",))
        second = run_brief(CORPUS / "sources.yaml", day=day, out_dir=tmp_path / "out2", db_path=db,
                           settings=settings, base_url=base_url, formats=("json",))
        _as_if_fetched_hours_ago(db, settings.recheck_after_h + 1)
        third = run_brief(CORPUS / "sources.yaml", day=day, out_dir=tmp_path / "out3", db_path=db,
                          settings=settings, base_url=base_url, formats=("json",))
        morning = run_brief(CORPUS / "sources.yaml", day=day + timedelta(days=1), out_dir=tmp_path / "out4",
                            db_path=db, settings=settings, base_url=base_url, formats=("json",))
    extracted = first.stats.counts["articles/extracted"]
    assert extracted > 20 and first.stats.counts.get("extract/unchanged", 0) == 0
    assert second.stats.counts["extract/unchanged"] == extracted  # same bytes: the stored article
    assert second.stats.counts["analyse/unchanged"] == 1  # same inputs: the stored analysis
    # a page extraction rejected (empty, too short, no date) is not extracted again either
    rejected = sorted((r.url, r.reason) for r in first.rejections if r.stage is Stage.EXTRACT)
    assert rejected
    assert second.stats.counts["extract/unchanged_rejected"] == len(rejected)
    assert sorted((r.url, r.reason) for r in second.rejections if r.stage is Stage.EXTRACT) == rejected
    # feeds and list pages unchanged: not parsed again, and they give what they gave
    indexes = first.stats.counts["sources"]
    assert first.stats.counts["parses/reused"] == 0 and second.stats.counts["parses/reused"] == indexes
    discovered = sorted((r.url, r.reason, r.detail) for r in first.rejections if r.stage is Stage.DISCOVER)
    assert discovered  # the corpus's broken feed items
    assert sorted((r.url, r.reason, r.detail) for r in second.rejections if r.stage is Stage.DISCOVER) == discovered
    assert second.stats.messages == first.stats.messages
    # feeds and list pages unchanged, articles fetched minutes ago: none asked again
    fetched = first.stats.counts["pages/fetched"]
    assert second.stats.counts["fetch/not_requested"] == second.stats.counts["pages/fetched"] == fetched
    assert second.stats.counts["fetch/requests"] < first.stats.counts["fetch/requests"] - fetched + 1
    # recheck_after_h later every article is asked again (conditionally); still nothing is redone
    assert third.stats.counts["fetch/not_modified"] == fetched and "fetch/not_requested" not in third.stats.counts
    assert third.stats.counts["analyse/unchanged"] == 1
    # the next morning a list page's dates get another reference day: list pages are parsed again
    assert 0 < morning.stats.counts["parses/reused"] < indexes
    # the next morning, minutes later, asks every article again (a replayed sequence of mornings)
    assert "fetch/not_requested" not in morning.stats.counts
    assert morning.stats.counts["fetch/not_modified"] == fetched
    briefs = {(tmp_path / f"out{i}" / "brief.json").read_text(encoding="utf-8") for i in (1, 2, 3)}
    assert len(briefs) == 1


def test_a_rejected_page_is_extracted_again_when_what_extraction_reads_changes(tmp_path: Path) -> None:
    day, window = corpus_meta(CORPUS)
    db = tmp_path / "brief.db"
    strict = Settings(window_days=window, min_body_chars=400)
    with serve_folder(CORPUS / "site") as base_url:
        first = run_brief(CORPUS / "sources.yaml", day=day, out_dir=tmp_path / "out1", db_path=db,
                          settings=strict, base_url=base_url, formats=("json",))
        lenient = run_brief(CORPUS / "sources.yaml", day=day, out_dir=tmp_path / "out2", db_path=db,
                            settings=Settings(window_days=window), base_url=base_url, formats=("json",))
    short = {r.url for r in first.rejections if r.reason is Reason.TOO_SHORT}
    assert short and "extract/unchanged_rejected" not in lenient.stats.counts
    now_short = {r.url for r in lenient.rejections if r.reason is Reason.TOO_SHORT}
    assert now_short < short  # pages of 60 to 400 characters are articles now
    assert lenient.stats.counts["articles/extracted"] > first.stats.counts["articles/extracted"]


def test_a_remembered_parse_is_the_parse_and_is_used_only_for_the_same_inputs() -> None:
    feed = FeedResult(links=[Link("http://a.cn/1.html", "s1", "标题", "http://a.cn/rss", date(2026, 6, 9)),
                             Link("http://a.cn/2.html", "s1")],
                      rejections=[Rejection("http://a.cn/rss", Stage.DISCOVER, Reason.MALFORMED_ITEM, "line 3", "s1")],
                      notes=["feed http://a.cn/rss is not well-formed XML"])
    listed = ListResult(links=[Link("http://b.cn/x/index.html", "s2", "通知", "http://b.cn/list.html")],
                        notes=[], encoding="gb18030")
    assert load_parse(dump_parse(feed)) == feed and load_parse(dump_parse(listed)) == listed
    assert load_parse("{") is None and load_parse('{"kind": "feed"}') is None
    source = Source("s2", "某网", "", SourceKind.LISTPAGE, "http://b.cn/list.html", Authority.MEDIA)
    inputs = parse_inputs(b"<html>", "http://b.cn/list.html", source, "text/html", date(2026, 6, 10))
    memo = ParseMemo({source.url: (inputs, dump_parse(listed))})
    assert memo.recall(source.url, inputs) == listed
    for other in (parse_inputs(b"<html> ", "http://b.cn/list.html", source, "text/html", date(2026, 6, 10)),
                  parse_inputs(b"<html>", "http://b.cn/list.html", source, "text/html", date(2026, 6, 11)),
                  parse_inputs(b"<html>", "http://b.cn/list.html", replace(source, link_selector="ul a"),
                               "text/html", date(2026, 6, 10))):
        assert other != inputs and memo.recall(source.url, other) is None


def _as_if_fetched_hours_ago(db: Path, hours: float) -> None:
    """Move every stored page's fetch time back (time passing between two runs)."""
    with sqlite3.connect(db) as conn:
        for pid, fetched_at in conn.execute("SELECT id, fetched_at FROM pages").fetchall():
            earlier = datetime.fromisoformat(fetched_at) - timedelta(hours=hours)
            conn.execute("UPDATE pages SET fetched_at = ? WHERE id = ?", (earlier.isoformat(), pid))


def _policy(rng: random.Random, issuer: str, doc: str, figures: list[str]) -> str:
    tasks = ["加强关键核心技术攻关，突破一批共性技术。", "完善标准体系，加快制定建设运营标准规范。",
             "培育一批专精特新企业，推动大中小企业融通发展。", "建立应用需求清单，定期发布场景机会。",
             "鼓励金融机构创新金融产品，加大中长期信贷支持。", "加强人才队伍建设，开展订单式培养。"]
    return (f"近日，{issuer}印发{doc}，部署一批重点任务。到2028年，建成智能工厂{figures[0]}左右，"
            f"核心产业规模达到{figures[1]}，应用普及率超过{figures[2]}。" + "".join(rng.sample(tasks, 4)))


def test_many_template_notices_stay_apart_and_each_original_keeps_its_reprint() -> None:
    rng = random.Random(3)
    articles = []
    for k in range(ALL_PAIRS_BELOW // 2 + 20):  # enough articles for candidate pairs only
        issuer = f"第{k}市工业和信息化局"
        figures = [f"{100 + k}家", f"{2000 + 7 * k}亿元", f"{10 + k % 80}.{k % 9 + 1}%"]
        text = _policy(rng, issuer, f"《第{k}市推进智能制造高质量发展行动方案》", figures)
        articles.append(article(f"https://gov{k}.example/a.html", f"{issuer}印发行动方案", text,
                                publisher=issuer))
        articles.append(article(f"https://portal{k}.example/b.html", f"{issuer}印发行动方案（全文）",
                                text + "（来源：" + issuer + "）", publisher=issuer, site=f"门户{k}"))
    facts = {a.url: extract_facts(a) for a in articles}
    groups = group_articles(articles, facts, Settings().near_dup_threshold)
    assert len(articles) >= ALL_PAIRS_BELOW
    assert sorted(len(g) for g in groups) == [2] * (len(articles) // 2)
    assert all(len({a.publisher for a in g}) == 1 for g in groups)



def test_implementing_notices_that_name_one_document_are_not_told_apart_by_their_own_figures() -> None:
    rng = random.Random(5)
    doc = "《国务院办公厅关于加快智能制造装备发展的实施意见》"
    national = _policy(rng, "国务院办公厅", doc, ["500家", "9000亿元", "65%"])
    notices = [
        article(f"https://{prov}.example/{k}.html", f"{issuer}关于贯彻落实{doc}的通知",
                f"为贯彻落实{doc}，结合本省实际，{issuer}提出如下措施。" + _policy(rng, issuer, doc, figures)
                + f"各市于{deadline}前报送本地区工作方案。", publisher=issuer, authority=Authority.LOCAL)
        for k, (prov, issuer, figures, deadline) in enumerate([
            ("ah", "安徽省人民政府办公厅", ["40家", "800亿元", "55%"], "6月30日"),
            ("sc", "四川省经济和信息化厅", ["35家", "650亿元", "52%"], "7月10日")])]
    articles = [article("https://gov.example/a.html", f"国务院办公厅印发{doc}", national,
                        publisher="国务院办公厅", authority=Authority.CENTRAL), *notices]
    facts = {a.url: extract_facts(a) for a in articles}
    groups = group_articles(articles, facts, Settings().near_dup_threshold)
    assert any({n.url for n in notices} <= {a.url for a in g} for g in groups), groups
