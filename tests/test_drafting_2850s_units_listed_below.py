"""What held-out notice 2850 showed the drafter missing (fixed on branch h-fixn141i), on notice texts written for
these tests: a notice to 各有关单位 that asks `请下述单位…：` and names the units one a line under it, the deadline
coming after them (`以上各单位请于…前…`), means those units; 下述 is read as 下列 / 以下 / 如下 are
(senders/addressed.LISTED_BELOW)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县退役军人事务局", "关于做好安置岗位征集工作的通知", addressee, body, "2965年6月3日",
        opening="为做好退役士兵安置工作，现就岗位征集有关事项通知如下。",
        mailbox="jctyjr_az2965@163.com",
        contact="马永刚  联系电话：0429-7413706"))


def test_units_one_a_line_under_xiashu_danwei_then_the_deadline(tmp_path):
    d = draft(tmp_path, "请下述单位结合本单位编制和岗位空缺情况，提出拟提供的安置岗位：\n建昌县人力资源和社会保障局\n"
                           "建昌县公共资源交易中心\n建昌县融媒体中心\n"
                           "以上各单位请于6月11日下午3时前将安置岗位信息表（Excel格式）发送至邮箱。")
    assert d.requirements[0].units == ["县人社局", "县公共资源交易中心", "县融媒体中心"]


def test_near_variant_xiashu_bumen_and_shangshu_bumen(tmp_path):
    d = draft(tmp_path, "请下述部门梳理本部门可提供的公益性岗位：\n建昌县民政局\n建昌县卫生健康局\n"
                           "上述部门请于6月12日（星期三）16时前将岗位统计表（Excel格式）报送至邮箱。")
    assert d.requirements[0].units == ["县民政局", "县卫健局"]


def test_near_variant_xiashu_xiangzhen_with_the_date_in_the_ask(tmp_path):
    d = draft(tmp_path, "请下述乡镇于6月14日17:00前报送岗位需求表（Excel格式）：\n建昌镇人民政府\n八家子镇人民政府\n"
                           "各乡镇要如实填报。")
    assert d.requirements[0].units == ["建昌镇", "八家子镇"]


def test_near_miss_xiashu_requirements_are_no_units(tmp_path):
    d = draft(tmp_path, "请县人社局按下述要求提出岗位意见：\n岗位要与编制相符\n经费要有保障来源\n"
                           "请于6月11日下午3时前将意见（Word格式）发送至邮箱。")
    assert d.requirements[0].units == ["县人社局"]


# ---------------------------------------------------------------- 以上各单位 / 上述各单位 after units named in a sentence
# (各单位 in them is no group of every addressee: senders/units.ALL_WORDS)


def test_units_named_in_a_sentence_then_yishang_ge_danwei(tmp_path):
    d = draft(tmp_path, "此次检查涉及县人社局、县公共资源交易中心、县融媒体中心。"
                        "以上各单位请于6月11日15时前将自查表（Excel格式）报送至邮箱。")
    assert d.requirements[0].units == ["县人社局", "县公共资源交易中心", "县融媒体中心"]


def test_variant_shangshu_ge_danwei_under_towns_and_departments(tmp_path):
    d = draft(tmp_path, "本次重点抽查八家子镇、喇嘛洞镇和县民政局。"
                        "上述各单位要在6月12日16时前将整改报告（Word格式）报送至邮箱。",
              addressee="各乡镇人民政府，县直各部门")
    assert d.requirements[0].units == ["八家子镇", "喇嘛洞镇", "县民政局"]


def test_near_miss_ge_danwei_alone_is_every_addressee(tmp_path):
    d = draft(tmp_path, "此次检查涉及县人社局、县公共资源交易中心、县融媒体中心。"
                        "各单位请于6月11日15时前将自查表（Excel格式）报送至邮箱。",
              addressee="各乡镇人民政府，县直各部门")
    units = d.requirements[0].units
    assert "大屯镇" in units and "县人社局" in units and len(units) > 10


# ---------------------------------------------------------------- 以上各单位 after a table of units (held-out 2941)

TABLE = ("请下表所列单位报送材料：\n序号\t单位\t报送材料\t报送时间\n1\t建昌镇\t征订汇总表（Excel格式）\t11月16日16时前\n"
         "2\t八家子镇\t征订汇总表（Excel格式）\t11月16日16时前\n3\t建昌县教育局\t系统内征订汇总表（Excel格式）\t11月23日前\n"
         "注：建昌县融媒体中心本次不报送材料。\n")


def test_yishang_ge_danwei_after_a_table_of_units_is_the_tables_units(tmp_path):
    d = draft(tmp_path, TABLE + "以上各单位完成缴款后，请将缴款凭证扫描件（PDF格式）于12月7日前发送至邮箱。",
              addressee="各乡镇党委，县直各单位党组（党委）")
    assert d.requirements[-1].units == ["建昌镇", "八家子镇", "县教育局"]


def test_variant_qing_yishang_danwei_after_the_table(tmp_path):
    d = draft(tmp_path, TABLE + "三、请以上单位于12月7日前将缴款凭证扫描件（PDF格式）发送至邮箱。",
              addressee="各乡镇党委，县直各单位党组（党委）")
    assert d.requirements[-1].units == ["建昌镇", "八家子镇", "县教育局"]


def test_near_miss_yishang_after_a_count_or_a_level_points_back_at_no_one(tmp_path):
    d = draft(tmp_path, TABLE + "县级以上单位另行通知。请各单位于12月7日前将缴款凭证扫描件（PDF格式）发送至邮箱。",
              addressee="各乡镇人民政府，县直各部门")
    units = d.requirements[-1].units
    assert "大屯镇" in units and "县民政局" in units
