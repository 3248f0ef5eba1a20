"""Requirements answered in the sender's own words (the thirty-first held-out mailbox, tests/fixtures/mixed31): a
核实 answered 核实无误 / 有误, an 意见 collection answered 无意见, photos of the paper form the words speak of, and a
mail that only says the notice arrived and the answer will follow."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from route_helpers import SH, held_out_campaigns, mail, place


HS, YJ = "2041-01-07-hszwfwsxbjlsj", "2041-02-20-xzfmsssxmyjjy"
JANUARY = dt.datetime(2041, 1, 12, 15, 30, tzinfo=SH)
FEBRUARY = dt.datetime(2041, 2, 25, 14, 40, tzinfo=SH)


@pytest.fixture(scope="module")
def campaigns():
    return held_out_campaigns("mixed31")


def photo(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (seed * 40 % 256, 200, 120)).save(out, "JPEG")
    return out.getvalue()


def test_photos_of_the_form_the_words_answer_are_filed(campaigns):
    body = "县政府办公室：\n我局核实表有两处有误，已在打印的表上改好并盖章，拍照发过来。\n县水利局"
    m = place(campaigns, mail("水利局办件量核实", body, {"IMG_1.jpg": photo(1), "IMG_2.jpg": photo(2)}), JANUARY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", HS, "县水利局", ["hs"]), m.reason


def test_photos_alone_with_words_that_answer_nothing_still_go_to_a_person(campaigns):
    body = "县政府办公室：\n我局的表拍照发过来了，请查收。\n县水利局"
    m = place(campaigns, mail("水利局办件量核实", body, {"IMG_1.jpg": photo(1)}), JANUARY)
    assert m.state == "needs_review" and "只有照片" in m.reason, m.reason


def test_a_units_only_requirement_answered_by_its_words_is_filed(campaigns):
    body = "县政府办公室：\n我单位对2041年县政府民生实事项目（征求意见稿）无意见。\n石佛乡人民政府"
    m = place(campaigns, mail("石佛乡人民政府对2041年民生实事项目无意见", body), FEBRUARY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", YJ, "石佛乡", ["yj"]), m.reason


@pytest.mark.parametrize("body", [
    "县政府办公室：\n通知收到，我局正在和业务股室逐项核对办件量数据，核对完后反馈。\n县民政局办公室",
    "县政府办公室：\n已收到通知，核实后尽快报送。\n县民政局",
])
def test_a_mail_that_only_says_the_notice_arrived_is_no_submission(campaigns, body):
    m = place(campaigns, mail("民政局办件量核实", body), JANUARY)
    assert (m.state, m.unit, m.requirements) == ("ignored", "县民政局", []), m.reason
    assert "收到通知" in m.reason


@pytest.mark.parametrize("body", [
    "县政府办公室：\n通知收到，经核对，我局办件量数据核实无误。\n县民政局",  # the answer is in it
    "县政府办公室：\n通知收到，请问核实表需要盖章后再报送吗？\n县民政局",  # a question
])
def test_a_received_notice_with_an_answer_or_a_question_is_not_ignored(campaigns, body):
    m = place(campaigns, mail("民政局办件量核实", body), JANUARY)
    assert m.state != "ignored", m.reason
