"""导出: the exports page, the 报送情况 table as xlsx/csv and the filed files as a
zip, each download recorded in the audit spool."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from datasette.utils.asgi import Response

from .. import audit, exports
from .access import archive_db, data_dir_of, require_role
from .campaigns import chosen_campaign
from .render import attachment_header, render
from .rows import campaign_requirements


def routes():
    return [
        (r"^/exports$", exports_page),
        (r"^/export/status\.xlsx$", export_status_xlsx),
        (r"^/export/status\.csv$", export_status_csv),
        (r"^/export/files\.zip$", export_files_zip),
    ]


async def exports_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    campaign = await chosen_campaign(datasette, request)
    units = [r[0] for r in (await db.execute("SELECT name FROM units WHERE campaign IS ? ORDER BY kind, name", [campaign])).rows]
    requirements = await campaign_requirements(db, campaign)
    return await render(
        datasette, request, "collector_exports.html", {"units": units, "requirements": requirements, "campaign": campaign}
    )


def _filters_from(request, campaign: str | None) -> exports.StatusFilter:
    return exports.StatusFilter(
        requirement=request.args.get("requirement") or None,
        unit_kind=request.args.get("unit_kind") or None,
        state=request.args.get("state") or None,
        late_only=request.args.get("late") == "1",
        campaign=campaign,
    )


def _audit_export(datasette, request, what: str, **detail) -> None:
    actor = (request.actor or {}).get("id", "?")
    audit.spool_event(data_dir_of(datasette), "exported", actor, what=what, via="dashboard", **detail)


STATUS_EXPORTS = {  # format -> (builder, content type)
    "xlsx": (exports.status_xlsx_bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": (exports.status_csv_bytes, "text/csv; charset=utf-8"),
}


async def _export_status(datasette, request, fmt: str):
    require_role(request)
    db = archive_db(datasette)
    filters = _filters_from(request, await chosen_campaign(datasette, request))
    build, content_type = STATUS_EXPORTS[fmt]
    _audit_export(datasette, request, f"status.{fmt}", filters=str(filters))
    body = await db.execute_fn(lambda conn: build(conn, filters))
    return Response(
        body,
        content_type=content_type,
        headers={"content-disposition": attachment_header(f"报送情况统计表.{fmt}"), "cache-control": "private, no-store"},
    )


async def export_status_xlsx(datasette, request):
    return await _export_status(datasette, request, "xlsx")


async def export_status_csv(datasette, request):
    return await _export_status(datasette, request, "csv")


class _TempFileDownload:
    """Streams a temporary file, then deletes it."""

    def __init__(self, path: Path, filename: str, content_type: str):
        self.path, self.filename, self.content_type = path, filename, content_type

    async def asgi_send(self, send):
        try:
            size = self.path.stat().st_size
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        [b"content-type", self.content_type.encode()],
                        [b"content-length", str(size).encode()],
                        [b"content-disposition", attachment_header(self.filename).encode()],
                        [b"cache-control", b"private, no-store"],
                        [b"x-content-type-options", b"nosniff"],
                    ],
                }
            )
            with open(self.path, "rb") as f:
                while True:
                    chunk = await asyncio.to_thread(f.read, 1 << 20)
                    more = len(chunk) == 1 << 20
                    await send({"type": "http.response.body", "body": chunk, "more_body": more})
                    if not more:
                        break
        finally:
            self.path.unlink(missing_ok=True)


async def export_files_zip(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    data_dir = data_dir_of(datasette)
    unit = request.args.get("unit") or None
    requirement = request.args.get("requirement") or None
    all_versions = request.args.get("all_versions") == "1"
    campaign = await chosen_campaign(datasette, request)
    fd, tmp = tempfile.mkstemp(prefix="collector-export-", suffix=".zip")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        db_path = Path(db.path)
        await asyncio.to_thread(
            exports.write_files_zip_from_db,
            db_path,
            data_dir,
            tmp_path,
            unit=unit,
            requirement=requirement,
            current_only=not all_versions,
            campaign=campaign,
        )
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    name = exports.zip_download_name(unit, requirement)
    _audit_export(datasette, request, "files.zip", unit=unit, requirement=requirement, all_versions=all_versions,
                  campaign=campaign)
    return _TempFileDownload(tmp_path, name, "application/zip")
