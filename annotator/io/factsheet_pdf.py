"""The PDF fact sheet: the HTML fact sheet laid out by Qt's rich-text engine.

QTextDocument understands only a subset of CSS (no grid, flex, var() or rem), so the
page is first reshaped into what it does lay out (`qt_html`), with a print stylesheet of
its own. It is then painted page by page on a QPdfWriter, so that every page gets a
footer reading "Page n / N" (QTextDocument.print_ would only put a bare number there).
That footer is the one label written here; it comes from annotator.io.labels in the
language of the sheet (its <html lang>), like every word of the HTML sheet.

Qt is imported inside the functions: the io layer stays importable without Qt
(tests/test_layers.py), and only a PDF export pays for loading QtGui. This is the one
io module allowed QtGui (ARCHITECTURE.md), and never QtWidgets.
"""

from __future__ import annotations

import functools
import os

import lxml.html
from lxml import etree

from annotator import APP_NAME
from annotator.io.labels import label
from annotator.io.labels import language as label_language

DPI = 300
MARGINS_MM = (15.0, 16.0, 15.0, 12.0)  # left, top, right, bottom
FOOTER_MM = 8.0  # taken from the bottom of the printable area, below the text
# The template's stylesheet is written for browsers; Qt would apply it only in part.
# This one keeps to what Qt supports: tag and class selectors, font sizes in points,
# boxes in px (Qt scales px to the printer as browsers do, but ignores pt there).
PDF_CSS = """
body { font-family: Georgia, "DejaVu Serif", "Noto Serif", serif; font-size: 10.5pt;
       color: #1b1d21; }
h1, h2, h3, th, .kicker, .dateline, .summary, .item-foot, .colophon, .legend, .num,
.status, .ref, .warning { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 20pt; margin-top: 2px; margin-bottom: 8px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 8px; }
h3 { font-size: 9pt; margin-top: 16px; margin-bottom: 4px; text-transform: uppercase; }
.kicker { font-size: 8pt; font-weight: bold; color: #b3261e; text-transform: uppercase;
          margin-bottom: 0; }
.dateline, .item-foot, .colophon, .count, .empty, .ev-date, .legend-note, th, .label {
  color: #5a626d; }
.dateline, .item-foot, .colophon, .legend, .label { font-size: 8pt; }
a { color: #1f4e96; text-decoration: none; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
th { text-align: left; font-weight: normal; font-size: 8.5pt; padding: 1px 12px 1px 0; }
th, td { vertical-align: baseline; }
.summary-total { font-size: 10pt; margin-bottom: 4px; }
.label { font-weight: bold; text-transform: uppercase; margin-bottom: 0; }
.chips { font-size: 9pt; margin-top: 0; }
.items { list-style-type: none; }
.item-head { margin-top: 10px; margin-bottom: 2px; }
.num { background-color: #1b1d21; color: #ffffff; font-weight: bold; font-size: 8pt; }
.status.status-to_check, .status.status-in_progress, .status.status-verified, .status.status-false,
.status.status-misleading, .status.status-unverifiable, .status.status-other {
  font-weight: bold; font-size: 8pt; color: #3e4752; background-color: #eef0f3; }
.status.status-to_check { color: #1f4e96; background-color: #e9effb; }
.status.status-in_progress { color: #5b2a86; background-color: #f1e9f9; }
.status.status-verified { color: #1b5e34; background-color: #e5f4e9; }
.status.status-false { color: #9f1d16; background-color: #fbe8e6; }
.status.status-misleading { color: #8a4600; background-color: #fdf0dc; }
.item-meta { font-size: 9pt; margin-left: 24px; }
.note, .ev-note { white-space: pre-line; }
.item-foot { margin-left: 24px; margin-top: 2px; }
.warning { color: #6b3a00; background-color: #fff4e0; font-size: 8.5pt; margin-left: 24px; }
.ev-title { font-weight: bold; }
.text-body p { line-height: 150%; margin-bottom: 8px; }
sup.ref { font-size: 10pt; font-weight: bold; }
.ref a { color: #b3261e; }
.colophon { margin-top: 24px; }
"""
# HTML5 elements Qt does not know; as <div> they are blocks again.
_SECTIONING = ("section", "header", "main", "footer", "article", "nav", "aside")
_GAP = "\u2002"  # an en space: Qt has no CSS margins or gaps between inline pieces

_gui_app = None  # kept alive while the process runs; see _ensure_gui_app


def render_pdf(html: str, title: str) -> bytes:
    """The HTML fact sheet as an A4 PDF with "Page n / N" in every page's footer.

    Creates a QGuiApplication if there is none (see _ensure_gui_app); call it from the
    thread that owns the application. Loads no file and nothing from the network.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    _ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter))

    doc = _offline_document_class()()
    doc.setDocumentMargin(0)
    # Laid out for the writer, so that points are printer points and images keep size.
    doc.documentLayout().setPaintDevice(writer)
    root = _qt_tree(html)
    lang = label_language(root.get("lang"))
    doc.setHtml(lxml.html.tostring(root, encoding="unicode"))
    # The painter's origin is the top left of the printable area (inside the margins).
    area = writer.pageLayout().paintRectPixels(DPI)
    footer = FOOTER_MM / 25.4 * DPI
    page = QSizeF(area.width(), area.height() - footer)
    doc.setPageSize(page)
    count = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("cannot paint the PDF (QPdfWriter refused to start)")
    try:
        for index in range(count):
            if index:
                writer.newPage()
            _paint_page(painter, doc, index, page)
            _paint_footer(painter, title, label("page", lang, n=index + 1, count=count),
                          page.width(), area.height() - footer, footer)
    finally:
        painter.end()
    buffer.close()
    return bytes(data)


def qt_html(html: str) -> str:
    """The fact sheet reshaped for Qt's rich-text engine (the PDF, or a Qt preview).

    Qt ignores grid, flex and display rules, so what they lay out in a browser is
    rewritten as what Qt lays out: definition lists become tables, an item's number,
    text and status share one line. Unknown classes pass through untouched, so a
    newsroom's own template still renders, only more plainly.
    """
    return lxml.html.tostring(_qt_tree(html), encoding="unicode")


def _qt_tree(html: str):
    """qt_html's work, as the tree (render_pdf reads the page's language from it)."""
    root = lxml.html.document_fromstring(html)
    for style in list(root.iter("style")):
        style.drop_tree()
    head = root.find("head")
    if head is None:
        head = etree.SubElement(root, "head")
        root.insert(0, head)
    etree.SubElement(head, "style").text = PDF_CSS
    for el in list(root.iter(*_SECTIONING)):
        el.tag = "div"
    for img in list(root.iter("img")):  # only data: images; Qt would read any other from disk
        if not (img.get("src") or "").startswith("data:"):
            img.drop_tree()
    for link in root.find_class("back"):  # "↑ in text" is for screens; print hides it too
        link.drop_tree()
    for dl in list(root.iter("dl")):
        dl.tag = "table"
        for row in dl.findall("div"):
            row.tag = "tr"
            for cell in row:
                cell.tag = {"dt": "th", "dd": "td"}.get(cell.tag, cell.tag)
    for head_div in root.find_class("item-head"):
        head_div.tag = "p"
        for child in head_div:
            child.tag = "span" if child.tag == "p" else child.tag
            child.tail = _GAP + (child.tail or "")
    for num in root.find_class("num"):  # Qt has no inline padding: widen the badge
        num.text = f"\u00a0{num.text or ''}\u00a0"
    for container in (*root.find_class("chips"), *root.find_class("legend")):
        if container.tag == "ul":
            container.tag = "p"
        for child in container:
            child.tag = "span" if child.tag == "li" else child.tag
            child.tail = _GAP + (child.tail or "")
    for note in root.find_class("ev-note"):  # display: block in the template
        note.addprevious(etree.Element("br"))
    # Each article after the first starts a page, as the template's print CSS asks.
    for section in root.find_class("article")[1:]:
        if len(section):
            section[0].set("style", "page-break-before: always")
    return root


def _paint_page(painter, doc, index: int, page) -> None:
    """Page `index` of the laid-out document: its slice, shifted up to the page top."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette

    view = QRectF(0, index * page.height(), page.width(), page.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    palette = context.palette
    # Black by default, not the desktop theme's text colour (white in a dark theme).
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.palette = palette
    painter.save()
    painter.translate(0, -view.top())
    painter.setClipRect(view)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _paint_footer(painter, title: str, number: str, width: float, top: float,
                  height: float) -> None:
    """The title on the left, "Page n / N" on the right, under a thin rule."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

    painter.save()
    font = QFont()
    font.setFamilies(["Arial", "Liberation Sans", "DejaVu Sans"])
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#d9dde2"), DPI / 144))  # a half-point rule
    rule = top + height * 0.35
    painter.drawLine(0, int(rule), int(width), int(rule))
    painter.setPen(QColor("#5a626d"))
    box = QRectF(0, rule, width, top + height - rule)
    align = Qt.AlignmentFlag.AlignVCenter
    metrics = QFontMetricsF(font, painter.device())
    numbers_width = metrics.horizontalAdvance(number)
    gap = metrics.horizontalAdvance("M") * 2
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - numbers_width - gap)
    painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(box, align | Qt.AlignmentFlag.AlignRight, number)
    painter.restore()


def _ensure_gui_app() -> None:
    """Fonts need a QGuiApplication: the GUI has one, the CLI and tests may not.

    The one made here only serves fonts and never opens a window, so it uses the
    offscreen platform unless QT_QPA_PLATFORM names another: that way a server without a
    display can export PDFs too. A process that will show widgets later must create its
    QApplication first: Qt allows one application object, and widgets need that kind.
    """
    global _gui_app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        platform = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
        _gui_app = QGuiApplication([APP_NAME, "-platform", platform])
        from PySide6.QtGui import QFontDatabase

        from annotator.paths import shipped_fonts

        for font in shipped_fonts():  # a bundle on a bare system: see gui.app
            QFontDatabase.addApplicationFont(str(font))
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication (fonts), not a QCoreApplication")


@functools.cache
def _offline_document_class():
    """A QTextDocument that loads only data: URLs: no file from disk, nothing remote."""
    from PySide6.QtGui import QTextDocument

    class OfflineDocument(QTextDocument):
        def loadResource(self, kind, url):
            return offline_resource(kind, url, super().loadResource)

    return OfflineDocument


def offline_resource(kind, url, load):
    """What a Qt text document may load: data: URLs through `load`; any other image is a
    blank one (not None: given nothing, Qt's image handler reads the file itself)."""
    from PySide6.QtGui import QImage, QTextDocument

    if url.scheme() == "data":
        return load(kind, url)
    if kind == QTextDocument.ResourceType.ImageResource:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return None
