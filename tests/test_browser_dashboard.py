"""End to end in real headless Chromium against a running dashboard server."""

from __future__ import annotations

import os
import sqlite3

import pytest
from browser_support import ARTIFACTS, dashboard_server, headless_chromium

from dashboard_archive import sample_dashboard_archive

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    sample = sample_dashboard_archive(tmp_path_factory.mktemp("browser"))
    data_dir, facts = sample["data_dir"], sample["facts"]
    env = dict(os.environ, COLLECTOR_USERS_FILE=str(sample["users_file"]), COLLECTOR_DASHBOARD_SECRET="browser-test")
    with dashboard_server(data_dir, env, data_dir.parent / "serve.log") as url:
        yield {"url": url, "facts": facts, "data_dir": data_dir}


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as b:
        yield b


def new_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    return page


def login(browser, server, username, password):
    page = new_page(browser)
    page.goto(server["url"] + "/")
    assert page.url.endswith("/-/login")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(server["url"] + "/")
    return page


def test_anonymous_gets_login_page_for_pages_and_files(browser, server):
    page = new_page(browser)
    facts = server["facts"]
    photo_id = facts["attachments"]["fgj-photos:0"]
    sha = facts["mails"]["fgj-photos"]
    for path in ["/", "/review", f"/mail/{sha}", f"/file/{photo_id}", f"/thumb/{photo_id}", f"/raw/{sha}",
                 "/collector/messages", "/collector/messages.json", "/collector/messages.csv",
                 "/export/status.xlsx", "/export/files.zip", "/-/versions"]:
        page.goto(server["url"] + path)
        assert page.url == server["url"] + "/-/login", path
        assert page.locator("#id_password").count() == 1, path
        assert "县发改局" not in page.content(), path
    page.screenshot(path=str(ARTIFACTS / "01-login.png"), full_page=True)
    page.context.close()


def test_clerk_sees_status_counts_that_match_the_database(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    db = sqlite3.connect(server["data_dir"] / "collector.db")
    expected = {
        "complete": db.execute("select count(*) from status where state='complete'").fetchone()[0],
        "partial": db.execute("select count(*) from status where state='partial'").fetchone()[0],
        "missing": db.execute("select count(*) from status where state='missing'").fetchone()[0],
        "late": db.execute("select count(*) from status where late=1").fetchone()[0],
        "review": db.execute("select count(*) from messages where state='needs_review'").fetchone()[0],
    }
    shown = {k: int(page.inner_text(f'[data-count="{k}"]')) for k in expected}
    assert shown == expected
    assert page.locator("#status-table tbody tr").count() == db.execute("select count(*) from status").fetchone()[0]
    assert "报送情况" in page.title()
    page.screenshot(path=str(ARTIFACTS / "02-status.png"), full_page=True)
    page.select_option("select[name=state]", "missing")
    page.click("form.collector-filters input[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#status-table tbody tr").count() == expected["missing"]
    page.context.close()


def test_two_character_search_finds_the_report(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    page.goto(server["url"] + "/search")
    page.fill("input[name=q]", "乡镇")
    page.click("form.collector-filters input[type=submit]")
    page.wait_for_load_state()
    sha = server["facts"]["mails"]["fgj-plan"]
    assert page.locator(f'a[href="/mail/{sha}"]').count() >= 1
    assert page.locator("mark", has_text="乡镇").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "03-search.png"), full_page=True)
    page.context.close()


def test_thumbnails_show_on_unit_page(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    page.goto(server["url"] + "/unit?name=县发改局")
    thumbs = page.locator("img.thumb")
    assert thumbs.count() >= 2
    thumbs.first.scroll_into_view_if_needed()
    page.wait_for_function("Array.from(document.querySelectorAll('img.thumb')).every(i => i.complete)")
    widths = page.eval_on_selector_all("img.thumb", "imgs => imgs.map(i => i.naturalWidth)")
    assert all(w > 0 for w in widths), widths
    page.screenshot(path=str(ARTIFACTS / "04-unit.png"), full_page=True)
    page.context.close()


def test_hostile_mail_is_shown_as_text(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    sha = server["facts"]["mails"]["review-xss"]
    page.goto(server["url"] + f"/mail/{sha}")
    assert "<script>" in page.inner_text("h1")
    assert "onerror" in page.inner_text("pre.mail-body")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.title() != "pwned"
    page.screenshot(path=str(ARTIFACTS / "05-mail.png"), full_page=True)
    page.context.close()


def test_clerk_cannot_run_sql_but_auditor_can(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    page.goto(server["url"] + "/collector")
    assert page.locator("#sql-editor").count() == 0
    response = page.goto(server["url"] + "/collector?sql=select+count(*)+from+messages")
    assert response.status == 403
    assert "没有权限" in page.content()
    page.screenshot(path=str(ARTIFACTS / "06-clerk-sql-denied.png"), full_page=True)
    page.context.close()

    page = login(browser, server, "audit", "audit-pass-1")
    response = page.goto(server["url"] + "/collector?sql=select+count(*)+as+n+from+messages")
    assert response.status == 200
    assert page.inner_text("td.col-n").strip() == "11"
    page.screenshot(path=str(ARTIFACTS / "07-auditor-sql.png"), full_page=True)
    page.context.close()


def test_table_page_in_chinese(browser, server):
    page = login(browser, server, "clerk", "clerk-pass-1")
    page.goto(server["url"] + "/collector/messages")
    text = page.inner_text("body")
    assert "导出为" in text and "收到时间" in text
    assert "This data as" not in text
    page.locator("th .dropdown-menu-icon").nth(2).click()
    menu = page.locator("body > .dropdown-menu")
    assert menu.is_visible()
    assert "升序排列" in menu.inner_text() and "Sort ascending" not in menu.inner_text()
    page.screenshot(path=str(ARTIFACTS / "08-table.png"), full_page=False)
    page.context.close()
