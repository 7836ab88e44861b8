#!/usr/bin/env python3
"""Renders the corpus sources to PDF (Chromium, LibreOffice, scanned) and derives the ground truth from the HTML.

Run through generate.sh on a developer machine; CI uses the committed outputs and never runs this.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
PDF = os.path.join(ROOT, "pdf")
TRUTH = os.path.join(ROOT, "truth")

# Single-page sources that are also printed, "scanned" and wrapped as image-only PDFs for the OCR path.
SCANNED = {"announcement": 0.35, "glossary": -0.25, "quiz": 0.5}  # name -> skew in degrees

# Sources also exported as tagged PDF from Writer: a structure tree with a RoleMap ("Text body" -> P, "Emphasis" ->
# Span), unlike Chromium's, so the tag reader meets both flavours.
TAGGED_LIBREOFFICE = {"syllabus", "lecture-notes", "data-report", "two-column-article"}

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody", "tr", "td", "th",
         "caption", "pre", "figure", "figcaption", "blockquote", "div", "br", "body", "section"}
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []


class TreeBuilder(html.parser.HTMLParser):
    """A minimal DOM: enough for the well-formed sources we write ourselves."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(path):
    b = TreeBuilder()
    with open(path, encoding="utf-8") as f:
        b.feed(f.read())
    return b.root


def walk(node):
    yield node
    for c in node.children:
        if isinstance(c, Node):
            yield from walk(c)


def find(node, tag):
    return next((n for n in walk(node) if n.tag == tag), None)


def raw_text(node, skip=()):
    """Text of a node with block boundaries as newlines and footnote markers set apart from their word."""
    out = []

    def rec(n):
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in skip or c.tag in ("style", "script", "head"):
                continue
            else:
                sep = "\n" if c.tag in BLOCK else (" " if c.tag == "sup" else "")
                out.append(sep)
                rec(c)
                out.append(sep)

    rec(node)
    return "".join(out)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def truth_of(path):
    root = parse(path)
    body = find(root, "body")
    title = squash(raw_text(find(root, "title")))
    lang = find(root, "html").attrs.get("lang", "en")
    headings, items, tables, code, figures, links, quotes = [], [], [], [], [], [], []
    for n in walk(body):
        if re.fullmatch(r"h[1-6]", n.tag):
            headings.append({"level": int(n.tag[1]), "text": squash(raw_text(n))})
        elif n.tag == "li":
            depth, p = 0, n.parent
            while p is not None:
                depth += p.tag == "li"
                p = p.parent
            items.append({"text": squash(raw_text(n, skip=("ul", "ol"))), "ordered": n.parent.tag == "ol",
                          "depth": depth})
        elif n.tag == "table":
            cap = find(n, "caption")
            rows = [[squash(raw_text(c)) for c in r.children if isinstance(c, Node) and c.tag in ("td", "th")]
                    for r in walk(n) if r.tag == "tr"]
            tables.append({"caption": squash(raw_text(cap)) if cap else "", "rows": rows})
        elif n.tag == "pre":
            code.append(raw_text(n).strip("\n"))
        elif n.tag == "a" and "href" in n.attrs:
            links.append({"text": squash(raw_text(n)), "href": n.attrs["href"]})
        elif n.tag == "blockquote":
            quotes.append(squash(raw_text(n)))
        elif n.tag == "figure":
            img, cap = find(n, "img"), find(n, "figcaption")
            figures.append({"caption": squash(raw_text(cap)) if cap else "", "alt": img.attrs.get("alt", "")})
    text = "\n".join(line.strip() for line in raw_text(body).split("\n") if line.strip())
    # Printed on every page but not document content: a converter must drop them (and the page numbers).
    running = [m for m in (meta(path, "running-header"), meta(path, "running-footer")) if m]
    return {"title": title, "lang": lang, "headings": headings, "listItems": items, "tables": tables,
            "code": code, "figures": figures, "links": links, "quotes": quotes, "running": running, "text": text}


def meta(path, name):
    m = re.search(r'<meta name="%s" content="([^"]*)">' % name, open(path, encoding="utf-8").read())
    return m.group(1) if m else None


def css_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def chromium_variant(path, out_html, running):
    """Running header/footer and page numbers as CSS @page margin boxes, which Chromium prints on every page."""
    s = open(path, encoding="utf-8").read()
    header, footer = meta(path, "running-header"), meta(path, "running-footer")
    if running and header:
        style = ('<style>@page { @top-center { content: %s; font: 8pt "Liberation Sans"; color: #333; } '
                 '@bottom-left { content: %s; font: 8pt "Liberation Sans"; color: #333; } '
                 '@bottom-right { content: "Page " counter(page) " of " counter(pages); '
                 'font: 8pt "Liberation Sans"; color: #333; } }</style>\n</head>') % (
            css_string(header), css_string(footer or ""))
        s = s.replace("</head>", style, 1)
    open(out_html, "w", encoding="utf-8").write(s)


def libreoffice_variant(path, out_html):
    """Writer's HTML import turns <div title="header|footer"> into real page headers and footers."""
    s = open(path, encoding="utf-8").read()
    header, footer = meta(path, "running-header"), meta(path, "running-footer")
    extra = ""
    if header:
        extra += '<div title="header"><p style="font-size: 8pt">%s</p></div>\n' % header
    if footer:
        extra += '<div title="footer"><p style="font-size: 8pt">%s</p></div>\n' % footer
    s = re.sub(r"<body>\n?", "<body>\n" + extra, s, count=1)
    # Writer ignores CSS borders on cells; the HTML attribute draws the rules.
    s = s.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="4" cellspacing="0">')
    open(out_html, "w", encoding="utf-8").write(s)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, **kw)


def render_chromium(src_html, out_pdf):
    with tempfile.TemporaryDirectory() as profile:
        run(CHROMIUM + ["--user-data-dir=" + profile, "--print-to-pdf=" + out_pdf, src_html])


def render_libreoffice(src_html, out_pdf, tagged=False):
    export = "pdf:writer_pdf_Export"
    if tagged:
        export += ':{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    with tempfile.TemporaryDirectory() as work:
        run(["soffice", "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
             "--infilter=HTML (StarWriter)", "--convert-to", export, "--outdir", work, src_html])
        produced = os.path.join(work, os.path.splitext(os.path.basename(src_html))[0] + ".pdf")
        shutil.move(produced, out_pdf)


def jpeg_pdf(jpeg_path, out_pdf, width_px, height_px, dpi):
    """Wraps one JPEG as a one-page, image-only PDF (what a scanner writes): no text layer at all."""
    data = open(jpeg_path, "rb").read()
    w, h = width_px * 72.0 / dpi, height_px * 72.0 / dpi
    content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> "
        b"/Contents 5 0 R >>" % (w, h),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % (width_px, height_px, len(data)) + data + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Producer (EqualifyPdf corpus scanner simulation) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(out_pdf, "wb").write(bytes(out))


def render_scan(src_pdf, out_pdf, skew):
    """Prints page 1 at 300 dpi in grey, adds sensor noise, a slight skew and JPEG loss, as a cheap scanner would."""
    with tempfile.TemporaryDirectory() as work:
        png = os.path.join(work, "page")
        run(["pdftoppm", "-r", "300", "-gray", "-f", "1", "-l", "1", "-singlefile", "-png", src_pdf, png])
        jpg = os.path.join(work, "page.jpg")
        run(["convert", png + ".png", "-seed", "7", "-attenuate", "0.25", "+noise", "Gaussian",
             "-background", "white", "-rotate", str(skew), "-gravity", "center", "-extent", "2550x3300",
             "-blur", "0x0.6", "-colorspace", "Gray", "-type", "Grayscale", "-quality", "45",
             "-sampling-factor", "1x1", "-strip", jpg])
        jpeg_pdf(jpg, out_pdf, 2550, 3300, 300)


def pdf_facts(path):
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    tagged = re.search(r"^Tagged:\s+(\w+)", info, re.M).group(1) == "yes"
    return pages, tagged


def main():
    os.makedirs(PDF, exist_ok=True)
    os.makedirs(TRUTH, exist_ok=True)
    truth_only = "--truth-only" in sys.argv[1:]
    only = set(a for a in sys.argv[1:] if not a.startswith("--"))
    manifest = []
    for fname in sorted(os.listdir(SRC)):
        if not fname.endswith(".html") or fname.startswith("."):
            continue
        name = fname[:-5]
        src = os.path.join(SRC, fname)
        truth = truth_of(src)
        truth["name"] = name
        with open(os.path.join(TRUTH, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
            f.write("\n")
        entries = [("chromium", "born-digital"), ("libreoffice", "born-digital")]
        if name in TAGGED_LIBREOFFICE:
            entries.append(("libreoffice-tagged", "born-digital"))
        if name in SCANNED:
            entries.append(("scan", "scanned"))
        for producer, kind in entries:
            out = os.path.join(PDF, "%s.%s.pdf" % (name, producer))
            if not truth_only and (not only or name in only):
                variant = os.path.join(SRC, ".%s.%s.html" % (name, producer))
                try:
                    if producer == "chromium":
                        chromium_variant(src, variant, running=True)
                        render_chromium(variant, out)
                    elif producer.startswith("libreoffice"):
                        libreoffice_variant(src, variant)
                        render_libreoffice(variant, out, tagged=producer == "libreoffice-tagged")
                    else:
                        chromium_variant(src, variant, running=False)
                        clean = os.path.join(tempfile.gettempdir(), "corpus-%s-clean.pdf" % name)
                        render_chromium(variant, clean)
                        render_scan(clean, out, SCANNED[name])
                        os.remove(clean)
                finally:
                    if os.path.exists(variant):
                        os.remove(variant)
            if not os.path.exists(out):
                continue
            pages, tagged = pdf_facts(out)
            manifest.append({"pdf": "pdf/%s.%s.pdf" % (name, producer), "truth": "truth/%s.json" % name,
                             "producer": producer, "kind": kind, "pages": pages, "tagged": tagged})
            print("%-40s %2d page(s) %s" % (manifest[-1]["pdf"], pages, "tagged" if tagged else "untagged"))
    with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": manifest}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
