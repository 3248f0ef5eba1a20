"""What held-out notice 2826 showed the drafter missing (fixed on branch h-fixn140c): a unit of the 附件's list named
with the list in front (`附件名单中的王宝营子乡人民政府已于3月5日接受…调研，本次不报送上述材料`) is that unit, let off;
the list itself named as a group (`附件所列各单位`, `附件1所列乡镇`) still reads as the list's units."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

LIST = "附件\n调研单位名单\n一、大屯镇人民政府\n二、石佛乡人民政府\n三、王宝营子乡人民政府\n四、建昌县民政局\n"


def draft(tmp_path, let_off: str):
    text = notice_text(
        "中共建昌县委组织部", "关于开展村务监督委员会履职情况调研的通知", "附件所列各单位",
        "一、请各单位填写《村务监督委员会基本情况统计表》（Excel格式），于3月20日前发送至邮箱jczzb_cw2953@163.com。\n"
        "二、请各单位形成履职情况调研报告（Word格式），于4月9日（星期一）下午5时前发送至上述邮箱。\n" + let_off,
        "2953年3月13日", opening="为深入了解村务监督委员会履职情况，现将有关事项通知如下。",
        contact="陈刚  联系电话：0429-7278901")
    return draft_of_a_file(tmp_path, text.replace("\n\n中共建昌县委组织部", "\n附件：调研单位名单\n\n中共建昌县委组织部")
                           + "\n" + LIST)


def _units(c):
    return [set(r.units) for r in c.requirements]


# ---------------------------------------------------------------- 2826: 附件名单中的X…，本次不报送上述材料


def test_a_unit_of_the_annex_list_let_off(tmp_path):
    c = draft(tmp_path, "三、附件名单中的王宝营子乡人民政府已于3月5日接受市委组织部专项调研，本次不报送上述材料。")
    assert _units(c) == [{"大屯镇", "石佛乡", "县民政局"}] * 2


def test_variant_two_units_of_a_numbered_annex_listed(tmp_path):
    c = draft(tmp_path, "三、附件1所列的石佛乡、县民政局今年已开展自查，无需报送上述材料。")
    assert _units(c) == [{"大屯镇", "王宝营子乡"}] * 2


def test_variant_a_unit_in_the_list_said_as_within_it(tmp_path):
    c = draft(tmp_path, "三、附件名单内的大屯镇人民政府本次不报送上述材料。")
    assert _units(c) == [{"石佛乡", "王宝营子乡", "县民政局"}] * 2


def test_near_miss_a_unit_of_the_list_asked_more_lets_none_off(tmp_path):
    c = draft(tmp_path, "三、附件名单中的王宝营子乡人民政府另需报送专项调研整改情况。")
    assert all({"大屯镇", "石佛乡", "王宝营子乡", "县民政局"} <= u for u in _units(c)[:2])
