"""What held-out notices 2200–2219 showed the drafter missing in the parts (fixed on branch h-fixn110b), on notice texts
written for these tests, each with a near miss that must not change: a bare 初稿 sent of the material named before it
is that material's draft, one file (2206)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县卫健局、县医保局",
          title: str = "关于开展2741年度医疗救助资金专项检查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", title, addressee, body, "2741年5月20日",
        opening="为做好医疗救助资金专项检查，现将有关事项通知如下：",
        mailbox="jcmzj_yljz2741@163.com",
        contact="吴静  联系电话：0429-7125583"))


def kinds(r) -> list[str]:
    return [p["kind"] + ":" + ",".join(p.get("formats", [])) for p in r.parts]


# ---------------------------------------------------------------- 2206: 起草《…实施方案》，于…前报送初稿（Word格式）


HANDBOOK = ("一、县文旅局负责起草《全县红色旅游发展实施方案》，于6月3日（星期一）前报送初稿（Word格式），经审核修改后，"
            "于6月17日（星期一）前报送盖章定稿扫描件（PDF格式）。")


def test_a_bare_draft_sent_of_the_material_named_before_is_that_material(tmp_path):
    first, final = draft(tmp_path, HANDBOOK, addressee="县文旅局").requirements
    assert len(first.parts) == 1 and "实施方案" in first.parts[0]["title"]
    assert "docx" in first.parts[0]["formats"]
    assert final.due.date() == dt.date(2741, 6, 17) and len(final.parts) == 1


def test_near_miss_a_draft_named_before_the_material_is_no_draft_of_it(tmp_path):
    (r,) = draft(tmp_path, "一、县文旅局于6月3日（星期一）前报送初稿（Word格式）及《全县红色旅游线路统计表》（Excel格式）。",
                 addressee="县文旅局").requirements
    assert len(r.parts) == 2
