"""What held-out notices 2060–2079 showed the drafter missing in the parts asked (fixed on branch h-fixn103a), on notice
texts written for these tests, each with a near miss that must not change: a paper named by its kind after the joiner
(`整改情况报告和典型问题原因分析（Word格式）`) is a second file under the one bracket (2060)."""

from __future__ import annotations

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县应急局、县住建局"):
    text = (f"建昌县应急管理局\n关于开展2697年汛前安全隐患排查工作的通知\n\n{addressee}：\n{body}\n"
            f"报送邮箱：jcyjj_xq@163.com\n联系人：曲明  联系电话：0429-7719055\n\n建昌县应急管理局\n2697年4月2日\n")
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return draft_campaign(read_notice(path), ROSTER)


def shapes(requirement) -> list[str]:
    return sorted("sheet" if set(p.get("formats") or []) & {"xlsx", "csv"} else p["kind"] for p in requirement.parts)


def titles(requirement) -> list[str]:
    return [p["title"] for p in requirement.parts]


# ---------------------------------------------------------------- 2060: a report and an analysis under one bracket


def test_an_analysis_joined_after_a_report_is_a_second_file(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于4月20日（星期四）前，将汛前隐患排查报告和险情成因分析（Word格式）报送县应急局。").requirements
    assert shapes(r) == ["document", "document"] and "险情成因分析" in titles(r)


def test_near_miss_the_facts_joined_after_a_summary_are_of_it(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于4月20日（星期四）前，将汛前隐患排查工作总结及下一步工作思路（Word格式）报送县应急局。"
                 ).requirements
    assert shapes(r) == ["document"]
