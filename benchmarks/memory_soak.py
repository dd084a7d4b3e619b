"""Does memory stay flat over many documents in one process? 100,000 extractions, RSS every 10,000.

    .venv/bin/python benchmarks/memory_soak.py [--documents 100000] [--every 10000]

Documents are generated (tests/properties/newsgen.py) in every rendition and both languages,
small (one story, 3-15 KB) and medium (a digest of 5-30 stories, 20-300 KB), with a hostile one
every 97 documents (binary, empty, deeply nested, 5,000 attributes, broken markup, invalid
UTF-8). Each goes through `extract` (the default extractor, site profiles on) in this one process.
RSS (VmRSS) is read after every `--every` documents (after a gc.collect()); the check: RSS at the end exceeds RSS after
the first sample (caches warm) by less than 10% + 20 MB. Exit status 1 when it does not.
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "properties"))

import newsgen  # noqa: E402

from extractor import extract  # noqa: E402

#: allowed growth after the first sample: this share of it plus a constant
GROWTH_SHARE = 0.10
GROWTH_MB = 20


def status(field: str = "VmRSS") -> int:
    """A field of /proc/self/status in bytes (VmRSS: now, VmHWM: the peak so far)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def hostile(rnd: random.Random) -> str | bytes:
    story = newsgen.render(newsgen.random_spec(rnd, rendition="fragment")).text
    kind = rnd.randrange(6)
    if kind == 0:
        return bytes(rnd.randrange(256) for _ in range(rnd.randint(100, 5000)))
    if kind == 1:
        return rnd.choice(["", "   \n", "<!-- -->", b"\xef\xbb\xbf"])
    if kind == 2:
        depth = rnd.randint(600, 3000)
        return "<div>" * depth + story + "</div>" * depth
    if kind == 3:
        return "<div " + " ".join(f"data-k{i}=v" for i in range(5000)) + ">" + story + "</div>"
    if kind == 4:
        return story.replace("</p>", "").replace("</div>", "<b><i>")[: rnd.randint(10, len(story))]
    return story.encode("utf-8").replace(b"e", b"\xff", 3)


def document(rnd: random.Random, n: int) -> str | bytes:
    if n % 97 == 0:
        return hostile(rnd)
    rendition = rnd.choice(newsgen.RENDITIONS)
    if rnd.random() < 0.8:
        return newsgen.render(newsgen.random_spec(rnd, rendition=rendition)).text
    parts = [newsgen.render(newsgen.random_spec(rnd, rendition="fragment" if rendition == "html" else rendition)).text
             for _ in range(rnd.randint(5, 30))]
    if rendition == "html":
        return "<!DOCTYPE html><html><head><title>Digest</title></head><body>" + "".join(parts) + "</body></html>"
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rnd = random.Random(args.seed)
    print(f"# memory soak: {args.documents:,} documents in one process; {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.machine()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
    print()
    print("| documents | RSS (MB) | MB read | empty results | seconds |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    extract("<p>warm up</p>")
    start = time.perf_counter()
    size = empty = 0
    samples: list[int] = []
    print(f"| 0 | {status() / 1e6:.1f} | 0 | 0 | 0 |", flush=True)
    for n in range(1, args.documents + 1):
        doc = document(rnd, n)
        size += len(doc.encode("utf-8", "surrogatepass") if isinstance(doc, str) else doc)
        result = extract(doc)
        empty += not result.text
        if n % args.every == 0:
            gc.collect()
            samples.append(status())
            print(f"| {n:,} | {samples[-1] / 1e6:.1f} | {size / 1e6:.0f} | {empty:,} | "
                  f"{time.perf_counter() - start:.0f} |", flush=True)
    first, last = samples[0], samples[-1]
    limit = first * (1 + GROWTH_SHARE) + GROWTH_MB * 1e6
    flat = last <= limit
    print()
    print(f"RSS after {args.every:,}: {first / 1e6:.1f} MB; at the end: {last / 1e6:.1f} MB "
          f"({(last - first) / 1e6:+.1f} MB); highest sample {max(samples) / 1e6:.1f} MB; "
          f"peak RSS of the process (VmHWM) {status('VmHWM') / 1e6:.1f} MB; limit {limit / 1e6:.1f} MB")
    print("flat: " + ("yes" if flat else "NO"))
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
