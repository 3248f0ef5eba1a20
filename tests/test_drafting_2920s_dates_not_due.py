"""What held-out notices 2920–2939 showed the drafter missing (fixed on branch h-fixn146c), on notice texts written
for these tests, each with a near miss that must not change: work dates a note says send nothing
(`确保在10月25日前完成冷态试运行（以上两个日期为全县统一节点，不需要报送材料）`, 2922), a not-before day
(`请勿早于7月14日报送`, 2928), and a deadline counted back from an event's day by weeks (`于培训班开班前一周报送`, 2933), whose
sentence's `为提高稿件质量` and `撰稿人培训班` name no paper."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "建昌镇人民政府、八家子镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县住房和城乡建设局", "关于做好冬季供热保障工作的通知", addressee, body, "2941年9月1日",
        opening="为确保按时供热，现将有关事项通知如下。",
        mailbox="jczjj_gr2941@163.com",
        contact="孙国栋  联系电话：0429-7215678"))


def dues(d) -> list[str]:
    return sorted(r.due.strftime("%m-%d") for r in d.requirements)


# ---------------------------------------------------------------- 2922: 以上两个日期为…节点，不需要报送材料


def test_work_dates_a_bracket_says_send_nothing_are_no_requirement(tmp_path):
    d = draft(tmp_path, "各单位要对管网进行全面检修，确保在10月25日前完成冷态试运行，11月1日正式供热（以上两个日期为全县统一节点，"
                        "不需要报送材料）。请各单位将供热准备情况统计表（Excel格式）于9月26日16时前报送。")
    assert dues(d) == ["09-26"]


def test_work_dates_a_clause_after_says_send_nothing(tmp_path):
    d = draft(tmp_path, "各单位须于10月20日前完成换热站检修和管网试压，11月1日前完成供热准备，上述时间节点均无需报送材料。"
                        "请各单位于9月26日前报送供热准备情况统计表（Excel格式）。")
    assert dues(d) == ["09-26"]


def test_one_work_date_its_note_in_other_words(tmp_path):
    d = draft(tmp_path, "各单位要在10月15日前储备不少于15天用量的燃煤（该时间节点不需单独报送），"
                        "并于10月10日前报送供热突发事件应急预案（Word格式）。")
    assert dues(d) == ["10-10"]


def test_near_miss_a_date_its_clause_sends_by_beside_such_a_note_stays(tmp_path):
    d = draft(tmp_path, "各单位于10月25日前完成冷态试运行，并报送试运行情况报告（Word格式）（以上日期为全县统一节点，"
                        "不需要另行报送其他材料）。")
    assert dues(d) == ["10-25"]


# ---------------------------------------------------------------- 2928: 请勿早于7月14日报送


def test_a_not_before_day_is_no_deadline(tmp_path):
    d = draft(tmp_path, "请各单位于7月14日（星期二）至7月20日（星期一）之间报送社区商业网点摸底表（Excel格式），"
                        "请勿早于7月14日报送，以便统一汇总口径。")
    assert dues(d) == ["07-20"]


def test_a_not_before_day_said_with_bude(tmp_path):
    d = draft(tmp_path, "请各单位于7月20日前报送社区商业网点摸底表（Excel格式），报送时间不得早于7月14日。")
    assert dues(d) == ["07-20"]


def test_a_not_before_day_said_as_not_earlier_than(tmp_path):
    d = draft(tmp_path, "请各单位于7月20日前报送社区商业网点摸底表（Excel格式），不要早于7月15日（星期三）报送，"
                        "县住建局于7月27日前报送说明（Word格式）。", addressee="建昌镇人民政府、八家子镇人民政府、县住建局")
    assert dues(d) == ["07-20", "07-27"]


def test_near_miss_a_date_after_zaoyu_naming_no_day_stays(tmp_path):
    d = draft(tmp_path, "请各单位于7月14日前报送摸底表（Excel格式），7月20日前报送说明（Word格式），说明不得早于摸底表报送。")
    assert dues(d) == ["07-14", "07-20"]


# ---------------------------------------------------------------- 2933: 于培训班开班前一周报送


def test_a_deadline_a_week_before_the_training_day(tmp_path):
    d = draft(tmp_path, "我局定于6月20日（星期一）在县住建局三楼会议室举办供热安全培训班，请各单位于培训班开班前一周报送参训人员名单"
                        "（Excel格式）。各单位于8月29日前报送工作总结（Word格式）。")
    assert dues(d) == ["06-13", "08-29"]


def test_a_deadline_weeks_before_a_meeting(tmp_path):
    d = draft(tmp_path, "会议时间：6月20日上午9时。请各单位于会议召开前两周报送交流材料（Word格式）。")
    assert dues(d) == ["06-06"]


def test_a_deadline_a_xingqi_before_an_activity(tmp_path):
    d = draft(tmp_path, "我局定于6月20日举办供热开放日活动，请各单位于活动开始前一个星期报送参加人员名单（Excel格式）。")
    assert dues(d) == ["06-13"]


def test_near_miss_days_before_the_training_day_stay_days(tmp_path):
    d = draft(tmp_path, "我局定于6月20日（星期一）举办供热安全培训班，请各单位于培训班开班前3天报送参训人员名单（Excel格式）。")
    assert dues(d) == ["06-17"]


# ---------------------------------------------------------------- 2933: 为提高稿件质量…举办撰稿人培训班 (no paper)


def parts_of(d) -> list[list[str]]:
    return [sorted(part_shape(p) for p in r.parts) for r in sorted(d.requirements, key=lambda r: r.due)]


def test_the_quality_a_purpose_clause_names_and_the_writers_are_no_papers(tmp_path):
    d = draft(tmp_path, "为提高稿件质量，我局定于6月20日举办撰稿人培训班，请各单位于6月13日前报送撰稿人名单（Excel格式）。")
    assert parts_of(d) == [["sheet"]]


def test_the_quality_of_materials_a_purpose_clause_names_is_no_paper(tmp_path):
    d = draft(tmp_path, "为保证材料质量，我局定于6月20日举办供稿人培训班，请各单位于6月13日前报送供稿人名单（Excel格式）。")
    assert parts_of(d) == [["sheet"]]


def test_the_quality_of_reports_said_with_jinyibu_is_no_paper(tmp_path):
    d = draft(tmp_path, "为进一步提高调研报告质量，我局定于6月20日举办培训班，请各单位于6月13日前报送参训人员名单（Excel格式）。")
    assert parts_of(d) == [["sheet"]]


def test_near_miss_the_quality_of_a_paper_sent_said_after_it_keeps_the_paper(tmp_path):
    d = draft(tmp_path, "请各单位于6月13日前报送撰稿人名单（Excel格式）和稿件（Word格式），稿件质量由各单位把关。")
    assert parts_of(d) == [["document", "sheet"]]
