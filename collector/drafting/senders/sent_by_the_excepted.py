"""An exception that is the only sending (`县直各单位除县民政局、县商务局、县卫健局于3月31日前报送本行业调查表外，不需报送
调查表`): the units inside 除…外 are the ones who send by that date, and the group the sentence opens with sends nothing.
An ordinary exception (`县直各单位除县民政局外，于3月31日前报送…`: the date outside the 除…外) leaves those units out of
the group, as units.py reads it."""

from __future__ import annotations

import re

# 除A、B、C于3月31日前报送…外，不需报送…: the sending said inside the exception, nothing sent outside it
SENDING_EXCEPTED = re.compile(r"除\s*(?P<who>[^，,。；;除]{2,80}?)(?:于|在|须于|需于|应于)[^，,。；;]{1,40}?"
                              r"(?:报送|上报|提交|发送|报)[^，,。；;]*?外\s*[，,]?\s*(?:其余|其他|其它)?[^，,。；;]{0,8}?"
                              r"(?:均|都)?(?:不需|无需|不必|不用|不再)(?:另行|单独)?(?:报送|上报|提交|发送|填报)")


def senders_inside_the_exception(text: str) -> str:
    """The words naming the units inside a 除…于…报送…外，不需报送 exception (the only senders of its date), or ""."""
    m = SENDING_EXCEPTED.search(text)
    return m.group("who") if m else ""
