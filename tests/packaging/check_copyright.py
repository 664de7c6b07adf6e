# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks an installed Debian copyright file: machine-readable (DEP-5, parsed
strictly by python3-debian), the project under GPL-3.0-or-later, the bundled
plotly.js under MIT, and every licence named there spelled out.

Usage: python3 check_copyright.py FILE
"""
import sys

from debian import copyright


def fail(message):
    print(f"{sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        try:
            parsed = copyright.Copyright(f, strict=True)
        except (copyright.Error, ValueError) as e:
            fail(f"not machine-readable DEP-5: {e}")
    if not parsed.header.format or "copyright-format/1.0" not in parsed.header.format:
        fail(f"Format is {parsed.header.format!r}")
    if not parsed.header.upstream_contact or "@" not in parsed.header.upstream_contact[0]:
        fail("no Upstream-Contact address")

    expected = {"any source file": ("main.cpp", "GPL-3.0-or-later"),
                "plotly.js": ("plotly-basic.min.js", "MIT")}
    for what, (path, licence) in expected.items():
        paragraph = parsed.find_files_paragraph(path)
        if paragraph is None:
            fail(f"no Files paragraph covers {path} ({what})")
        if paragraph.license.synopsis != licence:
            fail(f"{what} is under {paragraph.license.synopsis}, expected {licence}")
        if not paragraph.copyright.strip():
            fail(f"{what} has no Copyright")

    texts = {p.license.synopsis: p.license.text for p in parsed.all_license_paragraphs()}
    for paragraph in parsed.all_files_paragraphs():
        name = paragraph.license.synopsis
        if not paragraph.license.text and not texts.get(name, "").strip():
            fail(f"licence {name} is named but its text is missing")
    if "/usr/share/common-licenses/GPL-3" not in texts.get("GPL-3.0-or-later", ""):
        fail("the GPL paragraph does not point to /usr/share/common-licenses/GPL-3")
    if "Permission is hereby granted" not in texts.get("MIT", ""):
        fail("the MIT paragraph lacks the licence text")
    print(f"{sys.argv[1]}: DEP-5, GPL-3.0-or-later, plotly.js MIT")


if __name__ == "__main__":
    main()
