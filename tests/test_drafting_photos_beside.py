"""Pictures asked beside a paper (found by hand, 2026-12-05), each with a near miss:

- the things a 材料's bracket names after 附 are sent beside it, not what it is made of (`stamped.bundle_of_the_bracket`):
  `典型经验材料（Word格式，1500字左右，附2-3张照片）` is a document and photos (before, the photos alone); `报名材料（Word格式，
  含领队、队员名单…）` stays the one file its bracket says it holds;
- a count of pictures is no word of their name (`requirements.LEADING_WORDS`): `2-3张照片` → 照片, `3张以上工作图片` →
  工作图片; `张贴通告照片` keeps its 张; nor is the 其中 singling them out (`其中图片请于…先行报送` → 图片; found by hand,
  2026-12-07);
- the facts a clause sends with photos in them (`报送本乡镇防火工作开展情况（含巡护照片）`) are the paper, the photos what it
  holds, as `…报告（含…照片）` reads; `（附巡护照片）` sends them beside it (`one_requirement._facts_beside_the_photos`, found
  by hand, 2026-12-07);
- materials packed as `打包压缩后` (not only `打包为一个压缩包`), or the materials above packed (`将上述材料打包压缩后发送`), are
  one archive, the title without the packing (`one_package.ALL_PACKED`, `POINTED_BACK`; `sent_object.object_sent`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def only(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县人民政府办公室", "关于报送2027年基层政务公开典型经验的通知", "各乡镇人民政府", body, "2027年5月6日",
        opening="现将有关事项通知如下：", mailbox="jczwgk@163.com", contact="李明  联系电话：0429-7411234")).requirements
    return r


def test_pictures_attached_in_a_papers_bracket_are_sent_beside_it(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前报送典型经验材料（Word格式，1500字左右，附2-3张照片）。")
    assert part_shapes(r) == ["document", "photo"]
    assert [p["title"] for p in r.parts if p["kind"] == "photo"] == ["照片"]


def test_pictures_attached_with_no_format_said_are_sent_beside_it_too(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前报送典型经验材料（附2-3张照片）。")
    assert part_shapes(r) == ["document", "photo"]


def test_near_miss_what_a_materials_bracket_says_it_holds_is_that_one_file(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前将参赛队伍报名材料（Word格式，含领队、队员名单及作品简介）发送至邮箱。")
    assert part_shapes(r) == ["document"]


def test_a_count_of_pictures_is_no_word_of_their_name(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前报送工作总结和3张以上工作图片。")
    assert [p["title"] for p in r.parts if p["kind"] == "photo"] == ["工作图片"]


def test_near_miss_a_notice_posted_keeps_its_zhang(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前报送宣传发动情况及张贴通告照片。")
    assert [p["title"] for p in r.parts if p["kind"] == "photo"] == ["张贴通告照片"]


# ---------------------------------------------------------------- materials packed into one archive


def test_materials_packed_as_zhe_ya_suo_are_one_archive(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前将活动总结、照片等材料打包压缩后（以单位名称命名）发送至邮箱。")
    assert part_shapes(r) == ["archive"] and r.title == "活动总结、照片"


def test_the_materials_above_packed_are_one_archive_of_them_all(tmp_path):
    r = only(tmp_path, "一、请各乡镇填写《典型经验统计表》（Excel格式），撰写典型经验材料（Word格式），附2-3张照片。\n"
                       "二、请各乡镇于5月20日前将上述材料打包压缩后发送至邮箱，压缩包以“乡镇名称+典型经验”命名。")
    assert part_shapes(r) == ["archive"]


def test_a_title_of_materials_packed_loses_the_packing(tmp_path):
    r = only(tmp_path, "请各乡镇于5月20日前将活动总结（Word格式）和活动照片打包为一个压缩包发送至邮箱。")
    assert part_shapes(r) == ["archive"] and r.title == "活动总结和活动照片"


def test_the_pictures_singled_out_by_qizhong_are_named_without_it(tmp_path):
    d = draft_of_a_file(tmp_path, notice_text(
        "建昌县人民政府办公室", "关于报送2027年乡村振兴工作亮点材料的通知", "各乡镇人民政府",
        "请于12月10日前将本单位乡村振兴工作亮点材料（2000字以内）及图片3—5张发送至jcxczx@163.com，其中图片请于12月5日前先行报送。",
        "2027年12月1日"))
    early = [r for r in d.requirements if r.due.day == 5]
    assert [[p["title"] for p in r.parts] for r in early] == [["图片"]]


def fire_watch(tmp_path, what: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于报送森林草原防灭火工作开展情况的通知", "各乡镇人民政府",
        f"请各乡镇于3月15日前报送{what}，发送至jcyjj_slfh2027@163.com。", "2027年3月8日")).requirements
    return r


def test_the_facts_holding_their_photos_are_the_paper(tmp_path):
    r = fire_watch(tmp_path, "本乡镇防火工作开展情况（含巡护照片）")
    assert part_shapes(r) == ["document"] and r.parts[0]["title"] == "防火工作开展情况"


def test_variant_the_photos_sent_beside_the_facts(tmp_path):
    assert sorted(part_shapes(fire_watch(tmp_path, "本乡镇防火工作开展情况（附巡护照片）"))) == ["document", "photo"]


def test_near_miss_photos_alone_stay_photos(tmp_path):
    assert part_shapes(fire_watch(tmp_path, "防火宣传活动照片（5张以上）")) == ["photo"]
