#!/usr/bin/env bash
# A PDF (laid out by cairo) and a DOCX made from a sample report give the same posts as the text version.
# Usage: same_posts.sh CITYKG SOURCE_DIR MAKE_DOCX
set -u
citykg=$1 src=$2 make_docx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sample=${SAMPLE:-$src/samples/003_125fcdfc40029818.txt}
mkdir -p "$tmp/txt" "$tmp/pdf" "$tmp/docx"
cp "$sample" "$tmp/txt/report.txt"
/usr/bin/python3 "$src/tests/make_pdf.py" "$sample" "$tmp/pdf/report.pdf" || { echo "0 passed, 1 failed"; exit 1; }
"$make_docx" "$sample" "$tmp/docx/report.docx" || { echo "0 passed, 1 failed"; exit 1; }
query='SELECT ?person ?role ?title ?holder WHERE { ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?h ; ckg:title ?title . ?p rdfs:label ?person . ?h rdfs:label ?holder . FILTER(lang(?holder) = "zh-hant" || lang(?holder) = "") BIND(STR(?r) AS ?role) } ORDER BY ?person ?role ?title ?holder'
fail=0
for kind in txt pdf docx; do
  "$citykg" build "$tmp/$kind" -o "$tmp/out-$kind" -q --format ttl || fail=1
  "$citykg" sparql "$tmp/out-$kind" --format tsv --query "$query" > "$tmp/$kind.tsv" || fail=1
done
n=$(($(wc -l < "$tmp/txt.tsv") - 1))
[ "$n" -ge 10 ] || { echo "FAIL: only $n posts in the text version"; fail=1; }
for kind in pdf docx; do
  if diff "$tmp/txt.tsv" "$tmp/$kind.tsv" > "$tmp/$kind.diff"; then
    echo "ok: $kind gives the same $n posts as the text"
  else
    echo "FAIL: $kind posts differ from the text version:"; head -20 "$tmp/$kind.diff"; fail=1
  fi
done
# Evidence from the PDF cites its page; the text version has no pages.
pages=$("$citykg" sparql "$tmp/out-pdf" --format tsv --query 'SELECT (MAX(?p) AS ?n) WHERE { ?e ckg:page ?p }' | sed -n 2p | sed 's/"\([0-9]*\)".*/\1/')
if [ "${pages:-0}" -ge 2 ]; then echo "ok: PDF evidence cites pages 1..$pages"; else echo "FAIL: PDF evidence has no page numbers (max '$pages')"; fail=1; fi
if grep -q "ckg:page" "$tmp/out-txt/graph.ttl"; then echo "FAIL: text evidence has page numbers"; fail=1; fi
"$citykg" path "$tmp/out-pdf" 臺北市 第33屆全球市長會議 | grep -q "report.pdf p\. [0-9]" || { echo "FAIL: path does not print the PDF page"; fail=1; }
if [ $fail = 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
