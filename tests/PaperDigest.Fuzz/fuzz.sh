#!/usr/bin/env bash
# Coverage-guided fuzzing of one entry point with SharpFuzz and AFL++ (docs/reliability.md).
#   tests/PaperDigest.Fuzz/fuzz.sh parse|html|load|detect|query|gold|markdown [EXECUTIONS] [OUT_DIR]
# Each execution has a 1 s budget (-t 1000): an input that takes longer is saved as a hang, a finding like a crash.
# Needs afl-fuzz (Debian package afl++) and the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine).
# Stops after EXECUTIONS (default 1,000,000); findings land in OUT_DIR/findings/TARGET (default artifacts/fuzz).
set -euo pipefail
target="${1:?usage: fuzz.sh parse|html|load|detect|query|gold|markdown [EXECUTIONS] [OUT_DIR]}"
executions="${2:-1000000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${3:-$root/artifacts/fuzz}"
harness="$root/tests/PaperDigest.Fuzz"
fixtures="$root/tests/PaperDigest.Core.Tests/Fixtures"
export PATH="$PATH:$HOME/.dotnet/tools"

# One published copy per target, with the library instrumented for coverage (AngleSharp stays as shipped).
bin="$out/bin/$target"
rm -rf "$bin"
dotnet publish "$harness" -c Release -o "$bin" --nologo -v quiet
sharpfuzz "$bin/PaperDigest.Core.dll"
sharpfuzz "$bin/PaperDigest.Evaluation.dll"

seeds="$out/seeds/$target"
rm -rf "$seeds" && mkdir -p "$seeds"
if [ "$target" = query ]; then
  cp "$harness"/seeds/query/* "$seeds"/
elif [ "$target" = gold ]; then
  cp "$root"/tests/gold/*.gold.json "$seeds"/
elif [ "$target" = markdown ]; then
  for file in "$fixtures"/*/*.md; do cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"; done
elif [ "$target" = html ]; then
  cp "$fixtures"/html/* "$seeds"/
else
  # Every fixture is a seed, named by layout so the queue stays readable.
  for file in "$fixtures"/*/*; do cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"; done
fi

findings="$out/findings/$target"
mkdir -p "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
resume=()
[ -f "$findings/default/fuzzer_stats" ] && resume=(-i -) || resume=(-i "$seeds")
afl-fuzz "${resume[@]}" -o "$findings" -t 1000 -m none -E "$executions" -- \
  dotnet "$bin/PaperDigest.Fuzz.dll" "$target" --corpus "$fixtures/query/catalog.txt"

stats="$findings/default/fuzzer_stats"
echo "$target: $(grep -E '^execs_done' "$stats") $(grep -E '^saved_crashes|^unique_crashes' "$stats") $(grep -E '^saved_hangs|^unique_hangs' "$stats")"
