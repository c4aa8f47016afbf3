"""Day after day in a real browser (Debian's chromium driven by Playwright, a real uvicorn on
127.0.0.1): the analyst curates and publishes morning 2 of tests/data/novelty/mornings.py,
the pipeline re-runs that morning on the same database, and her published revision, her
exclusion, her order and her merge are all still there; morning 3 then charts a tracked
figure on the 指标 page. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import re
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.demo import serve_folder
from dailybrief.novelty import page_key
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import create_app

sys.path.insert(0, str(Path(__file__).parent / "data" / "novelty"))
import mornings  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
PASSWORD = "an editor's long password"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent "
                       "(install Debian's chromium: scripts/system-deps.sh)"),
]


class Mornings:
    """The sites as they stand each morning, served from one folder, run on one database."""

    def __init__(self, root: Path, base_url: str, live: Path) -> None:
        self.root, self.base_url, self.live = root, base_url, live
        self.days = mornings.write_mornings(root / "gen")
        self.db = root / "brief.db"

    def run(self, n: int):  # type: ignore[no-untyped-def]
        day, folder = self.days[n - 1]
        time.sleep(1.05)  # a changed list page gets a later Last-Modified
        shutil.copytree(folder / "site", self.live, dirs_exist_ok=True, copy_function=shutil.copyfile)
        return run_brief(folder / "sources.yaml", day=day, out_dir=self.root / f"out{n}", db_path=self.db,
                         settings=Settings(window_days=7), formats=("json",), base_url=self.base_url)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mornings]:
    root = tmp_path_factory.mktemp("days-e2e")
    live = root / "live"
    live.mkdir()
    with serve_folder(live) as base_url:
        yield Mornings(root, base_url, live)


@pytest.fixture(scope="module")
def workbench(site: Mornings) -> Iterator[str]:
    site.run(1)
    site.run(2)
    added = CliRunner().invoke(cli, ["user", "add", "editor1", "--role", "editor",
                                     "--password-stdin", "--db", str(site.db)], input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    app = create_app(site.db, out_dir=site.root / "web-out")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _story_of_thread(page, thread: str):  # type: ignore[no-untyped-def]
    """Return the storyline card whose original page belongs to a thread of mornings.py."""
    paths = {p for p, t in mornings.thread_of_path().items() if t == thread}
    for card in page.locator("article.story").all():
        hrefs = [a.get_attribute("href") or "" for a in card.locator("ul.articles a").all()]
        if any(any(p in h.replace("%2F", "/") for p in paths) for h in hrefs[:1]):
            return card
    raise AssertionError(f"no storyline of thread {thread}")


def _curation(site: Mornings) -> tuple[list[tuple[str, bool, frozenset[str]]], dict]:  # type: ignore[type-arg]
    day = mornings.DAYS[1]
    with Store.open(site.db) as store:
        rows = store.storylines(day)
        published = [r for r in store.brief_revisions(day) if r["status"] == "published"]
    shape = [(r["story_id"], r["included"], frozenset(page_key(u) for u in r["article_urls"])) for r in rows]
    return shape, published[-1]


def test_a_curated_published_day_survives_a_re_run(site: Mornings, workbench: str, browser) -> None:  # type: ignore[no-untyped-def]
    base = workbench
    day = mornings.DAYS[1].isoformat()
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    page.goto(base + "/login")
    page.fill("input[name=name]", "editor1")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('登录')")
    page.goto(f"{base}/day/{day}")

    # each candidate says whether it is new, continuing (with what is new) or already briefed
    assert _story_of_thread(page, "A").locator("[data-novelty=continuing]").count() == 1
    assert "新进展" in _story_of_thread(page, "A").inner_text()
    assert _story_of_thread(page, "D").locator("[data-novelty=new]").count() == 1
    briefed = _story_of_thread(page, "C")
    assert briefed.locator("[data-novelty=briefed]").count() == 1
    assert "已于3月2日简报，暂无新进展" in briefed.inner_text()
    _shot(page, "days-01-morning2-candidates")

    # curate: exclude E, move D up above A, merge the rewrite's storyline B into C's card
    _story_of_thread(page, "E").locator("button[data-action=exclude]").click()
    page.wait_for_load_state()
    machine_order = [c.get_attribute("id") for c in page.locator("article.story").all()]
    d_id = _story_of_thread(page, "D").get_attribute("id")
    _story_of_thread(page, "D").locator("button[aria-label=上移]").click()
    page.wait_for_load_state()
    c_card = _story_of_thread(page, "C")
    c_card_id = c_card.get_attribute("id")
    b_id = _story_of_thread(page, "B").get_attribute("id").removeprefix("story-")
    c_card.locator("select[name=other]").select_option(b_id)
    c_card.locator("button:has-text('并入本线索')").click()
    page.wait_for_load_state()
    page.click("#regenerate")
    page.wait_for_selector(".flash.ok:has-text('已重新生成草稿')")
    page.click("a:has-text('编辑草稿')")
    page.click("#publish")
    page.wait_for_url(re.compile(rf"/brief/{day}/r/\d+$"))
    _shot(page, "days-02-morning2-published")
    before, published = _curation(site)
    order = ["story-" + sid for sid, _inc, _paths in before]
    assert order.index(d_id) == machine_order.index(d_id) - 1  # her move
    assert "E" in {t for t, (_s, inc, _p) in zip(_thread_order(before), before, strict=True) if not inc}
    merged = next(paths for sid, _inc, paths in before if "story-" + sid == c_card_id)
    assert {p for p, t in mornings.thread_of_path().items() if t == "B"} & merged  # her merge

    # the pipeline re-runs morning 2 on the same database
    site.run(2)
    after, published_after = _curation(site)
    assert after == before  # exclusions, order and merges unchanged
    assert published_after["revision"] == published["revision"]
    assert published_after["json"] == published["json"]
    page.goto(f"{base}/day/{day}")
    meta = page.locator(".pagehead .meta").inner_text()
    assert f"修订 r{published['revision']}（已发布）" in meta  # the published revision stands
    rerun = page.locator("#rerun-draft")
    if rerun.count():  # a re-run that wrote different text offers its draft to compare and adopt
        assert "采用为草稿" in rerun.inner_text()
    page.goto(f"{base}/brief/{day}")
    assert page.locator("textarea[data-part=paragraph]").first.input_value() in published["json"]
    page.goto(f"{base}/day/{day}/diff")
    assert page.locator("#diff").count() == 1
    _shot(page, "days-03-after-re-run")
    context.close()


def _thread_order(shape: list[tuple[str, bool, frozenset[str]]]) -> list[str]:
    thread = mornings.thread_of_path()
    out = []
    for _sid, _inc, paths in shape:
        out.append(next((thread[p] for p in sorted(paths) if p in thread), "-"))
    return out


def test_the_indicators_page_charts_a_tracked_figure(site: Mornings, workbench: str, browser) -> None:  # type: ignore[no-untyped-def]
    site.run(3)
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(workbench + "/login")
    page.fill("input[name=name]", "editor1")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('登录')")
    page.goto(workbench + "/indicators")
    card = page.locator("section.indicator", has_text="全国新型储能累计装机")
    assert "8560万千瓦" in card.inner_text() and "8720万千瓦" in card.inner_text()
    chart = card.locator("img.chart")
    chart.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=chart.element_handle())
    svg = page.request.get(chart.get_attribute("src").replace("&amp;", "&") if chart.get_attribute("src").startswith("http")
                           else workbench + chart.get_attribute("src"))
    assert svg.ok and svg.headers["content-type"].startswith("image/svg+xml")
    body = svg.text()
    assert "<script" not in body and "8720" in body.replace(",", "")
    _shot(page, "days-04-indicators")
    context.close()
