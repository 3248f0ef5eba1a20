"""What held-out notice 2343 showed the drafter missing (fixed on branch h-fixn117b), on notice texts written for these
tests, each with a near miss that must not change: samples taken to an office (`征集样本于十月二十日前送交县农业技术推广中心`,
`土壤样品…送至…化验室`: 样本 / 样品 / 标本, the thing itself) are carried, not mailed, and make no requirement
(`not_mailed.SAMPLES_CARRIED`); a file about them (`样品检测结果（Excel格式）`, `样本户调整名单`) is still mailed."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县水利局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展2741年耕地土壤普查工作的通知", addressee, body, "2741年4月20日",
        opening="为摸清全县耕地土壤质量底数，现将有关事项通知如下：",
        mailbox="jcnyj_trpc2741@163.com",
        contact="周岩  联系电话：0429-7212388"))


ASKS = ("二、报送要求\n（一）各乡镇于5月10日（星期五）前报送《耕地土壤普查表》（Excel格式）。\n"
        "（二）县水利局于5月8日（星期三）前报送灌区分布情况（Word格式）。\n")


def test_samples_taken_to_an_office_with_no_unit_named_make_no_requirement(tmp_path):
    towns, water = draft(tmp_path, ASKS + "采集样品于5月20日前送交县农业技术推广中心，由其统一化验。").requirements
    assert part_shapes(towns) == ["sheet"] and water.units == ["县水利局"]


def test_samples_a_unit_takes_to_an_office_make_no_requirement(tmp_path):
    towns, water = draft(tmp_path, ASKS + "（三）各乡镇将土壤样本于5月20日前统一送至县农业技术推广中心化验室。").requirements
    assert part_shapes(towns) == ["sheet"] and water.units == ["县水利局"]


def test_near_miss_the_results_of_the_samples_are_still_mailed(tmp_path):
    *_, results = draft(tmp_path, ASKS + "（三）各乡镇于5月20日前将土壤样品检测结果（Excel格式）报送至邮箱。").requirements
    assert results.due.day == 20 and "建昌镇" in results.units and part_shapes(results) == ["sheet"]


def test_near_miss_a_list_of_sample_households_is_still_mailed(tmp_path):
    *_, households = draft(tmp_path, ASKS + "（三）各乡镇将样本户调整名单（Excel格式）于5月20日前报送至邮箱。").requirements
    assert households.due.day == 20 and "建昌镇" in households.units
