"""What held-out notices 2940–2959 showed the drafter missing (fixed on branch h-fixn148b), on notice texts written
for these tests, each with a near miss that must not change (2951): a paragraph naming the papers (Word + a signed and
stamped 扫描件（PDF格式） + Excel), then `三项材料一并报送，报送时间见下表：` over a table `序号 | 主管单位 | 孵化载体名称 |
报送时间` with no paper column: every row sends the paragraph's papers by its own date, rows of one day one requirement
(`table_times.TIMES_BELOW` reads the clause sending the papers together before `报送时间见下表`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

PAPERS = ("请各孵化载体的主管单位组织报送年度报告。年度报告（Word格式）要全面反映载体的场地面积、在孵企业等情况，同时报送经主管单位"
          "负责人签字并加盖公章的年度报告扫描件（PDF格式）和《孵化载体年度运行数据表》（Excel格式）。")


def draft(tmp_path, body: str, addressee: str = "有关单位", title: str = "关于报送科技企业孵化载体年度报告的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县科学技术局", title, addressee, body, "2995年1月6日",
        opening="为掌握全县孵化载体的运行情况，现将有关事项通知如下。",
        mailbox="jckjj_fh2995@163.com",
        contact="许文静  联系电话：0429-7920638"))


def _check(reqs):
    assert len(reqs) == 2
    assert set(reqs[0].units) == {"八家子经济开发区", "县工信局"}
    assert reqs[1].units == ["县供销社"]
    assert [part_shapes(r) for r in reqs] == [["document", "scan", "sheet"]] * 2


def test_three_papers_above_a_table_of_carriers_and_times(tmp_path):
    _check(draft(tmp_path, PAPERS + "三项材料一并报送，报送时间见下表：\n"
                 "序号\t主管单位\t孵化载体名称\t报送时间\n"
                 "1\t八家子经济开发区管委会\t八家子科技企业孵化器\t1月17日（星期五）16时前\n"
                 "2\t建昌县工业和信息化局\t建昌县中小企业众创空间\t1月17日（星期五）16时前\n"
                 "3\t建昌县供销合作社联合社\t建昌县农村电商星创天地\t1月24日（星期五）前\n"
                 "4\t建昌县青年创业孵化基地管理办公室\t建昌县青年创业孵化基地\t1月24日（星期五）前").requirements)


def test_variant_xiangmu_mingcheng_column_and_xiangjian_xiabiao(tmp_path):
    _check(draft(tmp_path, PAPERS + "以上材料统一报送，各单位报送时间详见下表。\n"
                 "序号\t单位名称\t项目名称\t截止时间\n"
                 "1\t八家子经济开发区管委会\t科技企业孵化器建设项目\t1月17日16时前\n"
                 "2\t县工信局\t中小企业众创空间建设项目\t1月17日16时前\n"
                 "3\t县供销社\t农村电商星创天地项目\t1月24日前").requirements)


def test_near_miss_a_paper_column_still_splits_rows_by_their_papers(tmp_path):
    reqs = draft(tmp_path, "请各主管单位按下表报送材料：\n"
                 "序号\t主管单位\t报送材料\t报送时间\n"
                 "1\t八家子经济开发区管委会\t孵化器年度报告（Word格式）\t1月17日16时前\n"
                 "2\t县工信局\t众创空间运行数据表（Excel格式）\t1月17日16时前\n"
                 "3\t县供销社\t星创天地年度报告（Word格式）\t1月24日前").requirements
    on_the_17th = [r for r in reqs if r.due.day == 17]
    assert len(on_the_17th) == 2


def test_variant_the_report_saying_what_it_holds_then_its_scan_two_papers(tmp_path):
    reqs = draft(tmp_path, "请各主管单位报送年度报告。年度报告（WPS或Word格式）应重点说明载体运营情况，同时提交经负责人签字并加盖公章的"
                           "年度报告扫描件（PDF格式）。上述材料一并上报，上报时限详见下表：\n"
                           "序号\t主管单位\t项目名称\t上报时限\n"
                           "1\t县工信局\t中小企业众创空间\t1月17日16时前\n"
                           "2\t县供销社\t农村电商星创天地\t1月17日16时前").requirements
    assert len(reqs) == 1
    assert set(reqs[0].units) == {"县工信局", "县供销社"}
    assert part_shapes(reqs[0]) == ["document", "scan"]


def test_near_miss_the_report_in_no_editable_bracket_only_its_scan(tmp_path):
    reqs = draft(tmp_path, "一、各主管单位请于1月17日前报送年度报告扫描件。年度报告须经负责人签字并加盖公章，"
                           "同时报送年度报告扫描件（PDF格式）。",
                 addressee="县工信局、县供销社").requirements
    assert len(reqs) == 1
    assert part_shapes(reqs[0]) == ["scan"]
