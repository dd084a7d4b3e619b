#!/usr/bin/env bash
# The quality gate: every extractor of ours over the bundled corpora, against benchmarks/floors.json.
# Exit status 1 names each corpus / extractor below its floor.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m extractor.bench --only auto,auto-nosites,full,full-nosites,fast,fast-nosites --jobs 2 \
  --check benchmarks/floors.json --report bench-out/bundled "$@"
