"""Dashboard benchmark: 100,000 mails / 400,000 files / 52 units, real HTTP.

Builds (once, cached under bench/results/) a synthetic archive database with
realistic Chinese subjects, bodies, file names and document text, indexes it
for search, starts ``python -m collector.serve`` on it, logs in as the clerk and
measures p50/p95 latency of the 报送情况 page, searches and the other pages over
real HTTP (httpx, keep-alive, one request at a time). Then checks that search
hit counts equal a LIKE substring scan of the same fields for a few words.

  .venv/bin/python bench/bench_dashboard.py [--rebuild] [--requests 200]

The database is reused; its search index alone is rebuilt when its layout is
older than collector/dashboard/search.py's.

Target: p95 < 200 ms on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collector.dashboard.auth import add_user  # noqa: E402
from collector.dashboard.search import fts_match_expression, has_search_index, rebuild_search_index  # noqa: E402
from collector.index import DB_NAME, connect  # noqa: E402

CAMPAIGN = "515-2023"
CST = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2023, 5, 1, 8, 0, tzinfo=CST)
N_MAILS = 100_000
N_FILES = 400_000
MESSAGE_COLUMNS = ["sha256", "message_id", "received_at", "from_addr", "from_name", "from_raw", "to_addrs", "subject",
                   "date_header", "body_text", "campaign", "unit", "state", "reason", "confidence", "signals",
                   "suggestions", "is_correction", "parse_error", "problems", "raw_path", "size", "dkim",
                   "auth_results", "filed_at"]

TOWNS = ["建昌镇", "八家子镇", "喇嘛洞镇", "药王庙镇", "汤神庙镇", "玲珑塔镇", "大屯镇", "石佛乡", "新开岭乡",
         "谷杖子乡", "要路沟乡", "魏家岭乡", "西碱厂乡", "头道营子乡", "素珠营子乡", "和尚房子乡", "老大杖子乡",
         "杨树湾子乡", "巴什罕乡", "雷家店乡", "二道湾子乡", "黑山科乡", "城关镇", "青山乡"]
OFFICES = ["县发改局", "县营商局", "县工信局", "县交通局", "县市场局", "县住建局", "县水利局", "县民政局",
           "县教育局", "县卫健委", "县财政局", "县人社局", "县自然资源局", "县生态环境局", "县农业农村局",
           "县商务局", "县文旅局", "县应急局", "县审计局", "县统计局", "县医保局", "县林草局", "县退役军人局",
           "县信访局", "县司法局", "县公安局", "县税务局", "县供电公司"]
UNITS = [(u, "town" if u.endswith("镇") else "township") for u in TOWNS] + [(u, "department") for u in OFFICES]
assert len(UNITS) == 52
REQUIREMENTS = [("plan", "活动方案", "2023-05-10T18:00:00+08:00"),
                ("photos", "活动照片", "2023-05-16T18:00:00+08:00"),
                ("summary", "工作总结", "2023-05-20T18:00:00+08:00")]
THINGS = ["活动方案", "现场照片", "工作总结", "活动开展情况", "宣传资料", "政务公开日总结", "整改落实情况", "座谈会纪要"]
PHRASES = ["根据县政务公开办通知要求", "我单位高度重视", "精心组织开展5·15政务公开日活动", "邀请群众代表走进机关",
           "现场解答群众咨询", "发放宣传资料", "开展政策宣讲", "组织乡镇干部入户走访", "更新政务公开栏",
           "接受群众监督", "进一步提升政务公开工作水平", "推进基层政务公开标准化规范化建设", "现场照片见附件",
           "请审阅", "特此报告", "如有不妥请指正", "整改落实情况如下", "下一步将持续深化政务公开",
           "群众满意度明显提升", "共接待群众", "解答问题", "收集意见建议", "社区居民积极参与", "村务公开同步推进"]
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐明", "孙丽"]
REVIEW_REASONS = ["发件地址未登记，无法确定单位", "主题和正文都没有提到单位", "大附件链接，需要人工下载",
                  "压缩包无法解开", "可能是自动回复"]


def tiny_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (160, 120), (60, 120, 180)).save(out, "JPEG", quality=60)
    return out.getvalue()


def sentence(rng: random.Random, n: int) -> str:
    return "，".join(rng.choice(PHRASES) for _ in range(n)) + "。"


def build_database(data_dir: Path, seed: int = 515) -> None:
    rng = random.Random(seed)
    db = connect(data_dir)
    conn = db.conn
    thumb = tiny_jpeg()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO units (campaign, name, kind, official_name, aliases, addresses, division_code) VALUES (?,?,?,?,?,?,?)",
        [(CAMPAIGN, u, k, "某某县" + u, "[]", json.dumps([f"u{i:02d}@163.com"]), None) for i, (u, k) in enumerate(UNITS)],
    )
    conn.executemany(
        "INSERT INTO requirements (campaign, id, title, due_at, units, description) VALUES (?,?,?,?,?,?)",
        [(CAMPAIGN, rid, title, due, "[]", "") for rid, title, due in REQUIREMENTS],
    )
    files_left = N_FILES
    latest: dict[tuple[str, str], tuple[str, str]] = {}
    msg_rows, att_rows, sub_rows = [], [], []
    for i in range(N_MAILS):
        unit, kind = UNITS[i % 52]
        review = rng.random() < 0.03
        received = START + dt.timedelta(seconds=i * 17 + rng.randint(0, 16))
        rid, rtitle, _ = rng.choice(REQUIREMENTS)
        thing = rng.choice(THINGS)
        subject = f"{unit}关于报送2023年5·15政务公开日{thing}的函" if rng.random() < 0.7 else f"{unit}{rtitle}（第{i % 7 + 1}稿）"
        body = f"县政务公开办：\n{sentence(rng, rng.randint(2, 5))}\n联系人：{rng.choice(NAMES)} 电话：0429-{rng.randint(1000000, 9999999)}"
        sha = hashlib.sha256(f"mail-{seed}-{i}".encode()).hexdigest()
        received_at = received.isoformat()
        addr = f"u{i % 52:02d}@163.com" if rng.random() < 0.9 else f"staff{rng.randint(1, 999)}@qq.com"
        msg_rows.append((sha, f"<{i}@bench>", received_at, addr, rng.choice(NAMES), f"{unit} <{addr}>", '["zwgk@163.com"]',
                         subject, received_at, body, CAMPAIGN, None if review else unit,
                         "needs_review" if review else "filed", rng.choice(REVIEW_REASONS) if review else "已自动归档",
                         0.9, "[]", "[]", 0, None, "[]", f"raw/{sha[:2]}/{sha}", 20000, "pass", None, received_at))
        n_files = 4 if files_left >= 4 * (N_MAILS - i) else rng.randint(2, 6)
        n_files = min(n_files, files_left - (N_MAILS - i - 1)) if i < N_MAILS - 1 else files_left
        n_files = max(n_files, 1)
        files_left -= n_files
        for idx in range(n_files):
            is_photo = idx > 0 and rng.random() < 0.7
            if is_photo:
                name = rng.choice(["IMG_", "现场照片", "微信图片_"]) + f"{rng.randint(1000, 99999)}.jpg"
                att_rows.append((sha, idx, None, name, "image/jpeg", "photo", 0, None, 2_500_000, f"files/{sha[:2]}/{sha}-{idx}",
                                 None, None, received_at[:19], "HUAWEI ELE-AL00", 4000, 3000, None, thumb))
            else:
                name = f"{unit}{thing}.docx"
                text = f"{unit}{thing}\n" + sentence(rng, rng.randint(4, 10))
                att_rows.append((sha, idx, None, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "document", 0, None, 40_000, f"files/{sha[:2]}/{sha}-{idx}", text, "ok", None, None, None, None, None, None))
        if not review:
            sub_rows.append((sha, CAMPAIGN, unit, rid, received_at, 0))
            latest[(unit, rid)] = (sha, received_at)
        if len(msg_rows) >= 5000:
            _flush(conn, msg_rows, att_rows, sub_rows)
    _flush(conn, msg_rows, att_rows, sub_rows)
    conn.executemany("UPDATE submissions SET is_current = 1 WHERE message_sha256 = ? AND requirement = ?",
                     [(sha, rid) for (unit, rid), (sha, _) in latest.items()])
    status_rows = []
    for n, (unit, kind) in enumerate(UNITS):
        for rid, _, due in REQUIREMENTS:
            state = rng.choices(["complete", "partial", "missing"], [0.7, 0.1, 0.2])[0]
            completed = latest.get((unit, rid), (None, None))[1] if state == "complete" else None
            late = int(bool(completed) and completed > due)
            status_rows.append((CAMPAIGN, unit, kind, rid, state, late, completed, due, "[]", "[]",
                                {"partial": "还缺现场照片", "missing": "全部材料"}.get(state, ""), f"u{n:02d}@163.com", due))
    conn.executemany(
        "INSERT INTO status (campaign, unit, unit_kind, requirement, state, late, completed_at, due_at, messages,"
        " message_sha256s, missing_parts, last_from, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        status_rows,
    )
    conn.execute("COMMIT")
    conn.close()


def _flush(conn, msg_rows, att_rows, sub_rows) -> None:
    conn.executemany(f"INSERT INTO messages ({', '.join(MESSAGE_COLUMNS)}) VALUES ({', '.join('?' * len(MESSAGE_COLUMNS))})", msg_rows)
    conn.executemany(
        "INSERT INTO attachments (message_sha256, idx, parent_idx, filename, content_type, kind, inline, sha256, size, path,"
        " text, text_status, taken_at, camera, width, height, phash, thumbnail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        att_rows,
    )
    conn.executemany(
        "INSERT INTO submissions (message_sha256, campaign, unit, requirement, received_at, is_current) VALUES (?,?,?,?,?,?)",
        sub_rows,
    )
    msg_rows.clear(), att_rows.clear(), sub_rows.clear()


def prepare(data_dir: Path, rebuild: bool) -> dict:
    marker = data_dir / "bench-ready.json"
    if marker.exists() and not rebuild:
        info = json.loads(marker.read_text())
        db = connect(data_dir)
        current = has_search_index(db.conn)
        db.conn.close()
        if current:
            return info
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
        t0 = time.monotonic()
        build_database(data_dir)
        info = {"build_s": round(time.monotonic() - t0, 1)}
    t1 = time.monotonic()
    db = connect(data_dir)
    rebuild_search_index(db)
    db.conn.close()
    info.update(search_index_s=round(time.monotonic() - t1, 1), db_mb=round((data_dir / DB_NAME).stat().st_size / 1e6))
    marker.write_text(json.dumps(info))
    return info


RECALL_WORDS = ["乡镇", "照片", "政务公开", "镇", "喇嘛洞", "整改落实", "座谈会纪要", "5·15", "IMG"]


def check_recall(data_dir: Path) -> bool:
    """Search hits vs a LIKE scan of the indexed fields, over the whole database."""
    conn = sqlite3.connect(data_dir / DB_NAME)
    ok = True
    print(f"\n{'recall':12} {'search':>8} {'LIKE':>8}")
    for word in RECALL_WORDS:
        fts = conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                           [fts_match_expression(word)]).fetchone()[0]
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        like = conn.execute(
            "SELECT count(*) FROM (SELECT sha256 FROM messages WHERE subject LIKE :p ESCAPE '\\'"
            " OR from_name LIKE :p ESCAPE '\\' OR from_addr LIKE :p ESCAPE '\\' OR unit LIKE :p ESCAPE '\\'"
            " OR body_text LIKE :p ESCAPE '\\'"
            " UNION SELECT message_sha256 FROM attachments WHERE filename LIKE :p ESCAPE '\\' OR text LIKE :p ESCAPE '\\')",
            {"p": pattern},
        ).fetchone()[0]
        ok &= fts == like
        print(f"{word:12} {fts:8} {like:8}{'' if fts == like else '   MISMATCH'}")
    conn.close()
    return ok


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, users_file: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, COLLECTOR_USERS_FILE=str(users_file), COLLECTOR_DASHBOARD_SECRET="bench")
    proc = subprocess.Popen([sys.executable, "-m", "collector.serve", str(data_dir), "--port", str(port)], env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/-/login", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("server did not start")


def login(client: httpx.Client, user: str, password: str) -> None:
    page = client.get("/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    response = client.post("/-/login", data={"username": user, "password": password, "csrftoken": token})
    assert response.status_code == 302 and "ds_actor" in client.cookies, "login failed"


def measure(client: httpx.Client, path: str, n: int, check=None) -> dict:
    for _ in range(3):
        client.get(path)
    times = []
    for _ in range(n):
        t = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    if check:
        check(response.text)
    times.sort()
    return {"p50": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))], "max": times[-1]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench" / "results" / "dashboard-data")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    info = prepare(args.data_dir, args.rebuild)
    print(f"database: {N_MAILS:,} mails, {N_FILES:,} files, 52 units, {info['db_mb']} MB; "
          f"built in {info['build_s']} s, search index in {info['search_index_s']} s")
    tmp = Path(tempfile.mkdtemp(prefix="bench-users-"))
    users_file = tmp / "users.json"
    add_user("clerk", "office", "bench-pass", users_file=users_file)
    port = free_port()
    server = start_server(args.data_dir, users_file, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            login(client, "clerk", "bench-pass")
            sha = hashlib.sha256(b"mail-515-12345").hexdigest()

            def has_hits(text):
                assert "/mail/" in text, "search found nothing"

            cases = [
                ("报送情况 /", "/", None),
                ("报送情况 filtered", "/?requirement=photos&unit_kind=town&state=missing", None),
                ("未报送/逾期", "/overdue", None),
                ("search 乡镇 (2 chars)", "/search?q=" + "乡镇", has_hits),
                ("search 照片 (2 chars)", "/search?q=" + "照片", has_hits),
                ("search 整改落实", "/search?q=" + "整改落实", has_hits),
                ("search 城关镇 总结", "/search?q=" + "城关镇 总结", has_hits),
                ("search 政务公开 (every mail)", "/search?q=" + "政务公开", has_hits),
                ("search 座谈会纪要 page 5", "/search?q=" + "座谈会纪要" + "&page=5", has_hits),
                ("search 镇 (1 char)", "/search?q=" + "镇", has_hits),
                ("search 5·15活动 (mixed)", "/search?q=" + "5·15活动", has_hits),
                ("search IMG (latin)", "/search?q=" + "IMG", has_hits),
                ("待审核 /review", "/review", None),
                ("mail list /mails", "/mails", None),
                ("unit page", "/unit?name=" + "城关镇", None),
                ("mail page", f"/mail/{sha}", None),
                ("units /units", "/units", None),
                ("table /collector/messages", "/collector/messages", None),
            ]
            print(f"\n{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   (n={args.requests} each)")
            worst = 0.0
            for label, path, check in cases:
                r = measure(client, path, args.requests, check)
                worst = max(worst, r["p95"])
                print(f"{label:32} {r['p50']:8.1f} {r['p95']:8.1f} {r['max']:8.1f}")
            print(f"\nworst p95: {worst:.1f} ms (target < 200 ms)")
        if not check_recall(args.data_dir):
            sys.exit("search hit counts differ from the substring scan")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
