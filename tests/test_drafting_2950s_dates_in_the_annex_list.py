"""What held-out notice 2953 showed the drafter missing (fixed on branch h-fixn148a), on notice texts written for these
tests: a body sending by the dates its 附件 名单 gives each unit (`…于名单所注日期前报送` over `2.建昌县公安局（9月6日
前）`) asks each date's units for the body's papers; a list whose brackets hold no date changes nothing."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, annex: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县政务公开工作领导小组办公室", "关于开展2956年“政府开放日”活动的通知", "附件所列各单位", body, "2956年8月25日",
        opening="县政务公开工作领导小组决定组织开展2956年“政府开放日”活动，由附件所列单位分别承办。",
        mailbox="jczwgk_kfr@163.com", contact="韩冬  联系电话：0429-7912170")
        + "\n附件\n2956年“政府开放日”活动承办单位名单\n" + annex + "\n")


def by_day(d):
    return {(r.due.month, r.due.day): sorted(r.units) for r in d.requirements}


def kinds(r):
    return sorted(p["kind"] for p in r.parts)


# ---------------------------------------------------------------- 2953: 名单 1.X（9月6日前）, 于名单所注日期前


def test_each_date_of_the_list_its_units(tmp_path):
    d = draft(tmp_path, "请各承办单位制定开放日活动方案（Word格式），连同拟开放场地的现场照片，于名单所注日期前报送县政务公开"
                        "工作领导小组办公室。",
              "1.建昌县政务服务中心（9月6日前）\n2.建昌县公安局（9月6日前）\n3.建昌县医疗保障局（9月13日前）\n"
              "4.国家税务总局建昌县税务局（9月13日前）\n5.建昌县自来水有限公司（9月13日前）")
    assert by_day(d) == {(9, 6): ["县公安局", "县政务服务中心"], (9, 13): ["县医保局", "县税务局"]}
    assert all(kinds(r) == ["document", "photo"] for r in d.requirements)


def test_variant_numbered_in_brackets_the_bracket_saying_send(tmp_path):
    d = draft(tmp_path, "请各承办单位按附件所列时间，将开放日活动方案（Word格式）和现场照片报送县政务公开工作领导小组办公室。",
              "（一）建昌县公安局（9月6日前报送）\n（二）建昌县医疗保障局（9月13日前报送）\n（三）国家税务总局建昌县税务局（9月13日前报送）")
    assert by_day(d) == {(9, 6): ["县公安局"], (9, 13): ["县医保局", "县税务局"]}
    assert all(kinds(r) == ["document", "photo"] for r in d.requirements)


def test_variant_dates_after_a_dash(tmp_path):
    d = draft(tmp_path, "各承办单位须将开放日活动方案（Word格式）在附件名单标注的时限前发送至县政务公开工作领导小组办公室邮箱。",
              "(1)建昌县政务服务中心——9月6日前\n(2)建昌县公安局——9月13日前")
    assert by_day(d) == {(9, 6): ["县政务服务中心"], (9, 13): ["县公安局"]}


def test_near_miss_brackets_holding_short_names(tmp_path):
    d = draft(tmp_path, "请各承办单位制定开放日活动方案（Word格式），于9月10日前报送县政务公开工作领导小组办公室。",
              "1.建昌县政务服务中心（县政务中心）\n2.建昌县公安局（联系人：王强）\n3.建昌县医疗保障局（县医保局）")
    assert by_day(d) == {(9, 10): ["县公安局", "县医保局", "县政务服务中心"]}
