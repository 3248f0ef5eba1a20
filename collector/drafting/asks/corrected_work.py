"""A correction that is the work a sentence reports on, not a window for correcting what was sent: `…对门牌号码进行全面核对，
缺失的补设、错误的更正、损坏的更换，于4月20日前将《…设置进度表》（Excel格式）及新设门楼牌照片报送…` — the towns put right the
wrong plates on the ground and send their progress sheet by the date (held-out 2330). A window for corrections
(`报送后发现报告或数据有误需要更正的，请于…前报送更正后的材料`, not_mailed.a_correction_window) makes the correction a
condition on the sender (需要更正的, 发现…有误) and sends the corrected paper; a sentence whose 更正 is neither, sending
materials of its own by its date, is the ask."""

from __future__ import annotations

import re

from .. import requirements as req

# 需要更正的，…: only a unit that has to correct sends; 报送后发现…有误, 如有错误: a mistake found in what was sent
CORRECTING_AS_A_CONDITION = re.compile(r"(?:需要?|须|要|应)(?:更正|修正|纠正)的|(?:如|若|发现|经核)[^，,。；;]{0,16}?(?:有误|错误|差错)")
# 更正后的材料, 重新报送, 补正: what is sent is the corrected paper
SENDS_CORRECTED = re.compile(r"更正|修正|纠正|重新|补正|改正")


def corrected_in_passing(before: str, after: str) -> bool:
    """The words after the date (to its statement's end) send materials they name, none said corrected, and the
    correction before it is no condition on who sends: the work the sentence reports on, the date its ask."""
    statement = re.split(r"[；;。]", after, maxsplit=1)[0]
    clause = re.split(r"[；;。]", before)[-1]
    return bool(req.material_names(statement)) and not SENDS_CORRECTED.search(statement) \
        and not CORRECTING_AS_A_CONDITION.search(clause)
