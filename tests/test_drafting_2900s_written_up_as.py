"""What held-out notices 2900–2919 showed the drafter missing (fixed on branch h-fixn144b), on notice texts written
for these tests, each with a near miss that must not change: cases picked and written up as one paper
(`选取两至三个基层法律服务典型案例，整理成文字材料（Word格式），并附相关现场照片`) are that paper's matter, not a second
document beside it (2913; compared.SORTED_INTO's `梳理X，形成Y`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def kinds(tmp_path, body: str):
    d = draft_of_a_file(tmp_path, notice_text(
        "建昌县司法局", "关于报送基层法律服务典型案例的通知", "各乡镇人民政府，县直各单位", body, "2996年6月3日",
        mailbox="jcsfj_al2996@126.com", contact="许文斌  联系电话：0429-7416627"))
    return [sorted(p["kind"] for p in r.parts) for r in d.requirements]


# ---------------------------------------------------------------- 2913: 选取…典型案例，整理成文字材料


def test_cases_picked_and_written_up_are_one_word_file_with_photos(tmp_path):
    assert kinds(tmp_path, "请各单位选取两至三个基层法律服务典型案例，整理成文字材料（Word格式），并附相关现场照片，"
                           "于6月28日前报送。") == [["document", "photo"]]


def test_variant_examples_chosen_and_written_as_a_paper(tmp_path):
    assert kinds(tmp_path, "请各乡镇挑选1至2个优秀人民调解案例，撰写成书面材料（Word格式），于7月5日前报送。") == [["document"]]


def test_variant_deeds_sifted_and_compiled_into_a_draft(tmp_path):
    assert kinds(tmp_path, "各单位要筛选本单位普法工作典型事例，编写成文字稿（Word格式），并附照片3至5张，"
                           "于7月5日前报送。") == [["document", "photo"]]


def test_near_miss_cases_picked_and_a_summary_sent_stay_two_documents(tmp_path):
    assert kinds(tmp_path, "请各单位选取两至三个典型案例（Word格式），同时报送工作总结（Word格式），"
                           "于6月28日前报送。") == [["document", "document"]]
