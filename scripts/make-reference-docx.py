#!/usr/bin/env python3
"""Writes docs/pandoc/reference.docx, the reference document that docs/pandoc-defaults.yaml gives
pandoc for DOCX output. Run from the repository root:

    python3 scripts/make-reference-docx.py                      # writes docs/pandoc/reference.docx
    python3 scripts/make-reference-docx.py --output /tmp/x.docx # CI: regenerate and cmp

It starts from pandoc's own default (`pandoc --print-default-data-file reference.docx`) and adds:

- A4 pages with 2 cm side margins and 2.5 cm top and bottom margins;
- a header with the protective marking (the report's `classification:`) and the organisation
  (the report's `subtitle:`, "organisation, unit"), and a footer with "Page N of M";
- readable styles: 11 pt body text, dark heading and link colours (WCAG AA contrast), and a
  table style with borders, a shaded header row and 9 pt cells for the report's pipe tables.

How the header gets its text: pandoc 2.17 writes every metadata key that is not a core property
(title, author, keywords, lang, subject, description, category) into docProps/custom.xml, so a
report's `subtitle` and `classification` become the custom document properties "subtitle" and
"classification". pandoc copies the header and footer of the reference document unchanged, so
they hold DOCPROPERTY fields naming those properties. The fields are marked dirty
(w:dirty="true", like the table of contents pandoc writes), so Word updates them when it opens the
converted file, after asking. settings.xml also sets updateFields, but pandoc 2.17 copies only the
hyphenation and proofState settings of a reference document into its output, so that setting
only affects the reference document itself. LibreOffice shows the custom properties' values as it
loads the file. PAGE and NUMPAGES are refreshed by every word processor as it lays out the pages.
A report without
`classification:` has no such property; the marking field is wrapped in an IF that compares it with
a property that never exists, so the header then stays blank instead of showing Word's "Error!
Unknown document property name." in any language.

The output is deterministic (stored entries, fixed timestamps and attributes, fixed order) so the
committed file only changes when this script or pandoc's default reference document changes. Only
the Python standard library is used; no word processor is needed.
"""
import argparse
import subprocess
import sys
import zipfile
from xml.dom import minidom

OUTPUT = "docs/pandoc/reference.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# A4 in twentieths of a point, 2 cm side margins, 2.5 cm top and bottom, 1.25 cm to header/footer.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_SIDE, MARGIN_TOP_BOTTOM, MARGIN_HEADER_FOOTER = 1134, 1418, 709
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE  # 9638, for the header and footer tab stops

# Dark blue on white: 8.7:1 contrast, well above WCAG AA (4.5:1) also for small headings;
# pandoc's accent1 (#4F81BD) has 4.0:1.
HEADING_COLOUR = "1F4E79"
MUTED_COLOUR = "404040"  # 10.4:1 on white
BORDER_COLOUR = "7F7F7F"
HEADER_ROW_FILL = "E7EDF5"  # text 000000 on it: 17.8:1

# Names of the custom document properties pandoc 2.17 writes from the report's front matter.
ORGANISATION_PROPERTY = "subtitle"
CLASSIFICATION_PROPERTY = "classification"
# A property no report defines: DOCPROPERTY on it yields Word's "unknown property" error text in
# the user's language, which is what DOCPROPERTY classification yields when the report has none.
MISSING_PROPERTY = "dpia-reference-no-such-property"

ZIP_DATE = (2000, 1, 1, 0, 0, 0)

HEADER_PART, FOOTER_PART = "word/header1.xml", "word/footer1.xml"
HEADER_REL_ID, FOOTER_REL_ID = "rIdDpiaHeader1", "rIdDpiaFooter1"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def default_reference(pandoc: str) -> bytes:
    try:
        data = subprocess.run(
            [pandoc, "--print-default-data-file", "reference.docx"], check=True, capture_output=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"error: cannot get pandoc's default reference.docx from {pandoc!r}: {error}")
    if not data.startswith(b"PK"):
        sys.exit("error: pandoc did not print a DOCX (zip) file")
    return data


def replace_once(text: str, old: str, new: str, part: str) -> str:
    count = text.count(old)
    if count != 1:
        sys.exit(f"error: expected {old!r} once in {part} of pandoc's reference.docx, found it {count} times")
    return text.replace(old, new)


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def field(code: str, cached: str, props: str = "", dirty: bool = True) -> str:
    """A complex field; the cached text is what shows until a word processor updates the field."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(cached, props) if cached else ''}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def nested_field(parts: list, cached: str, props: str = "") -> str:
    """A complex field whose code mixes text and inner fields: parts are str (code) or
    ("field" or "hidden", code) tuples for an inner field."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    out = [f'<w:r>{rpr}<w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>']
    for part in parts:
        if isinstance(part, str):
            out.append(f'<w:r>{rpr}<w:instrText xml:space="preserve">{part}</w:instrText></w:r>')
        else:
            # Inner fields of the condition are hidden text: Word evaluates them all the same,
            # while LibreOffice, which ignores IF and shows every inner field, shows only the
            # visible one.
            out.append(field(part[1], "", props + ("<w:vanish/>" if part[0] == "hidden" else "")))
    out.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>')
    if cached:
        out.append(run(cached, props))
    out.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    return "".join(out)


def header_xml() -> str:
    marking = nested_field(
        [
            ' IF "',
            ("hidden", f"DOCPROPERTY {CLASSIFICATION_PROPERTY}"),
            '" = "',
            ("hidden", f"DOCPROPERTY {MISSING_PROPERTY}"),
            '" "" "',
            ("field", f"DOCPROPERTY {CLASSIFICATION_PROPERTY}"),
            '" ',
        ],
        "",
        "<w:b/><w:bCs/>",
    )
    organisation = field(f"DOCPROPERTY {ORGANISATION_PROPERTY} \\* MERGEFORMAT", "", "")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>'
        f"{marking}</w:p>"
        '<w:p><w:pPr><w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" '
        f'w:color="{BORDER_COLOUR}"/></w:pBdr><w:spacing w:after="240"/></w:pPr>'
        f"{organisation}</w:p>"
        "</w:hdr>"
    )


def footer_xml() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
        f'{run("Page ")}{field("PAGE", "1", dirty=False)}{run(" of ")}'
        f'{field("NUMPAGES", "1", dirty=False)}</w:p>'
        "</w:ftr>"
    )


def section_properties() -> str:
    return (
        f'<w:sectPr><w:headerReference w:type="default" r:id="{HEADER_REL_ID}"/>'
        f'<w:footerReference w:type="default" r:id="{FOOTER_REL_ID}"/>'
        f'<w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP_BOTTOM}" w:right="{MARGIN_SIDE}" w:bottom="{MARGIN_TOP_BOTTOM}" '
        f'w:left="{MARGIN_SIDE}" w:header="{MARGIN_HEADER_FOOTER}" w:footer="{MARGIN_HEADER_FOOTER}" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


HEADER_FOOTER_STYLES = f"""
  <w:style w:type="paragraph" w:styleId="Header">
    <w:name w:val="header" />
    <w:basedOn w:val="Normal" />
    <w:uiPriority w:val="99" />
    <w:unhideWhenUsed />
    <w:pPr>
      <w:tabs>
        <w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}" />
        <w:tab w:val="right" w:pos="{TEXT_WIDTH}" />
      </w:tabs>
      <w:spacing w:after="0" />
    </w:pPr>
    <w:rPr>
      <w:color w:val="{MUTED_COLOUR}" />
      <w:sz w:val="18" />
      <w:szCs w:val="18" />
    </w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:styleId="Footer">
    <w:name w:val="footer" />
    <w:basedOn w:val="Header" />
    <w:uiPriority w:val="99" />
    <w:unhideWhenUsed />
  </w:style>
"""

TABLE_STYLE = f"""<w:style w:type="table" w:default="1" w:styleId="Table">
    <w:name w:val="Table" />
    <w:basedOn w:val="TableNormal" />
    <w:semiHidden />
    <w:unhideWhenUsed />
    <w:qFormat />
    <w:pPr>
      <w:spacing w:before="0" w:after="0" />
    </w:pPr>
    <w:rPr>
      <w:sz w:val="18" />
      <w:szCs w:val="18" />
    </w:rPr>
    <w:tblPr>
      <w:tblInd w:w="0" w:type="dxa" />
      <w:tblBorders>
        <w:top w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
        <w:left w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
        <w:right w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
        <w:insideV w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}" />
      </w:tblBorders>
      <w:tblCellMar>
        <w:top w:w="43" w:type="dxa" />
        <w:left w:w="85" w:type="dxa" />
        <w:bottom w:w="43" w:type="dxa" />
        <w:right w:w="85" w:type="dxa" />
      </w:tblCellMar>
    </w:tblPr>
    <w:tcPr>
      <w:vAlign w:val="top" />
    </w:tcPr>
    <w:tblStylePr w:type="firstRow">
      <w:pPr>
        <w:keepNext />
      </w:pPr>
      <w:rPr>
        <w:b />
        <w:bCs />
      </w:rPr>
      <w:tblPr>
        <w:jc w:val="left"/>
        <w:tblInd w:w="0" w:type="dxa"/>
      </w:tblPr>
      <w:trPr>
        <w:cantSplit />
        <w:jc w:val="left"/>
      </w:trPr>
      <w:tcPr>
        <w:vAlign w:val="bottom"/>
        <w:tcBorders>
          <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{BORDER_COLOUR}" />
        </w:tcBorders>
        <w:shd w:val="clear" w:color="auto" w:fill="{HEADER_ROW_FILL}" />
      </w:tcPr>
    </w:tblStylePr>
  </w:style>"""


def edit_styles(text: str) -> str:
    part = "word/styles.xml"
    # 11 pt body text instead of 12 pt.
    text = replace_once(
        text,
        '<w:sz w:val="24" />\n        <w:szCs w:val="24" />\n        <w:lang',
        '<w:sz w:val="22" />\n        <w:szCs w:val="22" />\n        <w:lang',
        part,
    )
    # Headings, the title and links: a dark blue instead of accent1 (#4F81BD, 3.9:1 on white).
    for old in (
        '<w:color w:val="4F81BD" w:themeColor="accent1" />',
        '<w:color w:val="345A8A" w:themeColor="accent1" w:themeShade="B5" />',
        '<w:color w:val="365F91" w:themeColor="accent1" w:themeShade="BF" />',
    ):
        if old not in text:
            sys.exit(f"error: expected {old!r} in {part} of pandoc's reference.docx")
        text = text.replace(old, f'<w:color w:val="{HEADING_COLOUR}" />')
    # Chapters (## in the report) start on a new page, like the HTML print rules.
    text = replace_once(
        text,
        '<w:spacing w:before="200" w:after="0" />\n      <w:outlineLvl w:val="1" />',
        '<w:pageBreakBefore />\n      <w:spacing w:before="0" w:after="120" />\n      <w:outlineLvl w:val="1" />',
        part,
    )
    # Code spans (question and finding ids) at the size of the surrounding text.
    text = replace_once(
        text,
        '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" />\n      <w:sz w:val="22" />',
        '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" />\n      <w:sz w:val="20" />',
        part,
    )
    start = text.find('<w:style w:type="table" w:default="1" w:styleId="Table">')
    end = text.find("</w:style>", start) + len("</w:style>")
    if start < 0 or end < len("</w:style>"):
        sys.exit(f"error: no table style 'Table' in {part} of pandoc's reference.docx")
    text = text[:start] + TABLE_STYLE + text[end:]
    return replace_once(text, "</w:styles>", HEADER_FOOTER_STYLES + "</w:styles>", part)


def edit_document(text: str) -> str:
    return replace_once(text, "<w:sectPr />", section_properties(), "word/document.xml")


def edit_relationships(text: str) -> str:
    rels = (
        f'<Relationship Type="{REL_NS}/header" Id="{HEADER_REL_ID}" Target="header1.xml" />'
        f'<Relationship Type="{REL_NS}/footer" Id="{FOOTER_REL_ID}" Target="footer1.xml" />'
    )
    return replace_once(text, "</Relationships>", rels + "</Relationships>", "word/_rels/document.xml.rels")


def edit_content_types(text: str) -> str:
    overrides = (
        f'<Override PartName="/{HEADER_PART}" ContentType="{HEADER_TYPE}" />'
        f'<Override PartName="/{FOOTER_PART}" ContentType="{FOOTER_TYPE}" />'
    )
    return replace_once(text, "</Types>", overrides + "</Types>", "[Content_Types].xml")


def edit_settings(text: str) -> str:
    # Word updates every field when it opens this document (after asking). pandoc 2.17 does not
    # copy this setting into its output; the dirty flags on the fields do that job there.
    return replace_once(
        text,
        "<w:savePreviewPicture />",
        '<w:savePreviewPicture />\n  <w:updateFields w:val="true" />',
        "word/settings.xml",
    )


EDITS = {
    "word/styles.xml": edit_styles,
    "word/document.xml": edit_document,
    "word/_rels/document.xml.rels": edit_relationships,
    "[Content_Types].xml": edit_content_types,
    "word/settings.xml": edit_settings,
}


def build(source: bytes) -> list:
    import io

    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    missing = [name for name in EDITS if name not in parts]
    if missing:
        sys.exit(f"error: pandoc's reference.docx lacks {', '.join(missing)}")
    for name, edit in EDITS.items():
        parts[name] = edit(parts[name].decode("utf-8")).encode("utf-8")
    parts[HEADER_PART] = header_xml().encode("utf-8")
    parts[FOOTER_PART] = footer_xml().encode("utf-8")
    for name, data in parts.items():
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                minidom.parseString(data)
            except Exception as error:  # xml.parsers.expat.ExpatError and friends
                sys.exit(f"error: {name} is not well-formed XML after editing: {error}")
    # [Content_Types].xml first, as Office writes it; then a fixed order.
    order = sorted(parts, key=lambda name: (name != "[Content_Types].xml", name))
    return [(name, parts[name]) for name in order]


def write(entries: list, path: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED  # no dependence on the zlib version
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=OUTPUT, help=f"where to write (default {OUTPUT})")
    parser.add_argument("--pandoc", default="pandoc", help="the pandoc executable (default pandoc)")
    args = parser.parse_args()
    write(build(default_reference(args.pandoc)), args.output)


if __name__ == "__main__":
    main()
