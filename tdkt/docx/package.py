"""Write a python-docx document as .docx bytes in one pass, with fixed zip timestamps.

Large runs of markup (a table's body rows) can be handed over as ready XML text: the tree
then holds only a marker comment, and the text takes the marker's place when the part is
written. The rows are never parsed into lxml elements nor serialized back, which is most
of the cost of a long list. The text must be exactly what lxml would write for the same
elements (see `xml._run_xml`), so that documents stay the same bytes either way.
"""

from __future__ import annotations

import io
import re
import weakref
import zipfile

from docx.opc.pkgwriter import PackageWriter
from lxml import etree

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MARK = "tdkt-splice-{}"
_MARKER = re.compile(rb"<!--tdkt-splice-\d+-->")  # user text is escaped, so only ours match

# part -> {marker bytes: XML bytes}; entries go with their part
_SPLICES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def splice(parent, part, text: str) -> None:
    """Append `text` (serialized child elements) to the lxml element `parent` of `part`."""
    pending = _SPLICES.setdefault(part, {})
    name = _MARK.format(len(pending))
    parent.append(etree.Comment(name))
    pending[f"<!--{name}-->".encode()] = text.encode("utf-8")


def stable_bytes(doc) -> bytes:
    """The document's .docx bytes: its parts in python-docx's order, each stamped 1980-01-01."""
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        writer = _Writer(archive)
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        for part in parts:
            writer.write(part.partname, _blob(part))
            if len(part.rels):
                writer.write(part.partname.rels_uri, part.rels.xml)
    return out.getvalue()


def _blob(part) -> bytes:
    """The part's XML with each marker replaced by its text, in one pass."""
    pending = _SPLICES.get(part)
    if not pending:
        return part.blob
    return _MARKER.sub(lambda found: pending[found.group(0)], part.blob)


class _Writer:
    """The one method of python-docx's physical package writer, with fixed zip metadata."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive

    def write(self, pack_uri, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 0
        info.external_attr = 0
        self.archive.writestr(info, blob)
