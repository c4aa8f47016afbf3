"""Sequences of mornings (tests/data/sequences/, written by someone who never read the code):
each morning is run in order on one database, served from one 127.0.0.1 address whose web
root moves to the next morning, and checked against the answer key's `novelty` block.

Checked here: no section on morning N for a storyline this system briefed earlier and the
key marks `repeat` (nothing new); the continuing storylines' sections state their new facts
(>= 0.8 of them over the sequence); no continuing section that tells yesterday's story again.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.text import squash
from dailybrief.urls import page_key

SEQUENCES = Path(__file__).parent / "data" / "sequences"
NAMES = sorted(p.name for p in SEQUENCES.iterdir() if p.is_dir()) if SEQUENCES.is_dir() else []


class MovingRoot:
    """One server for the whole sequence; `day` says which morning's web root it serves."""

    def __init__(self, days: list[Path]) -> None:
        self.days, self.day = days, 0


def _handler(root: MovingRoot) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(root.days[root.day] / "site"), **kwargs)

        def send_head(self):  # type: ignore[no-untyped-def]
            # each morning's files were generated at nearly the same time: answer in full
            for name in ("If-Modified-Since", "If-None-Match"):
                del self.headers[name]
            return super().send_head()

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    return Handler


@functools.cache
def _gold(corpus: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((corpus / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=NAMES)
def sequence(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list]:  # type: ignore[type-arg]
    folder = SEQUENCES / request.param
    days = sorted((p for p in folder.iterdir() if (p / "corpus.json").is_file()),
                  key=lambda p: json.loads((p / "corpus.json").read_text(encoding="utf-8"))["brief_date"])
    tmp = tmp_path_factory.mktemp(request.param)
    root = MovingRoot(days)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    runs = []
    try:
        for i, corpus in enumerate(days):
            root.day = i
            meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
            sources = tmp / f"sources{i}.yaml"
            text = (corpus / "sources.yaml").read_text(encoding="utf-8")
            sources.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base}/", text), encoding="utf-8")
            report = run_brief(sources, day=date.fromisoformat(meta["brief_date"]), out_dir=tmp / f"day{i + 1}",
                               db_path=tmp / "brief.db", settings=Settings(window_days=meta.get("window_days", 14)),
                               formats=("json",))
            runs.append((corpus, report))
    finally:
        server.shutdown()
        server.server_close()
    yield runs


def _sections_by_thread(gold: dict, brief) -> dict[str, str]:  # type: ignore[no-untyped-def,type-arg]
    """Return thread → the squashed text of its sections (a section's thread: most of its refs)."""
    thread_of = {p: a.get("thread") for p, a in gold["articles"].items()}
    refs = {r.n: page_key(r.url) for r in brief.references}
    out: dict[str, str] = {}
    for section in brief.sections:
        threads = [thread_of.get(refs.get(n, "")) for n in section.references]
        threads = [t for t in threads if t]
        if threads:
            top = max(set(threads), key=threads.count)
            out[top] = out.get(top, "") + squash(section.title + "".join(section.paragraphs))
    return out


def test_no_storyline_briefed_before_returns_without_a_new_development(sequence) -> None:  # type: ignore[no-untyped-def]
    briefed: set[str] = set()
    repeats = []
    for corpus, report in sequence:
        gold = _gold(corpus)
        status = {t["id"]: t["status"] for t in gold["novelty"]["threads"]}
        sections = _sections_by_thread(gold, report.brief)
        repeats += [f"{corpus.name}: {t}" for t in sections if status.get(t) == "repeat" and t in briefed]
        briefed |= set(sections)
    assert repeats == []


def test_continuing_sections_state_what_is_new(sequence) -> None:  # type: ignore[no-untyped-def]
    found = wanted = 0
    stale = []
    for corpus, report in sequence:
        gold = _gold(corpus)
        sections = _sections_by_thread(gold, report.brief)
        for thread in gold["novelty"]["threads"]:
            if thread["status"] != "continuing" or thread["id"] not in sections:
                continue
            text = sections[thread["id"]]
            stated = [f for f in thread["new_facts"] if squash(f) in text]
            found, wanted = found + len(stated), wanted + len(thread["new_facts"])
            if thread["new_facts"] and not stated:
                stale.append(f"{corpus.name}: {thread['id']}")
    assert stale == []
    assert wanted == 0 or found / wanted >= 0.8, (found, wanted)


def test_new_storylines_get_their_sections(sequence) -> None:  # type: ignore[no-untyped-def]
    covered = wanted = 0
    missing = []
    for corpus, report in sequence:
        gold = _gold(corpus)
        sections = _sections_by_thread(gold, report.brief)
        for thread in gold["novelty"]["threads"]:
            if thread["status"] == "new":
                wanted += 1
                covered += thread["id"] in sections
                missing += [] if thread["id"] in sections else [f"{corpus.name}: {thread['id']}"]
    assert wanted == 0 or covered / wanted >= 0.9, missing


def test_a_tracked_figure_is_stated_with_its_earlier_value(sequence) -> None:  # type: ignore[no-untyped-def]
    checked = []
    for corpus, report in sequence:
        gold = _gold(corpus)
        sections = _sections_by_thread(gold, report.brief)
        pages = [corpus / "site" / page_key(r.url).lstrip("/") for r in report.brief.references]
        cited = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in pages if p.is_file())
        for figure in gold["novelty"].get("tracked_figures", ()):
            text, earlier = sections.get(figure["thread"], ""), squash(figure["earlier"]["value"])
            checked.append((corpus.name, figure["thread"], squash(figure["current"]["value"]) in text,
                            earlier in text, earlier in squash(cited)))  # the earlier page is cited
    assert all(now and before and grounded for _, _, now, before, grounded in checked), checked
