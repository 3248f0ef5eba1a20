"""A small, realistic sample archive for the dashboard's tests and screenshots.

Built the way the pipeline builds it: ``index.connect`` + sqlite-utils inserts
per the schema, files written under the data dir.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from PIL import Image, ImageDraw

from collector.index import connect
from collector.dashboard.search import rebuild_search_index

CAMPAIGN = "515-2023"
XSS_SUBJECT = '<script>alert("xss")</script>关于报送材料的说明'
XSS_BODY = '请查收。<img src=x onerror=alert(1)> <b>粗体</b> <script>document.title="pwned"</script>'

UNITS = [
    ("县发改局", "department", ["fgj@163.com"]),
    ("县教育局", "department", ["jyj@163.com"]),
    ("县卫健委", "department", ["wjw@163.com"]),
    ("城关镇", "town", ["cgz@163.com"]),
    ("青山乡", "township", ["qsx@163.com"]),
    ("河口镇", "town", []),
]
REQUIREMENTS = [
    ("plan", "活动方案", "2023-05-10T18:00:00+08:00"),
    ("photos", "活动照片", "2023-05-16T18:00:00+08:00"),
    ("summary", "工作总结", "2023-05-20T18:00:00+08:00"),
]
# unit, requirement -> (state, late, completed_at)
STATUS = {
    ("县发改局", "plan"): ("complete", 0, "2023-05-09T10:00:00+08:00"),
    ("县发改局", "photos"): ("complete", 0, "2023-05-15T17:20:00+08:00"),
    ("县发改局", "summary"): ("complete", 1, "2023-05-21T09:00:00+08:00"),
    ("县教育局", "plan"): ("complete", 0, "2023-05-08T11:00:00+08:00"),
    ("县教育局", "photos"): ("partial", 0, None),
    ("城关镇", "plan"): ("complete", 0, "2023-05-10T09:00:00+08:00"),
    ("城关镇", "photos"): ("complete", 0, "2023-05-15T20:00:00+08:00"),
    ("青山乡", "plan"): ("complete", 1, "2023-05-11T08:30:00+08:00"),
}


def jpeg_bytes(size=(640, 480), color=(40, 120, 200), text="") -> bytes:
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    draw.rectangle([size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4], outline=(255, 255, 255), width=6)
    if text:
        draw.text((10, 10), text, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def thumbnail_of(data: bytes) -> bytes:
    image = Image.open(io.BytesIO(data))
    image.thumbnail((160, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()


def _store(data_dir: Path, data: bytes, folder: str) -> tuple[str, str]:
    sha = hashlib.sha256(data).hexdigest()
    rel = f"{folder}/{sha[:2]}/{sha}"
    path = data_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return sha, rel


def build_sample(data_dir: Path) -> dict:
    """Write the sample archive; returns handy facts for assertions."""
    data_dir = Path(data_dir)
    db = connect(data_dir)
    db["units"].insert_all(
        [
            {"campaign": CAMPAIGN, "name": n, "kind": k, "official_name": f"某县{n}", "aliases": "[]",
             "addresses": json.dumps(a), "division_code": None}
            for n, k, a in UNITS
        ]
    )
    db["requirements"].insert_all(
        [
            {"campaign": CAMPAIGN, "id": rid, "title": t, "due_at": due, "units": json.dumps([u[0] for u in UNITS], ensure_ascii=False), "description": ""}
            for rid, t, due in REQUIREMENTS
        ]
    )
    facts = {"mails": {}, "attachments": {}}

    def add_mail(key, unit, from_addr, subject, body, received_at, files, requirements=(), state="filed", reason="已自动归档", current=True, suggestions=()):
        raw = f"From: {from_addr}\r\nSubject: {subject}\r\n\r\n{body}\r\n".encode("utf-8")
        sha, raw_rel = _store(data_dir, raw, "raw")
        db["messages"].insert(
            {
                "sha256": sha, "message_id": f"<{key}@example.cn>", "received_at": received_at,
                "from_addr": from_addr, "from_name": unit or "未知", "from_raw": f"{unit or ''} <{from_addr}>".strip(),
                "to_addrs": json.dumps(["zwgk@163.com"]), "subject": subject, "date_header": received_at,
                "body_text": body, "campaign": CAMPAIGN if unit else None, "unit": unit, "state": state,
                "reason": reason, "confidence": 0.9, "signals": json.dumps(["发件地址已登记"], ensure_ascii=False),
                "suggestions": json.dumps(list(suggestions), ensure_ascii=False), "is_correction": 0,
                "parse_error": None, "problems": "[]", "raw_path": raw_rel, "size": len(raw),
                "dkim": "pass", "auth_results": None, "filed_at": received_at,
            }
        )
        facts["mails"][key] = sha
        for idx, f in enumerate(files):
            data = f.get("data")
            file_sha, rel = _store(data_dir, data, "files") if data is not None else (None, None)
            row = {
                "message_sha256": sha, "idx": idx, "parent_idx": f.get("parent_idx"), "filename": f["filename"],
                "content_type": f.get("content_type", "application/octet-stream"), "kind": f["kind"], "inline": 0,
                "sha256": file_sha, "size": len(data) if data else None, "path": rel, "text": f.get("text"),
                "text_status": "ok" if f.get("text") else None, "taken_at": f.get("taken_at"), "camera": None,
                "width": f.get("width"), "height": f.get("height"), "phash": None,
                "thumbnail": thumbnail_of(data) if f["kind"] == "photo" else None,
                "link_url": f.get("link_url"), "link_size": None, "link_expires": None, "problem": f.get("problem"),
            }
            att_id = db["attachments"].insert(row).last_pk
            facts["attachments"][f"{key}:{idx}"] = att_id
        for req in requirements:
            db["submissions"].insert(
                {"message_sha256": sha, "campaign": CAMPAIGN, "unit": unit, "requirement": req,
                 "received_at": received_at, "is_current": 1 if current else 0}
            )
        return sha

    photo = jpeg_bytes(text="515")
    add_mail("fgj-plan", "县发改局", "fgj@163.com", "县发改局5·15政务公开日活动方案", "各位领导：附件为我局活动方案，请审阅。",
             "2023-05-09T10:00:00+08:00",
             [{"filename": "活动方案.docx", "kind": "document", "data": b"PK fake docx",
               "text": "县发改局政务公开日活动方案：组织乡镇干部开展政策宣讲。"}], ["plan"])
    add_mail("fgj-photos", "县发改局", "fgj@163.com", "县发改局活动现场照片", "现场照片三张，请查收。",
             "2023-05-15T17:20:00+08:00",
             [{"filename": "现场1.jpg", "kind": "photo", "data": photo, "content_type": "image/jpeg", "width": 640, "height": 480, "taken_at": "2023-05-15T09:12:00"},
              {"filename": "现场1.jpg", "kind": "photo", "data": jpeg_bytes(color=(200, 80, 40)), "content_type": "image/jpeg", "width": 640, "height": 480},
              {"filename": "../../etc/passwd", "kind": "other", "data": b"not really", "problem": "文件名含路径"}],
             ["photos"])
    add_mail("fgj-summary-old", "县发改局", "fgj@163.com", "县发改局工作总结", "总结初稿。", "2023-05-20T09:00:00+08:00",
             [{"filename": "工作总结.docx", "kind": "document", "data": b"PK old", "text": "工作总结初稿"}], ["summary"], current=False)
    add_mail("fgj-summary", "县发改局", "fgj@163.com", "更正：县发改局工作总结（以此为准）", "以此为准。", "2023-05-21T09:00:00+08:00",
             [{"filename": "工作总结.docx", "kind": "document", "data": b"PK new", "text": "工作总结终稿：全年政务公开工作成效明显。"}], ["summary"])
    add_mail("jyj-plan", "县教育局", "jyj@163.com", "教育局活动方案", "方案见附件", "2023-05-08T11:00:00+08:00",
             [{"filename": "方案.pdf", "kind": "document", "data": b"%PDF-1.4 fake", "text": "教育系统开放日安排"}], ["plan"])
    add_mail("jyj-photos", "县教育局", "jyj.other@163.com", "教育局照片（部分）", "先发一张", "2023-05-15T12:00:00+08:00",
             [{"filename": "照片.jpg", "kind": "photo", "data": jpeg_bytes(color=(20, 160, 60)), "content_type": "image/jpeg"}], ["photos"])
    add_mail("cgz-plan", "城关镇", "cgz@163.com", "城关镇方案", "城关镇活动方案。", "2023-05-10T09:00:00+08:00",
             [{"filename": "城关镇方案.doc", "kind": "document", "data": b"\xd0\xcf\x11\xe0 fake", "text": "城关镇开展政务公开进社区活动"}], ["plan"])
    add_mail("cgz-photos", "城关镇", "cgz.new@163.com", "城关镇照片", "照片", "2023-05-15T20:00:00+08:00",
             [{"filename": "照片.zip", "kind": "archive", "data": b"PK zip container"},
              {"filename": "a/照片1.jpg", "kind": "photo", "data": jpeg_bytes(color=(90, 90, 90)), "parent_idx": 0, "content_type": "image/jpeg"}],
             ["photos"])
    add_mail("qsx-plan", "青山乡", "qsx@163.com", "青山乡活动方案（迟报）", "抱歉迟报。", "2023-05-11T08:30:00+08:00",
             [{"filename": "青山乡方案.docx", "kind": "document", "data": b"PK qsx", "text": "青山乡方案"}], ["plan"])
    add_mail("review-xss", None, "stranger@qq.com", XSS_SUBJECT, XSS_BODY, "2023-05-12T14:00:00+08:00",
             [{"filename": "<img src=x onerror=alert(2)>.jpg", "kind": "photo", "data": jpeg_bytes(color=(0, 0, 0)), "content_type": "image/jpeg"}],
             state="needs_review", reason="发件地址未登记，无法确定单位", suggestions=["县卫健委", "河口镇"])
    add_mail("review-link", None, "someone@126.com", "河口镇大附件", "超大附件下载：https://mail.163.com/large/abc", "2023-05-14T08:00:00+08:00",
             [{"filename": "河口镇照片.zip", "kind": "link", "data": None, "link_url": "javascript:alert(3)"}],
             state="needs_review", reason="大附件链接，需要人工下载", suggestions=["河口镇"])

    status_rows = []
    last_from = {"县发改局": "fgj@163.com", "县教育局": "jyj.other@163.com", "城关镇": "cgz.new@163.com", "青山乡": "qsx@163.com"}
    kinds = {n: k for n, k, _ in UNITS}
    for unit, _, _ in UNITS:
        for rid, _, due in REQUIREMENTS:
            state, late, completed = STATUS.get((unit, rid), ("missing", 0, None))
            status_rows.append(
                {"campaign": CAMPAIGN, "unit": unit, "unit_kind": kinds[unit], "requirement": rid, "state": state,
                 "late": late, "completed_at": completed, "due_at": due, "messages": "[]", "message_sha256s": "[]",
                 "missing_parts": {"partial": "还缺2张照片", "missing": "全部材料"}.get(state, ""),
                 "last_from": last_from.get(unit), "updated_at": "2023-05-21T10:00:00+08:00"}
            )
    db["status"].insert_all(status_rows)
    rebuild_search_index(db)
    db.conn.close()
    facts["counts"] = {
        "total": len(status_rows),
        "complete": sum(r["state"] == "complete" for r in status_rows),
        "partial": sum(r["state"] == "partial" for r in status_rows),
        "missing": sum(r["state"] == "missing" for r in status_rows),
        "late": sum(r["late"] for r in status_rows),
        "units": len(UNITS),
        "review": 2,
    }
    return facts
