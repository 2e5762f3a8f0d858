"""Seeds the fuzzers' corpora from the tests, the sessions/ files and Fuzz/Regressions.

Usage: python3 Fuzz/seed_corpus.py CORPUS_DIR
"""
import hashlib
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
corpus = pathlib.Path(sys.argv[1])


def put(target, text):
    directory = corpus / target
    directory.mkdir(parents=True, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode()
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


# The date and duration phrases of the parser tests: the first string of each table row.
for name in ["DateParserTests.swift", "PlanDurationTests.swift"]:
    source = (root / "Tests/PlanKitTests" / name).read_text()
    for phrase in re.findall(r'^\s*\("([^"\\]*)"', source, re.MULTILINE):
        put("FuzzDates", phrase)

# Every session script, whole and line by line, and every example of the command table.
for script in sorted((root / "sessions").glob("*.plan")):
    text = script.read_text()
    put("FuzzCommands", text)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            put("FuzzCommands", line)
examples = False
for line in (root / "docs/commands.md").read_text().splitlines():
    if line.startswith("```"):
        examples = not examples
    elif examples and line:
        put("FuzzCommands", line)

# The saved sessions, and autosaves as a killed shell leaves them (the session target reads
# both formats).
for session in sorted((root / "sessions").glob("*.json")):
    put("FuzzSessionFile", session.read_text())
for autosave in sorted((root / "Fuzz/Seeds").glob("*/*")):
    put(autosave.parent.name, autosave.read_bytes())

# MS Project XML: tj3's files of the seed plans (Fuzz/Seeds/FuzzMSPDI has Planwerk's own).
for xml in sorted((root / "Tests/PlanImportTests/Fixtures").glob("*.xml")):
    put("FuzzMSPDI", xml.read_bytes())

# What fuzzing found before (a crash or a timeout, each fixed): every run tries them first.
for found in sorted((root / "Fuzz/Regressions").glob("*/*")):
    put(found.parent.name, found.read_bytes())

for target in ["FuzzCommands", "FuzzDates", "FuzzSessionFile", "FuzzMSPDI"]:
    print(f"{target}: {len(list((corpus / target).iterdir()))} seeds")
