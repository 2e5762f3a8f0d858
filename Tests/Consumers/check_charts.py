"""Reads the drawn charts (export pdf, png, svg, html) the way their readers do: poppler's
pdfinfo and pdftotext for the PDF and for the HTML page as Chromium prints it, Python's XML
parser for the SVG, the PNG's own header and scanlines. Each chart is checked against the
plan's JSON export beside it.

Usage: check_charts.py DIRECTORY   (holds NAME.json with NAME.pdf, NAME.png and NAME.svg, and
printed/NAME.pdf: NAME.html printed by Chromium)
"""

import json
import math
import pathlib
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zlib

SVG = "{http://www.w3.org/2000/svg}"
A4_LANDSCAPE = "841.89 x 595.28 pts (A4)"
PNG_WIDTH = 2339  # A4's 297 mm at 200 dpi
# A phase is "fase" or, when every phase is critical, "kritiek pad": the legend lists what is drawn.
LEGEND = ["perceel", "mijlpaal"]
# What a chart shows in place of a control or direction character, as every export does.
HIDDEN = set(range(0x20)) | set(range(0x7F, 0xA0)) | {0x2028, 0x2029, 0x061C, 0x200E, 0x200F}
HIDDEN |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
failures = []


def fail(message):
    failures.append(message)


def words(text):
    return " ".join(text.split())


def shown(title):
    return words("".join("\ufffd" if ord(c) in HIDDEN else c for c in title))


def shown_title(item):
    """An item's title as charts show it: one typed without a title (the JSON then gives its
    name) is written as a title, "selectie-fase" as "Selectie fase"."""
    title = item["title"]
    if title != item["id"].split(".")[-1]:
        return title
    words_of = title.replace("-", " ")
    return words_of[:1].upper() + words_of[1:]


def titles(plan):
    """Every title the chart must show: the plan's, each lot's with items, each item's."""
    yield plan["title"] or "Plan"
    for lot in plan["lots"]:
        if lot["items"]:
            yield lot["title"] or lot["id"]
        for item in lot["items"]:
            yield shown_title(item)
    for item in plan["milestones"]:
        yield shown_title(item)


def rows(plan):
    count = sum(1 + len(lot["items"]) for lot in plan["lots"] if lot["items"])
    return count + (1 + len(plan["milestones"]) if plan["milestones"] else 0)


def check_pdf(name, plan, path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    count = rows(plan)
    # About forty rows a page: one page up to 38, then as many as the rows need.
    if count <= 38 and pages != 1:
        fail(f"{name}.pdf: {count} rows on {pages} pages, not one")
    if count > 45 and not math.ceil(count / 42) <= pages <= math.ceil(count / 30):
        fail(f"{name}.pdf: {count} rows on {pages} pages")
    sizes = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(pages), str(path)], capture_output=True, text=True,
        check=True).stdout
    found = re.findall(r"^Page\s+\d+ size:\s+(.*)$", sizes, re.M)
    if len(found) != pages or any(size != A4_LANDSCAPE for size in found):
        fail(f"{name}.pdf: pages are not all A4 landscape: {set(found)}")
    # In the order the chart draws it (a wrapped label's lines, then its dates): pdftotext's
    # reading order may put the dates between the lines of a label.
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
        check=True).stdout
    whole = words(text)
    for title in titles(plan):
        if shown(title) not in whole:
            fail(f"{name}.pdf: no text {shown(title)!r}")
    for word in LEGEND:
        if word not in whole:
            fail(f"{name}.pdf: the legend has no {word!r}")
    if "fase" not in whole and "kritiek pad" not in whole:
        fail(f"{name}.pdf: the legend has neither 'fase' nor 'kritiek pad'")
    # Every page repeats the column heads and the axis, and counts itself when there are more.
    for number, page in enumerate(text.split("\f")[:pages], start=1):
        if "Perceel en onderdeel" not in page:
            fail(f"{name}.pdf: page {number} has no column heads")
        if not re.search(r"\b(19|20)\d\d\b", page):
            fail(f"{name}.pdf: page {number} has no year on its axis")
        if pages > 1 and f"pagina {number} van {pages}" not in page:
            fail(f"{name}.pdf: page {number} has no page number")
    return pages


def check_svg(name, plan, path):
    root = ElementTree.parse(path).getroot()
    if root.tag != SVG + "svg":
        fail(f"{name}.svg: the root is {root.tag}")
    for element in root.iter():
        if element.tag in (SVG + "script", SVG + "foreignObject", SVG + "image", SVG + "a"):
            fail(f"{name}.svg: a {element.tag} element")
        for attribute in element.attrib:
            if attribute.lower().startswith("on") or attribute.endswith("href"):
                fail(f"{name}.svg: an attribute {attribute}")
    whole = words(" ".join(text.text or "" for text in root.iter(SVG + "text")))
    for title in titles(plan):
        if shown(title) not in whole:
            fail(f"{name}.svg: no text element with {shown(title)!r}")
    for word in LEGEND:
        if word not in whole:
            fail(f"{name}.svg: the legend has no {word!r}")
    return float(root.attrib["viewBox"].split()[3])


def check_printed_html(name, plan, path):
    """A seed's page prints on one A4 landscape page with every title and the legend."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info.stdout, re.M).group(1)
    if rows(plan) <= 38 and pages != 1:
        fail(f"{name}.html: {rows(plan)} rows printed on {pages} pages, not one")
    if "(A4)" not in size or not size.startswith("841"):
        fail(f"{name}.html: printed on {size}, not A4 landscape")
    whole = words(subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
        check=True).stdout)
    for title in titles(plan):
        if shown(title) not in whole:
            fail(f"{name}.html: printed without {shown(title)!r}")
    for word in LEGEND + ["Stand per"]:
        if word not in whole:
            fail(f"{name}.html: printed without {word!r}")
    return pages


def check_png(name, path, svg_height):
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{name}.png: not a PNG")
        return
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    expected = math.ceil(svg_height * 200 / 72)
    if width != PNG_WIDTH or abs(height - expected) > 1:
        fail(f"{name}.png: {width} x {height} pixels, not {PNG_WIDTH} x {expected}")
    # Blank scanlines are one value repeated, whatever their filter: most of a chart's are not.
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8:at + 8 + length])
        at += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    stride = 1 + width * {2: 3, 6: 4}.get(colour, 3) * depth // 8
    lines = [pixels[i + 1 + 8:i + stride] for i in range(0, len(pixels), stride)]
    drawn = sum(1 for line in lines if len(set(line)) > 2)
    if drawn < len(lines) // 2:
        fail(f"{name}.png: only {drawn} of {len(lines)} scanlines have anything drawn")


def main():
    directory = pathlib.Path(sys.argv[1])
    charts = sorted(directory.glob("*.pdf"))
    for pdf in charts:
        name = pdf.stem
        plan = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        pages = check_pdf(name, plan, pdf)
        svg_height = check_svg(name, plan, directory / f"{name}.svg")
        check_png(name, directory / f"{name}.png", svg_height)
        printed = check_printed_html(name, plan, directory / "printed" / f"{name}.pdf")
        print(f"{name}: {rows(plan)} rows, {pages} A4 page(s), PNG and SVG read, "
              f"HTML printed on {printed}")
    if failures:
        print("\n".join("FAIL " + failure for failure in failures))
        sys.exit(1)
    if not charts:
        print("FAIL no charts to check")
        sys.exit(1)
    print(f"pdfinfo, pdftotext and the XML parser read {len(charts)} charts")


if __name__ == "__main__":
    main()
