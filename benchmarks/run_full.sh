#!/usr/bin/env bash
# The full benchmark over the shared evaluation corpora (../shared/corpora beside the checkout):
# ours against trafilatura and readability, two workers, reports in bench-out/full/.
# Usage: benchmarks/run_full.sh [extra extractor bench options, e.g. --extractors all]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED_CORPORA:-../shared/corpora}"
if [ ! -d "$shared" ]; then
  echo "no shared corpora at $shared (set SHARED_CORPORA)" >&2
  exit 2
fi
exec .venv/bin/python -m extractor.bench "$shared"/* --extractors auto,fast,trafilatura,readability \
  --jobs 2 --report bench-out/full "$@"
