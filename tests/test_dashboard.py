"""In-process tests of the dashboard (real Datasette via ds.client)."""

from __future__ import annotations

import asyncio
import re
import sqlite3

import pytest

from collector.dashboard.auth import add_user, load_accounts
from collector.demo.sample_archive import build_sample
from collector.serve import build_datasette
from dashboard_archive import sample_dashboard_archive

OFFICE = {"id": "clerk", "role": "office"}
AUDITOR = {"id": "audit", "role": "auditor"}


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return sample_dashboard_archive(tmp_path_factory.mktemp("dash"))


@pytest.fixture(scope="module")
def ds(archive):
    return build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="test-secret")


def cookies_for(ds, actor):
    return {"ds_actor": ds.sign({"a": actor}, "actor")}


def get(ds, path, actor=None, **kwargs):
    cookies = cookies_for(ds, actor) if actor else None
    return run(ds.client.get(path, cookies=cookies, **kwargs))


def protected_paths(facts):
    sha = facts["mails"]["fgj-photos"]
    photo_id = facts["attachments"]["fgj-photos:0"]
    return [
        "/", "/overdue", "/review", "/mails", f"/mail/{sha}", "/units", "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80",
        "/search?q=%E4%B9%A1%E9%95%87", "/exports", "/export/status.xlsx", "/export/status.csv", "/export/files.zip",
        f"/file/{photo_id}", f"/thumb/{photo_id}", f"/raw/{sha}",
        "/.json", "/collector", "/collector.json", "/collector.db",
        "/collector/messages", "/collector/messages.json", "/collector/messages.csv",
        "/collector/attachments", "/collector/attachments.json", f"/collector/attachments/{photo_id}",
        f"/collector/attachments/{photo_id}.json",
        f"/collector/attachments/{photo_id}.blob?_blob_column=thumbnail",
        "/collector/status_report", "/collector/status_report.json", "/collector/status_report.csv",
        "/collector/photos", "/collector?sql=select+1", "/collector.json?sql=select+1",
        "/-/versions", "/-/versions.json", "/-/plugins.json", "/-/settings.json", "/-/databases.json",
        "/-/actor.json", "/-/threads.json", "/-/permissions", "/-/messages", "/-/allow-debug", "/-/patterns",
        "/-/metadata.json", "/-/password-tool", "/-/auth-token", "/-/logout", "/favicon.ico", "/no-such-page",
    ]


SAMPLE_DATA_MARKERS = ["县发改局", "fgj@163.com", "\xff\xd8"]


def test_anonymous_gets_403_for_every_route(ds, archive):
    for path in protected_paths(archive["facts"]):
        response = get(ds, path)
        assert response.status_code == 403, path
        for marker in SAMPLE_DATA_MARKERS:
            assert marker not in response.text, (path, marker)


def test_anonymous_browser_is_sent_to_login_page(ds, archive):
    for path in protected_paths(archive["facts"]):
        response = get(ds, path, headers={"accept": "text/html,application/xhtml+xml,*/*"})
        assert response.status_code in (302, 403), path
        if path not in ("/-/metadata.json", "/-/password-tool", "/-/auth-token"):
            assert response.status_code == 302 and response.headers["location"] == "/-/login", path


def test_only_login_form_and_static_assets_are_public(ds):
    login = get(ds, "/-/login")
    assert login.status_code == 200
    assert "用户名" in login.text and "密码" in login.text and "登录" in login.text
    assert get(ds, "/-/static/app.css").status_code == 200


def _login(ds, username, password):
    async def flow():
        first = await ds.client.get("/-/login")
        token = re.search(r'name="csrftoken" value="([^"]+)"', first.text).group(1)
        csrf_cookie = first.cookies.get("ds_csrftoken")
        return await ds.client.post(
            "/-/login",
            data={"username": username, "password": password, "csrftoken": token},
            cookies={"ds_csrftoken": csrf_cookie},
        )

    return run(flow())


def test_login_with_hashed_password_from_users_file(ds):
    response = _login(ds, "clerk", "clerk-pass-1")
    assert response.status_code == 302
    actor = ds.unsign(response.cookies["ds_actor"], "actor")["a"]
    assert actor == {"id": "clerk", "role": "office"}
    page = run(ds.client.get("/", cookies={"ds_actor": response.cookies["ds_actor"]}))
    assert page.status_code == 200 and "报送情况" in page.text


def test_wrong_password_is_refused_in_chinese(ds):
    response = _login(ds, "clerk", "wrong")
    assert response.status_code == 200
    assert "用户名或密码错误" in response.text
    assert "ds_actor" not in response.cookies


def test_users_file_stores_only_a_hash(archive):
    text = archive["users_file"].read_text()
    assert "clerk-pass-1" not in text and "pbkdf2_sha256$" in text
    assert (archive["users_file"].stat().st_mode & 0o777) == 0o600


def test_accounts_from_environment(tmp_path, monkeypatch, archive):
    lines = add_user("envuser", "auditor", "s3cret-env", write_file=False)
    env = dict(line.split("=", 1) for line in lines)
    assert "s3cret-env" not in "".join(lines)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    accounts = load_accounts(users_file=tmp_path / "none.json")
    assert accounts["envuser"].role == "auditor" and accounts["envuser"].from_env
    ds_env = build_datasette(archive["data_dir"], users_file=tmp_path / "none.json", secret="x")
    config = ds_env.metadata()["plugins"]["datasette-auth-passwords"]
    assert config["envuser_password_hash"] == {"$env": "COLLECTOR_PASSWORD_HASH_envuser"}
    response = _login(ds_env, "envuser", "s3cret-env")
    assert response.status_code == 302
    assert ds_env.unsign(response.cookies["ds_actor"], "actor")["a"]["role"] == "auditor"


def test_actor_without_a_role_is_treated_as_anonymous(ds):
    assert get(ds, "/", actor={"id": "clerk"}).status_code == 403
    assert get(ds, "/collector/messages.json", actor={"id": "root"}).status_code == 403


@pytest.mark.parametrize("path", [
    "/", "/overdue", "/review", "/mails", "/units", "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80",
    "/search?q=%E4%B9%A1%E9%95%87", "/exports", "/collector", "/collector/messages", "/collector/attachments",
    "/collector/status_report", "/collector/missing_units", "/collector/late_units", "/collector/review_queue",
    "/collector/photos", "/collector/messages.json", "/collector/status.csv",
])
def test_office_sees_every_page(ds, path):
    response = get(ds, path, actor=OFFICE)
    assert response.status_code == 200, response.text[:500]


def test_office_cannot_run_sql(ds):
    for path in ["/collector?sql=select+1", "/collector.json?sql=select+sqlite_version()",
                 "/collector/messages?_where=1%3D1", "/collector.db"]:
        assert get(ds, path, actor=OFFICE).status_code == 403, path
    database_page = get(ds, "/collector", actor=OFFICE).text
    assert 'id="sql-editor"' not in database_page
    assert "查看和编辑 SQL" not in get(ds, "/collector/messages", actor=OFFICE).text


def test_auditor_runs_read_only_sql(ds):
    response = get(ds, "/collector.json?sql=select+count(*)+as+n+from+messages&_shape=array", actor=AUDITOR)
    assert response.status_code == 200
    assert response.json()[0]["n"] == 11
    write = get(ds, "/collector.json?sql=delete+from+messages", actor=AUDITOR)
    assert write.status_code == 400
    assert get(ds, "/collector.json?sql=select+count(*)+as+n+from+messages&_shape=array", actor=AUDITOR).json()[0]["n"] == 11
    assert 'id="sql-editor"' in get(ds, "/collector", actor=AUDITOR).text


def test_metadata_with_hashes_is_never_served(ds):
    for actor in (OFFICE, AUDITOR):
        assert get(ds, "/-/metadata.json", actor=actor).status_code == 403


def test_status_page_counts_match_database(ds, archive):
    html = get(ds, "/", actor=OFFICE).text
    shown = {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', html)}
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    expected = {
        "total": db.execute("select count(*) from status").fetchone()[0],
        "complete": db.execute("select count(*) from status where state='complete'").fetchone()[0],
        "partial": db.execute("select count(*) from status where state='partial'").fetchone()[0],
        "missing": db.execute("select count(*) from status where state='missing'").fetchone()[0],
        "late": db.execute("select count(*) from status where late=1").fetchone()[0],
        "units": db.execute("select count(distinct unit) from status").fetchone()[0],
        "review": db.execute("select count(*) from messages where state='needs_review'").fetchone()[0],
    }
    assert shown == expected
    assert expected["complete"] == 7 and expected["missing"] == 10
    for label in ("已报送", "部分报送", "未报送", "逾期"):
        assert label in html


def test_status_page_filters(ds):
    def rows(query):
        html = get(ds, "/?" + query, actor=OFFICE).text
        body = html.split('<tbody>', 1)[1] if "<tbody>" in html else ""
        return body.count("<tr ")

    assert rows("state=missing") == 10
    assert rows("requirement=photos") == 6
    assert rows("unit_kind=town") == 6
    assert rows("unit_kind=department") == 9
    assert rows("late=1") == 2
    assert rows("requirement=plan&state=complete") == 4


def test_overdue_page_lists_contacts_per_requirement(ds):
    html = get(ds, "/overdue", actor=OFFICE).text
    assert "活动照片" in html and "河口镇" in html
    assert "jyj.other@163.com" in html  # the address the unit last used
    assert "县直部门" in html and "department" not in html
    assert "青山乡" in html and "逾期" in html


def test_review_queue_shows_reason(ds):
    html = get(ds, "/review", actor=OFFICE).text
    assert "发件地址未登记，无法确定单位" in html
    assert "大附件链接，需要人工下载" in html
    assert "县卫健委" in html


def test_mail_page_shows_everything_escaped(ds, archive):
    sha = archive["facts"]["mails"]["review-xss"]
    html = get(ds, f"/mail/{sha}", actor=OFFICE).text
    assert "<script>alert" not in html and "<img src=x onerror" not in html
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;xss&quot;)" in html
    assert "&lt;b&gt;粗体&lt;/b&gt;" in html
    assert sha in html and "raw/" in html
    assert "stranger@qq.com" in html and "2023-05-12 14:00" in html


def test_link_attachment_never_becomes_a_javascript_href(ds, archive):
    sha = archive["facts"]["mails"]["review-link"]
    html = get(ds, f"/mail/{sha}", actor=OFFICE).text
    assert 'href="javascript:' not in html and "javascript:alert(3)" in html


def test_every_listing_escapes_cells(ds):
    for path in ["/review", "/mails", "/collector/messages", "/collector/attachments",
                 "/collector/review_queue", "/search?q=%E8%AF%B4%E6%98%8E"]:
        html = get(ds, path, actor=OFFICE).text
        assert "<script>alert" not in html, path
        assert "<img src=x onerror" not in html, path
    assert "&lt;script&gt;" in get(ds, "/search?q=%E8%AF%B4%E6%98%8E", actor=OFFICE).text


def test_unit_page_lists_mails_files_versions_and_thumbnails(ds, archive):
    html = get(ds, "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80", actor=OFFICE).text
    facts = archive["facts"]
    assert "更正：县发改局工作总结（以此为准）" in html and "县发改局工作总结" in html
    assert "（当前版本）" in html
    photo_id = facts["attachments"]["fgj-photos:0"]
    assert f'src="/thumb/{photo_id}"' in html
    assert "活动方案.docx" in html


def test_thumbnail_is_served_only_from_the_database_behind_login(ds, archive):
    photo_id = archive["facts"]["attachments"]["fgj-photos:0"]
    response = get(ds, f"/thumb/{photo_id}", actor=OFFICE)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"
    assert response.content[:2] == b"\xff\xd8"
    table = get(ds, "/collector/attachments", actor=OFFICE).text
    assert f'src="/thumb/{photo_id}"' in table
    photos_query = get(ds, "/collector/photos?%E5%8D%95%E4%BD%8D=", actor=OFFICE).text
    assert f'src="/thumb/{photo_id}"' in photos_query


def test_file_download_comes_from_archive_with_safe_name(ds, archive):
    facts = archive["facts"]
    photo_id = facts["attachments"]["fgj-photos:0"]
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    path = db.execute("select path from attachments where id=?", (photo_id,)).fetchone()[0]
    response = get(ds, f"/file/{photo_id}", actor=OFFICE)
    assert response.status_code == 200
    assert response.content == (archive["data_dir"] / path).read_bytes()
    evil_id = facts["attachments"]["fgj-photos:2"]
    evil = get(ds, f"/file/{evil_id}", actor=OFFICE)
    assert evil.headers["content-type"] == "application/octet-stream"
    disposition = evil.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert disposition.endswith("filename*=UTF-8''passwd")
    assert evil.headers["x-content-type-options"] == "nosniff"


def test_file_path_outside_archive_is_refused(ds, archive, tmp_path):
    data_dir = archive["data_dir"]
    db = sqlite3.connect(data_dir / "collector.db")
    sha = archive["facts"]["mails"]["qsx-plan"]
    db.execute(
        "insert into attachments (message_sha256, idx, filename, kind, path) values (?, 99, 'x', 'document', '../users.json')",
        (sha,),
    )
    db.commit()
    bad_id = db.execute("select id from attachments where idx = 99").fetchone()[0]
    try:
        assert get(ds, f"/file/{bad_id}", actor=OFFICE).status_code == 404
    finally:
        db.execute("delete from attachments where id = ?", (bad_id,))
        db.commit()


def test_raw_mail_download(ds, archive):
    sha = archive["facts"]["mails"]["fgj-plan"]
    response = get(ds, f"/raw/{sha}", actor=OFFICE)
    assert response.status_code == 200
    import hashlib

    assert hashlib.sha256(response.content).hexdigest() == sha


def test_search_finds_two_character_words(ds, archive):
    facts = archive["facts"]
    html = get(ds, "/search?q=%E4%B9%A1%E9%95%87", actor=OFFICE).text  # 乡镇: only in a document's text
    assert f"/mail/{facts['mails']['fgj-plan']}" in html
    assert "<mark>乡镇</mark>" in html
    html = get(ds, "/search?q=%E7%85%A7%E7%89%87", actor=OFFICE).text  # 照片
    for key in ("fgj-photos", "jyj-photos", "cgz-photos"):
        assert f"/mail/{facts['mails'][key]}" in html
    html = get(ds, "/search?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93", actor=OFFICE).text  # 工作总结
    assert f"/mail/{facts['mails']['fgj-summary']}" in html
    html = get(ds, "/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D", actor=OFFICE).text
    assert "没有找到" in html


def test_search_index_is_not_trigram(archive):
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    sql = db.execute("select sql from sqlite_master where name='search_index'").fetchone()[0]
    assert "trigram" not in sql.lower()


def test_exports_from_dashboard(ds):
    xlsx = get(ds, "/export/status.xlsx", actor=OFFICE)
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    csv = get(ds, "/export/status.csv?state=missing", actor=OFFICE)
    assert csv.content.startswith(b"\xef\xbb\xbf")
    assert csv.content.decode("utf-8-sig").count("\n") == 11
    zipped = get(ds, "/export/files.zip?unit=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80", actor=OFFICE)
    assert zipped.status_code == 200 and zipped.content[:2] == b"PK"
    assert "attachment;" in zipped.headers["content-disposition"]


def test_chinese_ui_strings_on_datasette_pages(ds):
    table = get(ds, "/collector/messages", actor=OFFICE).text
    for zh in ("导出为", "高级导出", "筛选", "收到时间", "主题"):
        assert zh in table, zh
    for en in ("This data as", "Advanced export", ">Apply<", "Next page"):
        assert en not in table, en
    database = get(ds, "/collector", actor=OFFICE).text
    assert "常用查询" in database and "邮件" in database
    query = get(ds, "/collector/status_report", actor=OFFICE).text
    assert "单位" in query and "Custom SQL query" not in query


def test_pagination_links(ds, monkeypatch):
    from collector.dashboard import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    first = get(ds, "/mails?state=filed", actor=OFFICE).text
    assert "第 1 / 5 页" in first and 'href="/mails?state=filed&amp;page=2"' in first
    last = get(ds, "/mails?state=filed&page=5", actor=OFFICE).text
    assert "上一页" in last and "下一页" not in last
    search = get(ds, "/search?q=%E7%85%A7%E7%89%87", actor=OFFICE).text
    assert "page=2" in search


def test_datasette_csv_gets_a_bom_for_excel(ds):
    for path in ["/collector/status.csv", "/collector/status_report.csv", "/collector/messages.csv?_stream=on"]:
        response = get(ds, path, actor=OFFICE)
        assert response.status_code == 200, path
        assert response.content.startswith(b"\xef\xbb\xbf") and not response.content.startswith(b"\xef\xbb\xbf" * 2), path
        if "content-length" in response.headers:
            assert int(response.headers["content-length"]) == len(response.content)
        assert "县发改局" in response.content.decode("utf-8-sig")


def test_incremental_search_indexing(tmp_path):
    from collector.dashboard.search import fts_match_expression, index_message_for_search
    from collector.index import connect

    db = connect(tmp_path)
    db["messages"].insert({"sha256": "a" * 64, "subject": "关于乡镇报送的通知", "body_text": "正文", "received_at": "2023-05-01"})
    db["attachments"].insert({"message_sha256": "a" * 64, "idx": 0, "filename": "总结.docx", "text": "现场照片若干"})
    index_message_for_search(db, "a" * 64)
    index_message_for_search(db, "a" * 64)  # idempotent
    def hits(q):
        return db.execute("select count(*) from search_index where search_index match ?", [fts_match_expression(q)]).fetchone()[0]
    assert hits("乡镇") == 1 and hits("照片") == 1 and hits("现场照片") == 1 and hits("教育") == 0
    db["messages"].update("a" * 64, {"subject": "另一个主题"})
    index_message_for_search(db, "a" * 64)
    assert hits("乡镇") == 0
    db["attachments"].delete_where("message_sha256 = ?", ["a" * 64])
    db["messages"].delete("a" * 64)
    index_message_for_search(db, "a" * 64)
    assert db.execute("select count(*) from search_docs").fetchone()[0] == 0


def test_auditor_can_search_with_escape_fts_in_sql(ds):
    sql = "select count(*) as n from search_index where search_index match escape_fts('乡镇')"
    response = get(ds, "/collector.json", actor=AUDITOR, params={"sql": sql, "_shape": "array"})
    assert response.status_code == 200 and response.json()[0]["n"] >= 1


def test_pages_work_on_an_empty_archive(tmp_path):
    add_user("clerk", "office", "clerk-pass-1", users_file=tmp_path / "users.json")  # a cookie counts only for a login that exists
    from collector.index import connect

    connect(tmp_path / "data").close()  # what a first poll of an empty mailbox leaves; serve creates nothing
    empty = build_datasette(tmp_path / "data", users_file=tmp_path / "users.json", secret="x")
    for path in ["/", "/overdue", "/review", "/mails", "/units", "/exports", "/collector", "/export/status.xlsx",
                 "/export/status.csv", "/export/files.zip"]:
        assert get(empty, path, actor=OFFICE).status_code == 200, path
    search = get(empty, "/search?q=%E4%B9%A1%E9%95%87", actor=OFFICE)
    assert search.status_code == 200 and "搜索索引尚未建立" in search.text
    assert get(empty, "/unit?name=%E6%97%A0", actor=OFFICE).status_code == 404


def test_search_warns_when_mails_are_missing_from_the_index(tmp_path):
    from collector.index import connect

    build_sample(tmp_path / "data")
    db = connect(tmp_path / "data")
    db["messages"].insert({"sha256": "f" * 64, "subject": "新邮件乡镇", "received_at": "2023-06-01"})
    db.conn.commit()
    db.conn.close()
    add_user("clerk", "office", "clerk-pass-1", users_file=tmp_path / "users.json")
    fresh = build_datasette(tmp_path / "data", users_file=tmp_path / "users.json", secret="x")
    html = get(fresh, "/search?q=%E4%B9%A1%E9%95%87", actor=OFFICE).text
    assert "搜索索引不完整：已索引 11 / 12" in html


def _search_hits(db, query):
    from collector.dashboard.search import fts_match_expression

    return [r[0] for r in db.execute(
        "select d.message_sha256 from search_index join search_docs d on d.id = search_index.rowid"
        " where search_index match ? order by d.message_sha256", [fts_match_expression(query)]
    )]


def _index_one(tmp_path, text):
    from collector.dashboard.search import index_message_for_search
    from collector.index import connect

    db = connect(tmp_path)
    db["messages"].insert({"sha256": "b" * 64, "subject": "通知", "body_text": text})
    db["messages"].insert({"sha256": "c" * 64, "subject": "无关", "body_text": "完全不同的内容"})
    index_message_for_search(db, "b" * 64)
    index_message_for_search(db, "c" * 64)
    return db


@pytest.mark.parametrize("text,query", [
    ("喇嘛洞镇人民政府关于活动的报告", "喇嘛洞"),   # a dictionary would cut 喇嘛/洞镇
    ("城关镇政府办公室", "镇政府"),
    ("各乡镇人民政府、县直各单位", "乡镇"),
    ("附件：现场照片若干张", "照片"),
    ("建昌镇政务公开日活动总结", "活动总结"),
    ("报送单位：建昌镇", "镇"),                     # one character, last of its run
    ("镇政府办公室", "镇"),                          # one character, first of its run
    ("精心组织开展5·15政务公开日活动", "5·15活动"),
    ("现场 IMG_2023.jpg 照片一张", "IMG_2023 照片"),
    ("第3稿", "第3稿"),
    ("联系人 zhangsan@163.com", "zhangsan"),
    ("回复至 office@jianchang.gov.cn", "jianchang"),
    ("现场 IMG_2023.jpg 一张", "IMG_2023.jpg"),
    ("八家子镇政务公开专栏", "八家子镇 专栏"),
])
def test_search_finds_every_substring_of_the_text(tmp_path, text, query):
    assert _search_hits(_index_one(tmp_path, text), query) == ["b" * 64]


@pytest.mark.parametrize("text,query", [
    ("城关，镇政", "关镇"),                   # across two runs
    ("建昌镇政务公开", "镇长"),               # 镇 is there, 镇长 is not
    ("建昌镇政务公开", "政务 总结"),          # every part must occur
    ("政务公开日活动", "5·15活动"),
    ("联系人 zhangsan@163.com", "zhang"),     # latin words match whole
])
def test_search_does_not_match_what_is_not_in_the_text(tmp_path, text, query):
    assert _search_hits(_index_one(tmp_path, text), query) == []


def test_chinese_hits_equal_a_substring_scan(tmp_path):
    import random

    from collector.dashboard.search import index_message_for_search
    from collector.index import connect

    rng = random.Random(7)
    alphabet = "城关镇政府乡照片，、 a1"
    db = connect(tmp_path)
    texts = {}
    for i in range(150):
        sha = f"{i:064x}"
        texts[sha] = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        db["messages"].insert({"sha256": sha, "subject": "", "body_text": texts[sha]})
        index_message_for_search(db, sha)
    chinese = "城关镇政府乡照片"
    queries = {"".join(rng.choice(chinese) for _ in range(rng.randint(1, 4))) for _ in range(200)}
    for query in sorted(queries):
        assert _search_hits(db, query) == sorted(s for s, t in texts.items() if query in t), query


def test_old_search_layout_is_rebuilt(tmp_path):
    from collector.dashboard.search import ensure_search_tables, has_search_index, index_message_for_search
    from collector.index import connect

    db = connect(tmp_path)
    db["messages"].insert({"sha256": "e" * 64, "subject": "喇嘛洞镇活动方案", "body_text": "现场照片"})
    db.execute("create virtual table search_index using fts5(subject, body, files, grams)")
    db.execute("create table search_docs (id integer primary key, message_sha256 text unique)")
    assert not has_search_index(db.conn)
    db.conn.execute("BEGIN")
    ensure_search_tables(db)  # inside a caller's transaction: rebuilt in it, not committed
    assert db.conn.in_transaction and has_search_index(db.conn)
    assert _search_hits(db, "喇嘛洞") == ["e" * 64]
    db.conn.rollback()
    assert not has_search_index(db.conn)
    with db.atomic():  # what the pipeline does for the first mail after the upgrade
        db["messages"].insert({"sha256": "f" * 64, "subject": "建昌镇照片", "body_text": ""})
        index_message_for_search(db, "f" * 64)
    assert has_search_index(db.conn)
    assert _search_hits(db, "照片") == ["e" * 64, "f" * 64] and _search_hits(db, "洞") == ["e" * 64]


def test_search_caps_the_count_of_very_common_words(ds, monkeypatch):
    from collector.dashboard import pages, search

    monkeypatch.setattr(search, "MAX_RESULTS", 2)
    monkeypatch.setattr(search, "COUNT_SQL", search.COUNT_SQL.replace("LIMIT 1001", "LIMIT 3"))
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    html = get(ds, "/search?q=%E7%85%A7%E7%89%87", actor=OFFICE).text  # 照片: 3+ mails
    assert "找到超过 2 封邮件" in html and "第 1 / 2 页" in html


def test_gate_cannot_be_bypassed_with_encoded_paths(ds):
    for raw in [b"/-/static/../collector/messages.json", b"/-/static%2F..%2Fcollector/messages.json",
                b"/-/login/../collector.json", b"/-/static/..%2F..%2Fcollector.json", b"/-/metadata%2Ejson"]:
        async def fetch():
            import httpx

            transport = httpx.ASGITransport(app=ds.app())
            async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
                request = client.build_request("GET", "http://localhost/")
                request.url = request.url.copy_with(raw_path=raw)
                return await client.send(request)

        response = run(fetch())
        assert response.status_code in (403, 404), raw
        assert "县发改局" not in response.text


def test_gate_covers_static_mounts_too(archive, tmp_path):
    # Datasette's `allow` does not cover --static mounts (FIELD-NOTES); the gate does.
    from datasette.app import Datasette

    from collector.serve import build_metadata, datasette_dir

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "secret.txt").write_text("县发改局 secret")
    plain = Datasette(
        files=[str(archive["data_dir"] / "collector.db")],
        metadata=build_metadata(archive["data_dir"], datasette_dir(), archive["users_file"]),
        static_mounts=[("assets", str(assets))],
        secret="x",
    )
    assert run(plain.client.get("/assets/secret.txt")).status_code == 403
    office = {"ds_actor": plain.sign({"a": OFFICE}, "actor")}
    assert run(plain.client.get("/assets/secret.txt", cookies=office)).status_code == 200


def test_table_views_show_codes_in_chinese(ds):
    assert "已报送 <span" in get(ds, "/collector/status", actor=OFFICE).text
    assert "待审核 <span" in get(ds, "/collector/messages", actor=OFFICE).text
    assert "照片 <span" in get(ds, "/collector/attachments", actor=OFFICE).text


def test_a_mail_failing_authentication_is_flagged_for_the_clerk(archive, tmp_path):
    """trust.sender_warning: a known unit's address whose DKIM fails shows as 疑似冒名."""
    conn = sqlite3.connect(archive["data_dir"] / "collector.db")
    sha, unit = conn.execute("SELECT sha256, unit FROM messages WHERE unit IS NOT NULL LIMIT 1").fetchone()
    warning = "发件地址 x@163.com 是已登记单位的地址，但邮件签名（DKIM）验证失败，可能是冒名邮件，请核实"
    with conn:
        conn.execute("UPDATE messages SET sender_warning = ?, dkim = 'fail' WHERE sha256 = ?", [warning, sha])
    conn.close()
    ds = build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="test-secret")
    try:
        mail = get(ds, f"/mail/{sha}", actor=OFFICE)
        assert mail.status_code == 200 and "疑似冒名" in mail.text and "可能是冒名邮件" in mail.text
        assert "疑似冒名" in get(ds, "/mails", actor=OFFICE).text
        from urllib.parse import quote

        assert "疑似冒名" in get(ds, f"/unit?name={quote(unit)}", actor=OFFICE).text
    finally:
        conn = sqlite3.connect(archive["data_dir"] / "collector.db")
        with conn:
            conn.execute("UPDATE messages SET sender_warning = NULL, dkim = 'pass' WHERE sha256 = ?", [sha])
        conn.close()


def test_dashboard_exports_reach_the_audit_chain_through_the_next_run(tmp_path):
    """The dashboard spools its export events; the next collector run puts them in the chain, once."""
    from collector import audit, pipeline

    sample = sample_dashboard_archive(tmp_path)
    data_dir = sample["data_dir"]
    ds = build_datasette(data_dir, users_file=sample["users_file"], secret="test-secret")
    assert get(ds, "/export/status.xlsx", actor=OFFICE).status_code == 200
    assert get(ds, "/export/files.zip", actor=OFFICE).status_code == 200
    ctx = pipeline.open_context(data_dir, None)
    before = ctx.db.execute("SELECT count(*) FROM audit_log WHERE event = 'exported'").fetchone()[0]
    assert audit.absorb_spool(ctx.db, data_dir) == 2
    assert audit.absorb_spool(ctx.db, data_dir) == 0  # once
    rows = list(ctx.db.query("SELECT actor, detail FROM audit_log WHERE event = 'exported' ORDER BY seq"))
    assert len(rows) == before + 2 and rows[-1]["actor"] == "clerk" and "files.zip" in rows[-1]["detail"]
    assert audit.verify_chain(ctx.db)[1] is None


def test_every_table_of_a_fresh_archive_has_a_chinese_title_and_description(ds, archive):
    """datasette/metadata.yml names every table the migrations create (or hides it), in Chinese."""
    from collector import migrations

    assert migrations.read_version(archive["data_dir"]) == migrations.latest_version()
    db = ds.get_database("collector")
    tables, hidden = run(db.table_names()), set(run(db.hidden_table_names()))
    assert {"roster_units", "campaigns", "filed_links", "outbox", "photo_work", "decisions"} <= set(tables)

    def described(table: str) -> bool:
        title = ds.metadata("title", database="collector", table=table, fallback=False) or ""
        description = ds.metadata("description", database="collector", table=table, fallback=False) or ""
        return bool(re.search(r"[\u4e00-\u9fff]", title) and re.search(r"[\u4e00-\u9fff]", description))

    assert [t for t in tables if t not in hidden and not described(t)] == []
    page = get(ds, "/collector/roster_addresses", actor=AUDITOR).text
    assert "<h1>常设名册（邮箱）" in page and "常设名册中各单位登记的发件邮箱" in page
    assert ">发件箱</a> <small class=\"muted\">outbox</small>" in get(ds, "/collector", actor=AUDITOR).text


def test_a_files_text_status_is_named_in_chinese(ds, archive):
    """已提取文字 / 扫描件（文字由OCR识别） / a PDF saved from Word: each its own words; only a real failure says 文字提取失败."""
    sha = archive["facts"]["mails"]["fgj-photos"]
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    try:
        (first, before), *_ = db.execute("SELECT idx, text_status FROM attachments WHERE message_sha256 = ? ORDER BY idx",
                                         [sha]).fetchall()
        for status, shown in (("typed", "已提取文字（Word/WPS另存的PDF）"), ("ocr", "扫描件（文字由OCR识别）"),
                              ("failed: bad xref", "文字提取失败：failed: bad xref")):
            with db:
                db.execute("UPDATE attachments SET text_status = ? WHERE message_sha256 = ? AND idx = ?",
                           [status, sha, first])
            html = get(ds, f"/mail/{sha}", actor=OFFICE).text
            assert shown in html, status
            assert status == "failed: bad xref" or "文字提取失败" not in html
    finally:
        with db:
            db.execute("UPDATE attachments SET text_status = ? WHERE message_sha256 = ? AND idx = ?", [before, sha, first])
        db.close()
