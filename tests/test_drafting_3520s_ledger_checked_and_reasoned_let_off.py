"""What held-out notice 3535 showed the drafter missing (fixed on branch h-fixn177h), on notice texts written for these
tests, with near misses that must not change:

- the papers a self-check goes through item by item, with no 进行 before the check (`各单位对…统计数据及原始记录、统计台账逐项
  自查，于…前将自查报告（Word格式）发送`), are the work, not papers sent: the 自查报告 alone, no 台账 sheet beside it
  (`asks_nothing.CHECKED_ITEM_BY_ITEM`); a 台账 named again to send is still sent;
- a unit let off by a bare 不报送 closing its sentence after a clause that says why (`县住建局本次自查范围内无统计联网直报任务，
  不报送整改报告`) sends that paper's requirement no more (`let_off._let_off_after_its_reason`); a 不报送 of a condition
  or of a warning (`逾期不报送的，予以通报`), or after a clause closing on 的 (`县直各部门已完成…整改的，`: which units), lets no one
  off."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

BUREAUS = "建昌县农业农村局、建昌县工业和信息化局、建昌县住房和城乡建设局"
SELF_CHECK = ("一、自查。各单位对本年度一月至八月报送的统计数据及原始记录、统计台账逐项自查，于9月17日（星期二）下午4时前将"
              "自查报告（Word格式）发送至jctjjd_zc@163.com。")
REPORT = ("三、整改。各单位对自查和督导发现的问题建立台账、逐项整改，于11月12日（星期二）前将整改报告（Word格式）及统计联网直报"
          "平台数据修正前后截图一并发送至上述邮箱。")
LET_OFF = "建昌县住房和城乡建设局本次自查范围内无统计联网直报任务，不报送整改报告。"
VISIT = "二、督导。10月中旬至10月下旬，县统计监督工作领导小组办公室将组织督导组对各单位进行现场督导。"


def draft(tmp_path, body: str, addressee: str = BUREAUS):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县统计监督工作领导小组办公室", "关于开展统计监督数据质量自查整改工作的通知", addressee, body, "3247年9月3日",
        opening="为防范和惩治统计造假、弄虚作假，决定在有关部门开展统计监督数据质量自查整改。现将有关事项通知如下。",
        contact="郑丽华，电话：0429-7515196"))


def by_due(d) -> dict[str, object]:
    return {r.due.strftime("%m-%d"): r for r in d.requirements}


def assert_the_report_alone_and_housing_spared(d):
    reqs = by_due(d)
    assert sorted(reqs) == ["09-17", "11-12"]
    assert part_shapes(reqs["09-17"]) == ["document"]
    assert sorted(reqs["09-17"].units) == ["县住建局", "县农业农村局", "县工信局"]
    assert part_shapes(reqs["11-12"]) == ["document", "photo"]
    assert sorted(reqs["11-12"].units) == ["县农业农村局", "县工信局"]


# ---------------------------------------------------------------- 3535: …统计台账逐项自查 / …任务，不报送整改报告


def test_the_ledger_checked_is_no_sheet_and_the_bureau_with_no_task_is_spared(tmp_path):
    d = draft(tmp_path, "\n".join([SELF_CHECK, VISIT, REPORT + LET_OFF]))
    assert_the_report_alone_and_housing_spared(d)


def test_variant_ledgers_and_lists_checked_one_by_one_in_a_bracketed_item(tmp_path):
    d = draft(tmp_path, "\n".join([
        "（一）各单位对照统计法规定，对二〇二四年以来的统计报表、统计台账逐一检查，于9月17日（星期二）16时前将自查报告"
        "（Word格式）报送至jctjjd_zc@163.com。", VISIT.replace("二、", "（二）"),
        "（三）各单位于11月12日前将整改报告（Word格式）和整改前后截图一并报送至上述邮箱。县住建局今年没有联网直报统计任务，"
        "不提交整改报告。"]))
    assert_the_report_alone_and_housing_spared(d)


def test_variant_records_checked_in_full_and_a_bureau_done_before(tmp_path):
    d = draft(tmp_path, "\n".join([
        "一、各单位对原始记录和统计台账全面自查，9月17日（星期二）16:00前将自查报告（Word格式）发送至jctjjd_zc@163.com。",
        "二、11月12日前，各单位将整改报告（Word格式）及整改前后截图一并发送至上述邮箱；建昌县住房和城乡建设局已于上半年完成"
        "同类问题整改，不报送整改报告。"]))
    assert_the_report_alone_and_housing_spared(d)


def test_near_miss_the_ledger_checked_and_then_sent_as_a_sheet(tmp_path):
    d = draft(tmp_path, "\n".join([
        "一、各单位对本年度统计台账逐项自查，于9月17日（星期二）下午4时前将自查报告（Word格式）及统计台账（Excel格式）一并"
        "发送至jctjjd_zc@163.com。", VISIT, REPORT + LET_OFF]))
    assert part_shapes(by_due(d)["09-17"]) == ["document", "sheet"]


def test_near_miss_a_warning_with_a_bare_bu_baosong_lets_no_one_off(tmp_path):
    d = draft(tmp_path, "\n".join([SELF_CHECK, VISIT, REPORT + "逾期不报送的，将予以通报。"]))
    assert sorted(by_due(d)["11-12"].units) == ["县住建局", "县农业农村局", "县工信局"]


def test_near_miss_a_condition_before_bu_baosong_lets_no_one_off(tmp_path):
    d = draft(tmp_path, "\n".join([SELF_CHECK, VISIT, REPORT + "各单位如无统计联网直报任务，不报送整改报告。"]))
    assert sorted(by_due(d)["11-12"].units) == ["县住建局", "县农业农村局", "县工信局"]


def test_near_miss_a_clause_closing_on_de_says_which_units_and_lets_no_one_off(tmp_path):
    d = draft(tmp_path, "\n".join([SELF_CHECK, VISIT, REPORT + "县直各部门已完成同类问题整改的，不报送整改报告。"]))
    assert sorted(by_due(d)["11-12"].units) == ["县住建局", "县农业农村局", "县工信局"]
