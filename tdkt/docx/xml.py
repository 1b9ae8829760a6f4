"""Raw-XML helpers for what python-docx lacks, each inserting in schema order."""

from __future__ import annotations

import re


from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FONT = "Times New Roman"
LANG = "vi-VN"

# w:rPr children in the order of CT_RPr (ISO 29500), for inserting at the right place
_RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
)


def _set_child(parent, tag: str, order: tuple[str, ...]):
    """The child `tag` of `parent`, created in schema order if absent."""
    existing = parent.find(qn(tag))
    if existing is not None:
        return existing
    element = OxmlElement(tag)
    successors = order[order.index(tag) + 1 :]
    for successor in successors:
        found = parent.find(qn(successor))
        if found is not None:
            found.addprevious(element)
            return element
    parent.append(element)
    return element


def set_fonts(rpr, font: str = FONT, lang: str = LANG) -> None:
    """Every rFonts slot (ascii, hAnsi, eastAsia, cs) to `font`, no theme fonts; language `lang`."""
    fonts = _set_child(rpr, "w:rFonts", _RPR_ORDER)
    for attr in list(fonts.attrib):
        if attr.lower().endswith("theme"):  # asciiTheme, hAnsiTheme, eastAsiaTheme, cstheme
            del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)
    language = _set_child(rpr, "w:lang", _RPR_ORDER)
    for slot in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(slot), lang)


def set_size(rpr, half_points: int) -> None:
    """Font size on a w:rPr, for both the sz and szCs slots."""
    for tag in ("w:sz", "w:szCs"):
        _set_child(rpr, tag, _RPR_ORDER).set(qn("w:val"), str(half_points))


def bottom_border(paragraph, size_eighths: int = 6) -> None:
    """A solid line under a paragraph (the rules of Nghị định 30)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = _set_child(ppr, "w:pBdr", _PPR_ORDER)
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)


def table_borders(table, value: str) -> None:
    """All six border edges of a table: `nil` (none) or `single`."""
    tblpr = table._tbl.tblPr
    borders = _set_child(tblpr, "w:tblBorders", _TBLPR_ORDER)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            for key, val in (("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
                element.set(qn(key), val)
        borders.append(element)


def table_cell_margins(table, left_twips: int, right_twips: int) -> None:
    """Left and right cell margins of a whole table."""
    margins = _set_child(table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
    for edge, value in (("left", left_twips), ("right", right_twips)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)


def table_fixed_layout(table) -> None:
    layout = _set_child(table._tbl.tblPr, "w:tblLayout", _TBLPR_ORDER)
    layout.set(qn("w:type"), "fixed")


def repeat_header_row(row) -> None:
    """Repeat a table's first row at the top of each page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))  # bare, as Word writes it


def cant_split_row(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.insert(0, OxmlElement("w:cantSplit"))


def page_field(paragraph) -> None:
    """A PAGE field (the page number) in a paragraph, as begin/instr/separate/end runs."""
    def run_with(child):
        run = paragraph.add_run()
        run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def body_paragraph(doc):
    """A new paragraph at the end of the body, as `doc.add_paragraph()` makes it.

    python-docx finds the body's closing w:sectPr by scanning every child, for every
    paragraph added: quadratic in a long body. It is always the last child.
    """
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    p = OxmlElement("w:p")
    last = body[-1] if len(body) else None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, doc._body)


def add_text_run(paragraph, text: str):
    """`paragraph.add_run(text)` without clearing the new run first (an XPath query per run)."""
    from docx.oxml.text.run import _RunContentAppender
    from docx.text.run import Run

    r = paragraph._p.add_r()
    if text:
        _RunContentAppender.append_to_run_from_text(r, text)
    return Run(r, paragraph)


_JC = {"center": "center", "right": "right", "left": "left"}
# characters XML 1.0 cannot carry (tab and newline become w:tab and w:br)
_NOT_XML = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
# what text must become in XML, as lxml writes it (a carriage return too); the library's
# xml.sax.saxutils would bring urllib, http and ssl into every document command
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_SPECIAL = re.compile("[\x00-\x1f&<>\ufffe\uffff]").search  # text that needs `_run_xml`'s care


def _run_xml(text: str, bold: bool, italic: bool) -> str:
    """A w:r exactly as lxml serializes it (empty elements as `<x/>`), so splicing is invisible."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = []
    for i, line in enumerate(text.translate(_NOT_XML).split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{piece.translate(_ESCAPES)}</w:t>')
    inner = props + "".join(parts)
    return f"<w:r>{inner}</w:r>" if inner else "<w:r/>"


def table_rows_xml(rows, widths_twips, align, style_id: str, ends_body: bool = False) -> str:
    """Body rows (each a sequence of cells, each a sequence of runs) as WordprocessingML text.

    Rows do not split across pages; each cell has one paragraph in `style_id`, aligned as
    `align` says. The first row keeps with the second and the last but one with the last,
    so that a page never holds a table's single row, and a row naming a group keeps with
    the group's first row. The text is what lxml would write for
    these elements, byte for byte.
    """
    def openings(keep: str) -> list[str]:
        return [f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{style_id}"/>'
                f'{keep}<w:jc w:val="{_JC.get(how, "left")}"/></w:pPr>' for width, how in zip(widths_twips, align)]

    loose, kept = openings(""), openings("<w:keepNext/>")
    held = {0, len(rows) - 2} if len(rows) > 1 else set()
    held |= {index for index, row in enumerate(rows[:-1]) if _names_a_group(row)}
    if ends_body and rows:  # the last rows go with the signature: it never stands alone on a page
        held |= {len(rows) - 1, len(rows) - 2} - {-1}
    chunks = []
    for index, row in enumerate(rows):
        chunks.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>')
        for runs, start in zip(row, kept if index in held else loose):
            chunks.append(start)
            for r in runs:
                text = r.text
                if not r.bold and not r.italic and text and not _SPECIAL(text):  # most cells: plain text
                    chunks.append(f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>')
                else:
                    chunks.append(_run_xml(text, r.bold, r.italic))
            chunks.append("</w:p></w:tc>")
        chunks.append("</w:tr>")
    return "".join(chunks)


def _names_a_group(row) -> bool:
    """A row naming the group of rows under it (a unit in a consolidated list): some cells
    empty, the others all bold. It stays on the page of the first row it heads."""
    filled = [runs for runs in row if runs]
    return 0 < len(filled) < len(row) and all(r.bold for runs in filled for r in runs)


def append_table_rows(table, rows, widths_twips, align, style_id: str, ends_body: bool = False) -> None:
    """Append body rows to a table, as ready text written in place when the document is saved.

    python-docx's cell API re-resolves styles and widths for every cell, which takes
    seconds on tables of thousands of rows; parsing the rows' XML into the tree and
    serializing it back still took most of a long list's time. Saving with
    `package.stable_bytes` puts the text where the rows belong.
    """
    from tdkt.docx.package import splice

    splice(table._tbl, table.part, table_rows_xml(rows, widths_twips, align, style_id, ends_body))
