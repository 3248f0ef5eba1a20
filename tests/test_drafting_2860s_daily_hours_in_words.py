"""What held-out notice 2867 showed the drafter missing (fixed on branch h-fixn141j), on notice texts written for
these tests: a window of days with daily hours written in Chinese numerals (`七月一日至七月九日，每日上午八时三十分至
下午五时`, as a PDF's dates are) closes on its last day at the last hour, as the same window in digits does."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def due(tmp_path, body: str) -> str:
    r = draft_of_a_file(tmp_path, notice_text(
        "建昌县统计局", "关于做好劳动工资统计联网直报工作的通知", "建昌县教育局、建昌县公安局", body,
        "2973年6月23日", contact="吴海涛，电话：0429-7415372")).requirements
    return r[0].due.strftime("%m-%d %H:%M")


def test_a_window_in_words_closes_at_its_last_hour(tmp_path):
    assert due(tmp_path, "本季度报表报送窗口期为七月一日（星期四）至七月九日（星期五），每日上午八时三十分至下午五时。"
                         "请上述单位在窗口期内将报表扫描件（PDF格式）发送至jctjj_lg@163.com。") == "07-09 17:00"


def test_variant_half_hour_and_the_month_once(tmp_path):
    assert due(tmp_path, "请上述单位于七月一日至九日每天上午九时至十一时半、下午两点至四点半将报表扫描件（PDF格式）"
                         "发送至jctjj_lg@163.com。") == "07-09 16:30"


def test_variant_working_days_on_a_twenty_four_hour_clock(tmp_path):
    assert due(tmp_path, "报送时间为七月一日至七月九日，每个工作日九时至十七时，请上述单位将报表（Excel格式）"
                         "发送至jctjj_lg@163.com。") == "07-09 17:00"


def test_near_miss_one_day_with_daily_hours_stays_at_its_end(tmp_path):
    assert due(tmp_path, "请上述单位于七月九日前将报表（Excel格式）发送至jctjj_lg@163.com，"
                         "每日上午八时三十分至下午五时有专人接收。") == "07-09 23:59"


# ---------------------------------------------------------------- 2867: the sentence before sends its own scan


def parts(tmp_path, body: str) -> list[list[str]]:
    from test_drafting import part_shape
    r = draft_of_a_file(tmp_path, notice_text(
        "建昌县统计局", "关于做好劳动工资统计联网直报工作的通知", "建昌县教育局、建昌县卫生健康局、建昌县公安局", body,
        "2973年6月23日", contact="吴海涛，电话：0429-7415372")).requirements
    return [sorted(map(part_shape, x.parts)) for x in r]


def test_a_paper_of_its_own_takes_not_the_scan_the_sentence_before_sends(tmp_path):
    assert parts(tmp_path, "本季度报表报送窗口期为七月一日至七月九日，每日上午八时三十分至下午五时。请上述单位在窗口期内"
                           "完成报表填报，并将经单位负责人签字、加盖公章的报表扫描件（PDF格式）发送至jctjj_lg@163.com，"
                           "逾期无法补报。\n建昌县教育局所属学校较多，请另行形成从业人员增减变动情况说明（Word格式），"
                           "于七月十九日前报送至上述邮箱。") == [["scan"], ["document"]]


def test_variant_a_stamped_pdf_of_a_sheet_before_a_bureau_s_own_summary(tmp_path):
    assert parts(tmp_path, "请上述单位于7月9日前完成网上填报，填报完成后请将加盖单位公章的汇总表PDF版发送至"
                           "jctjj_lg@163.com。\n县公安局另需于7月19日前报送本系统工作总结（Word版）。") == [
        ["scan"], ["document"]]


def test_variant_a_scan_the_sentence_names_by_its_format_alone(tmp_path):
    assert parts(tmp_path, "请上述单位于7月9日前报送统计报表。报表经主要负责人签字后，请将扫描件（PDF格式）发送至"
                           "jctjj_lg@163.com。\n县卫健局另需于7月19日前报送专项情况报告（Word格式）。") == [
        ["scan"], ["document"]]


def test_near_miss_a_stamp_asked_of_the_same_paper_stays(tmp_path):
    assert parts(tmp_path, "各单位形成的情况说明须经单位负责人签字并加盖公章。\n建昌县教育局请于七月十九日前将情况说明"
                           "（Word格式及盖章扫描件）发送至jctjj_lg@163.com。") == [["document", "scan"]]
