"""The clerk in real headless Chromium: upload a notice, correct the draft, save, find the
campaign in the switcher, and its 报送情况 after the next run; the 名册 pages.
Screenshots at 1366×768 land in tests/artifacts/ (docs/dashboard.md shows them)."""

from __future__ import annotations

import os

import pytest
import yaml

from collector import jobs
from collector.config import load_settings
from dashboard_archive import sample_dashboard_archive
from browser_support import ARTIFACTS, dashboard_server, headless_chromium

pytestmark = pytest.mark.browser

NOTICE = """建昌县人民政府办公室关于报送2026年度政务公开工作总结的通知
各乡镇政府，县政府各部门，各有关单位：
为做好政务公开工作年度考核，请各乡镇、各部门于12月10日前将本单位2026年度政务公开工作总结（Word版及盖章PDF版）报送至县政府办公室电子邮箱jc7710089@163.com。
联系人：张三  联系电话：7710020
建昌县人民政府办公室
2026年11月20日
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser-campaigns")
    (root / "mails").mkdir()
    settings = load_settings({}, data_dir=root / "archive")
    jobs.run_import(settings, [root / "mails"])  # a real archive: the built-in campaign and the roster
    users = sample_dashboard_archive(root / "users")["users_file"]
    notice = root / "关于报送2026年度政务公开工作总结的通知.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    env = dict(os.environ, COLLECTOR_USERS_FILE=str(users), COLLECTOR_DASHBOARD_SECRET="browser-campaigns")
    with dashboard_server(settings.data_dir, env, root / "serve.log") as url:
        yield {"url": url, "settings": settings, "root": root, "notice": notice}


@pytest.fixture(scope="module")
def page(server):
    with headless_chromium() as browser:
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page = context.new_page()
        page.on("dialog", lambda d: d.accept())
        page.goto(server["url"] + "/")
        page.fill("#id_username", "clerk")
        page.fill("#id_password", "clerk-pass-1")
        page.click("input[type=submit]")
        page.wait_for_url(server["url"] + "/")
        yield page


def shot(page, name, full_page=False):
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def test_clerk_uploads_a_notice_corrects_the_draft_and_finds_it_in_the_switcher(page, server):
    url = server["url"]
    page.goto(url + "/campaigns")
    shot(page, "campaigns-01-list.png")
    page.click("#new-campaign")
    page.set_input_files("input[name=notice]", str(server["notice"]))
    page.click("#upload-form input[type=submit]")
    page.wait_for_selector("#campaign-form")
    assert "未写时刻" in page.inner_text("#unsettled")
    shot(page, "campaigns-02-draft.png")
    if page.locator("input[name=r0_title]").count() == 0:
        page.click("button[value=add_requirement]")
        page.wait_for_selector("input[name=r0_title]")
    page.fill("input[name=title]", "2026年度政务公开工作总结报送")
    page.fill("input[name=id]", "2026-annual-summary")
    page.fill("input[name=r0_title]", "年度工作总结")
    page.fill("input[name=r0_due]", "2026-12-10T16:00")
    boxes = page.locator("#unsettled input[name=settled]")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    page.check("input[name=r0_units_all]")
    campaign_units = page.locator("#campaign-units input[name=units]")
    for i in range(campaign_units.count()):
        campaign_units.nth(i).uncheck()
    page.check("#campaign-units input[value=县发改局]")
    page.check("#campaign-units input[value=县教育局]")
    shot(page, "campaigns-03-form.png", full_page=True)
    page.click("#save-campaign")
    page.wait_for_url(url + "/campaigns?campaign=2026-annual-summary")
    assert "已保存" in page.inner_text(".message-info")
    assert page.locator("#campaign-switcher select").input_value() == "2026-annual-summary"
    assert "待生效" in page.inner_text('tr[data-campaign="2026-annual-summary"]')
    shot(page, "campaigns-04-saved.png")
    saved = server["settings"].data_dir / "campaigns" / "2026-annual-summary.yaml"
    # the notice's text, through the form's hidden field as Chromium posts it (line ends \r\n)
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["notice_text"] == NOTICE

    jobs.run_import(server["settings"], [server["root"] / "mails"])  # the next poll
    page.goto(url + "/")
    assert page.locator("#campaign-switcher select").input_value() == "2026-annual-summary"
    assert page.inner_text('[data-count="total"]') == "2"
    shot(page, "campaigns-05-status.png")
    # the switcher takes the clerk to another campaign and remembers it
    page.select_option("#campaign-switcher select", "jianchang-515-2023")
    page.wait_for_url(url + "/?campaign=jianchang-515-2023")
    assert int(page.inner_text('[data-count="units"]')) > 40
    page.goto(url + "/overdue")
    assert page.locator("#campaign-switcher select").input_value() == "jianchang-515-2023"


def test_clerk_edits_the_roster_in_the_browser(page, server):
    url = server["url"]
    page.goto(url + "/roster")
    shot(page, "roster-01-list.png")
    page.click('tr[data-unit="县发改局"] a')
    page.fill("#add-address input[name=address]", "fgj2026@163.com")
    page.click("#add-address input[type=submit]")
    assert "已为“县发改局”添加邮箱 fgj2026@163.com" in page.inner_text(".message-info")
    assert page.locator('tr[data-address="fgj2026@163.com"]').count() == 1
    shot(page, "roster-02-unit.png", full_page=True)
