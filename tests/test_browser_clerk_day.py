"""The clerk's whole day in real headless Chromium (issue 14), on the demo mailbox as
`collector demo --no-serve` polls it: log in, clear the 待审核 queue (a refused assign,
ignore, undo), confirm a unit's new address, correct a mail filed under the wrong unit,
checking 报送情况, the unit page and the export after each step; the auditor, an
anonymous visitor and stale or missing CSRF tokens are refused with nothing changed; a
burst of wrong passwords is slowed down and shows in 登录记录. Every step is screenshot
at 1366×768 and 390×844 into tests/artifacts/clerk-*.png (docs/dashboard.md shows them)."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys

import pytest

from collector.dashboard import login_guard
from collector.dashboard.decide_pages import STALE_MESSAGE
from browser_support import ARTIFACTS, dashboard_server, headless_chromium

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SELFCHECK = "2023-06-12-zwgkgzzczg"
CAMPAIGN = "jianchang-515-2023"


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as b:
        yield b


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("clerk-day") / "demo"
    done = subprocess.run([sys.executable, "-m", "collector", "demo", "--no-serve", "--workdir", str(workdir)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    env = dict(os.environ, COLLECTOR_USERS_FILE=str(workdir / "users.json"), COLLECTOR_DASHBOARD_SECRET="clerk-day")
    with dashboard_server(workdir / "archive", env, workdir / "serve.log") as url:
        yield {"url": url, "data_dir": workdir / "archive",
               "passwords": {n: (workdir / f"{n}-password").read_text().strip() for n in ("clerk", "auditor")}}


def query(demo, sql, params=()):
    conn = sqlite3.connect(demo["data_dir"] / "collector.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def snapshot(demo):
    return (query(demo, "SELECT sha256, state, unit, campaign FROM messages ORDER BY sha256"),
            query(demo, "SELECT count(*) FROM decisions"),
            query(demo, "SELECT campaign, unit, requirement, state FROM status ORDER BY 1, 2, 3"))


def log_in(browser, demo, name):
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    page.goto(demo["url"] + "/")
    page.fill("#id_username", name)
    page.fill("#id_password", demo["passwords"][name])
    page.click("input[type=submit]")
    page.wait_for_url(demo["url"] + "/")
    return page


def shot(page, name):
    """The page as it is, on the office screen and on a phone."""
    page.screenshot(path=str(ARTIFACTS / f"clerk-{name}-1366.png"))
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(ARTIFACTS / f"clerk-{name}-390.png"))
    page.set_viewport_size(DESKTOP)


def flash(page) -> str:
    return " ".join(page.locator("[class^=message-]").all_inner_texts())


def status_row(demo, unit, requirement, campaign=CAMPAIGN):
    rows = query(demo, "SELECT state FROM status WHERE campaign = ? AND unit = ? AND requirement = ?",
                 [campaign, unit, requirement])
    return rows[0][0] if rows else None


def export_rows(page, demo) -> list[dict]:
    response = page.request.get(demo["url"] + f"/export/status.csv?campaign={CAMPAIGN}")
    assert response.ok
    return list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))


def check_views(page, demo, unit, requirement_title, expected_label):
    """报送情况, the unit page and the export all say the same thing about one unit's requirement."""
    page.goto(demo["url"] + f"/?campaign={CAMPAIGN}")
    row = page.locator("#status-table tbody tr", has=page.locator(f'a:text-is("{unit}")')).filter(has_text=requirement_title)
    assert expected_label in row.first.inner_text()
    page.goto(demo["url"] + f"/unit?name={unit}&campaign={CAMPAIGN}")
    assert expected_label in page.locator("body").inner_text()
    exported = [r for r in export_rows(page, demo) if r["单位"] == unit and r["报送要求"] == requirement_title]
    assert exported and exported[0]["状态"] == expected_label


def review_shas(demo):
    return [r[0] for r in query(demo, "SELECT sha256 FROM messages WHERE state = 'needs_review' ORDER BY received_at")]


def test_a_clerks_day(browser, demo):
    url = demo["url"]
    page = log_in(browser, demo, "clerk")
    shot(page, "01-status")
    queue = review_shas(demo)
    assert len(queue) == 2
    stats, fgj = (query(demo, "SELECT sha256 FROM messages WHERE subject LIKE ?", [f"%{s}%"])[0][0]
                  for s in ("县统计局", "县发改局自查报告"))
    page.goto(url + "/review")
    assert page.locator(".decide").count() == 2
    shot(page, "02-queue")

    # 县发改局 sent a 自查报告 it was not asked for: filing it under 自查整改 is refused, clearly
    page.goto(url + f"/mail/{fgj}")
    form = page.locator(f"#assign-{fgj[:12]}")
    form.locator("select[name=campaign]").select_option(SELFCHECK)
    form.locator("input[name=unit]").fill("县发改局")
    before = snapshot(demo)
    form.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert f"县发改局不在活动{SELFCHECK}中" in flash(page)
    assert snapshot(demo) == before
    shot(page, "03-refused-assign")
    # ... so the clerk ignores it, with the reason
    page.fill(f"#ignore-{fgj[:12]} input[name=note]", "通知未要求县发改局报送自查报告，已电话告知")
    page.click(f"#ignore-{fgj[:12]} input[type=submit]")
    page.wait_for_load_state()
    assert "已忽略这封邮件" in flash(page)
    assert review_shas(demo) == [stats]
    shot(page, "04-ignored")

    # 县统计局 is not on the notice: ignored from the queue itself; undone and done again
    page.goto(url + "/review")
    page.fill(f"#ignore-{stats[:12]} input[name=note]", "县统计局不在本次通知的报送单位中")
    page.click(f"#ignore-{stats[:12]} input[type=submit]")
    page.wait_for_url(url + "/review")
    assert review_shas(demo) == [] and "没有待审核的邮件" in page.content()
    shot(page, "05-queue-empty")
    page.goto(url + f"/mail/{stats}")
    page.click(f"#undo-{stats[:12]} input[type=submit]")
    page.wait_for_load_state()
    assert "已撤销，邮件退回待审核" in flash(page) and review_shas(demo) == [stats]
    page.fill(f"#ignore-{stats[:12]} input[name=note]", "县统计局不在本次通知的报送单位中")
    page.click(f"#ignore-{stats[:12]} input[type=submit]")
    page.wait_for_load_state()
    assert review_shas(demo) == []
    page.goto(url + "/")
    assert page.inner_text('[data-count="review"]') == "0"
    history = [e for e, in query(demo, "SELECT event FROM audit_log WHERE message_sha256 = ? ORDER BY seq", [stats])]
    assert history[-3:] == ["ignored_by_person", "reopened_by_person", "ignored_by_person"]

    # a unit's mail from an address not in the roster yet: confirmed, and the address remembered
    sha, unit, address = query(demo, "SELECT sha256, unit, from_addr FROM messages WHERE state = 'filed' AND campaign = ?"
                                     " AND unit = '县营商局' ORDER BY received_at LIMIT 1", [CAMPAIGN])[0]
    requirements = [r for r, in query(demo, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha])]
    page.goto(url + f"/mail/{sha}")
    form = page.locator(f"#assign-{sha[:12]}")
    form.locator("input[name=remember]").check()
    form.locator("input[name=note]").fill("电话确认：营商局办公室新邮箱")
    form.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert f"已将 {address} 登记为{unit}的邮箱" in flash(page)
    assert [r for r, in query(demo, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha])] == requirements
    page.goto(url + f"/roster/unit?name={unit}")
    assert address in page.locator("#unit-addresses").inner_text()
    shot(page, "06-address-remembered")

    # a mail filed under the wrong unit (sent from a colleague's address): corrected
    owner = query(demo, "SELECT s.unit FROM status s JOIN units u ON u.campaign = s.campaign AND u.name = s.unit"
                         " WHERE s.campaign = ? AND s.requirement = 'interview' AND s.state = 'missing'"
                         " AND u.kind = 'department' ORDER BY s.unit LIMIT 1", [CAMPAIGN])[0][0]
    wrong_sha, wrong_unit = query(demo, "SELECT m.sha256, m.unit FROM messages m JOIN submissions s ON s.message_sha256 = m.sha256"
                                        " WHERE m.state = 'filed' AND s.requirement = 'interview' AND s.is_current = 1"
                                        " AND m.unit != ? AND m.unit != '县营商局' AND m.campaign = ? ORDER BY m.received_at LIMIT 1",
                                  [owner, CAMPAIGN])[0]
    interview = query(demo, "SELECT title FROM requirements WHERE campaign = ? AND id = 'interview'", [CAMPAIGN])[0][0]
    check_views(page, demo, owner, interview, "未报送")
    page.goto(url + f"/mail/{wrong_sha}")
    shot(page, "07-filed-mail")
    form = page.locator(f"#assign-{wrong_sha[:12]}")
    form.locator("input[name=unit]").fill(owner)
    form.locator("input[name=requirement][value=interview]").check()
    form.locator("input[name=note]").fill(f"{owner}借用{wrong_unit}同事邮箱报送")
    form.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert f"已归入{owner}（interview）" in flash(page)
    assert query(demo, "SELECT unit FROM messages WHERE sha256 = ?", [wrong_sha]) == [(owner,)]
    assert "用" in page.locator("#decision-history").inner_text()
    shot(page, "08-corrected")
    assert status_row(demo, owner, "interview") != "missing"
    label = {"complete": "已报送", "partial": "部分报送"}[status_row(demo, owner, "interview")]
    check_views(page, demo, owner, interview, label)
    page.goto(url + f"/?campaign={CAMPAIGN}")
    shot(page, "09-status-after")
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "clerk-10-status-print.png"), full_page=True)
    assert not page.locator("form.collector-filters").is_visible() and page.locator(".print-only").first.is_visible()
    page.emulate_media(media="screen")

    # the same page in two tabs: the second decision is refused as stale, not applied twice
    tab1, tab2 = page, page.context.new_page()
    tab1.goto(url + f"/mail/{wrong_sha}")
    tab2.goto(url + f"/mail/{wrong_sha}")
    tab1.fill(f"#ignore-{wrong_sha[:12]} input[name=note]", "重复")
    tab1.click(f"#ignore-{wrong_sha[:12]} input[type=submit]")
    tab1.wait_for_load_state()
    tab1.click(f"#undo-{wrong_sha[:12]} input[type=submit]")  # back to the correction
    tab1.wait_for_load_state()
    before = snapshot(demo)
    tab2.fill(f"#ignore-{wrong_sha[:12]} input[name=note]", "另一位办事员")
    tab2.click(f"#ignore-{wrong_sha[:12]} input[type=submit]")
    tab2.wait_for_load_state()
    assert STALE_MESSAGE in flash(tab2)
    assert snapshot(demo) == before
    shot(tab2, "11-stale-refused")

    # a stale or missing CSRF token: refused, nothing changed
    for how in ("stale", "missing"):
        tab2.goto(url + f"/mail/{wrong_sha}")
        selector = f"#ignore-{wrong_sha[:12]}"
        if how == "stale":
            tab2.eval_on_selector(f"{selector} input[name=csrftoken]", "e => e.value = 'IjEyMyI.stale-token'")
        else:
            tab2.eval_on_selector(f"{selector} input[name=csrftoken]", "e => e.remove()")
        tab2.fill(f"{selector} input[name=note]", "不应生效")
        with tab2.expect_response(lambda r: r.url.endswith("/decide")) as answer:
            tab2.click(f"{selector} input[type=submit]")
        assert answer.value.status == 403, how
        # the refusal page committed and loaded before the tab is used or closed: a close racing a navigation's
        # commit can be acknowledged by Chromium and never done, and Page.close then waits forever (playwright#41900)
        tab2.wait_for_url(lambda u: u.endswith("/decide"))
        assert snapshot(demo) == before, how
    tab2.close()

    # the auditor sees the history, read-only, and cannot post; nor can an anonymous visitor
    auditor = log_in(browser, demo, "auditor")
    auditor.goto(url + f"/mail/{wrong_sha}")
    assert auditor.locator(".decide-form").count() == 0
    assert auditor.locator("#decision-history li").count() >= 3
    shot(auditor, "12-auditor-history")
    token = auditor.context.cookies()
    csrf = next((c["value"] for c in token if c["name"] == "ds_csrftoken"), "")
    form = {"csrftoken": csrf, "action": "ignore", "note": "审计", "version": "x"}
    assert auditor.request.post(url + f"/mail/{wrong_sha}/decide", form=form).status == 403
    anonymous = browser.new_context().request
    assert anonymous.post(url + f"/mail/{wrong_sha}/decide", form=form).status == 403
    assert snapshot(demo) == before
    auditor.context.close()

    # a burst of wrong passwords: slowed down, and in the record the office sees
    stranger = browser.new_context(viewport=DESKTOP, locale="zh-CN").new_page()
    answers = []
    for i in range(8):
        stranger.goto(url + "/-/login")
        stranger.fill("#id_username", "auditor")
        stranger.fill("#id_password", f"guess-{i}")
        with stranger.expect_response(lambda r: r.url.endswith("/-/login") and r.request.method == "POST") as answer:
            stranger.click("input[type=submit]")
        answers.append(answer.value.status)
    assert answers == [200] * login_guard.ACCOUNT_LIMIT + [429] * (8 - login_guard.ACCOUNT_LIMIT)
    assert "登录失败次数过多" in stranger.content()
    shot(stranger, "13-login-throttled")
    stranger.context.close()
    page.goto(url + "/logins")
    record = page.locator("#login-attempts").inner_text()
    assert record.count("密码错误") >= login_guard.ACCOUNT_LIMIT and "已限制" in record
    shot(page, "14-login-record")


def test_the_filters_never_overlap_and_the_pages_fit_a_phone(browser, demo):
    page = log_in(browser, demo, "clerk")
    for viewport in (DESKTOP, {"width": 1024, "height": 768}, {"width": 800, "height": 600}, PHONE):
        page.set_viewport_size(viewport)
        page.goto(demo["url"] + f"/?campaign={CAMPAIGN}")
        labels = page.locator("form.collector-filters > label").all()
        boxes = [label.bounding_box() for label in labels]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                apart = (a["x"] + a["width"] <= b["x"] + 1 or b["x"] + b["width"] <= a["x"] + 1
                         or a["y"] + a["height"] <= b["y"] + 1 or b["y"] + b["height"] <= a["y"] + 1)
                assert apart, (viewport, a, b)
        for box in boxes:
            assert box["x"] + box["width"] <= viewport["width"] + 1, (viewport, box)
    page.set_viewport_size(PHONE)
    for path in ("/review", f"/mail/{review_or_filed(demo)}"):
        page.goto(demo["url"] + path)
        for form in page.locator(".decide-form").all():
            box = form.bounding_box()
            assert box["x"] + box["width"] <= PHONE["width"] + 1, (path, box)


def review_or_filed(demo):
    return query(demo, "SELECT sha256 FROM messages WHERE state = 'filed' ORDER BY received_at LIMIT 1")[0][0]
