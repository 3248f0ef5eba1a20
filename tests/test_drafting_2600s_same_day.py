"""What held-out notices 2600–2619 showed the drafter missing (fixed on branch h-fixn130a), on notice texts written
for these tests, each with a near miss that must not change: `于同日将…发送至…` with no 前, the day of the deadline
just said (2605, 2610, 2616)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县交通局、县文旅局",
          title: str = "关于开展古井保护情况调查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", title, addressee, body, "2691年3月12日",
        opening="为做好古井保护利用工作，现将有关事项通知如下。",
        mailbox="jcslj_gujing2691@163.com",
        contact="韩立新  联系电话：0429-7816651"))


# ---------------------------------------------------------------- 2605, 2610, 2616: 于同日将…发送至…


def test_on_the_same_day_with_no_before_is_the_day_just_said(tmp_path):
    d = draft(tmp_path, "一、请各乡镇填写古井登记表（Excel格式），于3月22日（星期一）上午10时前发送至上述邮箱。\n"
                           "二、请县交通局形成书面报告（Word格式），于3月29日（星期一）前发送至上述邮箱。\n"
                           "三、请县文旅局于同日将古井现状照片发送至上述邮箱。")
    assert len(d.requirements) == 3
    last = d.requirements[-1]
    assert last.units == ["县文旅局"]
    assert last.due.replace(tzinfo=None) == dt.datetime(2691, 3, 29, 23, 59, 59)


def test_near_miss_an_event_on_the_same_day_is_no_deadline(tmp_path):
    d = draft(tmp_path, "一、请各乡镇填写古井登记表（Excel格式），于3月22日（星期一）上午10时前发送至上述邮箱。\n"
                           "二、请县交通局形成书面报告（Word格式），于3月29日（星期一）前发送至上述邮箱。"
                           "县文旅局将于同日召开古井保护推进会，请各乡镇派员参加。")
    assert len(d.requirements) == 2
    assert [r.units for r in d.requirements][1] == ["县交通局"]
