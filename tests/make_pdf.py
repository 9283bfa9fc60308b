#!/usr/bin/python3
"""Lays a text report out as an A4 PDF (cairo, WenQuanYi Micro Hei), wrapping lines at the page width the way an
office program does, with a running header and page numbers. Usage: make_pdf.py IN.txt OUT.pdf"""
import sys

import cairo

src, dst = sys.argv[1], sys.argv[2]
W, H, MARGIN, SIZE = 595, 842, 56, 10.5
LINE = SIZE * 1.6
surface = cairo.PDFSurface(dst, W, H)
ctx = cairo.Context(surface)
ctx.select_font_face("WenQuanYi Micro Hei")
ctx.set_font_size(SIZE)
page = 1
y = MARGIN


def header():
    ctx.move_to(MARGIN, 30)
    ctx.show_text("出國報告（出國類別：其他）")
    ctx.move_to(W / 2, H - 25)
    ctx.show_text(str(page))


def newline():
    global y, page
    y += LINE
    if y > H - MARGIN:
        ctx.show_page()
        page += 1
        y = MARGIN
        header()


header()
for paragraph in open(src, encoding="utf-8").read().split("\n"):
    line = ""
    for ch in paragraph:
        if ctx.text_extents(line + ch).x_advance > W - 2 * MARGIN:
            ctx.move_to(MARGIN, y)
            ctx.show_text(line)
            newline()
            line = ""
        line += ch
    ctx.move_to(MARGIN, y)
    ctx.show_text(line)
    newline()
surface.finish()
