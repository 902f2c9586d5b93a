#!/usr/bin/env python3
"""Assembles the single-file build: one HTML page with the shell, its styles,
the icon and the app (whose JS carries the wasm, fonts and content inside,
from an Emscripten link with -sSINGLE_FILE=1 and --embed-file). It opens from
file:// with no server and no network, e.g. from a USB stick.
Usage: make_single_file.py WEB_DIR APP_JS OUT_HTML"""
import base64
import sys


def inline_script(text):
    # "</script" inside a script element would end it early.
    return text.replace("</script", "<\\/script")


def main():
    web, app_js, out = sys.argv[1:4]
    page = open(f"{web}/index.html", encoding="utf-8").read()
    css = open(f"{web}/shell.css", encoding="utf-8").read()
    shell = open(f"{web}/shell.js", encoding="utf-8").read()
    icon = base64.b64encode(open(f"{web}/favicon.svg", "rb").read()).decode()
    app = open(app_js, encoding="utf-8").read()
    replacements = [
        ('<link rel="stylesheet" href="shell.css">', "<style>\n" + css + "</style>"),
        ('href="favicon.svg"', f'href="data:image/svg+xml;base64,{icon}"'),
        ('src="favicon.svg"', f'src="data:image/svg+xml;base64,{icon}"'),
        ('<link rel="manifest" href="manifest.webmanifest">\n', ""),
        ('<script src="shell.js"></script>',
         "<script>window.mltSingleFile = true;</script>\n<script>\n" + inline_script(shell) +
         "</script>\n<script>\n" + inline_script(app) + "</script>"),
    ]
    for old, new in replacements:
        if old not in page:
            sys.exit(f"make_single_file: {old!r} is not in {web}/index.html any more; update this script")
        page = page.replace(old, new)
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
