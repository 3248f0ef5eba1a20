"""What held-out notice 2871 showed the drafter missing (fixed on branch h-fixn141j), on notice texts written for
these tests: a table with the units across its head and a word in each unit's cell (`报送` under those asked, `—`
under one let off, `注：“—”为本次不报送`) asks the row of the units whose cell says so, as a ● there does."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

HEAD = "建昌县商务局、建昌县交通运输局、建昌县文化旅游和广播电视局"


def units(tmp_path, table: str, note: str = "注：表中“报送”为需报送的材料，“—”为本次不报送。") -> list[set[str]]:
    body = "请各行业主管部门对照下表报送有关材料：\n" + table + "\n" + note + "\n以上材料请发送至jctjj_fwy@163.com。"
    r = draft_of_a_file(tmp_path, notice_text("建昌县统计局", "关于开展服务业统计数据质量核查工作的通知", HEAD, body,
                                              "2975年8月28日", contact="马晓东，电话：0429-7415260")).requirements
    return [set(x.units) for x in r]


ALL = {"县商务局", "县交通局", "县文旅局"}


def test_a_dash_under_a_unit_lets_it_off_the_row(tmp_path):
    assert units(tmp_path, "报送材料\t截止时间\t建昌县商务局\t建昌县交通运输局\t建昌县文化旅游和广播电视局\n"
                           "企业名单核对表（Excel格式）\t9月12日下午4时前\t报送\t报送\t报送\n"
                           "核查情况说明（Word格式）\t9月19日上午10时前\t报送\t—\t报送") == [ALL, ALL - {"县交通局"}]


def test_variant_another_head_and_word_and_slash(tmp_path):
    assert units(tmp_path, "项目\t报送时限\t县商务局\t县交通运输局\t县文旅广电局\n"
                           "企业名单核对表（Excel格式）\t9月12日前\t需报送\t需报送\t／\n"
                           "核查情况说明（Word格式）\t9月19日前\t需报送\t需报送\t需报送",
                 note="注：“／”表示无需报送。") == [ALL - {"县文旅局"}, ALL]


def test_variant_submit_word_and_none(tmp_path):
    assert units(tmp_path, "材料名称\t提交时间\t建昌县商务局\t建昌县交通运输局\t建昌县文化旅游和广播电视局\n"
                           "企业名单核对表（Excel格式）\t9月12日前\t提交\t无\t提交",
                 note="") == [ALL - {"县交通局"}]


def test_near_miss_every_unit_marked_keeps_all(tmp_path):
    assert units(tmp_path, "报送材料\t截止时间\t建昌县商务局\t建昌县交通运输局\t建昌县文化旅游和广播电视局\n"
                           "企业名单核对表（Excel格式）\t9月12日下午4时前\t报送\t报送\t报送") == [ALL]
