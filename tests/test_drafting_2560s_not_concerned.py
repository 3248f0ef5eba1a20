"""What held-out notices 2560–2579 showed the drafter missing (fixed on branch h-fixn128a), on notice texts written
for these tests, each with a near miss that must not change: towns a notice says an item does not concern
(`建昌镇、八家子镇近年未开展上述项目，不涉及此项`) are let off the item's `各乡镇` (2578)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县教育局",
          title: str = "关于开展传统体育项目调查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民族和宗教事务局", title, addressee, body, "2690年5月12日",
        opening="为保护传承民族传统体育文化，现将有关事项通知如下。",
        mailbox="jcmzj_ty2690@163.com",
        contact="包玉梅  联系电话：0429-7816650"))


# ---------------------------------------------------------------- 2578: …，不涉及此项


def test_towns_the_item_does_not_concern_are_let_off(tmp_path):
    r, _ = draft(tmp_path, "一、请各乡镇于6月13日前报送传统体育项目开展情况统计表（Excel格式）。"
                           "建昌镇、八家子镇近年未开展上述项目，不涉及此项。\n"
                           "二、县教育局请于6月20日（星期五）前报送进校园情况（Word格式）。").requirements
    assert "建昌镇" not in r.units and "八家子镇" not in r.units
    assert "大屯镇" in r.units


def test_near_miss_a_reply_asked_of_towns_not_concerned_lets_none_off(tmp_path):
    r, _ = draft(tmp_path, "一、请各乡镇于6月13日前报送传统体育项目开展情况统计表（Excel格式）。"
                           "建昌镇、八家子镇如不涉及此项，请在表中注明“无”。\n"
                           "二、县教育局请于6月20日（星期五）前报送进校园情况（Word格式）。").requirements
    assert "建昌镇" in r.units and "八家子镇" in r.units and "大屯镇" in r.units
