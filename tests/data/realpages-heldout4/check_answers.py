#!/usr/bin/env python3
"""Check every answer file in pages/: fields present, and every must_contain /
must_not_contain string occurs in the page's visible text within one text node
(tags stripped, entities unescaped, whitespace collapsed). Standard library only."""
import json, re, sys
from html.parser import HTMLParser
from pathlib import Path

SKIP = {"script", "style", "noscript", "template", "textarea"}

def decode(b):
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")

class Nodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []
    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            t = re.sub(r"\s+", " ", data).strip()
            if t:
                self.nodes.append(t)

def nodes_of(path):
    p = Nodes()
    p.feed(decode(Path(path).read_bytes()))
    return p.nodes

def main(folder):
    bad = 0
    files = sorted(Path(folder).glob("*.expected.json"))
    for f in files:
        a = json.loads(f.read_text(encoding="utf-8"))
        key = f.name[: -len(".expected.json")]
        nodes = nodes_of(f.with_name(key + ".html"))
        for fld in ("title", "published", "published_time", "stated_source", "must_contain", "must_not_contain", "notes"):
            if fld not in a:
                print(f"{key}: missing field {fld}"); bad += 1
        if a.get("published") and not re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"]):
            print(f"{key}: bad published"); bad += 1
        if len(a.get("must_contain", [])) != 3:
            print(f"{key}: must_contain needs 3"); bad += 1
        if not 3 <= len(a.get("must_not_contain", [])) <= 5:
            print(f"{key}: must_not_contain needs 3-5"); bad += 1
        for s in a.get("must_contain", []) + a.get("must_not_contain", []):
            c = re.sub(r"\s+", " ", s).strip()
            if not any(c in n for n in nodes):
                print(f"{key}: not within one text node: {s!r}"); bad += 1
        for s in a.get("must_contain", []):
            if not 15 <= len(s) <= 60:
                print(f"{key}: must_contain length {len(s)}: {s!r}"); bad += 1
    print(f"{len(files)} answer files checked, {bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "pages")))
