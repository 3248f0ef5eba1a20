"""What held-out notice 3494 showed the drafter missing (fixed on branch h-fixn176c), on notice texts written for these
tests, with near misses that must not change: each paper's units given as a range of serial numbers of the 附件's
名单 (`附件名单中序号1至4的单位…；序号5至7的单位…`), the 名单 a numbered list of names (`1．建昌镇人民政府`, `（2）…`,
`3、…`) rather than a table: the units of the items so numbered (an off-roster body's item keeps its number)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ROSTER_LIST = ("1．建昌镇人民政府\n2．药王庙镇人民政府\n3．建昌县第二初级中学\n4．建昌县人力资源和社会保障局\n"
               "5．建昌县卫生健康局\n6．建昌县融媒体中心\n7．建昌县司法局")


def draft(tmp_path, body: str, annex: str, addressee: str = "附件所列各单位"):
    text = notice_text("共青团建昌县委员会", "关于做好西部计划服务岗位需求申报工作的通知", addressee, body, "3227年3月15日",
                       opening="为做好服务岗位设置和志愿者保障，现将有关事项通知如下。",
                       contact="王思雨，电话：0429-7512054")
    return draft_of_a_file(tmp_path, text + "\n" + annex + "\n")


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3494: 附件名单中序号1至4的单位 over 1．… 7．…


def test_the_serial_ranges_pick_the_items_of_the_annex_list(tmp_path):
    d = draft(tmp_path, "一、岗位需求申报\n附件名单中序号1至4的单位，请于3月29日（星期一）16:00前将服务岗位需求表（Excel格式）"
                        "发送至jcgqt_xbjh@163.com。\n二、保障情况报送\n附件名单中序号5至7的单位不设服务岗位，请于4月12日前将"
                        "志愿者管理服务保障情况说明（Word格式）发送至上述邮箱。\n\n附件：西部计划服务岗位需求申报单位名单",
              "附件\n西部计划服务岗位需求申报单位名单\n" + ROSTER_LIST)
    assert units_by_due(d) == {"03-29": sorted(["建昌镇", "药王庙镇", "县人社局"]),
                               "04-12": sorted(["县卫健局", "县融媒体中心", "县司法局"])}


def test_variant_bracketed_numbers_and_ranges_with_dashes_and_hao(tmp_path):
    d = draft(tmp_path, "一、请名单中序号为1—3的单位于4月6日16时前报送统计表（Excel格式），发送至jcgqt_tj@163.com。\n"
                        "二、请序号4-6号单位于4月20日前报送工作总结（Word格式）。\n\n附件：报送单位名单",
              "附件\n报送单位名单\n（1）建昌县教育局\n（2）建昌县第二初级中学\n（3）汤神庙镇人民政府\n"
              "（4）建昌县民政局\n（5）喇嘛洞镇人民政府\n（6）建昌县文化旅游和广播电视局")
    assert units_by_due(d) == {"04-06": sorted(["县教育局", "汤神庙镇"]),
                               "04-20": sorted(["县民政局", "喇嘛洞镇", "县文旅局"])}


def test_variant_a_list_numbered_with_dun_and_the_towns_as_the_noun(tmp_path):
    d = draft(tmp_path, "请序号1到2的乡镇于5月8日前报送排查台账（Excel格式），序号3到4的乡镇于5月15日前报送整改方案"
                        "（Word格式），发送至jcgqt_pc@163.com。\n\n附件：排查乡镇名单",
              "附件\n排查乡镇名单\n1、建昌镇\n2、药王庙镇\n3、石佛乡\n4、玲珑塔镇", addressee="有关乡镇人民政府")
    assert units_by_due(d) == {"05-08": sorted(["建昌镇", "药王庙镇"]), "05-15": sorted(["石佛乡", "玲珑塔镇"])}


def test_near_miss_the_whole_list_asked_without_ranges(tmp_path):
    d = draft(tmp_path, "一、请附件名单所列单位于3月29日16:00前将服务岗位需求表（Excel格式）发送至jcgqt_xbjh@163.com。\n"
                        "二、请附件名单所列单位于4月12日前将志愿者管理服务保障情况说明（Word格式）发送至上述邮箱。\n\n"
                        "附件：西部计划服务岗位需求申报单位名单",
              "附件\n西部计划服务岗位需求申报单位名单\n" + ROSTER_LIST)
    every = sorted(["建昌镇", "药王庙镇", "县人社局", "县卫健局", "县融媒体中心", "县司法局"])
    assert units_by_due(d) == {"03-29": every, "04-12": every}


def test_near_miss_numbered_sentences_are_no_rows_of_the_range(tmp_path):
    d = draft(tmp_path, "一、工作安排\n1．建昌镇负责组织辖区内排查，县司法局配合。\n2．药王庙镇负责组织辖区内排查。\n"
                        "二、报送要求\n请序号1至2的单位于5月8日前报送排查台账（Excel格式），发送至jcgqt_pc@163.com。\n\n"
                        "附件：报送单位名单",
              "附件\n报送单位名单\n序号\t单位\n1\t县卫健局\n2\t县民政局", addressee="有关单位")
    assert units_by_due(d) == {"05-08": sorted(["县卫健局", "县民政局"])}
