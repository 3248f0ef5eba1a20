"""What held-out notice 2834 showed the drafter missing (fixed on branch h-fixn140c): a notice addressed to an office
every town and township has of its own (`各乡镇劳动保障所`, `各乡镇财政所`, `各乡（镇）农业综合服务站`) is written to the
towns and townships, as `各乡镇人民政府` is; an office in each town that is a county bureau's (`各乡镇派出所`: the 公安局's;
`各乡镇司法所`: the 司法局's) or an institution of its own (`各乡镇中心学校`) is not the town."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

TOWNS = ("建昌镇", "大屯镇", "王宝营子乡", "二道湾子蒙古族乡")


def draft(tmp_path, addressee: str, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", "关于做好春季劳务输出人员统计工作的通知", addressee, body, "2957年2月21日",
        opening="为准确掌握我县劳务输出规模和流向，现将有关事项通知如下。",
        mailbox="jcrsj_laowu2957@163.com", contact="杨帆  联系电话：0429-7345678"))


def _asks_every_town(c) -> bool:
    return all(t in c.requirements[0].units for t in TOWNS) and not any("不是名册中的单位" in u for u in c.unsettled)


# ---------------------------------------------------------------- 2834: 各乡镇劳动保障所


def test_towns_labour_offices_are_the_towns(tmp_path):
    c = draft(tmp_path, "各乡镇劳动保障所，县乡村振兴局",
              "请各乡镇劳动保障所于2月28日下午4点前报送《劳务输出人员台账》（Excel格式）。"
              "县乡村振兴局请于3月7日前报送脱贫劳动力外出务工情况（Word格式）。")
    assert _asks_every_town(c)
    assert "县乡村振兴局" not in c.requirements[0].units


def test_variant_towns_finance_offices_are_the_towns(tmp_path):
    c = draft(tmp_path, "各乡镇财政所、县乡村振兴局",
              "请各乡镇财政所于2月28日前报送《劳务补贴发放台账》（Excel格式）。"
              "县乡村振兴局请于3月7日前报送脱贫劳动力外出务工情况（Word格式）。")
    assert _asks_every_town(c)


def test_variant_townships_and_towns_farming_service_stations_written_apart(tmp_path):
    c = draft(tmp_path, "各乡（镇）农业综合服务站，县乡村振兴局",
              "请各乡（镇）农业综合服务站于2月28日前报送《劳务输出人员台账》（Excel格式）。"
              "县乡村振兴局请于3月7日前报送脱贫劳动力外出务工情况（Word格式）。")
    assert _asks_every_town(c)


def test_near_miss_a_county_bureaus_office_in_each_town_is_not_the_town(tmp_path):
    for office in ("派出所", "司法所", "中心学校"):
        c = draft(tmp_path, f"各乡镇{office}，县乡村振兴局",
                  f"请各乡镇{office}于2月28日前报送《劳务输出人员台账》（Excel格式）。"
                  "县乡村振兴局请于3月7日前报送脱贫劳动力外出务工情况（Word格式）。")
        assert "建昌镇" not in c.units, office
