"""Lay out a DocumentSpec as a .docx in the Nghị định 30 form."""

from __future__ import annotations

from datetime import datetime

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Emu, Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from tdkt.docx import package, xml
from tdkt.docx.base import PAGE, STYLE_OF_KIND, TEXT_WIDTH, new_document, style_id
from tdkt.docx.metrics import text_width_pt
from tdkt.docx.spec import MOTTO, NATIONAL_TITLE, AppendixSpec, DocumentSpec
from tdkt.markup.tree import PageBreak, Paragraph, Run, Section, Table

# letterhead: 78 mm | 95 mm, centred, 4 mm into each margin so that a two-word parent agency
# and the Quốc hiệu (88 mm at 12 pt bold) fit on one line each, as office templates do
LETTERHEAD_WIDTHS = (Mm(78), Mm(95))
SIGNATURE_SPLIT = 0.5
SIGNING_SPACE_LINES = 5  # room for the signature and the seal
RULE_SHARE = 0.4  # rules under the agency name and the subject: 1/3–1/2 of the text line
TABLE_CELL_MARGIN = 57  # twips: 1 mm each side, so a date fits a 23 mm column
CORE_PROPERTY_LIMIT = 255  # characters python-docx accepts in a core property
LANDSCAPE_TEXT_WIDTH = PAGE["height"] - PAGE["left"] - PAGE["right"]


def build(spec: DocumentSpec) -> bytes:
    """The document as .docx bytes; the same spec always gives the same bytes."""
    doc = new_document()
    _letterhead(doc, spec)
    _title(doc, spec)
    if spec.addressees:
        _addressees(doc, spec.addressees)
    for index, block in enumerate(spec.body):
        _block(doc, block, ends_body=index == len(spec.body) - 1)
    _signature(doc, spec)
    for appendix in spec.appendices:
        _appendix(doc, appendix)
    _properties(doc, spec)
    return _stable_bytes(doc)


# -- letterhead ---------------------------------------------------------------------------

def _letterhead(doc, spec: DocumentSpec) -> None:
    """Row 1: agencies | Quốc hiệu, Tiêu ngữ (with their rules). Row 2: Số | place and date."""
    left_w, right_w = LETTERHEAD_WIDTHS
    table = _borderless_table(doc, (left_w, right_w), rows=2)
    (left, right), (number_cell, date_cell) = (row.cells for row in table.rows)
    agency = [line.upper() for line in (spec.agency_lines or (spec.agency,))]
    lines = [(line.upper(), 12, False, False) for line in spec.parent]
    lines += [(line, 12, True, False) for line in agency]
    _cell_lines(left, lines)
    longest = max(_longest_line_pt(line, 12, True, left_w) for line in agency)
    _rule(left, longest * RULE_SHARE, left_w)
    _cell_lines(right, [(NATIONAL_TITLE, 12, True, False), (MOTTO, 13, True, False)])
    _rule(right, text_width_pt(MOTTO, 13, bold=True), right_w)
    for cell, text, italic in ((number_cell, spec.number_line, False), (date_cell, spec.place_date, True)):
        paragraph = cell.paragraphs[0]
        _center(paragraph)
        paragraph.paragraph_format.space_before = Pt(6)
        _run(paragraph, text, 13 if not italic else 14, italic=italic)


def _title(doc, spec: DocumentSpec) -> None:
    kind = doc.add_paragraph()
    _center(kind)
    kind.paragraph_format.space_before = Pt(18)
    _run(kind, spec.kind.upper(), 14, bold=True)
    subject = doc.add_paragraph()
    _center(subject)
    _run(subject, spec.subject, 14, bold=True)
    if spec.attachment_note:
        note = doc.add_paragraph()
        _center(note)
        _run(note, spec.attachment_note, 14, italic=True)
    rule_pt = min(text_width_pt(spec.subject, 14, bold=True), Emu(TEXT_WIDTH).pt) * RULE_SHARE
    _rule_paragraph(doc.add_paragraph(), rule_pt, TEXT_WIDTH)
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)
    _run(spacer, "", 6)


def _addressees(doc, addressees: tuple[str, ...]) -> None:
    """'Kính gửi:' on the same line for one recipient, one per line for several."""
    if len(addressees) == 1:
        paragraph = doc.add_paragraph()
        _center(paragraph)
        paragraph.paragraph_format.space_after = Pt(12)
        _run(paragraph, f"Kính gửi: {_ended(addressees[0], '.')}", 14)
        return
    label = "Kính gửi: "
    indent = Pt(text_width_pt(label, 14))
    for i, name in enumerate(addressees):
        paragraph = doc.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent = Emu(int(TEXT_WIDTH * 0.25)) + (indent if i else 0)
        fmt.space_after = Pt(0)
        last = i == len(addressees) - 1
        _run(paragraph, (label if i == 0 else "") + "- " + _ended(name, "." if last else ";"), 14)
    doc.add_paragraph().paragraph_format.space_after = Pt(6)


# -- body -----------------------------------------------------------------------------------

def _block(doc, block, ends_body: bool = False) -> None:
    if isinstance(block, Paragraph):
        paragraph = xml.body_paragraph(doc)
        paragraph._p.style = style_id(STYLE_OF_KIND[block.kind])  # as `style=` sets it, without the scan
        _runs(paragraph, block.runs)
    elif isinstance(block, Table):
        _table(doc, block, ends_body)
    elif isinstance(block, PageBreak):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif isinstance(block, Section):
        _section(doc, block.landscape)


def _section(doc, landscape: bool) -> None:
    """A new page in the given orientation, with the same margins (Nghị định 30 allows landscape)."""
    if (doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE) == landscape:
        return
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False  # only the document's first page has no number
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = PAGE["height"], PAGE["width"]
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _text_width(doc) -> int:
    return LANDSCAPE_TEXT_WIDTH if doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE else TEXT_WIDTH


def _appendix(doc, appendix: AppendixSpec) -> None:
    """A phụ lục on a new page: its heading, title, "(Kèm theo …)" note and body."""
    if appendix.landscape:
        _section(doc, True)
    else:
        if doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE:
            _section(doc, False)
        else:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for i, (text, bold, italic) in enumerate([(appendix.heading, True, False), *((t, True, False) for t in appendix.title),
                                              (appendix.note, False, True)]):
        paragraph = doc.add_paragraph()
        _center(paragraph)
        paragraph.paragraph_format.keep_with_next = True
        if i == len(appendix.title) + 1:
            paragraph.paragraph_format.space_after = Pt(12)
        _run(paragraph, text, 14, bold=bold, italic=italic)
    for block in appendix.body:
        _block(doc, block)


def _runs(paragraph, runs: tuple[Run, ...], size: int | None = None) -> None:
    for run in runs:
        parts = run.text.split("\n")
        for i, part in enumerate(parts):
            r = xml.add_text_run(paragraph, part)
            if run.bold:
                r.bold = True
            if run.italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if i < len(parts) - 1:
                r.add_break()


def _table(doc, block: Table, ends_body: bool = False) -> None:
    """A bordered table with a repeated header row; cells written straight to XML for speed."""
    total = sum(block.widths)
    text_width = _text_width(doc)
    widths = [Emu(int(text_width * w / total)) for w in block.widths]
    _keep_with_what_follows(doc)  # a heading or "… như sau:" stays with its table
    table = doc.add_table(rows=1, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    xml.table_borders(table, "single")
    xml.table_cell_margins(table, TABLE_CELL_MARGIN, TABLE_CELL_MARGIN)
    xml.table_fixed_layout(table)
    for column, width in zip(table.columns, widths):
        column.width = width
    header = table.rows[0]
    xml.repeat_header_row(header)
    for cell, runs, width in zip(header.cells, block.header, widths):
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph._p.style = style_id("TDKT Table")
        _center(paragraph)
        paragraph.paragraph_format.keep_with_next = bool(block.rows)  # never a header alone at a page's foot
        _runs(paragraph, tuple(Run(r.text, True, r.italic) for r in runs))
    align = block.align or ("left",) * len(widths)
    xml.append_table_rows(table, block.rows, [Emu(w).twips for w in widths], align, style_id("TDKT Table"), ends_body)
    after = doc.add_paragraph()
    after.paragraph_format.space_after = Pt(6)
    _run(after, "", 6)


# characters: a closing of about one line takes the paragraph before it along. A longer
# one (a decision's Điều 3) goes alone with the signature, as offices print it, rather
# than pulling a whole article over and leaving a third of the page before it blank.
SHORT_CLOSING = 100


def _keep_closing_with_signature(doc) -> None:
    """The closing paragraph goes to the next page with the signature, never the signature
    alone; a short closing takes the paragraph before it too, so that a page never holds
    just one sentence and the signature."""
    closing = _last_block(doc)
    if closing is None or closing.tag != xml.qn("w:p"):
        return
    DocxParagraph(closing, doc._body).paragraph_format.keep_with_next = True
    before = closing.getprevious()
    if len("".join(t.text or "" for t in closing.iter(xml.qn("w:t")))) < SHORT_CLOSING and before is not None \
            and before.tag == xml.qn("w:p"):
        DocxParagraph(before, doc._body).paragraph_format.keep_with_next = True


def _last_block(doc):
    """The body's last paragraph or table (before the section properties), if any."""
    last = doc.element.body[-1] if len(doc.element.body) else None
    if last is not None and last.tag == xml.qn("w:sectPr"):
        last = last.getprevious()
    return last


def _keep_with_what_follows(doc) -> None:
    """The body's last block, when a paragraph, keeps with the next one."""
    last = _last_block(doc)
    if last is not None and last.tag == xml.qn("w:p"):
        DocxParagraph(last, doc._body).paragraph_format.keep_with_next = True


# -- signature and recipients ---------------------------------------------------------------

def _signature(doc, spec: DocumentSpec) -> None:
    _keep_closing_with_signature(doc)
    left_w = Emu(int(TEXT_WIDTH * SIGNATURE_SPLIT))
    table = _borderless_table(doc, (left_w, Emu(TEXT_WIDTH - left_w)))
    xml.cant_split_row(table.rows[0])
    left, right = table.rows[0].cells
    if spec.countersign_lines:  # names level with each other: the shorter block gets blank lines
        width = Emu(TEXT_WIDTH - left_w)
        rows = [_wrapped_lines(spec.countersign_lines, left_w), _wrapped_lines(spec.signature_lines, width)]
        _signature_block(left, spec.countersign_lines, spec.countersign_name, max(rows) - rows[0])
        _signature_block(right, spec.signature_lines, spec.signer_name, max(rows) - rows[1])
        return
    label = left.paragraphs[0]
    label.paragraph_format.space_before = Pt(6)
    _run(label, "Nơi nhận:", 12, bold=True, italic=True)
    items = [*(_ended(r, ";") for r in _recipients(spec)), _ended(spec.filing, ".")]
    for item in items:
        paragraph = left.add_paragraph()
        _run(paragraph, f"- {item}", 11)
    _signature_block(right, spec.signature_lines, spec.signer_name)


AS_ABOVE = "Như trên"


def _recipients(spec: DocumentSpec) -> tuple[str, ...]:
    """Nơi nhận: an addressed document (Kính gửi) lists its addressees first, as "Như trên"."""
    listed = spec.recipients
    if spec.addressees and not any(r.strip().rstrip(";.").strip().lower() == AS_ABOVE.lower() for r in listed):
        return (AS_ABOVE, *listed)
    return listed


def _wrapped_lines(lines: tuple[str, ...], width: Emu) -> int:
    """How many printed lines the upper-case bold 14 pt signature lines take in `width`."""
    total = 0
    for line in lines:
        count, current = 1, ""
        for word in line.upper().split():
            candidate = f"{current} {word}".strip()
            if current and text_width_pt(candidate, 14, bold=True) > width.pt:
                count, current = count + 1, word
            else:
                current = candidate
        total += count
    return total


def _signature_block(cell, lines: tuple[str, ...], signer: str, padding: int = 0) -> None:
    """Quyền hạn, chức vụ (upper, bold), room to sign, the name (bold), centred in `cell`."""
    first = cell.paragraphs[0]
    first.paragraph_format.space_before = Pt(6)
    _center(first)
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph()
        _center(paragraph)
        _run(paragraph, line.upper(), 14, bold=True)
    for _ in range(SIGNING_SPACE_LINES + padding):
        _run(cell.add_paragraph(), "", 14)
    name = cell.add_paragraph()
    _center(name)
    _run(name, signer, 14, bold=True)


# -- helpers --------------------------------------------------------------------------------

def _borderless_table(doc, widths: tuple[Emu, ...], rows: int = 1):
    table = doc.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    xml.table_borders(table, "nil")
    xml.table_cell_margins(table, 0, 0)
    xml.table_fixed_layout(table)
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    return table


def _cell_lines(cell, lines, first: bool = True) -> None:
    for i, (text, size, bold, italic) in enumerate(lines):
        paragraph = cell.paragraphs[0] if (first and i == 0) else cell.add_paragraph()
        _center(paragraph)
        _run(paragraph, text, size, bold=bold, italic=italic)


def _rule(cell, length_pt: float, cell_width: Emu) -> None:
    _rule_paragraph(cell.add_paragraph(), length_pt, cell_width)


def _rule_paragraph(paragraph, length_pt: float, width: Emu) -> None:
    """An empty paragraph whose bottom border, narrowed by indents, is the rule."""
    side = max(0, int((width - Pt(length_pt)) / 2))
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Emu(side)
    fmt.first_line_indent = Pt(0)
    fmt.space_before, fmt.space_after = Pt(2), Pt(0)
    fmt.line_spacing = Pt(3)
    _run(paragraph, "", 2)
    xml.bottom_border(paragraph)


def _longest_line_pt(text: str, size: int, bold: bool, width: Emu) -> float:
    """Width of the longest line `text` wraps into within `width` (greedy word wrap)."""
    limit, line, longest = width.pt, "", 0.0
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width_pt(candidate, size, bold) > limit:
            longest = max(longest, text_width_pt(line, size, bold))
            line = word
        else:
            line = candidate
    return max(longest, text_width_pt(line, size, bold))


def _center(paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.space_after = fmt.space_after if fmt.space_after is not None else Pt(0)


def _run(paragraph, text: str, size: int, bold: bool = False, italic: bool = False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    return run


def _ended(text: str, mark: str) -> str:
    """Text ending in exactly one `mark` (`;` for recipients, `.` for the last line)."""
    return text.rstrip().rstrip(";.,") + mark


def _properties(doc, spec: DocumentSpec) -> None:
    props = doc.core_properties
    stamp = datetime(spec.issued.year, spec.issued.month, spec.issued.day)
    props.title = _property(f"{spec.kind} {spec.subject}")
    props.subject = _property(spec.subject)
    props.author = props.last_modified_by = _property(spec.agency)
    props.keywords = _property(", ".join(spec.keywords))
    props.comments = props.category = props.content_status = props.identifier = ""
    props.language = "vi-VN"
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.revision = 1


def _property(text: str) -> str:
    """A core property within python-docx's limit (the document itself keeps the whole text)."""
    return text if len(text) <= CORE_PROPERTY_LIMIT else text[: CORE_PROPERTY_LIMIT - 1] + "…"


def _stable_bytes(doc) -> bytes:
    """The zip with fixed timestamps, so equal documents are equal bytes (one pass)."""
    return package.stable_bytes(doc)
