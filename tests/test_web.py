"""The workbench over a real SQLite file: sessions, CSRF, roles, editing, the live check,
publishing, search and escaping of scraped text (Starlette's TestClient, no browser)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dailybrief.cli import cli
from dailybrief.models import Article, Authority, Source, SourceKind, Story, brief_to_dict
from dailybrief.render import RENDERERS
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import auth, create_app
from dailybrief.write import write_brief

DAY = date(2026, 6, 10)
PASSWORD = "correct horse battery"
XSS_TITLE = "<script>alert(1)</script>国家数据局发布数据标注基地建设指引"
XSS_TEXT = (
    "国家数据局6月9日发布数据标注基地建设指引<img src=x onerror=alert(1)>，提出到2027年建成"
    "20个左右数据标注基地，数据标注产业规模年均增长20%以上。指引要求各地结合产业基础，"
    "推动数据标注与人工智能大模型训练紧密结合，提升高质量数据集供给能力。"
)

SOURCES = (
    Source("nea", "国家能源局", "National Energy Administration", SourceKind.LISTPAGE,
           "https://www.nea.gov.cn/xwfb/index.html", Authority.MINISTRY),
    Source("nda", "国家数据局", "National Data Administration", SourceKind.LISTPAGE,
           "https://www.nda.gov.cn/sjj/ywpd/index.html", Authority.MINISTRY),
    Source("xinhua", "新华网", "Xinhua", SourceKind.RSS, "https://www.news.cn/rss/roll.xml",
           Authority.MEDIA),
)


def _article(url: str, source: str, title: str, text: str, publisher: str,
             authority: Authority = Authority.MINISTRY) -> Article:
    return Article(url=url, source_id=source, title=title, text=text, published=date(2026, 6, 9),
                   publisher=publisher, publisher_en="", authority=authority)


POWER = _article(
    "https://www.nea.gov.cn/20260609/power/c.html", "nea", "国家能源局发布1—5月全国电力工业统计数据",
    "国家能源局6月9日发布1—5月全国电力工业统计数据。截至5月底，全国累计发电装机容量约33.5亿千瓦，"
    "同比增长14.2%。其中，太阳能发电装机容量约9.8亿千瓦，同比增长38.1%；风电装机容量约5.6亿千瓦，"
    "同比增长17.9%。1—5月，全国发电设备累计平均利用1289小时，比上年同期减少96小时。"
    "国家能源局表示，将继续做好迎峰度夏电力安全保供工作，确保电力系统安全稳定运行。",
    "国家能源局")
POWER_NEWS = _article(
    "https://www.news.cn/20260609/power/c.html", "xinhua", "新能源装机快速增长 电力保供能力持续提升",
    "记者从国家能源局获悉，截至5月底，全国累计发电装机容量约33.5亿千瓦。业内专家认为，"
    "新能源装机快速增长，对电网调节能力提出更高要求，需要加快新型储能和抽水蓄能建设，"
    "提升电力系统灵活调节能力，保障迎峰度夏期间电力供应。",
    "新华网", Authority.MEDIA)
COMPUTE = _article(
    "https://www.nda.gov.cn/20260609/compute/c.html", "nda", "全国一体化算力网建设取得积极进展",
    "国家数据局6月9日介绍，全国一体化算力网建设取得积极进展，算力总规模达到280EFLOPS，"
    "智能算力占比超过35%。下一步将推动算力互联互通，到2026年底建成10个国家算力枢纽节点间的"
    "高速直连网络，降低算力使用成本，支持人工智能大模型训练和推理应用。",
    "国家数据局")
XSS = _article("https://www.nda.gov.cn/20260609/label/c.html", "nda", XSS_TITLE, XSS_TEXT, "国家数据局")

STORIES = (
    Story("S-power", POWER.title, (POWER, POWER_NEWS), POWER.url, score=9.5, why="score 9.5: ministry"),
    Story("S-compute", COMPUTE.title, (COMPUTE,), COMPUTE.url, score=8.0, why="score 8.0: ministry"),
    Story("S-label", XSS.title, (XSS,), XSS.url, score=7.0, why="score 7.0: ministry"),
)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2id, with small cost parameters so the many logins of these tests stay fast."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with three storylines, their articles and a written draft (built once)."""
    path = tmp_path_factory.mktemp("web") / "template.db"
    brief, _dropped, _log = write_brief(STORIES, day=DAY, settings=Settings())
    with Store.open(path) as store:
        store.upsert_sources(SOURCES)
        store.save_storylines(DAY, STORIES)
        store.save_brief(DAY, brief_to_dict(brief))
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_path(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path,
            cheap_hashing: None) -> Path | str:
    """A fresh copy of the template database with an editor (alice) and a viewer (victor):
    a file, or the same rows written into a new database on the test PostgreSQL server."""
    path: Path | str = tmp_path / "dailybrief.db"
    if request.param == "postgresql":
        path = request.getfixturevalue("postgres").new_database()
        brief, _dropped, _log = write_brief(STORIES, day=DAY, settings=Settings())
        with Store.open(path) as store:
            store.upsert_sources(SOURCES)
            store.save_storylines(DAY, STORIES)
            store.save_brief(DAY, brief_to_dict(brief))
    else:
        shutil.copyfile(template_db, path)
    with Store.open(path) as store:
        store.save_user("alice", auth.hash_password(PASSWORD), "editor")
        store.save_user("victor", auth.hash_password(PASSWORD), "viewer")
    return path


@pytest.fixture()
def app(db_path: Path, tmp_path: Path):
    application = create_app(db_path, out_dir=tmp_path / "web-out")
    yield application
    application.state.store.close()


def _client(app) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)


def _csrf(client: TestClient, path: str = "/login") -> str:
    html = client.get(path).text
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def _login(app, name: str = "alice") -> tuple[TestClient, str]:
    client = _client(app)
    token = _csrf(client)
    r = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token, "next": "/"})
    assert r.status_code == 303, r.text
    return client, _csrf(client, "/archive")


def _save(client: TestClient, token: str, **fields: object):
    return client.post(f"/api/brief/{DAY}/save", data={k: str(v) for k, v in fields.items()},
                       headers={"X-CSRF-Token": token})


def _latest(db_path: Path) -> dict:
    with Store.open(db_path) as store:
        record = store.latest_brief(DAY)
    assert record is not None
    return record


# --- sessions, CSRF, roles --------------------------------------------------------------------


def test_pages_without_a_session_redirect_to_login_and_posts_are_refused(app) -> None:
    client = _client(app)
    for path in ("/", "/today", f"/day/{DAY}", f"/brief/{DAY}", "/archive", "/search?q=电力",
                 "/sources", f"/brief/{DAY}/r/1/download/json"):
        r = client.get(path)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/login?next="), path
    token = _csrf(client)  # an anonymous session has a token, but no user
    r = _save(client, token, part="summary", value="改写", base_revision=1)
    assert r.status_code == 401
    assert client.post(f"/day/{DAY}/regenerate", data={"csrf": token}).status_code == 401
    assert _latest(app.state.store.path)["revision"] == 1


def test_login_sets_an_httponly_samesite_cookie_and_logout_ends_the_session(app) -> None:
    client = _client(app)
    token = _csrf(client)
    r = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/archive").status_code == 200
    stolen = dict(client.cookies)
    token = _csrf(client, "/archive")
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    replay = _client(app)
    replay.cookies.update(stolen)
    assert replay.get("/archive").status_code == 303  # the server-side session is gone


def test_wrong_password_is_refused_and_repeated_failures_are_throttled(app) -> None:
    client = _client(app)
    token = _csrf(client)
    r = client.post("/login", data={"name": "alice", "password": "wrong password", "csrf": token})
    assert r.status_code == 401 and "用户名或密码错误" in r.text
    for _ in range(5):
        r = client.post("/login", data={"name": "alice", "password": "nope nope", "csrf": token})
    assert r.status_code == 429
    r = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429


def test_post_without_or_with_a_wrong_csrf_token_is_refused(app, db_path: Path) -> None:
    client, token = _login(app)
    assert client.post(f"/day/{DAY}/story/S-power/exclude").status_code == 403
    assert client.post(f"/day/{DAY}/story/S-power/exclude", data={"csrf": "forged"}).status_code == 403
    r = client.post(f"/api/brief/{DAY}/save", data={"part": "summary", "value": "x"})
    assert r.status_code == 403 and "CSRF" in r.json()["error"]
    assert _latest(db_path)["revision"] == 1
    other, _ = _login(app)  # another session's token is not this session's
    assert client.post(f"/day/{DAY}/story/S-power/exclude",
                       data={"csrf": _csrf(other, "/archive")}).status_code == 403
    r = client.post(f"/day/{DAY}/story/S-power/exclude", data={"csrf": token})
    assert r.status_code == 303
    with Store.open(db_path) as store:
        assert [s.included for s in store.stories(DAY)] == [False, True, True]


def test_a_viewer_can_read_but_not_change_anything(app, db_path: Path) -> None:
    client, token = _login(app, "victor")
    page = client.get(f"/brief/{DAY}")
    assert page.status_code == 200 and "readonly" in page.text and 'id="publish"' not in page.text
    assert _save(client, token, part="summary", value="改写", base_revision=1).status_code == 403
    for path, data in ((f"/day/{DAY}/story/S-power/exclude", {}), (f"/day/{DAY}/regenerate", {}),
                       (f"/brief/{DAY}/publish", {"revision": "1"}),
                       ("/sources/nea/enabled", {"enabled": "0"})):
        assert client.post(path, data={"csrf": token, **data}).status_code == 403, path
    assert _latest(db_path)["revision"] == 1
    assert _latest(db_path)["status"] == "draft"


# --- editing and the live check ----------------------------------------------------------------


def test_an_edit_is_saved_as_a_new_revision_and_shown_after_a_reload(app, db_path: Path) -> None:
    client, token = _login(app)
    before = _latest(db_path)
    text = "截至5月底，全国累计发电装机容量约33.5亿千瓦，同比增长14.2%。"
    r = _save(client, token, part="paragraph", section=0, paragraph=0, value=text, base_revision=1)
    assert r.status_code == 200, r.text
    assert r.json() == {"revision": 2, "status": "draft", "correction": False}
    after = _latest(db_path)
    assert after["revision"] == 2 and after["brief"]["sections"][0]["paragraphs"][0] == text
    assert "alice" in after["note"]
    assert after["brief"]["sections"][1:] == before["brief"]["sections"][1:]
    # the same text again is not a new revision; a title edit is
    assert _save(client, token, part="paragraph", section=0, paragraph=0, value=text,
                 base_revision=2).json()["revision"] == 2
    r = _save(client, token, part="title", section=1, value="算力网建设提速", base_revision=2)
    assert r.json()["revision"] == 3
    page = client.get(f"/brief/{DAY}").text
    assert text in page and "算力网建设提速" in page and "r3" in page
    assert client.get(f"/brief/{DAY}/r/1").status_code == 200
    assert _save(client, token, part="paragraph", section=9, value="x").status_code == 400


def test_the_live_check_flags_a_figure_no_cited_page_has_and_accepts_a_real_one(app) -> None:
    client, token = _login(app)

    def check(text: str, section: int = 0) -> list[dict]:
        r = client.post(f"/api/brief/{DAY}/check", headers={"X-CSRF-Token": token},
                        data={"part": "paragraph", "section": str(section), "text": text})
        assert r.status_code == 200, r.text
        return r.json()["problems"]

    assert check("截至5月底，全国累计发电装机容量约33.5亿千瓦，同比增长14.2%。") == []
    problems = check("截至5月底，全国累计发电装机容量约35.5亿千瓦，同比增长14.2%。")
    assert [p["text"] for p in problems if p["blocking"]] == ["35.5亿千瓦"]
    assert "33.5亿千瓦" in problems[0]["nearest"] and problems[0]["nearest_ref"] == 1
    # a figure from another section's page is not backed by this section's references
    assert [p["text"] for p in check("算力总规模达到280EFLOPS。")] != []
    assert check("算力总规模达到280EFLOPS。", section=1) == []
    dates = check("国家能源局将于7月15日召开会议。")
    assert any(p["kind"] == "date" and p["blocking"] for p in dates)


# --- publishing -------------------------------------------------------------------------------


def test_publish_is_refused_with_an_ungrounded_figure_then_renders_and_freezes(
    app, db_path: Path, tmp_path: Path
) -> None:
    client, token = _login(app)
    bad = "全国累计发电装机容量约40亿千瓦。"
    assert _save(client, token, part="paragraph", section=0, paragraph=0, value=bad,
                 base_revision=1).json()["revision"] == 2
    r = client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "2"})
    assert r.status_code == 409
    assert "无法发布" in r.text and "40亿千瓦" in r.text
    assert _latest(db_path)["status"] == "draft"

    good = "全国累计发电装机容量约33.5亿千瓦。"
    assert _save(client, token, part="paragraph", section=0, paragraph=0, value=good,
                 base_revision=2).json()["revision"] == 3
    stale = client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "2"})
    assert stale.status_code == 303 and _latest(db_path)["status"] == "draft"
    r = client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "3"})
    assert r.status_code == 303 and r.headers["location"] == f"/brief/{DAY}/r/3"
    published = _latest(db_path)
    assert published["status"] == "published" and published["revision"] == 3
    for fmt in RENDERERS:
        r = client.get(f"/brief/{DAY}/r/3/download/{fmt}")
        assert r.status_code == 200, fmt
        assert "attachment" in r.headers["content-disposition"]
        assert len(r.content) > 100
    assert json.loads(client.get(f"/brief/{DAY}/r/3/download/json").content)["sections"][0][
        "paragraphs"][0] == good
    # a correction is a new draft revision; the published one is never changed
    r = _save(client, token, part="summary", value="更正后的摘要。", base_revision=3)
    assert r.json() == {"revision": 4, "status": "draft", "correction": True}
    with Store.open(db_path) as store:
        assert store.brief_revision(DAY, 3)["json"] == published["json"]
        assert store.brief_revision(DAY, 3)["status"] == "published"
    if isinstance(db_path, Path):  # the database itself refuses too (both: tests/test_store.py)
        conn = sqlite3.connect(db_path)
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            conn.execute("UPDATE briefs SET json = '{}' WHERE revision = 3")
        conn.close()


# --- storylines -------------------------------------------------------------------------------


def test_exclude_move_merge_and_regenerate_change_the_draft(app, db_path: Path) -> None:
    client, token = _login(app)
    page = client.get(f"/day/{DAY}").text
    assert "已写入当前简报" in page and "score 9.5" in page
    base = f"/day/{DAY}/story"
    assert client.post(f"{base}/S-compute/exclude", data={"csrf": token}).status_code == 303
    assert client.post(f"{base}/S-label/up", data={"csrf": token}).status_code == 303
    assert "分析员已排除此线索" in client.get(f"/day/{DAY}").text
    assert client.post(f"/day/{DAY}/regenerate", data={"csrf": token}).status_code == 303
    sections = [s["story_id"] for s in _latest(db_path)["brief"]["sections"]]
    assert sections == ["S-power", "S-label"]

    r = client.post(f"{base}/S-power/move-article",
                    data={"csrf": token, "url": POWER_NEWS.url, "target": "S-compute"})
    assert r.status_code == 303
    refused = client.post(f"{base}/S-power/move-article",
                          data={"csrf": token, "url": POWER.url, "target": "S-compute"})
    assert refused.status_code == 303
    assert "不能移走线索的原始报道" in client.get(f"/day/{DAY}").text
    assert client.post(f"{base}/S-power/merge", data={"csrf": token, "other": "S-compute"}).status_code == 303
    with Store.open(db_path) as store:
        stories = store.stories(DAY)
        assert [s.id for s in stories] == ["S-power", "S-label"]
        assert [a.url for a in stories[0].articles] == [POWER.url, COMPUTE.url, POWER_NEWS.url]
        assert [e["action"] for e in store.edits(DAY)][:2] == ["storyline/merge", "storyline/move-article"]


def test_references_can_be_removed_and_added_back(app, db_path: Path) -> None:
    client, token = _login(app)
    refs = _latest(db_path)["brief"]["sections"][0]["references"]
    assert refs == [1, 2]
    r = client.post(f"/brief/{DAY}/section/0/ref-remove", data={"csrf": token, "n": "2"})
    assert r.status_code == 303
    brief = _latest(db_path)["brief"]
    assert brief["sections"][0]["references"] == [1]
    assert POWER_NEWS.url not in [x["url"] for x in brief["references"]]
    assert [x["n"] for x in brief["references"]] == list(range(1, len(brief["references"]) + 1))
    assert POWER_NEWS.url in client.get(f"/brief/{DAY}").text  # offered to add back
    r = client.post(f"/brief/{DAY}/section/0/ref-add", data={"csrf": token, "url": POWER_NEWS.url})
    assert r.status_code == 303
    assert _latest(db_path)["brief"]["sections"][0]["references"] == [1, 2]


def test_sections_can_be_reordered_in_the_editor_keeping_their_text(app, db_path: Path) -> None:
    client, token = _login(app)
    edited = "全国累计发电装机容量约33.5亿千瓦。"
    _save(client, token, part="paragraph", section=0, paragraph=0, value=edited, base_revision=1)
    r = client.post(f"/brief/{DAY}/section/0/down", data={"csrf": token})
    assert r.status_code == 303
    brief = _latest(db_path)["brief"]
    assert [s["story_id"] for s in brief["sections"]] == ["S-compute", "S-power", "S-label"]
    assert brief["sections"][1]["paragraphs"][0] == edited
    assert [s["references"] for s in brief["sections"]] == [[1], [2, 3], [4]]
    assert brief["references"][0]["url"] == COMPUTE.url


# --- archive, search, sources, escaping -----------------------------------------------------


def test_search_finds_two_character_words_in_briefs_and_articles(app) -> None:
    client, _ = _login(app)
    for word in ("电力", "算力"):
        html = client.get("/search", params={"q": word}).text
        briefs = html.split('id="brief-results"')[1].split('id="article-results"')[0]
        articles = html.split('id="article-results"')[1]
        assert f"<mark>{word}</mark>" in briefs, word
        assert f"<mark>{word}</mark>" in articles, word
    assert "没有文章包含" in client.get("/search", params={"q": "量子纠缠"}).text
    archive = client.get("/archive").text
    assert str(DAY) in archive and "新质生产力每日动态" in archive


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def test_scraped_markup_is_escaped_on_every_page(app, db_path: Path) -> None:
    client, _ = _login(app)
    pages = [f"/day/{DAY}", f"/brief/{DAY}", f"/brief/{DAY}/r/1", "/search?q=数据标注",
             "/article?url=" + XSS.url]
    for path in pages:
        html = client.get(path).text
        assert SCRIPT not in html and IMG not in html, path
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/day/{DAY}").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in client.get("/article?url=" + XSS.url).text
    headers = client.get(f"/day/{DAY}").headers
    assert "script-src 'self'" in headers["content-security-policy"]


def test_sources_page_counts_and_adds_and_disables_a_source(app, db_path: Path) -> None:
    client, token = _login(app)
    html = client.get("/sources").text
    assert "国家能源局" in html and "listpage" in html
    bad = client.post("/sources/add", data={"csrf": token, "id": "miit", "name": "工业和信息化部",
                                            "name_en": "MIIT", "kind": "listpage", "url": "ftp://x",
                                            "authority": "ministry"})
    assert bad.status_code == 400 and "not an absolute http(s) URL" in bad.text
    dup = client.post("/sources/add", data={"csrf": token, "id": "nea", "name": "x", "name_en": "x",
                                            "kind": "rss", "url": "https://a.cn/rss.xml",
                                            "authority": "media"})
    assert dup.status_code == 400 and "已被使用" in dup.text
    ok = client.post("/sources/add", data={"csrf": token, "id": "miit", "name": "工业和信息化部",
                                           "name_en": "MIIT", "kind": "listpage",
                                           "url": "https://www.miit.gov.cn/zwgk/index.html",
                                           "authority": "ministry", "link_selector": "ul.list a"})
    assert ok.status_code == 303
    assert client.post("/sources/nea/enabled", data={"csrf": token, "enabled": "0"}).status_code == 303
    with Store.open(db_path) as store:
        by_id = {s.id: s for s in store.sources()}
    assert by_id["miit"].link_selector == "ul.list a" and not by_id["nea"].enabled
    exported = client.get("/sources.yaml").text
    assert "id: miit" in exported and "enabled: false" in exported


def test_user_add_reads_the_password_from_stdin_and_refuses_a_short_one(db_path: Path) -> None:
    runner = CliRunner()
    args = ["user", "add", "carol", "--role", "viewer", "--password-stdin", "--db", str(db_path)]
    short = runner.invoke(cli, args, input="short\n")
    assert short.exit_code == 2 and "at least 8" in short.output
    ok = runner.invoke(cli, args, input="a long enough password\n")
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(cli, args, input="a long enough password\n")
    assert again.exit_code == 1 and "already exists" in again.output
    with Store.open(db_path) as store:
        user = store.user("carol")
    assert user is not None and user["role"] == "viewer"
    assert user["password_hash"].startswith("$argon2id$")


def test_the_check_falls_back_to_the_writers_number_check_without_verify(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dailybrief.web import checks

    monkeypatch.setattr(checks, "find_unsupported", None)
    sources = [(1, POWER.title + "\n" + POWER.text)]
    assert checks.text_problems("装机容量约33.5亿千瓦，同比增长14.2%。", sources) == []
    (problem,) = checks.text_problems("装机容量约36.5亿千瓦。", sources)
    assert problem.text == "36.5" and problem.blocking
    assert "33.5亿千瓦" in problem.nearest and problem.nearest_ref == 1


def test_the_live_check_accepts_counts_of_the_briefs_own_items(app, db_path: Path) -> None:
    client, token = _login(app)
    sections = len(_latest(db_path)["brief"]["sections"])
    numeral = "一二三四五六七八九"[sections - 1]

    def check(text: str) -> list[dict]:
        r = client.post(f"/api/brief/{DAY}/check", headers={"X-CSRF-Token": token},
                        data={"part": "paragraph", "section": "0", "text": text})
        return [p for p in r.json()["problems"] if p["blocking"]]

    assert check(f"今天的{numeral}条线同时推进。") == []
    assert check(f"今天的{'一二三四五六七八九'[sections + 2]}条线同时推进。") != []


def test_an_editor_marks_a_sentence_as_the_associations_analysis(app, db_path: Path) -> None:
    client, token = _login(app)
    own = "我们判断，明年算力投资将增长40%。"
    paragraph = _latest(db_path)["brief"]["sections"][0]["paragraphs"][0]
    assert _save(client, token, part="paragraph", section=0, paragraph=0, value=paragraph + own,
                 base_revision=1).status_code == 200
    problems = client.get(f"/brief/{DAY}").text
    assert "40%" in problems and "标为本会分析" in problems
    r = client.post(f"/api/brief/{DAY}/analysis", headers={"X-CSRF-Token": token},
                    data={"part": "paragraph", "section": "0", "sentence": own})
    assert r.status_code == 200, r.text
    record = _latest(db_path)
    assert record["brief"]["sections"][0]["analysis"] == [own]
    with Store.open(db_path) as store:
        notes = [rev["note"] for rev in store.brief_revisions(DAY)]
    assert any("本会分析" in n for n in notes)
    page = client.get(f"/brief/{DAY}").text
    assert "本会分析" in page and "取消标记" in page
    r = client.post(f"/api/brief/{DAY}/check", headers={"X-CSRF-Token": token},
                    data={"part": "paragraph", "section": "0", "text": paragraph + own})
    assert [p for p in r.json()["problems"] if p["blocking"]] == []
    refused = client.post(f"/api/brief/{DAY}/analysis", headers={"X-CSRF-Token": token},
                          data={"part": "paragraph", "section": "0", "sentence": "不在正文中的一句话。"})
    assert refused.status_code == 400


def test_a_draft_revisions_downloads_are_marked_and_the_published_ones_are_not(app) -> None:
    client, token = _login(app)
    draft = client.get(f"/brief/{DAY}/r/1/download/wechat").text
    assert "【草稿】" in draft
    assert "draft_mark" in json.loads(client.get(f"/brief/{DAY}/r/1/download/json").content)
    r = client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "1"})
    assert r.status_code == 303, r.text
    assert "【草稿】" not in client.get(f"/brief/{DAY}/r/1/download/wechat").text
