"""What held-out notice 3118 showed the drafter missing (fixed on branch h-fixn154c), on notice texts written for these
tests, with a near miss that must not change: units named doing the role's verb by their full names
(`建昌县教育局、建昌县卫生健康局、建昌镇人民政府各推荐1个基层团组织`) are the 推荐单位 a later sentence asks
(`请推荐单位于3月18日…前将…推荐表（Excel格式）发送至…；于4月1日前将…事迹材料（Word格式）及活动照片…发送至上述邮箱`), for both of its
deadlines: the second clause keeps the sentence's subject, its 上述邮箱 pointing at a mailbox, not at units."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "共青团建昌县委员会", "关于做好3039年度五四红旗团组织推荐工作的通知", addressee, body, "3039年3月4日",
        opening="为表彰先进、树立典型，团县委决定开展3039年度五四红旗团委（团支部）评选。现将有关事项通知如下。",
        contact="周晓雪，电话：0429-7512054"))


def by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3118: A、B、C各推荐…；请推荐单位于…；于…发送至上述邮箱


def test_the_recommending_units_named_in_full_send_both_papers(tmp_path):
    d = draft(tmp_path, "一、推荐单位。建昌县教育局、建昌县卫生健康局、建昌镇人民政府各推荐1个基层团组织。建昌县第一高级中学团委由建昌县"
                        "教育局统一推荐，不单独报送。\n二、报送材料。请推荐单位于3月18日（星期一）下午4点前将五四红旗团组织推荐表（Excel格式）"
                        "发送至jctxw_wshq@163.com；于4月1日前将先进事迹材料（Word格式）及活动照片（JPG格式）发送至上述邮箱。")
    three = ["县卫健局", "县教育局", "建昌镇"]
    assert by_due(d) == {"03-18": three, "04-01": three}


def test_variant_shenbao_units_a_town_government_and_a_bureau(tmp_path):
    d = draft(tmp_path, "一、建昌县农业农村局、八家子镇人民政府分别申报1个青年创业项目。\n二、请申报单位于3月20日前将项目申报书（Word格式）"
                        "报送至jctxw_wshq@163.com。")
    assert by_due(d) == {"03-20": ["八家子镇", "县农业农村局"]}


def test_variant_short_names_and_the_later_clause_sent_to_the_mailbox_above(tmp_path):
    d = draft(tmp_path, "一、县教育局、县卫健局各推荐2名优秀团干部。\n二、请推荐单位于3月18日前将推荐表（Excel格式）发送至"
                        "jctxw_wshq@163.com，于3月25日前将个人事迹材料（Word格式）发送至上述邮箱。")
    assert by_due(d) == {"03-18": ["县卫健局", "县教育局"], "03-25": ["县卫健局", "县教育局"]}


def test_near_miss_units_recommended_before_are_not_the_recommending_ones(tmp_path):
    d = draft(tmp_path, "一、建昌县教育局、建昌镇人民政府被推荐为3038年度五四红旗团委。\n二、请推荐单位于3月18日前将推荐表（Excel格式）"
                        "发送至jctxw_wshq@163.com。", addressee="各乡镇人民政府")
    units = by_due(d)["03-18"]
    assert "县教育局" not in units and "喇嘛洞镇" in units
