"""Papers the towns hand to a bureau that gathers them (`各乡镇于12月12日前将入户核查结果报送县住建局`) beside that bureau's
own later paper (`县住建局于12月15日前将…进度表（Excel格式）发送至…`) are no requirement of the notice's mailbox. Found by the
lead probing an ordinary shape by hand (2026-12-07): the towns were asked a paper that never comes to this mailbox
(`handed_to_a_gatherer.drop_papers_handed_to_a_gatherer`). A clause naming a mailbox, a bureau asked nothing later by
name (the issuing bureau among 县直各部门), or one asked earlier, keep the towns' requirement."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster

TOWNS = {u.name for u in builtin_roster().units if u.kind in ("town", "township")}


def draft(tmp_path, body: str, issuer: str = "建昌县生态环境分局", addressee: str = "各乡镇人民政府，县住建局"):
    return draft_of_a_file(tmp_path, notice_text(
        issuer, "关于开展3026年冬季清洁取暖专项检查的通知", addressee, body, "3026年12月1日",
        contact="高原  联系电话：0429-7512345"))


def senders_by_day(d) -> list[tuple[int, bool, tuple[str, ...]]]:
    """(day, whether the towns send, the named units outside the towns) of each requirement."""
    return sorted((r.due.day, bool(TOWNS & set(r.units)), tuple(sorted(set(r.units) - TOWNS))) for r in d.requirements)


def test_the_towns_paper_handed_to_the_bureau_sending_later(tmp_path):
    d = draft(tmp_path, "各乡镇于12月12日前将入户核查结果报送县住建局。县住建局于12月15日前将清洁取暖改造进度表（Excel格式）"
                        "发送至jcsthj3026@163.com。")
    assert senders_by_day(d) == [(15, False, ("县住建局",))]
    assert any("县住建局汇总" in line for line in d.unsettled)


def test_variant_one_sentence_the_bureau_gathering_then_sending(tmp_path):
    d = draft(tmp_path, "各乡镇于12月12日前将入户核查结果报送县住建局，由县住建局汇总后于12月15日前统一报送清洁取暖改造进度表"
                        "（Excel格式）。材料发送至jcsthj3026@163.com。")
    assert senders_by_day(d) == [(15, False, ("县住建局",))]


def test_variant_numbered_items_the_towns_said_as_helping(tmp_path):
    d = draft(tmp_path, "县住建局负责牵头，于12月15日前报送全县清洁取暖改造进度表（Excel格式）；各乡镇配合做好入户核查工作，"
                        "于12月12日前将核查结果报县住建局。材料发送至jcsthj3026@163.com。",
              addressee="各乡镇人民政府，县直有关部门")
    assert senders_by_day(d) == [(15, False, ("县住建局",))]


def test_near_miss_the_issuing_bureau_among_the_departments_sending_later(tmp_path):
    d = draft(tmp_path, "各乡镇于12月12日前将入户核查结果报送县住建局；县直各部门于12月15日前报送行业领域清洁取暖工作总结。"
                        "材料发送至jczjj3026@163.com。", issuer="建昌县住房和城乡建设局", addressee="各乡镇人民政府，县直各部门")
    assert (12, True, ()) in senders_by_day(d)


def test_near_miss_a_mailbox_named_in_the_clause(tmp_path):
    d = draft(tmp_path, "各乡镇于12月12日前将入户核查结果报送县住建局（邮箱：jczjj3026@163.com）。县住建局于12月15日前将清洁取暖"
                        "改造进度表（Excel格式）发送至jcsthj3026@163.com。")
    assert (12, True, ()) in senders_by_day(d)


def test_near_miss_the_bureau_asked_earlier(tmp_path):
    d = draft(tmp_path, "县住建局于12月10日前将清洁取暖改造进度表（Excel格式）发送至jcsthj3026@163.com。"
                        "各乡镇于12月12日前将入户核查结果报送县住建局。")
    assert (12, True, ()) in senders_by_day(d)


def test_near_miss_the_bureau_named_only_as_where_the_later_ones_send(tmp_path):
    """县政府各部门…报县统计局 names the bureau as where they send, not as a sender (held-out 35): the towns still send."""
    d = draft(tmp_path, "各乡镇于10月18日前将辖区内规模以上企业统计台账自查表报县统计局；县政府各部门于10月25日前将本部门统计工作"
                        "自查报告报县统计局。电子邮箱：jctjj3026@163.com。", issuer="建昌县人民政府办公室",
              addressee="各乡镇人民政府，县政府各部门")
    assert (18, True, ()) in senders_by_day(d)
