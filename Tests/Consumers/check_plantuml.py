"""Reads what PlantUML drew of each seed's `export plantuml`: the whole plan in one picture of at
most 4,096 pixels (PlantUML's largest PNG, beyond which it cuts the picture off), every lot and
item by its title, no id in front of it.

Usage: check_plantuml.py DIRECTORY   (holds NAME.json and plantuml-svg/NAME.svg, drawn with -tsvg)
"""

import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

from check_charts import shown, shown_title, words

SVG = "{http://www.w3.org/2000/svg}"
LARGEST = 4096


def main():
    directory = pathlib.Path(sys.argv[1])
    failures = []
    names = sorted(p.stem for p in directory.glob("*.json") if p.stem != "hostile")
    for name in names:
        plan = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        root = ElementTree.parse(directory / "plantuml-svg" / f"{name}.svg").getroot()
        width = float(re.match(r"[\d.]+", root.attrib["width"]).group(0))
        if width > LARGEST:
            failures.append(f"{name}.puml: drawn {width:.0f} pixels wide, over {LARGEST}")
        texts = [words(text.text or "") for text in root.iter(SVG + "text")]
        whole = " ".join(texts)
        for lot in plan["lots"]:
            if lot["items"] and shown(lot["title"]) not in whole:
                failures.append(f"{name}.puml: no lot {lot['title']!r}")
            for item in lot["items"]:
                title = shown(shown_title(item))
                if title not in whole:
                    failures.append(f"{name}.puml: no item {title!r}")
                if any(text.startswith(f"{lot['id']} {title}") for text in texts):
                    failures.append(f"{name}.puml: the id in front of {title!r}")
        for item in plan["milestones"]:
            if shown(shown_title(item)) not in whole:
                failures.append(f"{name}.puml: no milestone {item['title']!r}")
        print(f"{name}.puml: {width:.0f} pixels wide, every title drawn")
    for failure in failures:
        print("FAIL", failure)
    sys.exit(1 if failures or not names else 0)


if __name__ == "__main__":
    main()
