"""Chinese labels for the values and columns the clerk meets."""

STATE_LABELS = {"complete": "已报送", "partial": "部分报送", "missing": "未报送"}
MESSAGE_STATE_LABELS = {"filed": "已归档", "needs_review": "待审核", "ignored": "已忽略"}
KIND_LABELS = {
    "photo": "照片",
    "document": "文档",
    "archive": "压缩包",
    "link": "大附件链接",
    "other": "其他",
    "empty": "空文件",
}
# campaign.UNIT_KINDS
UNIT_KIND_LABELS = {"town": "镇", "township": "乡", "zone": "开发区", "department": "县直部门"}
TEXT_STATUS_LABELS = {"ok": "已提取文字", "scanned": "扫描件（无文字）", "ocr": "扫描件（文字由OCR识别）",
                      "typed": "已提取文字（Word/WPS另存的PDF）"}

# Column names of the schema (collector/index.py) as shown in table headers.
COLUMN_LABELS = {
    "sha256": "SHA-256",
    "message_sha256": "邮件SHA-256",
    "message_id": "Message-ID",
    "received_at": "收到时间",
    "from_addr": "发件地址",
    "from_name": "发件人",
    "from_raw": "发件人（原始）",
    "to_addrs": "收件人",
    "subject": "主题",
    "date_header": "邮件自称日期",
    "body_text": "正文",
    "campaign": "活动",
    "unit": "单位",
    "unit_kind": "单位类型",
    "kind": "类型",
    "state": "状态",
    "reason": "原因",
    "confidence": "置信度",
    "signals": "依据",
    "suggestions": "候选单位",
    "is_correction": "更正件",
    "parse_error": "解析错误",
    "problems": "问题",
    "raw_path": "原始邮件存档路径",
    "size": "大小",
    "dkim": "DKIM",
    "auth_results": "认证结果",
    "filed_at": "归档时间",
    "idx": "序号",
    "parent_idx": "所属压缩包/转发",
    "filename": "文件名",
    "content_type": "文件格式",
    "inline": "内嵌",
    "path": "存档路径",
    "text": "文字内容",
    "text_status": "文字提取",
    "taken_at": "拍摄时间",
    "camera": "相机",
    "width": "宽",
    "height": "高",
    "phash": "感知哈希",
    "thumbnail": "缩略图",
    "link_url": "链接地址",
    "link_size": "链接大小",
    "link_expires": "链接有效期",
    "problem": "问题",
    "requirement": "报送要求",
    "is_current": "当前版本",
    "late": "逾期",
    "completed_at": "报送时间",
    "due_at": "截止时间",
    "messages": "邮件",
    "message_sha256s": "邮件SHA-256",
    "missing_parts": "缺少内容",
    "last_from": "最近联系邮箱",
    "updated_at": "更新时间",
    "name": "名称",
    "official_name": "全称",
    "aliases": "别名",
    "addresses": "邮箱",
    "division_code": "区划代码",
    "title": "标题",
    "units": "单位",
    "description": "说明",
    "source": "来源",
    "folder": "文件夹",
    "origin": "出处",
    "seen_at": "发现时间",
    "action": "操作",
    "decided_by": "处理人",
    "decided_at": "处理时间",
    "note": "备注",
    "address": "邮箱地址",
    "how": "方式",
    "learned_at": "记录时间",
    "event": "事件",
    "actor": "操作人",
    "detail": "详情",
    "at": "时间",
    "started_at": "开始时间",
    "finished_at": "结束时间",
    "fetched": "取回",
    "new": "新邮件",
    "duplicates": "重复",
    "needs_review": "待审核",
    "errors": "错误",
    "messages_through": "已统计至邮件序号",
    "id": "编号",
}

def column_label(name: str) -> str:
    return COLUMN_LABELS.get(name, name)


def table_label(datasette, name: str) -> str:
    """A table's Chinese title, from datasette/metadata.yml (the one list of them); else its name."""
    return datasette.metadata("title", database="collector", table=name, fallback=False) or name


def format_size(n) -> str:
    if n is None:
        return ""
    n = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def format_time(value: str | None) -> str:
    """'2023-05-12T09:30:00+08:00' -> '2023-05-12 09:30'."""
    if not value:
        return ""
    return value.replace("T", " ")[:16]


LOOKUP_LABELS = {
    "contains": "包含",
    "ends with": "结尾是",
    "starts with": "开头是",
    "not like": "不匹配",
    "like": "匹配(like)",
    "glob": "匹配(glob)",
    "in": "属于",
    "not in": "不属于",
    "array contains": "数组包含",
    "array does not contain": "数组不包含",
    "date": "日期为",
    "is null": "为空(null)",
    "is not null": "不为空(null)",
    "is blank": "为空",
    "is not blank": "不为空",
}


def lookup_label(display: str) -> str:
    return LOOKUP_LABELS.get(display, display)


_DESCRIPTION_WORDS = [
    (" descending", " 降序"),
    ("sorted by ", "排序："),
    ("where ", "条件："),
    (" and ", " 且 "),
    (" contains ", " 包含 "),
    (" ends with ", " 结尾是 "),
    (" starts with ", " 开头是 "),
    (" is not null", " 不为空"),
    (" is null", " 为空"),
    (" is not blank", " 不为空"),
    (" is blank", " 为空"),
    (" is on date ", " 日期为 "),
    (" search matches ", " 搜索 "),
]


def describe_filters(text: str | None) -> str:
    """Datasette's English filter description (human_description_en), roughly in Chinese."""
    text = text or ""
    for en, zh in _DESCRIPTION_WORDS:
        text = text.replace(en, zh)
    return text


def unit_kind_label(kind: str | None) -> str:
    return UNIT_KIND_LABELS.get(kind or "", kind or "")
