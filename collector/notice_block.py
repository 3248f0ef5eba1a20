"""A campaign file's ``notice_text:``: the notice as read, the file's last key, written as a
literal block (``|``) a person can read, not as one escaped line."""

from __future__ import annotations

import yaml

NOTICE_COMMENT = ("# notice_text: the notice as read. Kept so that a reply quoting or pasting the notice is not\n"
                  "# taken as evidence of the units and materials it names. Do not edit.\n")


def plain_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def dump_campaign(data: dict, dumper=yaml.SafeDumper) -> str:
    """``data`` as YAML, ``notice_text`` (when there is one) last, as a literal block."""
    data = dict(data)
    text = str(data.pop("notice_text", "") or "")
    body = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=200)
    return body + (NOTICE_COMMENT + notice_yaml(text) if text else "")


def notice_yaml(text: str) -> str:
    """``notice_text: |`` and the text indented by two spaces. A text a literal block cannot
    carry (control characters, lines YAML would read otherwise) is written as YAML's quoted string."""
    for indicator in ("", "2"):
        written = _literal(text, indicator)
        if _reads_back(written, text):
            return written
    return yaml.safe_dump({"notice_text": text}, allow_unicode=True, width=200, default_style='"')


def _literal(text: str, indicator: str) -> str:
    body = text[:-1] if text.endswith("\n") else text
    chomping = "+" if text.endswith("\n\n") else ("" if text.endswith("\n") else "-")
    lines = "".join(f"  {line}\n" if line else "\n" for line in body.split("\n"))
    return f"notice_text: |{indicator}{chomping}\n{lines}"


def _reads_back(written: str, text: str) -> bool:
    try:
        return yaml.safe_load(written) == {"notice_text": text}
    except yaml.YAMLError:
        return False
