"""Build src/newsgraph/samples/archive.warc.gz from the HTML pages in scripts/sample_sources/warc/.

The WARC is committed; run this again only after editing those pages. Each page becomes an HTTP
response record with the canonical URL named in the page, as a crawler would have stored it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sample_sources" / "warc"
TARGET = ROOT / "src" / "newsgraph" / "samples" / "archive.warc.gz"
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def main() -> None:
    with TARGET.open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for page in sorted(SOURCES.glob("*.html")):
            payload = page.read_bytes()
            match = CANONICAL.search(payload.decode("utf-8"))
            url = match.group(1) if match else f"https://example.org/{page.stem}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
