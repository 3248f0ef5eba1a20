"""The 发件箱 pages in real headless Chromium against a running dashboard: the clerk sees
the receipts sent, turns receipts off and sends reminders with the button."""

from __future__ import annotations

import pytest
from outbox_helpers import collector, env_for, now_office, summary_attachments, unit_mail, write_campaign
from browser_support import ARTIFACTS, dashboard_server, headless_chromium

from collector.dashboard.auth import add_user

pytestmark = pytest.mark.browser


@pytest.fixture
def dashboard(fresh_mailbox, smtp_sink, tmp_path):
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user)
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结",
                                   summary_attachments("八家子镇", photo=False)), now_office())
    assert collector(env, "poll").returncode == 0
    users = tmp_path / "users.json"
    add_user("clerk", "office", "clerk-pass-1", users_file=users)
    server_env = {**env, "COLLECTOR_USERS_FILE": str(users), "COLLECTOR_DASHBOARD_SECRET": "outbox-browser"}
    with dashboard_server(tmp_path / "archive", server_env, tmp_path / "serve.log") as url:
        yield url, env


def test_the_clerk_turns_receipts_off_and_sends_reminders(dashboard, smtp_sink):
    url, env = dashboard
    with headless_chromium() as browser:
        page = browser.new_context(locale="zh-CN").new_page()
        page.goto(url + "/")
        page.fill("#id_username", "clerk")
        page.fill("#id_password", "clerk-pass-1")
        page.click("input[type=submit]")
        page.wait_for_url(url + "/")
        page.click("text=发件箱")
        page.wait_for_url(url + "/outbox")
        assert "回执：八家子镇活动总结" in page.locator("#outbox-table").inner_text()
        page.click("input[value=关闭回执]")
        page.wait_for_url(url + "/outbox?msg=receipts-off")
        assert page.locator("#outbox-message").inner_text() == "已关闭回执。"
        page.screenshot(path=str(ARTIFACTS / "outbox-1-receipts-off.png"), full_page=True)
        page.goto(url + "/outbox/remind?requirement=summary")
        assert "县水利局" in page.locator("#remind-phone").inner_text()
        page.click("#remind-send input[type=submit]")
        page.wait_for_selector("#remind-message")
        assert page.locator("#remind-message").inner_text().startswith("已发送 3 封")
        page.screenshot(path=str(ARTIFACTS / "outbox-2-reminders-sent.png"), full_page=True)
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages[1:]) == ["bjz@163.com", "fgj@163.com", "jczhen@163.com"]
