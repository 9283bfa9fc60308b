#!/usr/bin/env bash
# Exit codes and messages of the citykg command (CONTRACT §1).
set -u
citykg=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS
  if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, expected $2"; fail=1; else echo "ok: $1"; fi
}
"$citykg" >/dev/null 2>&1; check "no subcommand is bad usage" 1 $?
"$citykg" build >/dev/null 2>&1; check "build without inputs is bad usage" 1 $?
"$citykg" build --help | grep -q "Example" ; check "build --help shows an example" 0 $?
"$citykg" build "$src/samples" -o "$tmp/out" > "$tmp/summary"; check "build samples" 0 $?
grep -q "documents read" "$tmp/summary"; check "summary printed" 0 $?
mkdir -p "$tmp/in"; cp "$src/samples/003_125fcdfc40029818.txt" "$tmp/in/"; printf '' > "$tmp/in/empty.txt"
head -c 3000 /dev/urandom > "$tmp/in/junk.txt"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog' > "$tmp/in/truncated.pdf"
printf 'PK\003\004 this is not a zip archive at all, just junk bytes' > "$tmp/in/corrupt.docx"
printf '\320\317\021\340\241\261\032\341 legacy word' > "$tmp/in/old.doc"
"$citykg" build "$tmp/in" "$tmp/missing.txt" -o "$tmp/out2" -q 2> "$tmp/err"; check "bad inputs give exit 2" 2 $?
grep -q "truncated.pdf: broken or truncated PDF" "$tmp/err"; check "truncated PDF named" 0 $?
grep -q "corrupt.docx: corrupt ZIP" "$tmp/err"; check "corrupt ZIP named" 0 $?
grep -q "old.doc: legacy Word .doc is not supported; convert it" "$tmp/err"; check "legacy .doc named with a hint" 0 $?
grep -q "empty.txt: empty file" "$tmp/err"; check "empty file named" 0 $?
grep -q "junk.txt: binary data" "$tmp/err"; check "binary file named" 0 $?
grep -q "missing.txt: no such file" "$tmp/err"; check "missing file named" 0 $?
[ -s "$tmp/out2/graph.ttl" ]; check "good input still written" 0 $?
"$citykg" build "$tmp/in/empty.txt" -o "$tmp/out3" -q 2>/dev/null; check "nothing readable gives exit 3" 3 $?
# A gold file named with its report (citykg build dir/*) is skipped with a warning, not read as a report.
"$citykg" build "$src"/samples/003_* -o "$tmp/out5" 2> "$tmp/err5" | grep -q "1 documents read"; check "gold file named is no report" 0 $?
grep -q "003_125fcdfc40029818.gold.tsv: a gold file" "$tmp/err5"; check "gold file skipped with a warning" 0 $?
"$citykg" build "$tmp/in" -o "$tmp/out4" -q --strict 2>/dev/null; check "--strict makes failures fatal" 3 $?
"$citykg" sparql "$tmp/out" --query 'SELECT (COUNT(*) AS ?n) WHERE { ?s a ckg:Person }' --format csv | grep -qE '^[0-9]+'; check "sparql csv" 0 $?
"$citykg" sparql "$tmp/out" --query 'SELEC nonsense' >/dev/null 2>"$tmp/err"; check "sparql syntax error" 3 $?
grep -qi "syntax" "$tmp/err"; check "syntax error explained" 0 $?
"$citykg" path "$tmp/out" 臺北市 東京都 | grep -q "source:"; check "path prints sources" 0 $?
"$citykg" path "$tmp/out" 不存在的城市 東京都 >/dev/null 2>&1; check "unknown name in path" 1 $?
"$citykg" eval "$tmp/out" "$src"/samples/*.gold.tsv | grep -q "^person"; check "eval prints scores" 0 $?
"$citykg" explain "$src/samples/003_125fcdfc40029818.txt" | grep -q "== relations"; check "explain prints stages" 0 $?
# An interrupted build leaves the previous outputs as they were and no temporary files.
cp "$tmp/out/graph.ttl" "$tmp/before.ttl"
for i in 1 2 3 4 5 6 7 8; do cp "$src"/samples/*.txt "$tmp/in/" 2>/dev/null; mkdir -p "$tmp/big/$i"; cp "$src"/samples/*.txt "$tmp/big/$i/"; done
"$citykg" build "$tmp/big" -o "$tmp/out" -q -j 1 2>/dev/null & pid=$!
sleep 0.2; kill -INT $pid 2>/dev/null; wait $pid; rc=$?
if [ $rc = 130 ]; then
  cmp -s "$tmp/out/graph.ttl" "$tmp/before.ttl"; check "interrupted build keeps the previous graph" 0 $?
else
  echo "ok: (the build finished before the interrupt; nothing to check)"
fi
ls "$tmp/out" | grep -q '\.tmp\.'; check "no temporary file left" 1 $?
if [ $fail = 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
