"""What held-out notice 3241 showed the drafter missing (fixed on branch h-fixn166d), on notice texts written for these
tests, with near misses that must not change: one slip per unit after the 落款, each as labelled lines (`交办单一` /
`被审计单位：建昌县教育局` / `报送材料：…` / `报送时限：…`), sends by the unit its own line labels, not every unit of the 附件;
a slip labelling a body no roster lists (`被审计单位：建昌县城市建设投资有限公司`) is that body's, no requirement; two slips of
the same paper and day are one requirement, each unit's share (as rows of one day are)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

BODY = ("有关被审计单位：\n3099年度县本级预算执行审计工作报告已经县人大常委会审议。现将审计发现问题整改交办单（见附件）印发给你们，"
        "请按交办单所列材料和时限，将整改材料发送至jcsj_zgjb@163.com。\n县审计局将于7月中旬对整改情况进行跟踪检查。\n"
        "联系人：郑海波，电话：0429-7512606。\n\n附件：审计发现问题整改交办单\n\n建昌县审计局\n3100年5月28日\n\n附件\n"
        "审计发现问题整改交办单\n")


def draft(tmp_path, slips: list[tuple[str, str, str, str]], heading: str = "交办单{n}", label: str = "被审计单位"):
    numbers = "一二三四五六"
    lines = []
    for n, (unit, problem, paper, due) in enumerate(slips):
        lines += [heading.format(n=numbers[n], k=n + 1), f"编号：建审交〔3100〕{n + 1}号", f"{label}：{unit}",
                  f"发现问题：{problem}", f"报送材料：{paper}", f"报送时限：{due}"]
    text = "建昌县审计局\n关于做好3099年度县本级预算执行审计发现问题整改工作的通知\n\n" + BODY + "\n".join(lines) + "\n"
    return draft_of_a_file(tmp_path, text)


def units_by_due(d) -> list[tuple[str, list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units)) for r in d.requirements]


SLIPS = [("建昌县教育局", "学生资助资金结余未及时清理。", "整改报告（Word格式）及整改佐证材料截图", "6月12日（星期二）16:00前"),
         ("建昌县卫生健康局", "基本公共卫生服务补助资金拨付不及时。", "整改报告（Word格式）及整改佐证材料截图",
          "6月12日（星期二）16:00前"),
         ("建昌县城市建设投资有限公司", "项目结算资料不完整。", "整改报告（Word格式）", "6月19日前"),
         ("建昌县农业农村局", "项目绩效目标设置不细化。", "整改情况说明（Word格式）", "6月26日前")]


# ---------------------------------------------------------------- 3241: 交办单一 / 被审计单位：… / 报送时限：…


def test_each_slip_sends_by_the_unit_it_labels_the_company_out(tmp_path):
    d = draft(tmp_path, SLIPS)
    assert units_by_due(d) == [("06-12 16:00", ["县卫健局", "县教育局"]), ("06-26 23:59", ["县农业农村局"])]


def test_variant_checked_units_on_numbered_notice_slips(tmp_path):
    slips = [("建昌县水利局", "河道采砂监管不到位。", "整改报告（Word格式）", "7月10日前"),
             ("建昌县林业和草原局", "林地占用审批资料缺失。", "整改报告（Word格式）", "7月10日前"),
             ("建昌县鑫源矿业有限公司", "尾矿库台账不全。", "整改报告（Word格式）", "7月17日前")]
    d = draft(tmp_path, slips, heading="整改通知单（{k}）", label="被检查单位")
    assert units_by_due(d) == [("07-10 23:59", ["县林草局", "县水利局"])]


def test_variant_each_slip_its_own_day(tmp_path):
    slips = [SLIPS[0], (SLIPS[1][0], SLIPS[1][1], SLIPS[1][2], "6月19日前"), SLIPS[3]]
    d = draft(tmp_path, slips)
    assert units_by_due(d) == [("06-12 16:00", ["县教育局"]), ("06-19 23:59", ["县卫健局"]),
                               ("06-26 23:59", ["县农业农村局"])]


def test_near_miss_two_slips_of_one_day_asking_other_papers_stay_apart(tmp_path):
    slips = [SLIPS[0], (SLIPS[1][0], SLIPS[1][1], "资金拨付台账（Excel格式）", SLIPS[1][3])]
    d = draft(tmp_path, slips)
    assert units_by_due(d) == [("06-12 16:00", ["县教育局"]), ("06-12 16:00", ["县卫健局"])]
