"""`python -m dailybrief.extract PAGE [--url URL] [--json]`: extract one saved page."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import ExtractError
from . import extract_page, extracted_to_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dailybrief.extract", description=__doc__)
    parser.add_argument("page", type=Path, help="a saved HTML file")
    parser.add_argument("--url", default="", help="the page's URL (for dates in the path)")
    parser.add_argument("--encoding", default=None, help="charset to try first")
    parser.add_argument("--link-title", default=None, help="title of the link that led here")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = parser.parse_args(argv)
    try:
        body = args.page.read_bytes()
        ex = extract_page(body, url=args.url or args.page.as_posix(), encoding_hint=args.encoding,
                          link_title=args.link_title)
    except (OSError, ExtractError) as exc:
        sys.stderr.write(f"{args.page}: {exc}\n")
        return 1
    data = extracted_to_json(ex)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(f"{data['title']}\n{data['published']}  {data['stated_source'] or ''}\n\n{data['text']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
