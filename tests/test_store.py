"""Tests of the store on both backends: real SQLite files in tmp_path and real databases on
a throw-away PostgreSQL server (tests/pg_cluster.py). SQLite-only checks say so."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dailybrief import store as store_module
from dailybrief.errors import StoreError
from dailybrief.models import (
    Article,
    Authority,
    Fact,
    FactKind,
    Page,
    Reason,
    Rejection,
    Source,
    SourceKind,
    Stage,
    Story,
)
from dailybrief.store import Store, make_snippet, segment

DAY = date(2026, 6, 2)
FETCHED = datetime(2026, 6, 2, 6, 30, tzinfo=UTC)

POWER_TITLE = "国家能源局印发新型电力系统建设指导意见"
POWER_TEXT = (
    "国家能源局近日印发《关于加快推进新型电力系统建设的指导意见》，"
    "提出到2027年电力系统调节能力显著提升，新增抽水蓄能装机容量2000万千瓦。\n"
    "意见要求各地统筹电源、电网和储能建设。"
)
COMPUTE_TITLE = "工业和信息化部发布算力基础设施行动计划"
COMPUTE_TEXT = (
    "工业和信息化部发布算力基础设施高质量发展行动计划，"
    "到2025年全国算力规模超过300 EFLOPS，智能算力占比达到35%。"
)
SPORTS_TITLE = "市体育局举办全民健身运动会"
SPORTS_TEXT = "市体育局举办全民健身运动会，三千余名市民参加长跑和游泳等项目。主办方表示将加大风光发电力度宣传。"

SOURCES = (
    Source(
        "nea",
        "国家能源局",
        "National Energy Administration",
        SourceKind.LISTPAGE,
        "http://127.0.0.1/nea/",
        Authority.MINISTRY,
    ),
    Source(
        "miit",
        "工业和信息化部",
        "MIIT",
        SourceKind.RSS,
        "http://127.0.0.1/miit.xml",
        Authority.MINISTRY,
    ),
    Source(
        "city",
        "市体育局",
        "City Sports Bureau",
        SourceKind.LISTPAGE,
        "http://127.0.0.1/city/",
        Authority.LOCAL,
        enabled=False,
    ),
)


def make_article(url: str, title: str, text: str, source_id: str = "nea") -> Article:
    return Article(
        url=url,
        source_id=source_id,
        title=title,
        text=text,
        published=date(2026, 6, 1),
        publisher="国家能源局",
        publisher_en="National Energy Administration",
        authority=Authority.MINISTRY,
        stated_source="国家能源局",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def make_page(url: str, body: bytes, etag: str | None = None, lm: str | None = None) -> Page:
    return Page(
        url=url,
        final_url=url,
        source_id="nea",
        status=200,
        content_type="text/html; charset=utf-8",
        body=body,
        sha256=hashlib.sha256(body).hexdigest(),
        fetched_at=FETCHED,
        etag=etag,
        last_modified=lm,
    )


def is_pg(location: Path | str) -> bool:
    return str(location).startswith("postgresql://")


def raw(path: Path | str, sql: str) -> list[tuple]:
    """Query the database with a separate plain sqlite3 or psycopg connection."""
    if is_pg(path):
        import psycopg

        with psycopg.connect(str(path), autocommit=True) as pg:
            return [tuple(r) for r in pg.execute(sql).fetchall()]
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def raw_refused(path: Path | str, sql: str, match: str) -> None:
    """Assert that the database itself (not the Store) refuses sql with a message matching."""
    if is_pg(path):
        import psycopg

        with psycopg.connect(str(path), autocommit=True) as pg, pytest.raises(
            psycopg.Error, match=match
        ):
            pg.execute(sql)
        return
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=match):
            conn.execute(sql)
    finally:
        conn.close()


def stored_version(path: Path | str) -> int:
    sql = "SELECT version FROM dailybrief_schema" if is_pg(path) else "PRAGMA user_version"
    return int(raw(path, sql)[0][0])


def table_names(path: Path | str) -> set[str]:
    sql = (
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        if is_pg(path)
        else "SELECT name FROM sqlite_master WHERE type = 'table'"
    )
    return {r[0] for r in raw(path, sql)}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A new database: a file in tmp_path, or a fresh database on the test PostgreSQL server."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres").new_database()
    return tmp_path / "dailybrief.db"


sqlite_only = pytest.mark.parametrize("db_path", ["sqlite"], indirect=True)


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        s.upsert_sources(SOURCES)
        yield s


# --- opening, migrations, errors


def test_new_database_gets_latest_schema(db_path: Path) -> None:
    with Store.open(db_path) as s:
        assert s.schema_version() == len(store_module.MIGRATIONS)
    if not is_pg(db_path):
        assert raw(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert stored_version(db_path) == len(store_module.MIGRATIONS)
    tables = table_names(db_path)
    expected = {
        "meta",
        "sources",
        "pages",
        "articles",
        "rejections",
        "storylines",
        "briefs",
        "runs",
    }
    assert expected | {"articles_fts", "briefs_fts"} <= tables


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.set_meta("owner", "研究室")
        s.upsert_sources(SOURCES)
    with Store.open(db_path) as s:
        assert s.get_meta("owner") == "研究室"
        assert s.get_meta("missing", "x") == "x"
        assert [x.id for x in s.sources()] == ["city", "miit", "nea"]
        assert s.schema_version() == len(store_module.MIGRATIONS)


def test_older_database_is_migrated_and_keeps_its_rows(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as s:
        s.set_meta("k", "v")
    old_version = len(store_module.MIGRATIONS)
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);\nINSERT INTO notes (text) VALUES ('迁移');\n"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, extra))
    with Store.open(db_path) as s:
        assert s.schema_version() == old_version + 1
        assert s.get_meta("k") == "v"
    assert raw(db_path, "SELECT text FROM notes") == [("迁移",)]


def test_a_machine_reason_kept_in_why_before_v8_moves_to_left_out(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v8 = store_module.MIGRATIONS.index(next(m for m in store_module.MIGRATIONS if "left_out" in str(m)))
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:v8])
    Store.open(db_path).close()
    insert = ("INSERT INTO storylines (brief_date, story_id, position, title, included, why, article_urls,"
              " original_url) VALUES ('2026-06-10', 'S1', 0, '标题', 0, '权威来源 3.0；未入选：仅一家媒体网站报道',"
              " '[]', 'u'), ('2026-06-10', 'S2', 1, '标题二', 0, '权威来源 2.0', '[]', 'v')")
    if is_pg(db_path):
        raw(db_path, insert + " RETURNING story_id")
    else:
        with sqlite3.connect(db_path) as conn:
            conn.execute(insert)
    monkeypatch.undo()
    with Store.open(db_path) as s:
        rows = {r["story_id"]: (r["why"], r["left_out"]) for r in s.storylines(date(2026, 6, 10))}
    assert rows == {"S1": ("权威来源 3.0", "仅一家媒体网站报道"), "S2": ("权威来源 2.0", "")}


def test_failed_migration_is_rolled_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db_path).close()
    version = len(store_module.MIGRATIONS)
    bad = "CREATE TABLE half (x);\nTHIS IS NOT SQL;\n"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, bad))
    with pytest.raises(StoreError, match=str(db_path)):
        Store.open(db_path)
    assert stored_version(db_path) == version
    assert "half" not in table_names(db_path)


def test_newer_database_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    if is_pg(db_path):
        raw(db_path, "UPDATE dailybrief_schema SET version = 99 RETURNING version")
    else:
        conn = sqlite3.connect(db_path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    with pytest.raises(StoreError, match="newer") as info:
        Store.open(db_path)
    assert str(db_path) in str(info.value)


def test_unreachable_server_names_the_database_without_its_password() -> None:
    from pg_cluster import _free_port

    url = f"postgresql://dailybrief:s3cret@127.0.0.1:{_free_port()}/briefs"
    with pytest.raises(StoreError, match="cannot open database") as info:
        Store.open(url)
    assert "127.0.0.1" in str(info.value) and "/briefs" in str(info.value)
    assert "s3cret" not in str(info.value)


def test_postgresql_without_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an install without the extra
    with pytest.raises(StoreError, match=r"pip install 'dailybrief\[postgresql\]'") as info:
        Store.open("postgresql://dailybrief:s3cret@127.0.0.1:5432/briefs")
    assert "s3cret" not in str(info.value)


def test_unwritable_location_names_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory should be")
    path = blocker / "dailybrief.db"
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match="does not exist") as info:
        Store.open(missing)
    assert str(missing) in str(info.value)


def test_file_that_is_not_a_database_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 100)
    with pytest.raises(StoreError, match="not a database") as info:
        Store.open(path)
    assert str(path) in str(info.value)


def test_closed_store_raises_store_error(db_path: Path) -> None:
    s = Store.open(db_path)
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.get_meta("k")


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown source id 'nosuch'"):
        store.save_article(make_article("http://127.0.0.1/a", "t", "正文", source_id="nosuch"))
    with pytest.raises(StoreError, match="(?i)FOREIGN KEY"):
        store.save_rejection(Rejection("http://127.0.0.1/x", Stage.FETCH, Reason.TIMEOUT), DAY, 999)
    assert store.table_counts()["articles"] == 0


# --- sources


def test_sources_upsert_keeps_fetch_status(store: Store) -> None:
    store.mark_source("nea", "ok", FETCHED)
    store.upsert_sources([replace(SOURCES[0], name_en="NEA")])
    assert store.sources()[2] == replace(SOURCES[0], name_en="NEA")
    assert store.sources()[0] == SOURCES[2]
    row = next(r for r in store.source_rows() if r["id"] == "nea")
    assert (row["last_status"], row["last_fetch_at"]) == ("ok", FETCHED.isoformat())
    assert store.table_counts()["sources"] == 3


# --- pages


def test_same_page_twice_adds_no_row(store: Store) -> None:
    page = make_page("http://127.0.0.1/nea/a.html", "<p>电力</p>".encode())
    assert store.save_page(page) is True
    assert store.save_page(replace(page, fetched_at=datetime(2026, 6, 3, tzinfo=UTC))) is False
    assert store.table_counts()["pages"] == 1
    latest = store.latest_page(page.url)
    assert latest is not None
    assert latest.body == page.body
    assert latest.fetched_at == datetime(2026, 6, 3, tzinfo=UTC)


def test_changed_body_keeps_both_versions(store: Store) -> None:
    url = "http://127.0.0.1/nea/a.html"
    old, new = "<p>装机2000万千瓦</p>".encode(), "<p>装机2100万千瓦</p>".encode("gbk")
    store.save_page(make_page(url, old))
    assert store.save_page(make_page(url, new)) is True
    versions = store.page_versions(url)
    assert [v.body for v in versions] == [old, new]
    assert [v.sha256 for v in versions] == [hashlib.sha256(b).hexdigest() for b in (old, new)]
    assert store.latest_page(url).body == new
    cited = store.page_by_sha(hashlib.sha256(old).hexdigest())
    assert cited is not None and cited.body == old and cited.url == url
    store.save_page(make_page(url, old))  # the site reverts: the old version is latest again
    assert store.latest_page(url).body == old
    assert store.table_counts()["pages"] == 2
    assert store.latest_page("http://127.0.0.1/none") is None
    assert store.page_by_sha("0" * 64) is None


def test_page_with_wrong_sha256_is_refused(store: Store) -> None:
    page = replace(make_page("http://127.0.0.1/nea/a.html", b"body"), sha256="ab" * 32)
    with pytest.raises(ValueError, match="sha256"):
        store.save_page(page)
    assert store.table_counts()["pages"] == 0


def test_validators_round_trip(store: Store, db_path: Path) -> None:
    a, b, c = (f"http://127.0.0.1/nea/{n}.html" for n in "abc")
    store.save_page(make_page(a, b"A", etag='"v1"', lm="Mon, 01 Jun 2026 08:00:00 GMT"))
    store.save_page(make_page(b, b"B", lm="Tue, 02 Jun 2026 08:00:00 GMT"))
    store.save_page(make_page(c, b"C", etag='"c1"'))
    store.save_page(make_page(c, b"C2"))  # the latest version of c has no validators
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.validators() == {
            a: ('"v1"', "Mon, 01 Jun 2026 08:00:00 GMT"),
            b: (None, "Tue, 02 Jun 2026 08:00:00 GMT"),
        }
        later = datetime(2026, 6, 3, tzinfo=UTC)
        not_modified = replace(
            make_page(a, b"", etag='"v2"'), sha256="", not_modified=True, fetched_at=later
        )
        assert reopened.save_page(not_modified) is False
        assert reopened.validators()[a] == ('"v2"', "Mon, 01 Jun 2026 08:00:00 GMT")
        latest = reopened.latest_page(a)
        assert latest.body == b"A" and latest.fetched_at == later
        assert reopened.table_counts()["pages"] == 4


# --- articles


def test_same_article_twice_adds_nothing(store: Store, db_path: Path) -> None:
    article = make_article("http://127.0.0.1/nea/a.html", POWER_TITLE, POWER_TEXT)
    assert store.save_article(article) is True
    assert store.save_article(article) is False
    assert store.save_articles([article, article]) == 0
    assert store.article(article.url) == article
    assert store.table_counts()["articles"] == 1
    assert raw(db_path, "SELECT count(*) FROM articles_fts") == [(1,)]


def test_changed_article_is_updated_and_reindexed(store: Store, db_path: Path) -> None:
    url = "http://127.0.0.1/nea/a.html"
    store.save_article(make_article(url, POWER_TITLE, POWER_TEXT))
    first_seen = raw(db_path, "SELECT first_seen FROM articles")[0][0]
    changed = make_article(url, COMPUTE_TITLE, COMPUTE_TEXT)
    assert store.save_article(changed) is True
    assert store.article(url) == changed
    assert raw(db_path, "SELECT first_seen FROM articles") == [(first_seen,)]
    assert [h.url for h in store.search_articles("算力")] == [url]
    assert store.search_articles("电力") == []
    assert raw(db_path, "SELECT count(*) FROM articles_fts") == [(1,)]


def test_articles_window_and_source_filter(store: Store) -> None:
    old = replace(
        make_article("http://127.0.0.1/nea/old", "旧闻", "去年的电力新闻"),
        published=date(2025, 6, 1),
    )
    new = make_article("http://127.0.0.1/miit/new", COMPUTE_TITLE, COMPUTE_TEXT, "miit")
    store.save_articles([old, new])
    assert store.articles(since=date(2026, 5, 19), until=DAY) == [new]
    assert store.articles(source_id="nea") == [old]
    assert store.articles() == [new, old]


# --- rejections


def test_rejections_rerun_updates_instead_of_duplicating(store: Store) -> None:
    run1, run2 = store.start_run(DAY), store.start_run(DAY)
    r404 = Rejection("http://127.0.0.1/nea/gone.html", Stage.FETCH, Reason.NOT_FOUND, "404", "nea")
    stale = Rejection(
        "http://127.0.0.1/nea/old.html", Stage.WINDOW, Reason.STALE, "2025-06-01", "nea"
    )
    assert store.save_rejections([r404, stale], DAY, run1) == 2
    assert store.save_rejection(replace(r404, detail="HTTP 404"), DAY, run2) is False
    assert store.save_rejections([stale], DAY, run2) == 0
    assert store.table_counts()["rejections"] == 2
    assert store.rejections_for(DAY) == [replace(r404, detail="HTTP 404"), stale]
    assert store.rejections_for(DAY, run_id=run2) == [replace(r404, detail="HTTP 404"), stale]
    assert store.rejections_for(DAY, run_id=run1) == []
    store.save_rejection(replace(r404, url="http://127.0.0.1/nea/gone2.html"), DAY, run2)
    store.save_rejection(r404, date(2026, 6, 3), run2)  # another day is another row
    assert store.rejection_counts(DAY) == {"not_found": 2, "outside_window": 1}
    assert store.table_counts()["rejections"] == 4


# --- full-text search


@pytest.fixture
def searchable(store: Store) -> Store:
    store.save_articles(
        [
            make_article("http://127.0.0.1/nea/power", POWER_TITLE, POWER_TEXT),
            make_article("http://127.0.0.1/miit/compute", COMPUTE_TITLE, COMPUTE_TEXT, "miit"),
            make_article("http://127.0.0.1/city/sports", SPORTS_TITLE, SPORTS_TEXT, "city"),
        ]
    )
    return store


def test_search_finds_two_character_words(searchable: Store) -> None:
    power = searchable.search_articles("电力")
    assert [h.url for h in power] == ["http://127.0.0.1/nea/power"]
    assert power[0].title == POWER_TITLE
    assert "【电力】" in power[0].snippet
    compute = searchable.search_articles("算力")
    assert [h.url for h in compute] == ["http://127.0.0.1/miit/compute"]
    assert "【算力】" in compute[0].snippet
    assert compute[0].rank < 0
    assert [h.url for h in searchable.search_articles("eflops")] == [
        "http://127.0.0.1/miit/compute"
    ]


def test_search_does_not_find_unrelated_words(searchable: Store) -> None:
    assert searchable.search_articles("足球") == []
    assert searchable.search_articles("电力 足球") == []
    assert searchable.search_articles("，。") == []
    assert searchable.search_articles("") == []
    for syntax in ("AND", "NEAR(a b)", "title:x", "(", "^"):  # FTS5 syntax is taken as text
        assert searchable.search_articles(syntax) == []
    for punctuated in ('"电力', "电力*", "（电力）"):
        assert [h.url for h in searchable.search_articles(punctuated)] == [
            "http://127.0.0.1/nea/power"
        ]


def test_search_matches_words_not_character_runs(searchable: Store) -> None:
    """发电力度 contains the characters 电力 but not the word; it must not match."""
    urls = [h.url for h in searchable.search_articles("电力")]
    assert "http://127.0.0.1/city/sports" not in urls
    assert [h.url for h in searchable.search_articles("健身")] == ["http://127.0.0.1/city/sports"]


def test_search_multi_word_query_and_persistence(searchable: Store, db_path: Path) -> None:
    searchable.close()
    with Store.open(db_path) as s:
        hits = s.search_articles("新型电力系统 抽水蓄能", limit=5)
        assert [h.url for h in hits] == ["http://127.0.0.1/nea/power"]
        assert "【" in hits[0].snippet
        s.rebuild_search_index()
        assert [h.url for h in s.search_articles("算力规模")] == ["http://127.0.0.1/miit/compute"]


def test_segment_and_snippet() -> None:
    assert "电力" in segment("新型电力系统")
    assert segment("，。 ") == []
    text = "开头" * 100 + "推进电力系统建设" + "结尾" * 100
    snippet = make_snippet(text, ["电力"], ("<", ">"))
    assert "<电力>" in snippet and snippet.startswith("…") and snippet.endswith("…")


# --- storylines


def make_story(story_id: str, original: Article, *others: Article, score: float = 1.0) -> Story:
    return Story(
        id=story_id,
        title=original.title,
        articles=(original, *others),
        original_url=original.url,
        score=score,
        topics=("energy",),
        facts=(
            Fact(
                FactKind.FIGURE,
                "2000万千瓦",
                "新增抽水蓄能装机容量2000万千瓦。",
                original.url,
                2000.0,
                "万千瓦",
            ),
            Fact(
                FactKind.DEADLINE,
                "到2027年",
                "到2027年电力系统调节能力显著提升。",
                original.url,
                day=date(2027, 12, 31),
            ),
        ),
        duplicates=tuple((o.url, original.url) for o in others),
        why="国家能源局原发",
    )


def test_storylines_are_replaced_per_day_and_rebuilt(store: Store, db_path: Path) -> None:
    power = make_article("http://127.0.0.1/nea/power", POWER_TITLE, POWER_TEXT)
    reprint = replace(power, url="http://127.0.0.1/xinhua/power", publisher="新华网")
    compute = make_article("http://127.0.0.1/miit/compute", COMPUTE_TITLE, COMPUTE_TEXT, "miit")
    first = [make_story("s1", power, reprint, score=3.5), make_story("s2", compute)]
    store.save_storylines(DAY, first)
    store.save_storylines(DAY, first)
    assert store.table_counts()["storylines"] == 2
    assert store.stories(DAY) == first
    rows = store.storylines(DAY)
    assert rows[0]["article_urls"] == [power.url, reprint.url]
    assert rows[0]["original_url"] == power.url
    assert (rows[0]["score"], rows[0]["included"], rows[0]["why"]) == (3.5, True, "国家能源局原发")
    second = [replace(make_story("s3", compute), included=False, why="篇幅所限")]
    store.save_storylines(DAY, second)
    assert store.stories(DAY) == second
    assert [r["story_id"] for r in store.storylines(DAY)] == ["s3"]
    assert store.storylines(date(2026, 6, 3)) == []
    assert store.table_counts()["articles"] == 3


# --- briefs


def brief_dict(summary: str, day: date = DAY) -> dict:
    return {
        "date": day.isoformat(),
        "title": "新质生产力每日动态",
        "summary": summary,
        "sections": [
            {
                "title": "要闻",
                "paragraphs": [f"{summary}，详见所附原文。"],
                "references": [1],
                "story_id": "s1",
            },
        ],
        "references": [],
        "deadlines": [],
        "facts": [],
        "notes": [],
    }


def test_brief_revisions_only_when_json_changes(store: Store) -> None:
    assert store.latest_brief(DAY) is None
    assert store.save_brief(DAY, brief_dict("电力建设提速")) == 1
    assert store.save_brief(DAY, brief_dict("电力建设提速")) == 1
    assert store.save_brief(DAY, brief_dict("电力与算力建设提速"), note="改摘要") == 2
    revisions = store.brief_revisions(DAY)
    assert [(r["revision"], r["status"]) for r in revisions] == [(1, "draft"), (2, "draft")]
    latest = store.latest_brief(DAY)
    assert latest["brief"]["summary"] == "电力与算力建设提速"
    assert latest["note"] == "改摘要"
    assert latest["json"].startswith("{")
    store.save_brief(date(2026, 6, 3), brief_dict("次日", date(2026, 6, 3)))
    assert store.brief_dates() == [date(2026, 6, 3), DAY]
    with pytest.raises(ValueError, match="2026-06-03"):
        store.save_brief(DAY, brief_dict("错日", date(2026, 6, 3)))


def test_published_revision_is_immutable(store: Store, db_path: Path) -> None:
    store.save_brief(DAY, brief_dict("电力建设提速"))
    assert store.save_brief(DAY, brief_dict("电力建设提速"), status="published") == 1
    assert store.latest_brief(DAY)["status"] == "published"
    assert store.save_brief(DAY, brief_dict("电力建设提速")) == 1
    assert store.save_brief(DAY, brief_dict("更正：电力建设提速")) == 2
    first = store.brief_revision(DAY, 1)
    assert (first["status"], first["brief"]["summary"]) == ("published", "电力建设提速")
    assert store.publish_brief(DAY) == 2
    assert store.save_brief(DAY, brief_dict("再更正"), status="published") == 3
    raw_refused(db_path, "UPDATE briefs SET json = '{}' WHERE revision = 1", "immutable")
    raw_refused(db_path, "DELETE FROM briefs WHERE revision = 1", "immutable")
    assert [r["status"] for r in store.brief_revisions(DAY)] == ["published"] * 3
    with pytest.raises(StoreError, match="revision 9"):
        store.publish_brief(DAY, 9)


def test_search_briefs_uses_latest_revision(store: Store) -> None:
    store.save_brief(DAY, brief_dict("电力建设提速"))
    other = date(2026, 6, 3)
    store.save_brief(other, brief_dict("算力规模扩大", other))
    hits = store.search_briefs("电力")
    assert [(h.brief_date, h.title) for h in hits] == [(DAY, "新质生产力每日动态")]
    assert "【电力】" in hits[0].snippet
    assert [h.brief_date for h in store.search_briefs("算力")] == [other]
    store.save_brief(other, brief_dict("人工智能赋能制造业", other))
    assert store.search_briefs("算力") == []
    assert [h.brief_date for h in store.search_briefs("人工智能")] == [other]
    assert store.search_briefs("足球") == []


# --- runs, sharing


def test_runs_record_counters(store: Store) -> None:
    run_id = store.start_run(DAY)
    assert store.run(run_id)["status"] == "running"
    store.finish_run(run_id, {"fetch/status/200": 12, "fetch/status/404": 1}, "ok")
    run = store.run(run_id)
    assert run["status"] == "ok" and run["finished_at"] is not None
    assert run["counters"] == {"fetch/status/200": 12, "fetch/status/404": 1}
    assert [r["id"] for r in store.runs(DAY)] == [run_id]
    with pytest.raises(StoreError, match="no run 999"):
        store.finish_run(999, {}, "ok")


def test_two_connections_and_threads_share_the_database(store: Store, db_path: Path) -> None:
    article = make_article("http://127.0.0.1/nea/power", POWER_TITLE, POWER_TEXT)
    with Store.open(db_path) as other:
        other.save_article(article)
        assert store.article(article.url) == article
    errors: list[BaseException] = []

    def work() -> None:
        try:
            assert [h.url for h in store.search_articles("电力")] == [article.url]
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []


def test_document_number_is_stored_and_an_older_database_gains_the_column(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 文号 of a page's metadata table (Article.doc_number) round-trips on both backends;
    articles stored before its migration read back with none."""
    before = next(i for i, m in enumerate(store_module.MIGRATIONS) if "doc_number" in str(m))
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:before])
    with Store.open(db_path) as s:
        s.upsert_sources(SOURCES)
    insert = ("INSERT INTO articles (url, source_id, title, text, published, publisher, authority,"
              " first_seen, updated) VALUES ('http://127.0.0.1/nea/old.html', 'nea', '旧文', '旧文正文',"
              " '2026-06-01', '国家能源局', 'ministry', '2026-06-01', '2026-06-01') RETURNING id")
    if is_pg(db_path):
        raw(db_path, insert)
    else:
        with sqlite3.connect(db_path) as conn:  # commits on leaving the block
            conn.execute(insert).fetchall()
        conn.close()
    monkeypatch.undo()
    numbered = replace(make_article("http://127.0.0.1/nea/a.html", POWER_TITLE, POWER_TEXT),
                       doc_number="国能发电力〔2026〕12号")
    with Store.open(db_path) as s:
        assert s.article("http://127.0.0.1/nea/old.html").doc_number == ""
        assert s.save_article(numbered) is True
        assert s.save_article(replace(numbered, doc_number="国能发电力〔2026〕13号")) is True
    with Store.open(db_path) as s:
        assert s.article(numbered.url).doc_number == "国能发电力〔2026〕13号"
        assert s.save_article(replace(numbered, doc_number="国能发电力〔2026〕13号")) is False


def test_an_attachments_notice_is_stored_with_it(db_path: Path) -> None:
    """Article.attached_to (the notice page that links an attachment) round-trips on both
    backends, and a changed notice is a change of the article."""
    with Store.open(db_path) as s:
        s.upsert_sources(SOURCES)
        table = replace(make_article("http://127.0.0.1/nea/w.xlsx", POWER_TITLE, POWER_TEXT),
                        attached_to="http://127.0.0.1/nea/t.html")
        assert s.save_article(table) is True
        assert s.save_article(table) is False
        assert s.articles_at([table.url])[table.url].attached_to == "http://127.0.0.1/nea/t.html"
        assert s.save_article(replace(table, attached_to="http://127.0.0.1/nea/u.html")) is True
        assert s.article(table.url).attached_to == "http://127.0.0.1/nea/u.html"
