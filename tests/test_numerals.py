"""Chinese numerals as notices write them: the count pattern the drafter's rules share, read back by cn_int."""

import re

import pytest

from collector.numerals import COUNT, cn_int


@pytest.mark.parametrize("text, n", [("3", 3), ("12", 12), ("三", 3), ("两", 2), ("十二", 12), ("二十五", 25)])
def test_a_count_as_notices_write_it_is_matched_whole_and_read(text, n):
    m = re.fullmatch(COUNT, text)
    assert m and cn_int(m.group()) == n


@pytest.mark.parametrize("text", ["", "1234", "第三", "三个", "二〇二四"])
def test_what_is_no_count_is_not_matched(text):
    assert not re.fullmatch(COUNT, text)
