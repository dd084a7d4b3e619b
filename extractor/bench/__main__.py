"""`python -m extractor.bench`: the `extractor bench` command on its own."""

import sys

from .cli import build_parser, main

if __name__ == "__main__":
    sys.exit(main(build_parser().parse_args()))
