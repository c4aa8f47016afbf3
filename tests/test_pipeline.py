"""End to end: serve a bundled corpus on 127.0.0.1, run the CLI, check the brief against gold."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner
from corpus_score import score_brief, worse_than

from dailybrief.cli import cli
from dailybrief.demo import serve_folder
from dailybrief.extract import decode_html
from dailybrief.store import Store
from dailybrief.text import numbers_in

CORPORA = Path(__file__).parent / "data" / "corpora"


def _sources_for(corpus: Path, base_url: str, folder: Path) -> Path:
    text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    path = folder / "sources.yaml"
    path.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base_url}/", text), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(corpus: Path, tmp: Path, db: Path, out: Path, port: int = 0) -> tuple[dict, str]:  # type: ignore[type-arg]
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    with serve_folder(corpus / "site", port=port) as base_url:
        sources = _sources_for(corpus, base_url, tmp)
        result = CliRunner().invoke(cli, [
            "run", "--sources", str(sources), "--date", meta["brief_date"],
            "--window-days", str(meta["window_days"]), "--db", str(db), "--out", str(out),
            "--format", "json,md,html",
        ])
    assert result.exit_code == 0, result.output
    return json.loads((out / "brief.json").read_text(encoding="utf-8")), result.output


def _page_numbers(corpus: Path, path: str) -> set[str]:
    page = corpus / "site" / path.lstrip("/")
    if page.is_dir():  # a folder URL is served as its index.html
        page = page / "index.html"
    text, _ = decode_html(page.read_bytes())
    return numbers_in(re.sub(r"<[^>]+>", "", text))


@pytest.fixture(scope="module", params=sorted(p.name for p in CORPORA.iterdir() if (p / "corpus.json").is_file()))
def corpus_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    corpus = CORPORA / request.param
    tmp = tmp_path_factory.mktemp(request.param)
    brief, output = _run(corpus, tmp, tmp / "brief.db", tmp / "out")
    return corpus, tmp, brief, output


def test_brief_tells_the_days_threads_each_once(corpus_run) -> None:  # type: ignore[no-untyped-def]
    corpus, _, brief, _ = corpus_run
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    articles = gold["articles"]
    refs = {r["n"]: urlparse(r["url"]).path for r in brief["references"]}
    covered, purity = [], []
    for section in brief["sections"]:
        threads = [articles.get(refs[n], {}).get("thread") for n in section["references"]]
        top = max(set(threads), key=threads.count)
        purity.append(threads.count(top) / len(threads))
        covered.append(top)
    main = [t["id"] for t in gold["threads"] if t["importance"] <= 2]
    assert len(set(covered) & set(main)) / len(main) >= 0.8
    assert sum(purity) / len(purity) >= 0.9, f"section purity {purity}"
    assert len(covered) == len(set(covered)), "a thread is told in two sections"
    # four to six sections, fewer only on a day with fewer threads (no padding)
    assert min(4, len(gold["threads"])) <= len(brief["sections"]) <= 6


def test_references_are_relevant_originals_with_their_real_publishers(corpus_run) -> None:  # type: ignore[no-untyped-def]
    corpus, _, brief, _ = corpus_run
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    threads = {t["id"]: t for t in gold["threads"]}
    cited = set()
    for ref in brief["references"]:
        path = urlparse(ref["url"]).path
        cited.add(path)
        article = gold["articles"][path]
        assert article["relevant"] and article["kind"] not in ("stale", "distractor", "broken"), path
        allowed = {article["publisher"], threads[article["thread"]]["publisher"]}
        assert ref["publisher"] in allowed, (path, ref["publisher"])
        assert ref["published"] == article["published"], path
        assert ref["verifies"].startswith("用于核验")
    for section in brief["sections"]:
        thread = gold["articles"][urlparse(brief["references"][section["references"][0] - 1]["url"]).path]["thread"]
        assert threads[thread]["original"] in cited


def test_every_number_appears_in_a_page_its_section_cites(corpus_run) -> None:  # type: ignore[no-untyped-def]
    corpus, _, brief, _ = corpus_run
    refs = {r["n"]: urlparse(r["url"]).path for r in brief["references"]}
    everything: set[str] = set()
    for section in brief["sections"]:
        cited = set().union(*(_page_numbers(corpus, refs[n]) for n in section["references"]))
        everything |= cited
        body = section["title"] + "".join(section["paragraphs"])
        assert numbers_in(body) <= cited, section["title"]
    assert numbers_in(brief["summary"]) <= everything


def test_key_facts_and_deadlines_are_found(corpus_run) -> None:  # type: ignore[no-untyped-def]
    corpus, _, brief, _ = corpus_run
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    main = [t for t in gold["threads"] if t["importance"] <= 2]
    text = re.sub(r"\s", "", brief["summary"] + "".join(
        s["title"] + "".join(s["paragraphs"]) for s in brief["sections"]))
    facts = [f for t in main for f in t["key_facts"]]
    found = [f for f in facts if re.sub(r"\s", "", f) in text]
    assert len(found) / len(facts) >= 0.7
    want = {d["date"] for t in main for d in t["deadlines"]}
    assert want <= {d["date"] for d in brief["deadlines"]}


def test_scores_hold_the_ratchet(corpus_run) -> None:  # type: ignore[no-untyped-def]
    corpus, _, brief, _ = corpus_run
    baseline = json.loads((corpus.parent.parent / "baseline.json").read_text(encoding="utf-8"))
    assert worse_than(score_brief(corpus, brief), baseline["corpora"][f"corpora/{corpus.name}"]) == []


def test_run_summary_names_rejections_and_counts(corpus_run) -> None:  # type: ignore[no-untyped-def]
    _, _, _, output = corpus_run
    assert "pages fetched" in output and "storylines found" in output and "sections written" in output
    assert "fetch/not_found" in output
    assert "window/outside_window" in output
    assert "relevance/off_topic" in output


def test_second_run_uses_conditional_requests_and_adds_no_rows(tmp_path: Path) -> None:
    corpus = CORPORA / "dev-2026-06-10"
    db = tmp_path / "brief.db"
    port = _free_port()  # the same URLs on both runs, as a real site keeps them
    _run(corpus, tmp_path, db, tmp_path / "out1", port)
    tables = ("pages", "articles", "rejections", "storylines", "briefs")

    def counts() -> dict[str, int]:
        with sqlite3.connect(db) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    before = counts()
    brief1 = (tmp_path / "out1" / "brief.json").read_text(encoding="utf-8")
    _, output = _run(corpus, tmp_path, db, tmp_path / "out2", port)
    assert counts() == before
    assert re.search(r"not modified [1-9]\d*", output), output
    assert (tmp_path / "out2" / "brief.json").read_text(encoding="utf-8") == brief1


def test_bad_sources_file_stops_before_any_fetch_naming_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - id: nea\n    name: 国家能源局\n    kind: listpage\n    url: http://127.0.0.1:9/x\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--sources", str(bad), "--date", "2026-06-10",
                                      "--db", str(tmp_path / "b.db"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nea" in result.output and ("name_en" in result.output or "authority" in result.output)
    assert "Traceback" not in result.output
    assert not (tmp_path / "b.db").exists()


def test_unwritable_out_stops_with_a_clear_message(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: nea, name: 国家能源局, name_en: NEA, kind: rss, "
                       "url: 'http://127.0.0.1:9/rss.xml', authority: ministry}\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["run", "--sources", str(sources), "--date", "2026-06-10",
                                      "--db", str(tmp_path / "b.db"), "--out", str(blocker / "out")])
    assert result.exit_code == 2
    assert "--out" in result.output and "Traceback" not in result.output


def test_a_run_without_sources_uses_the_registry_edited_in_the_database(tmp_path: Path) -> None:
    from dataclasses import replace

    from dailybrief.store import Store

    corpus = CORPORA / "dev-2026-06-10"
    db = tmp_path / "brief.db"
    port = _free_port()
    _run(corpus, tmp_path, db, tmp_path / "out1", port)
    with Store.open(db) as store:
        xinhua = next(s for s in store.sources() if s.id == "xinhua")
        store.upsert_sources([replace(xinhua, enabled=False)])
    with serve_folder(corpus / "site", port=port):
        result = CliRunner().invoke(cli, ["run", "--date", "2026-06-10", "--db", str(db),
                                          "--out", str(tmp_path / "out2"), "--format", "json"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        last_runs = conn.execute("SELECT counters FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert '"links/source/xinhua"' not in last_runs
    assert '"links/source/miit"' in last_runs


def test_a_run_without_sources_or_database_says_what_to_pass(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--date", "2026-06-10", "--db", str(tmp_path / "none.db"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--sources" in result.output


def test_an_analysts_exclusion_survives_a_re_run_of_the_day(tmp_path: Path) -> None:
    from dailybrief.store import Store

    corpus = CORPORA / "dev-2026-06-10"
    db = tmp_path / "brief.db"
    port = _free_port()
    first, _ = _run(corpus, tmp_path, db, tmp_path / "out1", port)
    excluded = first["sections"][0]["story_id"]
    with Store.open(db) as store:
        stories = store.stories(date(2026, 6, 10))
        store.save_storylines(date(2026, 6, 10), [
            replace(s, included=False) if s.id == excluded else s for s in stories])
    second, _ = _run(corpus, tmp_path, db, tmp_path / "out2", port)
    assert excluded not in [s["story_id"] for s in second["sections"]]
    assert len(second["sections"]) == len(first["sections"]) - 1


def test_a_run_where_no_source_answers_writes_no_brief_and_exits_4(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - {id: nea, name: 国家能源局, name_en: NEA, kind: rss, "
        f"url: 'http://127.0.0.1:{_free_port()}/rss.xml', authority: ministry}}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--sources", str(sources), "--date", "2026-06-10",
                                      "--db", str(tmp_path / "b.db"), "--out", str(tmp_path / "out"),
                                      "--format", "json"])
    assert result.exit_code == 4
    assert "no page could be fetched" in result.output and "Traceback" not in result.output
    assert "失败 nea: 网络错误" in result.output
    assert not (tmp_path / "out" / "brief.json").exists()
    with Store.open(tmp_path / "b.db") as store:
        assert store.brief_dates() == []
        (run,) = store.runs()
        assert run["status"] == "nothing_fetched"
        (outcome,) = store.source_history("nea")
        assert outcome["outcome"] == "failed" and outcome["reason"] == "network_error"
