"""What held-out notice 3152 showed the drafter missing (fixed on branch h-fixn156c), on notice texts written for these
tests, with a near miss that must not change: a banner above the issuer and the title saying the deadline
(`急件　报送截止：5月26日（星期一）16时`), the body sending `于文首所注报送截止时间前`, dates that sentence by the banner's day, as a
`【报送时限：…】` line under the title does (timing/under_the_title.py)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ISSUER = "建昌县人大常委会城乡建设环境保护工作委员会"


def draft(tmp_path, banner: str, body: str):
    text = notice_text(ISSUER, "关于做好预拌混凝土质量监管情况专题调研准备工作的通知",
                       "建昌县住房和城乡建设局，建昌县市场监督管理局", body, "3056年5月12日",
                       opening="常委会将于6月中旬就全县预拌混凝土质量监管情况开展专题调研。",
                       contact="孙德明，电话：0429-7512207")
    return draft_of_a_file(tmp_path, f"{banner}\n{text}")


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d %H:%M"): sorted(r.units) for r in d.requirements}


WANT = {"05-26 16:00": ["县住建局", "县市场局"], "06-02 23:59": ["县住建局"]}
LATER = "县住建局另请于6月2日前报送全县在建工程预拌混凝土使用情况台账（Excel格式）。"


# ---------------------------------------------------------------- 3152: 急件　报送截止：5月26日（星期一）16时 / 文首所注报送截止时间前


def test_the_body_pointing_to_the_banner_sends_by_its_day(tmp_path):
    d = draft(tmp_path, "急件　报送截止：5月26日（星期一）16时",
              "请你们于文首所注报送截止时间前，将本部门预拌混凝土质量监管工作情况报告（Word格式）发送至jcrd_cjhb@163.com。" + LATER)
    assert units_by_due(d) == WANT


def test_variant_a_bracketed_time_limit_in_chinese_numerals(tmp_path):
    d = draft(tmp_path, "【报送时限：五月二十六日下午四时】",
              "请你们按文首所注时限将工作情况报告（Word格式）发送至jcrd_cjhb@163.com。" + LATER)
    assert units_by_due(d) == WANT


def test_variant_a_special_delivery_mark_and_the_first_page(tmp_path):
    d = draft(tmp_path, "特急 截止时间：5月26日16:00",
              "请你们在首页标注的截止时间前报送监管工作情况报告（Word格式），邮箱jcrd_cjhb@163.com。" + LATER)
    assert units_by_due(d) == WANT


def test_near_miss_a_body_with_its_own_day_keeps_it(tmp_path):
    d = draft(tmp_path, "急件　报送截止：5月26日（星期一）16时",
              "请你们于5月20日前将监管工作情况报告（Word格式）发送至jcrd_cjhb@163.com。" + LATER)
    assert units_by_due(d) == {"05-20 23:59": ["县住建局", "县市场局"], "06-02 23:59": ["县住建局"]}


# ---------------------------------------------------------------- where the clerk is told the date came from


def test_the_unsettled_line_says_the_banner_stood_above_the_title(tmp_path):
    d = draft(tmp_path, "急件　报送截止：5月26日（星期一）16时",
              "请你们于文首所注报送截止时间前，将本部门预拌混凝土质量监管工作情况报告（Word格式）发送至jcrd_cjhb@163.com。" + LATER)
    said = [line for line in d.unsettled if "时限取自" in line]
    assert said == ["正文所说的时限取自文首的“5月26日(星期一)16时”，请核对"]  # the text is read NFKC


def test_near_miss_a_line_under_the_title_is_said_so(tmp_path):
    text = notice_text(ISSUER, "关于做好预拌混凝土质量监管情况专题调研准备工作的通知",
                       "【报送时限：5月26日（星期一）16时】\n建昌县住房和城乡建设局，建昌县市场监督管理局",
                       "请你们按上述时限将工作情况报告（Word格式）发送至jcrd_cjhb@163.com。", "3056年5月12日")
    d = draft_of_a_file(tmp_path, text)
    assert [r.due.strftime("%m-%d %H:%M") for r in d.requirements] == ["05-26 16:00"]
    assert [line for line in d.unsettled if "时限取自" in line] == ["正文所说的时限取自标题下的“5月26日(星期一)16时”，请核对"]
