"""What held-out notices 1880–1899 showed the drafter missing (the share of branch h-fixn94b), on notice texts written
for these tests, each with a near miss that must not fire: the city's date for every county (市通知要求各县（市、区）于…前报送)
forwarded beside the units' own (1882); a 函 asking its answers back by 函复, a bureau asked by 请…核实, and a company off the
roster asked the same (1883); a 补充通知 putting off the date of the notice it quotes, its title and the material the date
was set for (1886); a zone added as a sender 为排查报送单位 after a 和 (1897)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.heading.titles import notice_title
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcly_senfang@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", title: str = "关于做好2601年森林防火隐患排查工作的通知"):
    text = (f"{title}\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：韩冰  联系电话：0429-7536612\n\n建昌县林业和草原局\n2601年3月2日\n")
    return draft_campaign(text, ROSTER)


def moment(r) -> tuple[int, int, int]:
    return r.due.month, r.due.day, r.due.hour


# ---------------------------------------------------------------- 1882: the city's date for every county


def test_the_citys_date_for_every_county_is_the_countys_own_and_no_requirement():
    body = ("一、请各乡镇于3月12日（星期四）前报送《防火隐患排查表》（Excel格式）。\n"
            "市通知要求各县（市、区）于3月20日（星期五）前报送汇总材料，由县林草局统一汇总上报，各单位请勿直接向市林草局报送。\n")
    (r,) = draft(body).requirements
    assert moment(r) == (3, 12, 23) and sorted(r.units) == TOWNS


def test_the_citys_date_for_the_towns_stays_their_requirement():
    """Near miss: the city's notice giving the towns themselves a date is theirs to keep."""
    body = "一、市通知要求各乡镇于3月20日（星期五）前报送《防火隐患排查表》（Excel格式）。\n"
    (r,) = draft(body).requirements
    assert moment(r) == (3, 20, 23) and sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1883: a 函 answered by 函复

LETTER = "关于做好2601年森林防火通道建设保障工作的函"
BUREAUS = "县教育局，县水利局，国网建昌县供电公司："


def test_a_letter_asking_its_answers_back_by_hanfu_asks_each_bureau_it_names():
    body = ("一、请县教育局核实林区学校周边防火通道情况，形成书面意见（Word格式），于3月16日（星期一）前函复我局。\n"
            "二、请县水利局核实林区水源地取水条件，形成书面意见（Word格式），于3月18日（星期三）15:00前函复我局。\n"
            "函复材料请发送至我局邮箱。\n")
    education, water = draft(body, BUREAUS, LETTER).requirements
    assert (education.units, moment(education)) == (["县教育局"], (3, 16, 23))
    assert (water.units, moment(water)) == (["县水利局"], (3, 18, 15))


def test_a_company_off_the_roster_asked_by_the_letter_owes_no_requirement():
    body = ("一、请县教育局核实林区学校周边防火通道情况，形成书面意见（Word格式），于3月16日（星期一）前函复我局。\n"
            "二、请国网建昌县供电公司核实林区线路隐患，于3月18日（星期三）前函复我局。\n"
            "函复材料请发送至我局邮箱。\n")
    (r,) = draft(body, BUREAUS, LETTER).requirements
    assert r.units == ["县教育局"] and moment(r) == (3, 16, 23)


def test_a_letter_asking_a_check_done_by_a_date_asks_nothing_sent():
    """Near miss: 核实 to be finished by a date, nothing answered back, is no requirement."""
    body = "一、请县教育局于3月16日（星期一）前完成林区学校周边防火通道核实。\n"
    assert draft(body, BUREAUS, LETTER).requirements == []


# ---------------------------------------------------------------- 1886: a 补充通知 putting the quoted notice's date off


def test_a_title_putting_off_the_quoted_notices_date_is_titled_by_that_notice():
    title = "关于推迟《关于开展2601年森林防火隐患排查工作的通知》报送时间并增加报送单位的补充通知"
    assert notice_title(title) == "2601年森林防火隐患排查"


def test_a_title_asking_how_a_quoted_notice_was_carried_out_keeps_its_own_matter():
    """Near miss: 报送《…》贯彻落实情况 asks something of its own about the quoted notice."""
    title = "关于报送《关于开展2601年森林防火隐患排查工作的通知》贯彻落实情况的通知"
    assert notice_title(title) == "《关于开展2601年森林防火隐患排查工作的通知》贯彻落实情况"


RECITAL = ("2601年2月20日，我局印发了《关于开展2601年森林防火隐患排查工作的通知》（以下简称原通知），"
           "要求各乡镇于3月10日（星期二）前报送《林区防火隐患排查表》。现补充通知如下：\n")


def test_a_date_put_off_with_no_material_is_for_the_material_the_recital_names():
    body = RECITAL + "一、各乡镇报送时间推迟至3月17日（星期二）下午4时前。\n"
    (r,) = draft(body).requirements
    assert moment(r) == (3, 17, 16) and sorted(r.units) == TOWNS
    assert r.title == "林区防火隐患排查表" and r.parts[0]["formats"][0] == "xlsx"


def test_a_date_put_off_naming_its_own_material_keeps_it():
    """Near miss: the sentence says what it sends; the recital's material is not added."""
    body = RECITAL + "一、各乡镇报送时间推迟至3月17日（星期二）下午4时前，另报送隐患整改情况报告（Word格式）。\n"
    (r,) = draft(body).requirements
    assert r.title == "隐患整改情况报告"


# ---------------------------------------------------------------- 1897: a zone added as a sender after 和

SUPPLEMENT = "关于《关于开展2601年森林防火隐患排查工作的通知》的补充通知"
ADDRESSED = "建昌镇人民政府，药王庙镇人民政府，八家子经济开发区管委会："


def test_a_zone_added_after_he_as_a_sender_of_the_work_is_among_the_units():
    body = ("一、增加药王庙镇和八家子经济开发区为排查报送单位，请于3月16日（星期一）前将林区隐患台账（Excel格式）"
            "发送至原通知邮箱。\n")
    (r,) = draft(body, ADDRESSED, SUPPLEMENT).requirements
    assert sorted(r.units) == ["八家子经济开发区", "药王庙镇"]


def test_a_zone_the_work_centres_on_is_no_sender():
    """Near miss: 以…为排查重点 names where the work is done, not who sends."""
    body = ("一、请药王庙镇以八家子经济开发区为排查重点，于3月16日（星期一）前将林区隐患台账（Excel格式）"
            "发送至原通知邮箱。\n")
    (r,) = draft(body, ADDRESSED, SUPPLEMENT).requirements
    assert r.units == ["药王庙镇"]
