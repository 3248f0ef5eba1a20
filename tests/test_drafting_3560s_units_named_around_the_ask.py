"""What held-out notices 3560–3599 showed the drafter missing in which units a requirement has (fixed on branch
h-fixn178f), on notice texts written for these tests, each with near misses that must not change: `有关乡镇人民政府` is the
towns the body says the work is done in (`在涉及灌区的A、B、C、D开展…自查`), less one let off later (3568); a clause naming its
senders by the table it points to (`请下表所列乡镇…，于…前…；请县水利局于…前…`) is theirs, and the later clause the bureau's
alone (3579); the last name of a list joined by 和 with a verb glued on (`开发区管委会和县工业和信息化局督促辖区（行业）…`) is
read as after a 、 (3596); a unit opening 除…外 (`县卫生健康局除报送上述台账外，还须于…`) is its clause's subject, also in a
reminder after the contact line (3585)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

TOWNS28 = 28  # the roster's towns and townships (the zone not among them)


def draft(tmp_path, body: str, addressee: str, *, issuer: str = "建昌县水利局",
          title: str = "关于开展农民用水户协会运行情况自查的通知", opening: str = "", contact: str = "付国庆，电话：0429-7515712。"):
    return draft_of_a_file(tmp_path, notice_text(issuer, title, addressee, body, "3290年3月12日", opening=opening,
                                                 contact=contact))


def units(campaign) -> list[list[str]]:
    return [sorted(r.units) for r in campaign.requirements]


# ---------------------------------------------------------------- 3568: 有关乡镇 = the towns the work is done in


ASKS_3568 = ("一、报送要求\n"
             "（一）请有关乡镇于4月26日（星期三）前，将自查报告（Word格式）和协会章程扫描件（PDF格式）一并报送至jcslj_ysh@163.com。\n"
             "（二）请于5月10日下午4点前将整改台账（Excel格式）报送至上述邮箱。\n"
             "（三）新开岭乡辖区内用水户协会已于上年依法注销，本次不报送。")


def test_some_towns_are_the_towns_the_work_is_done_in_less_the_one_let_off(tmp_path):
    c = draft(tmp_path, ASKS_3568, "有关乡镇人民政府",
              opening="县水利局决定在涉及灌区的玲珑塔镇、汤神庙镇、要路沟乡、新开岭乡开展农民用水户协会运行情况自查。")
    three = sorted(["玲珑塔镇", "汤神庙镇", "要路沟乡"])
    assert units(c) == [three, three]
    assert [part_shapes(r) for r in c.requirements] == [["document", "scan"], ["sheet"]]
    assert any("开展工作的玲珑塔镇" in line for line in c.unsettled)


def test_variant_a_counted_pair_of_towns_by_a_pilot(tmp_path):
    c = draft(tmp_path, "请相关乡镇于6月14日（星期三）16时前将试点工作方案（Word格式）发送至jcnyj_sd@163.com。", "相关乡镇人民政府",
              issuer="建昌县农业农村局", title="关于开展高标准农田管护试点的通知",
              opening="为探索高标准农田管护机制，我局拟在建昌镇、八家子镇等2个乡镇进行管护试点。")
    assert units(c) == [sorted(["建昌镇", "八家子镇"])]
    assert c.requirements[0].due.hour == 16


def test_variant_towns_joined_by_he_with_a_bureau_beside_them(tmp_path):
    c = draft(tmp_path, "二、请有关乡镇于6月21日（星期三）前将排查台账（Excel格式）发送至jcslj_hd@163.com；县自然资源局于7月5日"
                        "（星期三）前报送河道管理范围划界情况说明（Word格式）。", "有关乡镇人民政府，县自然资源局",
              title="关于开展河道采砂专项排查的通知",
              opening="一、县水利局决定在喇嘛洞镇和药王庙镇组织河道采砂专项排查。")
    assert units(c) == [sorted(["喇嘛洞镇", "药王庙镇"]), ["县自然资源局"]]


def test_near_miss_a_place_that_is_no_town_leaves_the_addressee_to_the_clerk(tmp_path):
    c = draft(tmp_path, ASKS_3568, "有关乡镇人民政府",
              opening="县水利局决定在县城建成区和玲珑塔镇开展农民用水户协会运行情况自查。")
    assert units(c) == [[], []]
    assert any("无法确定具体单位，请选择" in line for line in c.unsettled)


def test_near_miss_every_town_addressed_is_not_narrowed_to_the_pilots(tmp_path):
    c = draft(tmp_path, "请各乡镇于6月14日（星期三）16时前将管护情况统计表（Excel格式）发送至jcnyj_sd@163.com。", "各乡镇人民政府",
              issuer="建昌县农业农村局", title="关于开展高标准农田管护情况统计的通知",
              opening="我局拟在建昌镇、八家子镇开展管护试点，现对全县管护情况进行统计。")
    assert [len(u) for u in units(c)] == [TOWNS28]


# ---------------------------------------------------------------- 3579: 请下表所列乡镇…；请县水利局…


TABLE_3579 = ("序号\t单位\t取水口数量（处）\n1\t素珠营子乡人民政府\t3\n2\t老大杖子乡人民政府\t2\n3\t和尚房子乡人民政府\t4\n"
              "4\t建昌县自来水公司\t1\n")


def test_a_later_clause_naming_its_bureau_is_not_given_the_tables_towns(tmp_path):
    c = draft(tmp_path, "请下表所列乡镇对辖区取水口逐一排查，于6月14日（星期三）16时前将取水口保护情况排查表（Excel格式）发送至"
                        "jchzb_qsk@163.com；请县水利局于6月28日（星期三）前将全县取水口保护范围划定情况报告（Word格式）发送至上述邮箱。\n"
                        + TABLE_3579, "有关乡镇人民政府，县水利局", issuer="建昌县河长制办公室",
              title="关于开展农村集中供水工程取水口保护情况排查的通知")
    assert units(c) == [sorted(["素珠营子乡", "老大杖子乡", "和尚房子乡"]), ["县水利局"]]
    assert [part_shapes(r) for r in c.requirements] == [["sheet"], ["document"]]


def test_variant_the_table_above_and_a_comma_before_another_bureau(tmp_path):
    c = draft(tmp_path, "一、排查范围\n" + TABLE_3579.replace("建昌县自来水公司", "建昌县自来水公司（不报送）") +
              "二、报送要求\n上表所列乡镇请于6月14日（星期三）前将排查表（Excel格式）发送至jchzb_qsk@163.com，县住房和城乡建设局"
              "于6月21日（星期三）下午4点前将城区供水水源保护情况报告（Word格式）发送至同一邮箱。",
              "有关乡镇人民政府，县住房和城乡建设局", issuer="建昌县河长制办公室", title="关于开展取水口保护情况排查的通知")
    assert units(c) == [sorted(["素珠营子乡", "老大杖子乡", "和尚房子乡"]), ["县住建局"]]


def test_variant_the_bureau_before_its_qing_and_a_table_of_two_towns(tmp_path):
    c = draft(tmp_path, "下表所列乡镇请于6月21日（星期三）下午4点前将渠道清淤进度表（Excel格式）发送至jcslj_qy@163.com；县农业农村局请"
                        "于7月5日（星期三）前将灌区农田灌溉用水需求情况说明（Word格式）发送至同一邮箱。\n"
                        "序号\t单位\t清淤渠道（公里）\n1\t大屯镇人民政府\t12\n2\t魏家岭乡人民政府\t8\n",
              "有关乡镇人民政府，县农业农村局", title="关于开展春季渠道清淤进度调度的通知")
    assert units(c) == [sorted(["大屯镇", "魏家岭乡"]), ["县农业农村局"]]


def test_near_miss_a_later_clause_naming_no_one_keeps_the_tables_towns(tmp_path):
    c = draft(tmp_path, "请下表所列乡镇对辖区取水口逐一排查，于6月14日（星期三）16时前将取水口保护情况排查表（Excel格式）发送至"
                        "jchzb_qsk@163.com；于6月28日（星期三）前将取水口整改情况报告（Word格式）发送至上述邮箱。\n"
                        + TABLE_3579, "有关乡镇人民政府", issuer="建昌县河长制办公室",
              title="关于开展农村集中供水工程取水口保护情况排查的通知")
    towns = sorted(["素珠营子乡", "老大杖子乡", "和尚房子乡"])
    assert units(c) == [towns, towns]


# ---------------------------------------------------------------- 3596: A和B督促辖区（行业）…


ASKS_3596 = ("一、{who}督促辖区（行业）重点排污单位完成自查，汇总填写自查情况表（Excel格式），并附监控平台数据传输情况截图，"
             "于4月26日（星期三）下午4点前一并发送至jcst_zdjk@163.com。\n"
             "二、县住房和城乡建设局对城镇污水处理厂自动监控设施运行情况进行检查，形成检查报告（Word格式），于5月10日前报送。")
ADDRESSEE_3596 = "八家子经济开发区管委会，建昌县工业和信息化局，建昌县住房和城乡建设局"


def draft_3596(tmp_path, who: str, addressee: str = ADDRESSEE_3596):
    return draft(tmp_path, ASKS_3596.format(who=who), addressee, issuer="葫芦岛市生态环境局建昌分局",
                 title="关于开展重点排污单位自动监控设施运行情况自查的通知")


def test_the_last_name_of_a_list_joined_by_he_with_its_verb_glued_on(tmp_path):
    c = draft_3596(tmp_path, "开发区管委会和县工业和信息化局")
    assert units(c) == [sorted(["八家子经济开发区", "县工信局"]), ["县住建局"]]
    assert [part_shapes(r) for r in c.requirements] == [["photo", "sheet"], ["document"]]


def test_variant_joined_by_ji_another_verb(tmp_path):
    c = draft(tmp_path, "县教育局及县卫生健康局指导辖区学校、医疗机构完成自查，汇总填写自查情况表（Excel格式），于6月21日（星期三）"
                        "前发送至jcst_zdjk@163.com。", "县教育局、县卫生健康局", issuer="葫芦岛市生态环境局建昌分局",
              title="关于开展实验室危险废物管理情况自查的通知")
    assert units(c) == [sorted(["县教育局", "县卫健局"])]


def test_variant_a_town_and_a_bureau_joined_by_yu(tmp_path):
    c = draft_3596(tmp_path, "建昌镇与县工业和信息化局", "建昌镇人民政府，建昌县工业和信息化局，建昌县住房和城乡建设局")
    assert units(c)[0] == sorted(["建昌镇", "县工信局"])


def test_near_miss_a_bureau_after_he_in_what_is_gathered_is_no_sender(tmp_path):
    c = draft(tmp_path, "一、开发区管委会督促辖区重点排污单位完成自查，汇总企业自查情况和县工业和信息化局监测平台数据，填写自查情况表"
                        "（Excel格式），于4月26日（星期三）下午4点前发送至jcst_zdjk@163.com。", ADDRESSEE_3596,
              issuer="葫芦岛市生态环境局建昌分局", title="关于开展重点排污单位自动监控设施运行情况自查的通知")
    assert units(c) == [["八家子经济开发区"]]


# ---------------------------------------------------------------- 3585: 县卫生健康局除报送上述台账外，还须于…


ASK_3585 = ("请建昌县财政局、建昌县水利局、建昌县卫生健康局对照问题清单逐项核对，填写审计整改销号台账（Excel格式），于6月21日"
            "（星期三）16时前发送至jcsjw_xh@163.com。\n")


def test_a_unit_opening_besides_in_a_reminder_after_the_contact_line(tmp_path):
    c = draft(tmp_path, ASK_3585 + "联系人：田立新，电话：0429-7518840。\n特别提醒：县财政局的销号台账本次由县审计局根据已掌握的资料"
                                   "代为核报，县财政局无需报送。县卫生健康局除报送上述台账外，还须于7月5日前将未销号问题整改计划"
                                   "（Word格式）连同加盖公章的扫描件（PDF格式）发送至上述邮箱。",
              "县直有关部门", issuer="中共建昌县委审计委员会办公室", title="关于开展审计整改销号情况核查的通知", contact="")
    assert units(c) == [sorted(["县水利局", "县卫健局"]), ["县卫健局"]]
    assert [part_shapes(r) for r in c.requirements] == [["sheet"], ["document", "scan"]]


def test_variant_yiwai_in_the_body_a_later_item(tmp_path):
    c = draft(tmp_path, "一、请县教育局、县民政局于6月21日（星期三）前将整改台账（Excel格式）发送至jcsjw_xh@163.com。\n"
                        "二、县民政局除填报上述台账以外，另须于7月5日（星期三）下午4点前报送整改情况说明（Word格式）。",
              "县教育局，县民政局", issuer="建昌县审计局", title="关于报送审计整改情况的通知")
    assert units(c) == [sorted(["县教育局", "县民政局"]), ["县民政局"]]


def test_variant_zhiwai_in_a_comma_clause_of_the_same_sentence(tmp_path):
    c = draft(tmp_path, "请县教育局、县民政局于6月21日（星期三）前报送整改台账（Excel格式），县民政局除报送整改台账之外，还需于7月5日"
                        "（星期三）前报送整改情况说明（Word格式），均发送至jcsjw_xh@163.com。",
              "县教育局，县民政局", issuer="建昌县审计局", title="关于报送审计整改情况的通知")
    assert units(c) == [sorted(["县教育局", "县民政局"]), ["县民政局"]]


def test_near_miss_a_town_left_out_in_brackets_stays_out(tmp_path):
    c = draft(tmp_path, "请各乡镇（建昌镇除外）于6月21日（星期三）前将整改台账（Excel格式）发送至jcsjw_xh@163.com。",
              "各乡镇人民政府", issuer="建昌县审计局", title="关于报送审计整改情况的通知")
    assert [len(u) for u in units(c)] == [TOWNS28 - 1]
    assert "建昌镇" not in units(c)[0]


def test_near_miss_besides_a_bureau_before_a_group(tmp_path):
    c = draft(tmp_path, "请除县财政局外的县直各部门于6月21日（星期三）前将整改台账（Excel格式）发送至jcsjw_xh@163.com。",
              "县直各部门", issuer="建昌县审计局", title="关于报送审计整改情况的通知")
    assert units(c)[0] and "县财政局" not in units(c)[0]
