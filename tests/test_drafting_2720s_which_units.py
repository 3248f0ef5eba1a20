"""What held-out notices 2720–2739 showed the drafter missing of which units send (fixed on branch h-fixn136c), on
notice texts written for these tests, each with a near miss that must not change: the 区 set after 各乡镇 in brackets
or a 、 (`各乡镇（区）`, `各乡镇（街道、区）`, `各乡镇、区`) is the development zone too (2724); units one a line under an ask
ending in a colon (`请如下单位…：` / `建昌镇人民政府` / …) are its senders (2733); `请上述单位` points back past a unit at its
own work (`县自然资源局将组织…实地抽核`) to the units asked before (2729)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ZONE = "八家子经济开发区"


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县公安局",
          title: str = "关于做好封山育林禁牧区巡护管理工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县林业和草原局", title, addressee, body, "2902年3月3日",
        opening="为巩固封山育林成果，现将有关事项通知如下：",
        mailbox="jclcj_fs2902@163.com",
        contact="赵德胜，电话：0429-7425893"))


# ---------------------------------------------------------------- 2724: 各乡镇（区）


def towns_sheet(tmp_path, towns: str, addressee: str = "各乡镇人民政府，县公安局"):
    requirements = draft(tmp_path, f"一、请{towns}于3月20日（星期一）16时前将本辖区巡护情况统计表（Excel格式）报送县林业和"
                                   "草原局。\n二、县公安局请于3月27日上午11时前将涉林案件查处情况（Word文档）报送县林业和草原局。",
                         addressee).requirements
    return next(r for r in requirements if "县公安局" not in r.units)


def test_the_zone_in_brackets_after_the_towns_sends_too(tmp_path):
    r = towns_sheet(tmp_path, "各乡镇（区）", "各乡镇（区）人民政府（管委会），县公安局")
    assert ZONE in r.units and "建昌镇" in r.units and "石佛乡" in r.units


def test_variant_the_zone_after_the_streets_in_the_bracket(tmp_path):
    r = towns_sheet(tmp_path, "各乡镇（街道、区）", "各乡镇（街道、区），县公安局")
    assert ZONE in r.units and "建昌镇" in r.units and "石佛乡" in r.units


def test_variant_the_zone_after_a_dunhao(tmp_path):
    r = towns_sheet(tmp_path, "各乡镇、区", "各乡镇、区，县公安局")
    assert ZONE in r.units and "建昌镇" in r.units and "石佛乡" in r.units


def test_near_miss_the_towns_alone_name_no_zone(tmp_path):
    r = towns_sheet(tmp_path, "各乡镇")
    assert ZONE not in r.units and "建昌镇" in r.units and "石佛乡" in r.units


def test_near_miss_each_towns_area_names_no_zone(tmp_path):
    r = towns_sheet(tmp_path, "各乡镇（区域内护林站）")
    assert ZONE not in r.units


# ---------------------------------------------------------------- 2733: 请如下单位…：then the units one a line


def canteens(tmp_path, ask: str, lines: str, after: str = "上述单位要如实填报就餐人数，不得漏报。",
             addressee: str = "有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委社会工作部", "关于开展农村老年人爱心饭堂运营情况调查的通知", addressee,
        f"{ask}\n{lines}\n{after}\n另，请建昌县财政局于11月1日上午11时前报送运营补助资金拨付情况说明（Word格式）。",
        "2906年10月13日", opening="为总结试点经验，决定开展爱心饭堂运营情况调查。",
        mailbox="jcshgzb_ft2906@163.com", contact="郑丽华，电话：0429-7413698")).requirements


def test_units_one_a_line_after_the_asks_colon_send(tmp_path):
    sheet, note = canteens(tmp_path, "请如下单位于10月25日下午5时前将运营情况统计表（Excel格式）报送县委社会工作部：",
                           "建昌镇人民政府\n喇嘛洞镇人民政府\n建昌县民政局")
    assert sheet.units == ["建昌镇", "喇嘛洞镇", "县民政局"] and note.units == ["县财政局"]


def test_variant_numbered_units_after_yixia_danwei(tmp_path):
    sheet, note = canteens(tmp_path, "请以下单位在10月25日17时前报送运营情况统计表（Excel格式）：",
                           "1.建昌镇人民政府\n2.喇嘛洞镇人民政府\n3.建昌县民政局")
    assert sheet.units == ["建昌镇", "喇嘛洞镇", "县民政局"] and note.units == ["县财政局"]


def test_variant_short_names_after_xialie_danwei_then_no_sentence(tmp_path):
    sheet, note = canteens(tmp_path, "请下列单位于10月25日前报送运营情况统计表（Excel格式）：",
                           "石佛乡\n县民政局\n县卫生健康局", after="")
    assert sheet.units == ["石佛乡", "县民政局", "县卫健局"] and note.units == ["县财政局"]


def test_near_miss_units_listed_after_another_colon_do_not_send(tmp_path):
    sheet, note = canteens(tmp_path, "请各乡镇于10月25日下午5时前报送运营情况统计表（Excel格式）。统计表由以下部门审核：",
                           "县民政局\n县财政局", after="", addressee="各乡镇人民政府，县财政局")
    assert "建昌镇" in sheet.units and "县民政局" not in sheet.units and note.units == ["县财政局"]


# ---------------------------------------------------------------- 2729: 请上述单位 after the issuer's own work


def afforestation(tmp_path, first: str, between: str, later: str = "请上述单位于9月11日上午10时前报送核实工作总结（Word格式）。"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县自然资源局", "关于开展荒山造林地块核实工作的通知", "各有关单位",
        f"一、材料报送。{first}\n二、实地核实。{between}\n三、工作总结。实地核实结束后，{later}",
        "2904年8月4日", opening="为摸清全县宜林荒山底数，现将有关事项通知如下：",
        mailbox="jczrzyj_hs2904@163.com", contact="周建国，电话：0429-7422746")).requirements


def test_the_units_pointed_back_to_are_those_asked_not_the_issuer_at_work(tmp_path):
    sheet, summary = afforestation(
        tmp_path, "请西碱厂乡、养马甸子乡、县林业和草原局于8月14日下午5时前将地块核实表（Excel格式）报送县自然资源局。",
        "8月18日至9月4日，县自然资源局将组织技术人员对上报地块进行实地抽核。")
    assert sheet.units == summary.units == ["西碱厂乡", "养马甸子乡", "县林草局"]


def test_variant_the_issuer_checks_in_other_words(tmp_path):
    sheet, summary = afforestation(
        tmp_path, "请石佛乡、县林业和草原局于8月14日前报送地块核实表（Excel格式）。",
        "8月下旬，县自然资源局将对各地上报情况开展实地核查，发现问题及时反馈。")
    assert sheet.units == summary.units == ["石佛乡", "县林草局"]


def test_variant_yishang_danwei_after_the_issuer_reports(tmp_path):
    sheet, summary = afforestation(
        tmp_path, "请石佛乡、县林业和草原局于8月14日前报送地块核实表（Excel格式）。",
        "9月上旬，县自然资源局将适时通报各地核实进度。", "请以上单位于9月11日前报送核实工作总结（Word格式）。")
    assert sheet.units == summary.units == ["石佛乡", "县林草局"]


def test_near_miss_a_unit_asked_in_between_is_pointed_back_to(tmp_path):
    sheet, summary = afforestation(
        tmp_path, "请石佛乡、县林业和草原局于8月14日前报送地块核实表（Excel格式）。",
        "请县水利局将组织实施的水保项目地块一并标注。")
    assert sheet.units == ["石佛乡", "县林草局"] and summary.units == ["县水利局"]
