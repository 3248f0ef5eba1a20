"""What held-out notices 2720–2739 showed the drafter missing (fixed on branch h-fixn136b), on notice texts written
for these tests, each with a near miss that must not change: the hour given once in a date column's header
(`报送日期（当日下午四时前）`) over cells of bare days (`三月十一日（星期一）`) is each row's deadline hour (2739); and,
from held-out 2820–2839 (h-fixn140e), a header bracket giving only the hour (`截止时间（下午4点）`, no 当日) is too (2837)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, head: str, day1: str, day2: str, after: str = ""):
    table = (f"序号\t单位\t报送材料\t{head}\n"
             f"1\t建昌县教育局\t筛查学生花名册（Excel）\t{day1}\n"
             f"2\t王宝营子乡人民政府\t筛查组织保障方案（Word）\t{day2}\n")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", "关于开展中小学生视力筛查工作的通知", "县教育局，王宝营子乡人民政府",
        "现场筛查自四月一日起分校进行。请各单位按下表报送材料。\n" + table + after, "2909年2月25日",
        mailbox="jcwjj_shili@163.com", contact="曹文静，电话：0429-7427719"))


def _dues(reqs):
    return [(str(r.due)[:16], r.units) for r in reqs]


# ---------------------------------------------------------------- 2739: 报送日期（当日下午四时前）


def test_the_headers_hour_goes_to_each_bare_day_in_chinese_numerals(tmp_path):
    reqs = draft(tmp_path, "报送日期（当日下午四时前）", "三月十一日（星期一）", "三月十八日（星期一）").requirements
    assert _dues(reqs) == [("2909-03-11 16:00", ["县教育局"]), ("2909-03-18 16:00", ["王宝营子乡"])]


def test_near_variant_a_closing_time_header_in_digits_over_arabic_days(tmp_path):
    reqs = draft(tmp_path, "截止时间（当天17:00前）", "3月11日", "3月18日（星期一）").requirements
    assert _dues(reqs) == [("2909-03-11 17:00", ["县教育局"]), ("2909-03-18 17:00", ["王宝营子乡"])]


def test_near_variant_a_time_limit_header_each_day_closing_at_the_hour(tmp_path):
    reqs = draft(tmp_path, "报送时限(均为当日上午10时截止)", "3月11日（周一）", "3月18日（周一）").requirements
    assert _dues(reqs) == [("2909-03-11 10:00", ["县教育局"]), ("2909-03-18 10:00", ["王宝营子乡"])]


def test_near_variant_a_cell_with_its_own_hour_keeps_it(tmp_path):
    reqs = draft(tmp_path, "报送日期（当日下午四时前）", "三月十一日（星期一）", "三月十八日上午九时前").requirements
    assert _dues(reqs) == [("2909-03-11 16:00", ["县教育局"]), ("2909-03-18 09:00", ["王宝营子乡"])]


def test_near_miss_an_hour_an_activity_starts_at_is_no_closing(tmp_path):
    reqs = draft(tmp_path, "筛查日期（当日上午八时开始）", "三月十一日（星期一）", "三月十八日（星期一）",
                 after="请以上单位于三月二十五日下午五时前报送筛查工作总结（Word）。\n").requirements
    assert "2909-03-11 08:00" not in [d for d, _ in _dues(reqs)]
    assert "2909-03-18 08:00" not in [d for d, _ in _dues(reqs)]


# ---------------------------------------------------------------- 2837: 截止时间（下午4点）


def test_an_hour_alone_in_a_closing_headers_bracket_goes_to_each_bare_day(tmp_path):
    reqs = draft(tmp_path, "截止时间（下午4点）", "3月13日（星期一）", "3月14日（星期二）").requirements
    assert _dues(reqs) == [("2909-03-13 16:00", ["县教育局"]), ("2909-03-14 16:00", ["王宝营子乡"])]


def test_near_variant_a_report_date_header_with_the_hour_in_chinese_numerals(tmp_path):
    reqs = draft(tmp_path, "报送日期（下午五时）", "三月十三日（星期一）", "三月十四日").requirements
    assert _dues(reqs) == [("2909-03-13 17:00", ["县教育局"]), ("2909-03-14 17:00", ["王宝营子乡"])]


def test_near_variant_a_plain_date_header_whose_bracket_says_before(tmp_path):
    reqs = draft(tmp_path, "日期（17:30前）", "3月13日（周一）", "3月14日（周二）").requirements
    assert _dues(reqs) == [("2909-03-13 17:30", ["县教育局"]), ("2909-03-14 17:30", ["王宝营子乡"])]


def test_near_miss_an_hour_no_closing_word_says_is_no_deadline(tmp_path):
    reqs = draft(tmp_path, "筛查日期（上午八时）", "三月十三日（星期一）", "三月十四日（星期二）",
                 after="请以上单位于三月二十五日下午五时前报送筛查工作总结（Word）。\n").requirements
    assert "2909-03-13 08:00" not in [d for d, _ in _dues(reqs)]
    assert "2909-03-14 08:00" not in [d for d, _ in _dues(reqs)]
