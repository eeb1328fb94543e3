#!/usr/bin/env bash
# Records a rise in accuracy: rewrites tests/gold/accuracy-baseline.json and the README's Accuracy table
# from one 'paperdigest eval' run over the shared corpus (default ../shared/corpus, or $PAPERDIGEST_CORPUS).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${PAPERDIGEST_CORPUS:-../shared/corpus}"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
dotnet run --project src/PaperDigest.Cli -c Release -- eval tests/gold --corpus "$corpus" --markdown \
  --update-baseline tests/gold/accuracy-baseline.json > "$table"
python3 - "$table" <<'PY'
import sys
table = open(sys.argv[1], encoding="utf-8").read()
readme = open("README.md", encoding="utf-8").read()
start, end = "<!-- accuracy-table:start -->\n", "<!-- accuracy-table:end -->"
i, j = readme.index(start) + len(start), readme.index(end)
open("README.md", "w", encoding="utf-8").write(readme[:i] + table + readme[j:])
PY
echo "updated tests/gold/accuracy-baseline.json and the README Accuracy table"
