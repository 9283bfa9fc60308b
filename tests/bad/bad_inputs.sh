#!/usr/bin/env bash
# Bad inputs (issue #5): a folder holding every kind of broken file, built together with the samples. Each bad file
# is named with its reason, the run goes on, exits 2, and the graph is the one the good files give alone.
# Usage: bad_inputs.sh CITYKG SOURCE_DIR
set -u
citykg=$1 src=$2
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok: $1"; }
no() { echo "FAIL: $1"; fail=1; }
bad="$tmp/bad"
mkdir -p "$bad/sub" "$tmp/good"
sample="$src/samples/003_125fcdfc40029818.txt"
# -- the fixture folder
: > "$bad/empty.txt"                                                       # empty
printf ' \n\t\n' > "$bad/blank.txt"                                         # only white space
/usr/bin/python3 -c 'import sys; sys.stdout.buffer.write(bytes((i * 7919) % 256 for i in range(4096)))' > "$bad/junk.txt"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog' > "$bad/truncated.pdf"        # truncated PDF
/usr/bin/python3 "$src/tests/bad/make_encrypted_pdf.py" "$bad/encrypted.pdf"  # needs a password
printf 'PK\003\004 not a zip archive, just junk bytes after the magic' > "$bad/corrupt.docx"
printf '\320\317\021\340\241\261\032\341 legacy word' > "$bad/old.doc"
printf '臺北市長拜會\0\0東京都知事。\n' > "$bad/nul.txt"                        # NUL bytes
printf '\x81\x30\xff\xfe\x80\x80 abc \xfe\xff\xc0\xc1 \x81\x81\xff\n' > "$bad/undecodable.txt"  # no encoding explains it
mkfifo "$bad/pipe.txt"                                                      # would block a reader
ln -s /nonexistent/report.txt "$bad/dangling.txt"                          # missing
ln -s .. "$bad/sub/loop"                                                    # directory loop
/usr/bin/python3 -c 'import sys; sys.stdout.buffer.write("臺北市政府".encode() * 14000000)' > "$bad/oneline.txt"  # 200 MB, no line break
echo "本市市長拜會東京都知事。" > "$bad/unreadable.txt"; chmod 000 "$bad/unreadable.txt"
# invalid UTF-8 inside a real report: read, the bytes replaced, the position reported
/usr/bin/python3 - "$sample" "$bad/invalid-utf8.txt" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
cut = data.index("\n".encode(), len(data) // 2)
open(sys.argv[2], "wb").write(data[:cut] + b"\xff\xfe" + data[cut:])
PY
cp "$bad/invalid-utf8.txt" "$tmp/good/"
# As root every file is readable: run citykg as nobody so the unreadable file really is (when nobody can reach the
# build and the sources; otherwise that one case is skipped).
run=()
unreadable=1
if [ "$(id -u)" = 0 ]; then
  chmod -R o+rX "$tmp"; chmod 000 "$bad/unreadable.txt"; chmod 777 "$tmp"
  nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  if "${nobody[@]}" test -x "$citykg" -a -r "$src/ontology/data/cities.tsv" -a -r "$sample" 2>/dev/null; then
    run=("${nobody[@]}")
  else
    echo "ok: (unreadable file not tested: user nobody cannot reach $src)"; rm -f "$bad/unreadable.txt"; unreadable=0
  fi
fi
"${run[@]}" "$citykg" build "$bad" "$src/samples" "$bad/missing.txt" -o "$tmp/out" -q -j 2 2> "$tmp/err"
rc=$?
[ $rc = 2 ] && ok "exit status 2" || no "exit status $rc, expected 2"
expect() {  # expect FILE REASON-PATTERN
  if grep -E -q "^error: .*/$1: $2" "$tmp/err"; then ok "$1 named: $(grep -E "/$1: " "$tmp/err" | head -1 | cut -c1-110)"; else no "$1 not named with '$2'"; fi
}
expect empty.txt "empty file"
expect blank.txt "empty file"
expect junk.txt "binary data"
expect truncated.pdf "broken or truncated PDF"
expect encrypted.pdf "encrypted PDF"
expect corrupt.docx "corrupt ZIP"
expect old.doc "legacy Word .doc is not supported; convert it"
expect nul.txt "binary data"
expect undecodable.txt "unknown text encoding.*\(at byte [0-9]+\)"
expect pipe.txt "not a regular file"
expect dangling.txt "no such file"
expect missing.txt "no such file"
expect oneline.txt "200.3 MB of text in one file is more than a report holds"
[ $unreadable = 1 ] && expect unreadable.txt "cannot open: Permission denied"
grep -E -q "^warning: .*/sub/loop: folder already visited" "$tmp/err" && ok "directory loop skipped" || no "directory loop not reported"
grep -E -q "^warning: .*/invalid-utf8.txt: 2 invalid UTF-8 byte sequence\(s\) replaced by U\+FFFD \(at byte [0-9]+\)" "$tmp/err" \
  && ok "invalid UTF-8 repaired, position reported" || no "invalid UTF-8 not reported with its position"
n=$(grep -c "" "$tmp/err")
[ "$n" -le 18 ] && ok "one line per bad file ($n lines)" || { no "$n lines of messages (stray output?)"; cat "$tmp/err"; }
# The graph equals the one built from the good files alone (the samples and the repaired file).
"$citykg" build "$src/samples" "$tmp/good" -o "$tmp/ref" -q 2>/dev/null
cmp -s "$tmp/out/graph.ttl" "$tmp/ref/graph.ttl" && ok "graph equals the good files' graph" || no "graph differs from the good files' graph"
# --strict: any bad file is fatal.
"${run[@]}" "$citykg" build "$bad" "$src/samples" -o "$tmp/strict" -q --strict 2>/dev/null; rc=$?
[ $rc = 3 ] && ok "--strict makes a bad file fatal" || no "--strict exit $rc, expected 3"
# A file that vanishes during the run: named, the run goes on.
mkdir -p "$tmp/van"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$src"/samples/*.txt; done > "$tmp/van/a-slow.txt"
cp "$sample" "$tmp/van/z-gone.txt"
/usr/bin/python3 "$src/tests/bad/vanish.py" "$tmp/van" "$tmp/van/a-slow.txt" "$tmp/van/z-gone.txt" "$tmp/vanout" "$citykg" 2> "$tmp/verr"
rc=$?
[ $rc = 2 ] && grep -q "z-gone.txt: no such file" "$tmp/verr" && [ -s "$tmp/vanout/graph.ttl" ] \
  && ok "vanished file named, the rest built" || { no "vanishing file: exit $rc"; cat "$tmp/verr"; }
if [ $fail = 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
