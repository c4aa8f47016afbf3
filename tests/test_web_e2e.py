"""The workbench in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
Playwright against a real uvicorn on 127.0.0.1, over a database the pipeline built from the
demo corpus. Screenshots of each step go to test-artifacts/screenshots/."""

from __future__ import annotations

import hashlib
import re
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.models import Article, Authority, Page, Story
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
PASSWORD = "an editor's long password"
FAKE_FIGURE = "987.6亿元"
XSS_URL = "https://www.nda.gov.cn/sjj/ywpd/xss/20260609.html"
XSS_HTML = (
    "<html><head><title>数据标注</title><script>window.__xss = 1; alert('script')</script></head>"
    "<body><h1>国家数据局推进数据标注基地建设<script>window.__xss = 2</script></h1>"
    "<p>数据标注基地<img src=x onerror=\"window.__xss = 3; alert('img')\">建设稳步推进。</p>"
    "<a href=\"javascript:window.__xss = 4\">链接</a></body></html>"
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent "
                       "(install Debian's chromium: scripts/system-deps.sh)"),
]


def _xss_story(day_article_date: datetime) -> tuple[Article, Page]:
    """A scraped page whose headline and text carry <script> and onerror= markup."""
    body = XSS_HTML.encode()
    page = Page(url=XSS_URL, final_url=XSS_URL, source_id="nda", status=200,
                content_type="text/html; charset=utf-8", body=body,
                sha256=hashlib.sha256(body).hexdigest(), fetched_at=day_article_date)
    article = Article(
        url=XSS_URL, source_id="nda", title="<script>window.__xss = 5</script>国家数据局推进数据标注基地建设",
        text="国家数据局推进数据标注基地建设<img src=x onerror=\"window.__xss = 6; alert(6)\">，"
             "数据标注基地建设稳步推进，数据标注产业加快发展。",
        published=day_article_date.date(), publisher="国家数据局", publisher_en="", authority=Authority.MINISTRY)
    return article, page


@pytest.fixture(scope="module")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Run the pipeline on the demo corpus, add a user and a hostile page, serve the workbench."""
    root = tmp_path_factory.mktemp("e2e")
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    db_path = root / "dailybrief.db"
    with serve_folder(corpus / "site") as base_url:
        run_brief(corpus / "sources.yaml", day=day, out_dir=root / "out", db_path=db_path,
                  settings=Settings(window_days=window), formats=("json",), base_url=base_url)
    article, page = _xss_story(datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=1))
    with Store.open(db_path) as store:
        store.save_page(page)
        stories = store.stories(day)
        hostile = Story("S-hostile", article.title, (article,), article.url, score=1.0,
                        why="score 1.0")
        store.save_storylines(day, [*stories, replace(hostile)])
    added = CliRunner().invoke(cli, ["user", "add", "editor1", "--role", "editor",
                                     "--password-stdin", "--db", str(db_path)], input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output

    app = create_app(db_path, out_dir=root / "web-out")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", root
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def test_analyst_reviews_edits_publishes_and_finds_the_brief(workbench, browser) -> None:
    base, root = workbench
    print(f"\nscreenshots: {SCREENSHOTS}")
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True,
                                  locale="zh-CN")
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.accept()

    page.on("dialog", on_dialog)

    # log in: every page needs a session
    page.goto(base + "/today")
    assert "/login" in page.url
    _shot(page, "01-login")
    page.fill("input[name=name]", "editor1")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('登录')")
    page.wait_for_url(re.compile(r"/day/\d{4}-\d{2}-\d{2}$"))
    day = page.url.rsplit("/", 1)[1]
    assert page.locator("article.story").count() >= 6
    _shot(page, "02-today")

    # exclude the first storyline of the brief and regenerate the draft without it
    first = page.locator("article.story.in").first
    story_id = first.get_attribute("id")
    title = first.locator("h2").inner_text()
    first.locator("button[data-action=exclude]").click()
    page.wait_for_load_state()
    assert "分析员已排除此线索" in page.locator(f"#{story_id}").inner_text()
    page.click("#regenerate")  # confirm() is accepted by on_dialog
    page.wait_for_selector(".flash.ok:has-text('已重新生成草稿')")
    _shot(page, "03-excluded-and-regenerated")
    assert any(d.startswith("confirm") for d in dialogs)

    # edit a paragraph: a figure no source has is flagged, then fixed
    page.click("a:has-text('编辑草稿')")
    page.wait_for_url(f"{base}/brief/{day}")
    assert title not in [t.input_value() for t in page.locator("input.field.title").all()]
    field = page.locator("textarea[data-part=paragraph]").first
    original = field.input_value()
    field.fill(original + f"全年新增投资{FAKE_FIGURE}。")
    flagged = field.locator("xpath=following-sibling::div[contains(@class,'check')][1]")
    flagged.locator(f".problem.blocking mark:has-text('{FAKE_FIGURE}')").wait_for()
    page.wait_for_selector("#save-state.ok")
    flagged.scroll_into_view_if_needed()
    _shot(page, "04-figure-flagged")
    field.fill(original)
    flagged.locator(".ok").wait_for()
    page.locator("#save-state.ok", has_text="已保存").wait_for()
    _shot(page, "05-figure-fixed")

    # publish, then download every format
    page.click("#publish")
    page.wait_for_url(re.compile(rf"/brief/{day}/r/\d+$"))
    assert "已发布" in page.locator(".pagehead .meta").inner_text()
    _shot(page, "06-published")
    links = page.locator("#downloads a[data-format]")
    formats = [links.nth(i).get_attribute("data-format") for i in range(links.count())]
    assert {"json", "md", "html"} <= set(formats)
    saved = root / "downloads"
    for i, fmt in enumerate(formats):
        with page.expect_download() as info:
            links.nth(i).click()
        target = saved / info.value.suggested_filename
        info.value.save_as(target)
        data = target.read_bytes()
        assert len(data) > 200, fmt
        if fmt == "pdf":
            assert data.startswith(b"%PDF")
        if fmt == "docx":
            assert zipfile.is_zipfile(target)
        if fmt == "json":
            assert FAKE_FIGURE not in data.decode()

    # find the brief by a word from it
    summary = (root / "downloads").glob("*brief.json")
    word = "智能" if any("智能" in p.read_text(encoding="utf-8") for p in summary) else "数据"
    page.fill("header input[name=q]", word)
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    hit = page.locator("#brief-results .hit").first
    assert day in hit.inner_text()
    assert hit.locator("mark").first.inner_text() == word
    _shot(page, "07-search")

    assert not [d for d in dialogs if not d.startswith("confirm")], dialogs
    context.close()


def test_scraped_script_and_onerror_run_nothing_even_without_the_csp(workbench, browser) -> None:
    """Escaping alone must hold: this context ignores the Content-Security-Policy."""
    base, _root = workbench
    context = browser.new_context(viewport={"width": 1360, "height": 900}, bypass_csp=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base + "/login")
    page.fill("input[name=name]", "editor1")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('登录')")
    page.wait_for_url(re.compile(r"/day/"))
    day = page.url.rsplit("/", 1)[1]
    for path in (f"/day/{day}", "/article?url=" + XSS_URL, "/search?q=数据标注"):
        page.goto(base + path)
        if "/article" in path:
            page.click("details.cleaned summary")
            assert "建设稳步推进" in page.locator(".cleaned-body").inner_text()
            page.click(".cleaned-body a")  # javascript: was stripped: nothing runs
            _shot(page, "08-hostile-article")
        assert page.evaluate("() => window.__xss === undefined"), path
        assert page.locator("text=<script>window.__xss = 5</script>").count() >= 1, path
    assert dialogs == []
    context.close()
