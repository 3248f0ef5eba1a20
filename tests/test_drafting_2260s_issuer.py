"""What held-out notices 2265, 2283 and 2288 showed the drafter mixing up between the issuer and the units (fixed on
branch h-fixn113c), on notice texts written for these tests, each with a near miss that must not change: the issuer's
own 汇总 sent up under the short name the roster gives it (`县供销社汇总后，于…前形成…报告报市供销合作社`, the notice signed
建昌县供销合作社联合社) is no requirement (2265); `报送市售碘盐抽检结果报告` sends a report on salt sold in the market,
nothing to the city (2283); `其余乡镇` after an item naming three towns is the other towns and townships, not the
departments addressed beside them (2288)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, issuer: str = "建昌县供销合作社联合社", addressee: str = "各乡镇人民政府，县商务局",
          title: str = "关于开展2801年农村寄递物流网点摸底的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        issuer, title, addressee, body, "2801年3月2日",
        opening="为完善农村寄递物流体系，现将有关事项通知如下：",
        mailbox="jcgxs_jd2801@163.com",
        contact="钱立  联系电话：0429-7212377"))


# ---------------------------------------------------------------- 2265: 县供销社汇总后，于…前…报市供销合作社


GATHERED = ("一、各乡镇于3月16日（星期四）前报送寄递物流网点统计表（Excel格式）。\n"
            "二、县商务局于3月20日（星期一）前报送快递企业备案情况（Word格式）。\n"
            "三、{last}")


def test_the_issuers_own_gathering_sent_up_under_its_short_name_is_no_requirement(tmp_path):
    d = draft(tmp_path, GATHERED.format(last="县供销社汇总后，于3月31日（星期五）前形成全县网点分析报告报市供销合作社。"))
    assert [r.units for r in d.requirements][1:] == [["县商务局"]]
    assert len(d.requirements) == 2 and "县供销社" not in d.requirements[0].units


def test_near_miss_a_unit_gathering_and_sending_to_the_issuer_is_asked(tmp_path):
    d = draft(tmp_path, GATHERED.format(
        last="县商务局汇总各快递企业网点后，于3月31日（星期五）前将网点汇总表（Excel格式）报送县供销社。"))
    assert len(d.requirements) == 3
    assert d.requirements[2].units == ["县商务局"] and d.requirements[2].due.day == 31


# ---------------------------------------------------------------- 2283: 报送市售碘盐抽检结果报告


def salt(tmp_path, last: str):
    return draft(tmp_path, "一、各乡镇于5月26日（星期二）前，将居民户碘盐调查表（Excel格式）报送县卫生健康局。\n二、" + last,
                 issuer="建昌县卫生健康局", addressee="各乡镇人民政府，县市场监督管理局",
                 title="关于开展2801年碘盐质量抽检的通知")


def test_a_report_on_salt_sold_in_the_market_is_no_report_to_the_city(tmp_path):
    d = salt(tmp_path, "县市场监督管理局于6月2日（星期二）前，报送市售碘盐抽检结果报告（Word格式）。")
    assert len(d.requirements) == 2
    assert d.requirements[1].units == ["县市场局"] and (d.requirements[1].due.month, d.requirements[1].due.day) == (6, 2)


def test_near_miss_the_bureaus_gathering_sent_to_the_citys_bureau_stays_its_own_step(tmp_path):
    d = salt(tmp_path, "县市场监督管理局汇总后，于6月2日（星期二）前报送市市场监督管理局。")
    assert len(d.requirements) == 1 and "县市场局" not in d.requirements[0].units


# ---------------------------------------------------------------- 2288: （一）第一批（A、B、C）…；（二）其余乡镇…


BATCHES = ("一、第一批试点乡镇（八家子镇、汤神庙镇、巴什罕乡）于3月20日（星期一）前报送网点摸底表（Excel格式）及网点照片。\n"
           "二、{rest}于4月3日（星期一）前报送网点摸底表（Excel格式）。\n"
           "三、县商务局于3月24日（星期五）前报送寄递物流项目资金情况（Word格式）。")


def test_the_other_towns_after_three_named_are_the_towns_and_townships_not_named(tmp_path):
    d = draft(tmp_path, BATCHES.format(rest="其余乡镇"))
    first, rest, commerce = d.requirements
    towns = set(d.roster.names(["town", "township"]))
    assert set(rest.units) == towns - {"八家子镇", "汤神庙镇", "巴什罕乡"} and "县商务局" not in rest.units
    assert commerce.units == ["县商务局"]


def test_near_miss_every_town_after_three_named_is_every_town(tmp_path):
    d = draft(tmp_path, BATCHES.format(rest="各乡镇"))
    rest = d.requirements[1]
    assert set(rest.units) == set(d.roster.names(["town", "township"]))
