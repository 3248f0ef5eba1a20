"""What held-out notices 1340–1359 showed the drafter missing, on notice texts written for these tests: towns named in
the bracket after an addressee group, a mailbox written as a user name and a suffix, the mail body said before what is
typed in it, words that name a material or a name without asking it (a file's naming rule, a purpose, the office's later
use), the office's own phone calls, a signed paper sent as its scan alone, one form whose title joins two nouns, a thing
known only by its format bracket, the numbered items after a sending sentence's colon, units picked by a label column
of the annex's table, and a form's Excel format carried to a later sentence naming it bare."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day
from test_drafting_1320s import shapes

from collector.drafting import draft_campaign
from collector.drafting.heading.address_halves import halves_put_together
from collector.drafting.materials.asks_nothing import without_what_asks_nothing
from collector.drafting.asks.listed_after import the_items_after_the_colon
from collector.drafting.requirements import material_names
from collector.roster import builtin_roster

ROSTER = builtin_roster()


# ---------------------------------------------------------------- units

def test_towns_in_the_bracket_after_an_addressee_group_are_the_units():
    body = "请上述乡镇于6月5日（星期五）前将河道清障台账（Excel格式）发送至jcsl_qz@163.com。"
    draft = drafted(body, "沿河乡镇人民政府（石佛乡、玲珑塔镇、大屯镇）")
    assert got(draft) == [(day(6, 5), sorted(["石佛乡", "玲珑塔镇", "大屯镇"]))]


def test_a_bracket_after_the_towns_that_leaves_some_out_is_no_list_of_them():
    body = "请各乡镇于6月5日前将河道清障台账（Excel格式）发送至jcsl_qz@163.com。"
    draft = drafted(body, "各乡镇人民政府（石佛乡、大屯镇除外）")
    assert got(draft) == [(day(6, 5), sorted(set(LOCAL_UNITS) - {"石佛乡", "大屯镇"}))]


def test_units_are_picked_by_the_label_column_of_the_annexs_table():
    text = ("建昌县文化馆\n关于报送送戏下乡需求的通知\n\n附件1所列乡镇人民政府：\n\n"
            "（一）南片乡镇于4月8日（星期三）前，将送戏下乡需求表（Excel格式）发送至jcwhg_sx@163.com。\n"
            "（二）北片乡镇于4月15日（星期三）16时前，将送戏下乡需求表发送至上述邮箱。\n\n"
            "建昌县文化馆\n2026年3月30日\n\n附件1\n\n序号\t乡镇\t片区\t演出团队\n1\t汤神庙镇\t南片\t一团\n"
            "2\t巴什罕乡\t北片\t二团\n3\t谷杖子乡\t南片\t二团\n4\t要路沟乡\t北片\t一团\n")
    draft = draft_campaign(text, ROSTER)
    assert got(draft) == [(day(4, 8), sorted(["汤神庙镇", "谷杖子乡"])),
                          (day(4, 15, dt.time(16, 0)), sorted(["巴什罕乡", "要路沟乡"]))]


def test_a_label_inside_a_longer_word_picks_no_rows():
    text = ("建昌县文化馆\n关于报送送戏下乡需求的通知\n\n附件1所列乡镇人民政府：\n\n"
            "请未完成的乡镇于4月8日前将送戏下乡需求表（Excel格式）发送至jcwhg_sx@163.com。\n\n"
            "建昌县文化馆\n2026年3月30日\n\n附件1\n\n序号\t乡镇\t进度\t演出团队\n1\t汤神庙镇\t完成\t一团\n"
            "2\t巴什罕乡\t推进中\t二团\n3\t谷杖子乡\t完成\t二团\n")
    draft = draft_campaign(text, ROSTER)
    assert got(draft) == [(day(4, 8), sorted(["汤神庙镇", "巴什罕乡", "谷杖子乡"]))]


# ---------------------------------------------------------------- the collecting address

def test_a_mailbox_written_as_its_user_name_and_suffix_is_one_address():
    body = ("请各乡镇于5月12日前将普法案例（Word格式）以电子邮件报送。\n"
            "邮箱账号：jcsfj_pf2026\n邮箱后缀：qq.com")
    draft = drafted(body)
    assert draft.addresses == ["jcsfj_pf2026@qq.com"]
    assert any("合读作jcsfj_pf2026@qq.com" in line for line in draft.unsettled)


def test_a_login_name_without_a_suffix_is_no_address():
    unsettled: list[str] = []
    text = "登录平台填报，系统用户名：jc0412，初始密码另行告知。"
    assert halves_put_together(text, unsettled) == text and not unsettled


# ---------------------------------------------------------------- what is typed in the mail

def test_the_mail_body_said_before_a_persons_name_and_phone_makes_one_field():
    body = "请各乡镇于6月10日前将参训人员汇总表（Excel格式）发送至jcpx@163.com，并在邮件正文中写明带队人姓名及手机号码。"
    assert shapes(drafted(body)) == [["field", "sheet"]]


def test_a_name_and_phone_asked_without_the_mail_body_stay_two_fields():
    body = "请各乡镇于6月10日前将参训人员汇总表（Excel格式）及带队人姓名、手机号码发送至jcpx@163.com。"
    assert shapes(drafted(body)) == [["field", "field", "sheet"]]


# ---------------------------------------------------------------- words that ask nothing

def test_a_files_naming_rule_asks_no_name():
    text = "将获奖学生名册（Excel格式）及奖状照片发送至jcjy@163.com，照片以“学校+学生姓名”命名。"
    assert "姓名" not in without_what_asks_nothing(text)
    body = "请各乡镇于7月3日前" + text[:-1] + "。"
    assert shapes(drafted(body)) == [["photo", "sheet"]]


def test_a_name_asked_beside_a_naming_rule_is_still_asked():
    body = "请各乡镇于7月3日前将联络员姓名及获奖学生名册（Excel格式）发送至jcjy@163.com，名册以乡镇名称命名。"
    assert "field" in shapes(drafted(body))[0]


def test_what_a_material_will_serve_is_no_material():
    body = "请各乡镇于8月20日上午10时前将低收入人口台账（Excel格式）发送至jcmz@163.com，作为动态监测名单核对依据。"
    assert shapes(drafted(body)) == [["sheet"]]


def test_the_offices_later_use_of_what_it_gets_is_no_material():
    body = "请各乡镇于5月29日前将端午活动总结及照片3张发送至jcwm@163.com，优秀案例将择优在县融媒体中心刊登。"
    assert shapes(drafted(body)) == [["document", "photo"]]


def test_a_clause_that_still_sends_is_kept():
    text = "将整改方案发送至jcwm@163.com，作为附件一并报送整改台账。"
    assert "整改台账" in without_what_asks_nothing(text)


def test_the_offices_calls_to_the_units_are_no_requirement():
    body = ("一、请有意参加的单位于5月8日（星期五）中午12时前将报名表（Word格式）发送至jcty_ds@163.com。"
            "中心根据报名情况统一编排赛程，5月12日前电话通知各参赛单位。")
    draft = drafted(body, "各乡镇人民政府")
    assert got(draft) == [(day(5, 8, dt.time(12, 0)), LOCAL_UNITS)]


def test_a_report_the_units_phone_in_by_a_date_stays_off_but_a_mailed_one_stays():
    body = "请各乡镇于5月12日前将报名表发送至jcty_ds@163.com，如有变动请电话通知中心。"
    assert got(drafted(body)) == [(day(5, 12), LOCAL_UNITS)]


# ---------------------------------------------------------------- what a requirement's parts are

def test_a_paper_signed_then_sent_as_its_scan_alone_is_one_scan():
    body = ("请各乡镇填写《示范家庭推荐表》，经乡镇主要负责人签字并加盖公章后，将扫描件（PDF格式）于6月19日前发送至"
            "jcfl@163.com。")
    assert shapes(drafted(body)) == [["scan"]]


def test_a_table_sent_beside_its_stamped_scan_keeps_both():
    body = "请各乡镇于6月19日前将《示范家庭推荐表》Excel版和加盖公章的扫描件（PDF格式）一并发送至jcfl@163.com。"
    assert shapes(drafted(body)) == [["scan", "sheet"]]


def test_a_form_whose_title_joins_two_nouns_is_one_form():
    assert material_names("将《护林员名单及责任区域划分表》（Excel格式）发送") == ["责任区域划分表"]
    body = "请各乡镇于10月9日前将《护林员名单及责任区域划分表》（Excel格式）发送至jclc@163.com。"
    assert shapes(drafted(body)) == [["sheet"]]


def test_two_forms_in_two_titles_stay_two():
    body = "请各乡镇于10月9日前将《护林员名单》（Word格式）及《责任区域划分表》（Excel格式）发送至jclc@163.com。"
    assert shapes(drafted(body)) == [["document", "sheet"]]


def test_a_thing_known_only_by_its_format_bracket_is_a_material():
    body = "请各乡镇于4月17日前，组织编制村庄规划图说（Word格式），并附规划范围现状照片，发送至jczj@163.com。"
    draft = drafted(body)
    assert shapes(draft) == [["document", "photo"]]
    assert draft.requirements[0].title.startswith("村庄规划图说")


def test_format_words_in_a_bracket_name_nothing_more():
    assert material_names("将电子版（Word格式）发送至jczj@163.com") == []


def test_the_numbered_items_after_a_sending_sentences_colon_are_its_parts():
    body = ("三、报送要求\n各乡镇于9月11日（星期五）下班前，将以下材料发送至jcmz_yl@163.com：\n"
            "1．《养老机构消防检查表》（Excel格式）；\n"
            "2．检查现场照片，每处不少于2张，全部照片打包为一个压缩包（ZIP格式）。")
    draft = drafted(body)
    assert shapes(draft) == [["archive", "sheet"]]
    assert got(draft) == [(day(9, 11, dt.time(17, 0)), LOCAL_UNITS)]


def test_a_forward_anaphor_the_sentence_does_not_end_on_is_left_alone():
    names = ["以下材料"]
    assert the_items_after_the_colon(names, "将以下材料发送至jcmz@163.com。", "1．检查表；2．照片。") == names


def test_a_forms_excel_format_carries_to_a_later_sentence_naming_it_bare():
    body = ("（一）请各乡镇于3月13日前，将《2026年送法进村计划表》（附件2，Excel格式）发送至jcsf@163.com。\n"
            "（二）请县司法局于3月20日前，将《2026年送法进村计划表》发送至上述邮箱。")
    draft = drafted(body, "各乡镇人民政府，县司法局")
    assert shapes(draft) == [["sheet"], ["sheet"]]


def test_a_form_given_no_format_anywhere_stays_a_document():
    body = ("（一）请各乡镇于3月13日前，将《2026年送法进村计划》发送至jcsf@163.com。\n"
            "（二）请县司法局于3月20日前，将《2026年送法进村计划》发送至上述邮箱。")
    draft = drafted(body, "各乡镇人民政府，县司法局")
    assert shapes(draft) == [["document"], ["document"]]
