#!/usr/bin/env python3
"""Turns a terminal capture with colours (tmux capture-pane -e -p) into an SVG image.

Used to make the README's screenshots:  tmux capture-pane -e -p -t t | ansi2svg.py 80 24 > shot.svg
then  rsvg-convert shot.svg -o shot.png  (Debian: librsvg2-bin).
"""
import html
import re
import sys
import unicodedata

COLS, ROWS = int(sys.argv[1]), int(sys.argv[2])
CW, CH, FONT = 9.0, 19.0, 15
BG, FG = "#1d1f21", "#d0d3d0"
ANSI = ["#1d1f21", "#cc6666", "#8fbf5f", "#e0b050", "#81a2be", "#b294bb", "#6fb3b8", "#c5c8c6",
        "#767876", "#d54e53", "#b9ca4a", "#e7c547", "#7aa6da", "#c397d8", "#70c0b1", "#eaeaea"]

def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

cells = [[(" ", FG, None, set()) for _ in range(COLS)] for _ in range(ROWS)]
fg, bg, attrs = FG, None, set()
for row, line in enumerate(sys.stdin.read().split("\n")[:ROWS]):
    col = 0
    for token in re.split(r"(\x1b\[[0-9;]*m)", line):
        if token.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in token[2:-1].split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0: fg, bg, attrs = FG, None, set()
                elif c in (1, 3, 4, 7): attrs = attrs | {c}
                elif c == 22: attrs = attrs - {1}
                elif c == 23: attrs = attrs - {3}
                elif c == 24: attrs = attrs - {4}
                elif c == 27: attrs = attrs - {7}
                elif 30 <= c <= 37: fg = ANSI[c - 30]
                elif 90 <= c <= 97: fg = ANSI[c - 90 + 8]
                elif c == 39: fg = FG
                elif 40 <= c <= 47: bg = ANSI[c - 40]
                elif c == 49: bg = None
                elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                    colour = ANSI[codes[i + 2]] if codes[i + 2] < 16 else FG
                    if c == 38: fg = colour
                    else: bg = colour
                    i += 2
                i += 1
            continue
        for ch in token:
            if col < COLS:
                cells[row][col] = (ch, fg, bg, set(attrs))
                col += width(ch)

out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{COLS*CW+20}" height="{ROWS*CH+20}">',
       f'<rect width="100%" height="100%" fill="{BG}" rx="6"/>',
       f'<g font-family="DejaVu Sans Mono" font-size="{FONT}" transform="translate(10,10)">']
for r in range(ROWS):
    for c in range(COLS):
        ch, f, b, a = cells[r][c]
        if 7 in a:
            f, b = (b or BG), f
        if b:
            out.append(f'<rect x="{c*CW}" y="{r*CH}" width="{CW*width(ch)+0.5}" height="{CH+0.5}" fill="{b}"/>')
        if ch != " ":
            style = (' font-weight="bold"' if 1 in a else "") + (' font-style="italic"' if 3 in a else "") \
                + (' text-decoration="underline"' if 4 in a else "")
            out.append(f'<text x="{c*CW}" y="{r*CH+CH*0.78}" fill="{f}"{style}>{html.escape(ch)}</text>')
out.append("</g></svg>")
print("\n".join(out))
