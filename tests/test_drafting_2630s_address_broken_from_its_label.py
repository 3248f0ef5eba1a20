"""What held-out notices 2620–2639 showed the drafter missing (fixed on branch h-fixn131b), on notice texts written
for these tests, each with a near miss that must not change: a mailbox's address a PDF copy broke onto the next line
after its label (`…请有关单位按下表要求报送材料，邮箱：` / `jckx_hudie@163.com。`) is the same sentence, so the line
above the table still sends by it and its Word rows are papers (2639: mended_lines.an_address_broken_from_its_label)."""

from __future__ import annotations

from collector.drafting.reading.layout import reflow
from drafting_helpers import draft_of_a_file, notice_text

ROWS = ("单位\t材料\t截止时间\n"
        "建昌县教育局\t中小学生航模作品报名汇总表（Excel）\t五月八日（星期五）上午九时前\n"
        "建昌县林业和草原局\t本县鸟类种类及分布情况说明（Word）\t五月八日（星期五）上午九时前\n"
        "建昌县融媒体中心\t科普展宣传报道方案（Word）\t五月十八日（星期一）下午五时前\n"
        "　　展品运输应注意安全。")


def draft(tmp_path, lead_in: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县科学技术协会", "关于举办青少年航模科普展的通知", "县直有关单位", lead_in + "\n" + ROWS,
        "2690年4月20日", contact="孙晓梅  联系电话：0429-7863190"))


def test_an_address_broken_from_its_label_leaves_the_table_led_in(tmp_path):
    reqs = draft(tmp_path, "　　县科协将在五月下旬举办青少年航模科普展。请有关单位按下表要求报送材料，邮箱：\n"
                           "jckx_hangmo2690@163.com。").requirements
    assert [sorted(r.units) for r in reqs] == [["县教育局"], ["县林草局"], ["县融媒体中心"]]
    assert [(r.due.day, r.due.hour) for r in reqs] == [(8, 9), (8, 9), (18, 17)]


def test_near_miss_a_label_over_a_list_of_units_mailboxes_stays_apart():
    assert reflow(["各单位报送邮箱：", "县教育局：jcjy_a2690@163.com；", "jclc_b2690@163.com为县林草局邮箱。"]) \
        == "各单位报送邮箱：\n县教育局：jcjy_a2690@163.com；\njclc_b2690@163.com为县林草局邮箱。"


def test_near_miss_the_address_on_its_labels_line_drafts_the_same(tmp_path):
    reqs = draft(tmp_path, "　　县科协将在五月下旬举办青少年航模科普展。请有关单位按下表要求报送材料，邮箱："
                           "jckx_hangmo2690@163.com。").requirements
    assert [sorted(r.units) for r in reqs] == [["县教育局"], ["县林草局"], ["县融媒体中心"]]
