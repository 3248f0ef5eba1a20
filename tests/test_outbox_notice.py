"""The 通报 list after a deadline (collector export notice OUT.docx|OUT.xlsx), from a real poll."""

from __future__ import annotations

import datetime as dt

import docx
import openpyxl
import pytest
from outbox_helpers import collector, env_for, now_office, summary_attachments, unit_mail, write_campaign

from collector.demo.smtp_sink import SmtpSink


@pytest.fixture
def polled(fresh_mailbox, tmp_path):
    """summary due yesterday: 建昌镇 complete but late (sent today), 八家子镇 without photos,
    县发改局 and 县水利局 nothing; interview (due 2023) 县发改局 nothing."""
    yesterday = (now_office() - dt.timedelta(days=1)).replace(hour=16, minute=0, second=0, microsecond=0)
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user, receipts=False,
                              summary_due=yesterday.isoformat())
    with SmtpSink() as sink:
        env = env_for(fresh_mailbox, tmp_path / "archive", campaign, sink.port)
        fresh_mailbox.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")),
                             now_office())
        fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结",
                                       summary_attachments("八家子镇", photo=False)), now_office())
        run = collector(env, "poll")
        assert run.returncode == 0 and "2 filed" in run.stdout, run.stdout + run.stderr
    return env, yesterday


def test_the_notice_docx_lists_who_did_not_send_sent_late_or_only_part(polled, tmp_path):
    env, due = polled
    out = tmp_path / "通报名单.docx"
    run = collector(env, "export", "notice", str(out))
    assert run.returncode == 0 and run.stdout == f"wrote {out} (5 units)\n", run.stdout + run.stderr
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == "未按时报送情况"
    interview = paragraphs.index("访谈材料（截止时间：2023年5月11日16:00，应报送单位1个）")
    assert paragraphs[interview + 1: interview + 4] == ["未报送（1个）：县发改局。", "逾期报送：无。", "报送不全：无。"]
    summary = paragraphs.index(f"活动总结及记录照片（截止时间：{due.year}年{due.month}月{due.day}日16:00，应报送单位4个）")
    late_line = paragraphs[summary + 2]
    assert late_line.startswith("逾期报送（1个）：建昌镇（") and late_line.endswith("报齐）。")
    assert paragraphs[summary + 1] == "未报送（2个）：县发改局、县水利局。"
    assert paragraphs[summary + 3] == "报送不全（1个）：八家子镇（缺活动照片）。"


def test_the_notice_xlsx_has_one_row_per_unit_and_requirement(polled, tmp_path):
    env, _ = polled
    out = tmp_path / "通报名单.xlsx"
    assert collector(env, "export", "notice", str(out), "--requirement", "summary").returncode == 0
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(values_only=False)]
    assert rows[0] == ["要求", "截止时间", "单位", "情况", "报送时间", "缺少", "活动"]
    assert sorted((r[2], r[3], r[5]) for r in rows[1:]) == [
        ("八家子镇", "报送不全", "缺活动照片"), ("县发改局", "未报送", None), ("县水利局", "未报送", None),
        ("建昌镇", "逾期报送", None),
    ]


def test_before_any_deadline_the_notice_says_so(polled, tmp_path):
    env, _ = polled
    out = tmp_path / "n.docx"
    assert collector(env, "export", "notice", str(out), "--now", "2023-05-01T00:00:00+08:00").returncode == 0
    assert [p.text for p in docx.Document(str(out)).paragraphs][-1] == "尚无已截止的报送要求。"
