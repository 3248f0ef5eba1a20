"""A campaign drafted from a notice keeps the notice's text (``notice_text:``, the draft's last
key, a readable literal block), so a reply that pastes the notice without quote markers is
not taken as naming every unit the notice lists."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from collector.campaign import load_campaigns
from collector.cli import cli
from collector.match import match_mail
from collector.notice_block import NOTICE_COMMENT, notice_yaml
from collector.parsers import parse_message

# the units are those its 附件 lists: a reply that pastes the whole notice ends with the list
NOTICE = """建昌县人民政府办公室
关于报送农村饮水安全工作自查报告的通知

有关单位：
为做好农村饮水安全工作年度考核，请附件所列单位于2026年12月18日17时前将本单位农村饮水安全工作自查报告（Word版）发送至县政府办公室邮箱jc7710089@163.com。
联系人：王芳 0429-7712345

附件：报送单位名单

建昌县人民政府办公室
2026年12月1日

附件
报送单位名单
序号\t单位名称
1\t县发改局
2\t县财政局
3\t县住建局
4\t县教育局
5\t县水利局
"""
UNITS = ["县发改局", "县财政局", "县住建局", "县教育局", "县水利局"]


def drafted(tmp_path: Path, notice: bytes = NOTICE.encode("utf-8")) -> Path:
    """`collector campaign init --from-notice 通知.txt -o draft.yaml`: the draft's path."""
    (tmp_path / "通知.txt").write_bytes(notice)
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(tmp_path / "通知.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_draft_keeps_the_notice_last_as_a_readable_block_and_loads_back_with_it(tmp_path):
    path = drafted(tmp_path)
    written = path.read_text(encoding="utf-8")
    assert written.endswith(NOTICE_COMMENT + "notice_text: |\n" + "".join(
        f"  {line}\n" if line else "\n" for line in NOTICE[:-1].split("\n")))
    data = yaml.safe_load(written)
    assert list(data)[-1] == "notice_text" and data["notice_text"] == NOTICE
    (campaign,) = load_campaigns([str(path)])
    assert campaign.notice_text == NOTICE
    assert [u.name for u in campaign.units] == UNITS


def test_a_notice_with_windows_line_ends_is_kept_with_plain_ones(tmp_path):
    path = drafted(tmp_path, NOTICE.replace("\n", "\r\n").encode("gb18030"))
    assert "notice_text: |\n" in path.read_text(encoding="utf-8")
    (campaign,) = load_campaigns([str(path)])
    assert campaign.notice_text == NOTICE


@pytest.mark.parametrize("text", ["一\n\t二\n", "无换行结尾", "末尾空行\n\n\n", "  首行缩进\n正文\n", "\n\n  空行后缩进\n",
                                  "# 不是注释\n- 不是列表\n  键: 值\n", "控制字符\x00\x07\n", "分隔\u2028符\n"])
def test_any_text_reads_back_exactly(text):
    """A literal block where YAML can carry the text so, else a quoted string: never a change."""
    written = notice_yaml(text)
    assert yaml.safe_load(written) == {"notice_text": text}
    if "\x00" not in text and "\u2028" not in text:
        assert written.startswith("notice_text: |")


def test_the_comment_over_the_text_is_the_one_the_format_doc_shows():
    doc = (Path(__file__).parents[1] / "docs" / "campaign-format.md").read_text(encoding="utf-8")
    assert NOTICE_COMMENT + "notice_text: |\n" in doc


def reply_pasting_the_notice() -> bytes:
    """县教育局's reply: two lines and its 落款, then the notice pasted below without quote marks."""
    msg = EmailMessage()
    msg["From"] = "jcjyj_office@163.com"
    msg["To"] = "jc7710089@163.com"
    msg["Subject"] = "自查报告"
    msg["Date"] = "Tue, 15 Dec 2026 10:00:00 +0800"
    msg["Message-ID"] = "<paste-notice-1@jcjyj.example>"
    msg.set_content("县政府办公室：\n现将我局自查报告报送，请查收。\n县教育局\n\n" + NOTICE)
    msg.add_attachment("农村饮水安全工作自查报告\n我局高度重视……".encode("utf-8"), maintype="text", subtype="plain",
                       filename="自查报告.txt")
    return msg.as_bytes()


def test_a_reply_pasting_the_drafted_notice_is_filed_to_the_unit_that_sent_it(tmp_path):
    (campaign,) = load_campaigns([str(drafted(tmp_path))])
    at = dt.datetime(2026, 12, 15, 2, 0, tzinfo=dt.timezone.utc)
    m = match_mail(parse_message(reply_pasting_the_notice()), [campaign], {}, received_at=at)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", campaign.id, "县教育局", ["self-check"]), m.reason
    # the same campaign without the notice's text: the pasted 附件 list reads as five units' 落款
    bare = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    del bare["notice_text"]
    (tmp_path / "bare.yaml").write_text(yaml.safe_dump(bare, allow_unicode=True), encoding="utf-8")
    (without,) = load_campaigns([str(tmp_path / "bare.yaml")])
    m = match_mail(parse_message(reply_pasting_the_notice()), [without], {}, received_at=at)
    assert m.state == "needs_review" and "多个单位" in m.reason
