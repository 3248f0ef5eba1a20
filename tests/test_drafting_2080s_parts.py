"""What held-out notices 2080–2099 showed the drafter missing in the parts (fixed on branch h-fixn104a), on notice texts
written for these tests, each with a near miss that must not change: a nil return (`无…的实行零报告`) is the weekly
sheet sent empty, no paper of its own (2089); a schedule's rows naming no material (`批次 | 单位 | 报送截止时间`) send what the
dateless sentence above them sends (`…，一并报送。`), and a `《窗口授权委托书》` is a paper (2081); a plan the units sort through
(`…分别梳理本系统…预案和…情况，形成书面材料（Word格式）`) is the matter of the one material formed, however far back its name
was read (2080)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "县教育局、县民政局、县卫健局",
          title: str = "关于做好2701年冬季校园安全工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", title, addressee, body, "2701年11月2日",
        opening="为做好冬季安全工作，现将有关事项通知如下。",
        mailbox="jcyjj_aq2701@163.com",
        contact="周敏  联系电话：0429-7714421"))


def kinds(r) -> list[tuple[str, str]]:
    return sorted((p["title"], "sheet" if "xlsx" in p.get("formats", []) else p["kind"]) for p in r.parts)


# ---------------------------------------------------------------- 2089: 无…的实行零报告


def test_a_nil_return_is_the_sheet_sent_empty(tmp_path):
    (r,) = draft(tmp_path, "一、隐患排查\n　　县教育局每周汇总《校园安全隐患排查周报表》（Excel格式），于11月10日（星期五）前报送，"
                           "未发现隐患的学校实行零报告。", "县教育局").requirements
    assert kinds(r) == [("校园安全隐患排查周报表", "sheet")]


def test_near_miss_a_report_beside_the_sheet_is_still_a_part(tmp_path):
    (r,) = draft(tmp_path, "一、隐患排查\n　　县教育局每周汇总《校园安全隐患排查周报表》（Excel格式），于11月10日（星期五）前报送，"
                           "发现重大隐患的另附隐患处置情况报告。", "县教育局").requirements
    assert [t for t, _ in kinds(r)] == ["校园安全隐患排查周报表", "隐患处置情况报告"]


# ---------------------------------------------------------------- 2081: …一并报送。 above 批次 | 单位 | 报送截止时间

SCHEDULE = ("二、报送批次\n批次\t单位\t{head}报送截止时间\n第一批\t县教育局\t{first}6月3日（星期二）前\n"
            "第二批\t县民政局、县卫健局\t{second}6月10日（星期二）前\n三、报送方式\n材料报送至县机关事务中心邮箱。")


def test_rows_of_a_schedule_send_what_the_sentence_above_sends(tmp_path):
    c = draft(tmp_path, "一、清查内容\n　　各部门填写《办公用房使用情况登记表》（Excel格式），并由主要负责人签署《办公用房使用承诺书》，加盖公章后扫描为PDF格式，一并报送。\n"
                        + SCHEDULE.format(head="", first="", second=""))
    assert [sorted(r.units) for r in c.requirements] == [["县教育局"], sorted(["县民政局", "县卫健局"])]
    for r in c.requirements:
        assert kinds(r) == [("办公用房使用情况登记表", "sheet"), ("办公用房使用承诺书盖章PDF版", "document")]


def test_near_miss_rows_naming_their_own_material_keep_it(tmp_path):
    c = draft(tmp_path, "一、清查内容\n　　各部门填写《办公用房使用情况登记表》（Excel格式），并由主要负责人签署《办公用房使用承诺书》，加盖公章后扫描为PDF格式，一并报送。\n"
                        + SCHEDULE.format(head="报送材料\t", first="自查报告\t", second="整改方案\t"))
    assert [[p["title"] for p in r.parts] for r in c.requirements] == [["自查报告"], ["整改方案"]]


# ---------------------------------------------------------------- 2081: 《窗口授权委托书》


def test_an_authorisation_letter_is_a_material(tmp_path):
    (r,) = draft(tmp_path, "一、报送要求\n　　各单位于6月3日（星期二）前将《办公用房使用情况登记表》（Excel格式）和《业务办理授权委托书》"
                           "报送至邮箱。").requirements
    assert [t for t, _ in kinds(r)] == ["业务办理授权委托书", "办公用房使用情况登记表"]


def test_near_miss_a_letter_followed_is_no_material(tmp_path):
    (r,) = draft(tmp_path, "一、报送要求\n　　各单位参照《业务办理授权委托书》样式，于6月3日（星期二）前将《办公用房使用情况登记表》"
                           "（Excel格式）报送至邮箱。").requirements
    assert [t for t, _ in kinds(r)] == ["办公用房使用情况登记表"]


# ---------------------------------------------------------------- 2080: 县应急局、县交通局分别梳理…预案和…情况，形成书面材料


def test_a_plan_sorted_through_by_the_units_is_the_matter_of_the_material_formed(tmp_path):
    (r,) = draft(tmp_path, "一、报送要求\n（二）县教育局、县民政局分别梳理本系统校车安全应急预案和接送站点隐患情况，形成书面材料"
                           "（Word格式），于6月3日（星期二）下午4时前报送。").requirements
    assert kinds(r) == [("书面材料", "document")]
    assert r.parts[0]["formats"] == ["docx", "doc", "wps"]


def test_near_miss_a_plan_sent_before_the_sorting_stays_a_part(tmp_path):
    (r,) = draft(tmp_path, "一、报送要求\n（二）县教育局、县民政局于6月3日（星期二）下午4时前报送本系统校车安全应急预案（Word格式），"
                           "同时梳理接送站点隐患情况，形成书面材料（Word格式）。").requirements
    assert [t for t, _ in kinds(r)] == ["书面材料", "校车安全应急预案"]  # 本系统: whose paper (h-fixd102)
