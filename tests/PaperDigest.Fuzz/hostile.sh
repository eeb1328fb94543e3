#!/usr/bin/env bash
# Round-two hostile inputs (docs/reliability.md, section 6): generates each input at full size, runs the
# Release CLI on it and checks the contract: done in under 2 s, or exit 2 with a message; never a crash,
# hang or stack trace; the expected entry counts where the issue names them.
#   tests/PaperDigest.Fuzz/hostile.sh [OUT_DIR]        (set PAPERDIGEST_CORPUS for the catalog line-end cases)
# HOSTILE_SECONDS (default 2) is the time a case may take; .ci/run passes a looser bound, since a quadratic
# case takes 20-100 s and the shared VM's noise must not fail a build. Every case runs under a 4 GiB GC heap cap
# (HOSTILE_HEAP, bytes in hex), the bound the issues measure against: a case that needs more fails instead of swapping.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/artifacts/hostile}"
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/PaperDigest.Cli" -c Release --nologo -v quiet >/dev/null || exit 1
dotnet run -c Release --project "$root/tests/PaperDigest.Fuzz" -- hostile "$out" || exit 1
cli="$root/src/PaperDigest.Cli/bin/Release/net10.0/paperdigest.dll"
limit="${HOSTILE_SECONDS:-2}"
export DOTNET_GCHeapHardLimit="${HOSTILE_HEAP:-0x100000000}"
cd "$out"

# Inputs the generator cannot write: links, special files, sizes.
mkdir -p cycle && cp small.txt cycle/a.txt && ln -s . cycle/s1 && ln -s . cycle/s2
mkdir -p self && cp small.txt self/a.txt && ln -s .. self/up
truncate -s 1G gib.txt && truncate -s 700M big.txt
mkdir -p bigdir && cp small.txt bigdir/a.txt && ln -s ../gib.txt bigdir/gib.txt
mkfifo fifo.txt && mkdir -p fifodir && cp small.txt fifodir/a.txt && mkfifo fifodir/b.txt
mkdir -p empty
{
  printf '%s\t%s\t%s\n' "a folder with a symlink cycle (parse)" "parse cycle" "files=1"
  printf '%s\t%s\t%s\n' "a folder with a symlink cycle (tags)" "tags cycle" "ok"
  printf '%s\t%s\t%s\n' "a folder with a symlink cycle (query)" "query cycle" "ok"
  printf '%s\t%s\t%s\n' "a folder with a link to its parent" "parse self" "files=1"
  printf '%s\t%s\t%s\n' "a 1 GiB file" "parse gib.txt" "exit2"
  printf '%s\t%s\t%s\n' "a 700 MB file" "parse big.txt" "exit2"
  printf '%s\t%s\t%s\n' "a 1 GiB file in a folder" "parse bigdir" "partial"
  printf '%s\t%s\t%s\n' "/dev/zero" "parse /dev/zero" "exit2"
  printf '%s\t%s\t%s\n' "a FIFO named directly" "parse fifo.txt" "exit2"
  printf "%s\t%s\t%s\n" "a FIFO in a folder" "parse fifodir" "skipped"
  printf '%s\t%s\t%s\n' "an empty folder" "parse empty" "exit2"
} >> cases.tsv

failures=0
printf '| %-52s | %5s | %6s | %-6s | %s\n' "case" "exit" "secs" "check" "first stderr line"
while IFS=$'\t' read -r name args expect; do
  eval "set -- $args"
  start=$(date +%s%N)
  timeout 60 dotnet "$cli" "$@" >stdout.tmp 2>stderr.tmp
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  check=ok
  grep -q "   at \|Unhandled exception" stderr.tmp && check=TRACE
  [ "$rc" -ge 124 ] && check=CRASH
  slow=$(( ms > limit * 1000 ? 1 : 0 ))
  case "$expect" in
    ok) [ "$rc" -eq 0 ] || check="rc$rc" ;;
    exit2) [ "$rc" -eq 2 ] && [ -s stderr.tmp ] || check="rc$rc" ;;
    partial) [ "$rc" -eq 2 ] && grep -q "cannot read" stderr.tmp && grep -q . stdout.tmp || check="rc$rc" ;;
    skipped) [ "$rc" -eq 0 ] && grep -q "skipped" stderr.tmp && grep -q . stdout.tmp || check="rc$rc" ;;
    links) grep -q '"url": "https://example.org/spaced"' stdout.tmp && ! grep -q '"url": "httpx' stdout.tmp || check=links ;;
    title) grep -q '^entries: [1-9]' stdout.tmp && grep -q '推理' stdout.tmp || check=mojibake ;;
    files=*) [ "$rc" -eq 0 ] && [ "$(grep -c '(score ' stdout.tmp)" -eq "${expect#files=}" ] || check="files" ;;
    entries=*) n=$(grep -m1 '^entries: ' stdout.tmp | cut -d' ' -f2); [ "$n" = "${expect#entries=}" ] || check="n=$n" ;;
    images) grep -q '"url": "https://img.example.com/6.png"' stdout.tmp && grep -q 'Figure 6 of the paper' stdout.tmp || check=images ;;
    no-escapes) grep -q $'\x1b' stdout.tmp stderr.tmp && check=ESC ;;
    *) [ "$rc" -eq 0 ] || check="rc$rc" ;;
  esac
  [ "$slow" -eq 1 ] && [ "$rc" -ne 2 ] && check="SLOW/$check"
  [ "$check" = ok ] || failures=$((failures + 1))
  printf '| %-52s | %5s | %3d.%02d | %-6s | %s\n' "$name" "$rc" $((ms / 1000)) $((ms % 1000 / 10)) "$check" "$(head -c 120 stderr.tmp | head -1 | tr -d '\033')"
done < cases.tsv
echo "failures: $failures"
[ "$failures" -eq 0 ]
