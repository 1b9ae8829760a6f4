"""A blank document in the Nghị định 30 house style, free of python-docx's template defaults."""

from __future__ import annotations

import copy
import functools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from tdkt.docx import xml

# Phụ lục I, Nghị định 30/2020: A4, margins top/bottom 20–25, left 30–35, right 15–20 mm.
PAGE = {"width": Mm(210), "height": Mm(297), "top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH = PAGE["width"] - PAGE["left"] - PAGE["right"]
BODY_PT = 14
FIRST_LINE_INDENT = Cm(1.27)
SPACE_AFTER = Pt(6)
LINE_SPACING = 1.15
PAGE_NUMBER_PT = 13

# (name, size pt, bold, italic, alignment, first-line indent, keep with next)
PARAGRAPH_STYLES = (
    ("TDKT Body", BODY_PT, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, False),
    ("TDKT Heading 1", BODY_PT, True, False, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, True),
    ("TDKT Heading 2", BODY_PT, True, False, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, True),
    ("TDKT Heading 3", BODY_PT, True, True, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, True),
    ("TDKT Heading 4", BODY_PT, False, True, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, True),
    ("TDKT Center", BODY_PT, False, False, WD_ALIGN_PARAGRAPH.CENTER, None, False),
    ("TDKT Table", 12, False, False, WD_ALIGN_PARAGRAPH.LEFT, None, False),
)
STYLE_OF_KIND = {
    "body": "TDKT Body",
    "heading1": "TDKT Heading 1",
    "heading2": "TDKT Heading 2",
    "heading3": "TDKT Heading 3",
    "heading4": "TDKT Heading 4",
    "center": "TDKT Center",
}


def new_document():
    """A python-docx Document set up for Nghị định 30: page, fonts, language, styles, page numbers.

    Each is a deep copy of one prepared in the process (a few ms instead of ~50: python-docx
    would read its default template and the setup would scan its 170 styles again). Only
    the parts' root elements are referenced from Python objects, so the copy is whole.
    """
    return copy.deepcopy(_prepared())


def style_id(name: str) -> str:
    """The id of one of our paragraph styles, without python-docx's scan of every style."""
    return _style_ids()[name]


@functools.cache
def _style_ids() -> dict[str, str]:
    styles = _prepared().styles
    return {name: styles[name].style_id for name, *_ in PARAGRAPH_STYLES}


@functools.cache
def _prepared():
    doc = Document()
    _drop_thumbnail(doc)
    _page_setup(doc)
    _defaults(doc)
    _styles(doc)
    _page_numbers(doc)
    _settings(doc)
    _only_used_styles(doc)
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    return doc


def _drop_thumbnail(doc) -> None:
    rels = doc.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rel_id]


def _only_used_styles(doc) -> None:
    """Keep the styles a document can reach (the defaults, ours, those the template's parts
    name, and what they are based on or linked to) and drop Word 2010's stylesWithEffects
    copy, which still carries the template's theme fonts. python-docx's template defines
    170 styles (350 KB of XML, twice over): every document would copy, write and compress
    them, a third of a short document's cost."""
    styles = doc.styles.element
    defined = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
    wanted = {sid for sid, s in defined.items() if s.get(qn("w:default")) in ("1", "true")}
    wanted |= {style_of.get(qn("w:val")) for part in doc.part.package.parts if part.partname != "/word/styles.xml"
               and getattr(part, "element", None) is not None
               for style_of in part.element.iter(qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))}
    wanted |= {doc.styles[name].style_id for name, *_ in PARAGRAPH_STYLES}
    todo = list(wanted)
    while todo:
        style = defined.get(todo.pop())
        for link in () if style is None else style.iter(qn("w:basedOn"), qn("w:next"), qn("w:link")):
            if link.get(qn("w:val")) not in wanted:
                wanted.add(link.get(qn("w:val")))
                todo.append(link.get(qn("w:val")))
    for sid, style in defined.items():
        if sid not in wanted:
            styles.remove(style)
    rels = doc.part.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del rels[rel_id]


def _page_setup(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE["width"], PAGE["height"]
    section.top_margin, section.bottom_margin = PAGE["top"], PAGE["bottom"]
    section.left_margin, section.right_margin = PAGE["left"], PAGE["right"]
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _defaults(doc) -> None:
    """docDefaults and every style: Times New Roman in all slots, vi-VN, no theme fonts."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    xml.set_fonts(rpr_default)
    xml.set_size(rpr_default, BODY_PT * 2)
    ppr_default = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr_default.find(qn("w:spacing"))
    if spacing is not None:
        ppr_default.remove(spacing)
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in list(fonts.attrib):
            if attr.lower().endswith("theme"):  # cstheme too
                del fonts.attrib[attr]
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), xml.FONT)
    for language in styles.iter(qn("w:lang")):
        language.set(qn("w:val"), xml.LANG)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    xml.set_fonts(normal.element.get_or_add_rPr())
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _styles(doc) -> None:
    for name, size, bold, italic, align, indent, keep in PARAGRAPH_STYLES:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.first_line_indent = indent
        fmt.space_before, fmt.space_after = Pt(0), (SPACE_AFTER if name != "TDKT Table" else Pt(2))
        fmt.line_spacing = LINE_SPACING if name != "TDKT Table" else 1.0
        fmt.keep_with_next = keep
        fmt.widow_control = True


def _page_numbers(doc) -> None:
    """Page number centred in the top margin from page 2 on; page 1 has an empty header."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    xml.page_field(paragraph)
    for run in paragraph.runs:
        run.font.size = Pt(PAGE_NUMBER_PT)


def _settings(doc) -> None:
    """The default settings' w:zoom lacks the required percent attribute; give it one."""
    zoom = doc.settings.element.find(qn("w:zoom"))
    if zoom is not None:
        zoom.set(qn("w:percent"), "100")
