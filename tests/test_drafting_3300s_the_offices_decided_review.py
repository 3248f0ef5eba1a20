"""What held-out notice 3302 showed the drafter missing (fixed on branch h-fixn164b), on notice texts written for these
tests, with a near miss that must not change: the days the issuing office has decided to do its own work
(`县教育局决定于4月26日至5月20日对部分单位上报的体测数据开展抽查复核`: 决定 / 定 after the office's name, as 将 / 拟 / 计划
already were) are no deadline of the units, though the sentence speaks of what they 上报."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, opening: str, body: str, issuer: str = "建昌县教育局"):
    return draft_of_a_file(tmp_path, notice_text(
        issuer, "关于开展3131年学生体质健康测试数据抽查复核工作的通知", "各乡镇人民政府，县卫生健康局", body,
        "3131年4月20日", opening=opening, contact="李雪梅，电话：0429-7512871"))


ASKS = ("一、报送要求\n请各单位于5月12日（星期二）16时前将体质健康测试数据汇总表（Excel格式）发送至jcjy_tzjk@163.com；"
        "复核结束后，于6月9日前将复核情况报告（Word格式）发送至上述邮箱。")


def dues(d) -> list[str]:
    return sorted(r.due.strftime("%m-%d %H:%M") for r in d.requirements)


# ---------------------------------------------------------------- 3302: 县教育局决定于…至…对…开展抽查复核


def test_the_offices_review_period_is_no_deadline(tmp_path):
    d = draft(tmp_path, "为确保学生体质健康测试数据真实准确，县教育局决定于4月26日至5月20日对部分单位上报的体测数据开展抽查复核。"
                        "现将有关事项通知如下。", ASKS)
    assert dues(d) == ["05-12 16:00", "06-09 23:59"]
    assert any("县教育局自己开展工作" in line for line in d.unsettled)


def test_variant_we_decided_to_check_on_site_on_a_numbered_line(tmp_path):
    d = draft(tmp_path, "现将有关事项通知如下。",
              "一、核查安排\n我局决定于4月26日至5月20日对各单位上报的体测数据进行实地核查。\n" + ASKS.replace("一、", "二、"))
    assert dues(d) == ["05-12 16:00", "06-09 23:59"]


def test_variant_another_office_has_set_its_spot_checks(tmp_path):
    d = draft(tmp_path, "为核实各单位上报的数据，县体育事业发展中心定于5月18日至5月29日对各单位报送的数据进行抽查。",
              ASKS, issuer="建昌县体育事业发展中心")
    assert dues(d) == ["05-12 16:00", "06-09 23:59"]


def test_near_miss_the_office_decided_what_the_units_send_by_a_day(tmp_path):
    d = draft(tmp_path, "现将有关事项通知如下。",
              "县教育局决定各单位于5月20日前报送体测工作自查报告（Word格式），发送至jcjy_tzjk@163.com。")
    assert dues(d) == ["05-20 23:59"]
