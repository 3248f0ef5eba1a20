"""What held-out notices 2620–2639 showed the drafter missing (fixed on branch h-fixn131b), on notice texts written
for these tests, each with a near miss that must not change: another unit asked another paper on the same day, after a
sentence giving one unit that day at an hour, is a requirement of its own at the day's end, whether 将 what is sent
comes first (`请于同日将…说明（Word格式）发送至同一邮箱`, 2636, read by h-fixn130a's same_time.SAME_DAY_RE) or the verb of
sending right after 于同日 (`请于同日报送…说明（Word格式）`: SAME_DAY_RE's verb now optional 将); the same material sent
同日一并 (no 于) stays the one requirement."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, second: str):
    body = ("　　建昌县公安局请于3月31日（星期二）上午9时前将辖区电动自行车登记及违法载人查处情况统计表（Excel格式）"
            f"发送至县交通运输局运输管理股邮箱jcjtj_diandong2690@163.com；{second}\n"
            "　　建昌县应急管理局请于4月10日（星期五）前报送农村道路交通事故风险点分析报告（Word格式）。")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县交通运输局", "关于开展电动自行车载人安全专项整治情况摸底的通知", "各有关单位", body,
        "2690年3月17日", opening="为摸清底数，现请有关单位报送材料如下。",
        contact="运输管理股  郑宏亮　电话：0429-7862655"))


SEPARATE = [(["县公安局"], 31, 9), (["县农业农村局"], 31, 23), (["县应急局"], 10, 23)]


def test_another_units_other_paper_sent_the_same_day_is_its_own_requirement(tmp_path):
    reqs = draft(tmp_path, "建昌县农业农村局请于同日报送农用电动车安全检验情况说明（Word格式）。").requirements
    assert [(sorted(r.units), r.due.day, r.due.hour) for r in reqs] == SEPARATE


def test_another_units_other_paper_put_first_the_same_day_is_its_own_requirement(tmp_path):
    reqs = draft(tmp_path, "建昌县农业农村局请于同日将农用电动车安全检验情况说明（Word格式）发送至同一邮箱。").requirements
    assert [(sorted(r.units), r.due.day, r.due.hour) for r in reqs] == SEPARATE


def test_near_miss_the_same_material_sent_the_same_day_stays_one(tmp_path):
    reqs = draft(tmp_path, "县农业农村局同日一并报送上述材料。").requirements
    assert len(reqs) == 2
    assert (reqs[0].due.day, reqs[0].due.hour) == (31, 9) and "县公安局" in reqs[0].units
