"""Saving a workbook so that the same content gives the same bytes."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def workbook_bytes(workbook, stamp: datetime) -> bytes:
    """The .xlsx bytes, with `stamp` as its creation and change time and fixed zip times."""
    workbook.properties.created = stamp
    raw = io.BytesIO()
    workbook.save(raw)  # openpyxl stamps the time of saving as `modified`: put `stamp` back
    out = io.BytesIO()
    fixed_time = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + fixed_time + rb"\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0
            dst.writestr(fixed, data)
    return out.getvalue()
