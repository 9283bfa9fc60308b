#!/usr/bin/python3
"""Writes a one-page PDF protected by a user password (standard security handler, revision 2, 40-bit RC4), as a
report sent with "open password" would be. Usage: make_encrypted_pdf.py OUT.pdf [PASSWORD]"""
import hashlib
import sys

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(pw):
    return (pw + PAD)[:32]


out, user = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "citykg").encode()
owner = b"owner-" + user
file_id = hashlib.md5(b"citykg encrypted fixture").digest()
perms = -4  # all permissions
o_value = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
key = hashlib.md5(padded(user) + o_value + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
u_value = rc4(key, PAD)


def encrypt(num, data):
    return rc4(hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10], data)


content = encrypt(4, b"BT /F1 12 Tf 72 720 Td (Taipei City Government mission report) Tj ET")
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <" + u_value.hex().encode() +
    b"> /P %d >>" % perms,
]
pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for n, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for off in offsets:
    pdf += b"%010d 00000 n \n" % off
pdf += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<" % (len(objects) + 1) + file_id.hex().encode() +
        b"> <" + file_id.hex().encode() + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
open(out, "wb").write(pdf)
