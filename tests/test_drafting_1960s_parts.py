"""What held-out notices 1960–1979 showed the drafter missing in a requirement's parts (fixed on branch h-fixn98a), on
notice texts written for these tests, each with a near miss that must not change:

- the program a form is filled in, opening a later clause of the form's bracket (`（见附件，WPS表格.et格式或Excel格式均可）`),
  is the form's format, no second sheet (1961, `format_names.only_a_format`);
- what another unit supplies to work with (`结合县教育局提供的花名册`) is no part when another thing is named to send
  (1961, `compared.SUPPLIED`);
- a deck glued to what it presents (`汇报PPT`) is a file of its own beside the Word report, in a presentation's formats
  (1962, `slides.py`);
- what a clause studies when the next clause forms the thing sent (`研究…上线方案，形成书面材料（Word格式）`) is the matter
  of that one material (1967, `compared.SORTED_INTO`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file


def draft(tmp_path, body: str, addressees: str = "各乡镇人民政府，县民政局、县政务服务中心："):
    text = (f"建昌县人民政府办公室\n关于开展2650年基层数据核查工作的通知\n\n{addressees}\n{body}\n"
            f"联系人：王磊  联系电话：0429-7712345\n\n建昌县人民政府办公室\n2650年5月6日\n")
    return draft_of_a_file(tmp_path, text)


def shapes(requirement) -> list[str]:
    """Each part as sheet, deck or document (the formats it is given)."""
    def shape(part):
        formats = set(part.get("formats") or [])
        return "sheet" if "xlsx" in formats else "deck" if "pptx" in formats else "document"
    return sorted(shape(p) for p in requirement.parts)


def test_a_program_opening_a_later_clause_of_the_bracket_is_the_forms_format(tmp_path):
    (r,) = draft(tmp_path, "各乡镇填写《农户种植情况登记表》（见附件，WPS表格.et格式或Excel格式均可），于5月20日（星期五）前"
                           "发送至邮箱jczfb_hc@163.com。").requirements
    assert shapes(r) == ["sheet"]
    assert "WPS" not in r.title


def test_near_miss_a_program_in_a_bracket_of_its_own_is_still_the_format(tmp_path):
    (r,) = draft(tmp_path, "各乡镇填写《农户种植情况登记表》（WPS表格），于5月20日（星期五）前发送至邮箱jczfb_hc@163.com。"
                 ).requirements
    assert shapes(r) == ["sheet"]


def test_what_another_unit_supplies_to_work_with_is_no_part(tmp_path):
    (r,) = draft(tmp_path, "各乡镇要结合县民政局提供的低保对象名单，填写《低保家庭入户核查表》（Excel格式），于5月20日"
                           "（星期五）前发送至邮箱jczfb_hc@163.com。").requirements
    assert shapes(r) == ["sheet"]
    assert "名单" not in r.title


def test_a_form_filled_in_from_what_is_supplied_stays_a_part(tmp_path):
    (r,) = draft(tmp_path, "各乡镇根据县民政局提供的低保对象名单填写《低保家庭入户核查表》（Excel格式），并撰写核查工作总结（Word格式），"
                           "于5月20日（星期五）前发送至邮箱jczfb_hc@163.com。").requirements
    assert shapes(r) == ["document", "sheet"]


def test_near_miss_a_list_the_units_send_themselves_stays_a_part(tmp_path):
    (r,) = draft(tmp_path, "各乡镇要结合本乡镇实际，填写《低保家庭入户核查表》（Excel格式），并附低保对象名单（Word格式），"
                           "于5月20日（星期五）前发送至邮箱jczfb_hc@163.com。").requirements
    assert shapes(r) == ["document", "sheet"]


def test_a_deck_beside_a_word_report_is_a_file_of_its_own(tmp_path):
    (r,) = draft(tmp_path, "请县民政局于5月20日（星期五）上午9时前，将工作汇报材料（Word格式，不超过2000字）和汇报PPT一并发送至"
                           "邮箱jczfb_hc@163.com。", "县民政局：").requirements
    assert shapes(r) == ["deck", "document"]


def test_near_miss_ppt_in_a_format_bracket_names_no_deck(tmp_path):
    (r,) = draft(tmp_path, "请县民政局于5月20日（星期五）上午9时前，将培训课件（PPT格式）发送至邮箱jczfb_hc@163.com。",
                 "县民政局：").requirements
    assert len(r.parts) == 1


def test_what_a_clause_studies_is_the_matter_of_the_material_formed(tmp_path):
    (r,) = draft(tmp_path, "县政务服务中心负责研究基层数据在共享平台的接入方案，形成书面材料（Word格式），于5月27日（星期五）"
                           "下午5时前发送至邮箱jczfb_hc@163.com。", "县政务服务中心：").requirements
    assert shapes(r) == ["document"]


def test_near_miss_a_plan_sent_beside_another_paper_is_two_documents(tmp_path):
    (r,) = draft(tmp_path, "县政务服务中心负责研究制定基层数据接入方案（Word格式），同时编制应急预案（Word格式），于5月27日"
                           "（星期五）下午5时前发送至邮箱jczfb_hc@163.com。", "县政务服务中心：").requirements
    assert shapes(r) == ["document", "document"]
