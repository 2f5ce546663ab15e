#!/usr/bin/env python3
"""Inventory text in the review document shows as text, in HTML and Markdown.

usage: escaping_check.py APPMIX HOSTILE_INVENTORY SCRATCH_DIR

The hostile inventory names its organisation, units, capabilities, apps and
journeys with markup that would run script, hide the page, break out of an
attribute, the stylesheet or an SVG label, or split a Markdown table. The
HTML report must hold only the elements and attributes appmix writes itself
(no <script>, <img>, <iframe>, no on* attribute, one <style>, links only to
its own sections) and show every hostile string as its literal text; the
Markdown report must keep every table row's cell count and escape emphasis,
links and backticks. Exits 1 listing each failure.
"""
import html.parser
import os
import re
import subprocess
import sys

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav", "section",
    "h1", "h2", "h3", "p", "ol", "ul", "li", "a", "div", "span", "b", "code", "br", "table",
    "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
    "svg", "g", "rect", "text", "line", "circle", "path",
}
LITERALS = [
    "<script>alert(1)</script> & Sons",
    "\"><img src=x onerror=alert(2)>",
    "</style><style>body{display:none}</style>",
    "]]><svg onload=alert(4)> | pipe | `tick`",
    "<b>Till</b> & \"Co\" 'quoted'",
    "=cmd|' /C calc'!A0",
    "<!-- comment --> <![CDATA[ x ]]>",
    "<iframe src=javascript:alert(7)>",
    "\\x1b[31m",  # the escape character shown as an escape, not sent raw
]


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.problems, self.text, self.styles = set(), [], [], []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {name}={value!r}")
            if name in ("href", "src") and value and not value.startswith("#"):
                self.problems.append(f"<{tag} {name}={value!r}> points outside the page")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        (self.styles if self.in_style else self.text).append(data)

    def handle_comment(self, data):
        self.problems.append(f"an HTML comment came through: {data!r}")


def check_html(path):
    problems = []
    page = open(path, encoding="utf-8").read()
    if "\x1b" in page:
        problems.append("a raw escape character reached the page")
    collector = Collector()
    collector.feed(page)
    problems += collector.problems
    unexpected = collector.tags - ALLOWED_TAGS
    if unexpected:
        problems.append(f"elements appmix never writes: {sorted(unexpected)}")
    if len(collector.styles) != 1 or "display:none" in "".join(collector.styles):
        problems.append("the stylesheet holds inventory text or is not one <style>")
    text = "".join(collector.text)
    for literal in LITERALS:
        if literal not in text:
            problems.append(f"not shown as text: {literal!r}")
    return problems


def check_markdown(path):
    problems = []
    lines = open(path, encoding="utf-8").read().splitlines()
    unescaped_pipe = re.compile(r"(?<!\\)\|")
    columns = None
    for number, line in enumerate(lines, 1):
        if not line.startswith("|"):
            columns = None
            continue
        count = len(unescaped_pipe.findall(line))
        if columns is None:
            columns = count
        elif count != columns:
            problems.append(f"line {number}: {count - 1} cells where the table has {columns - 1}: "
                            f"{line[:100]!r}")
    text = "\n".join(lines)
    for raw in ["**bold**", "[link](javascript", "`tick`", "\x1b"]:
        if raw in text:
            problems.append(f"unescaped in Markdown: {raw!r}")
    for escaped in [r"\*\*bold\*\*", r"\`tick\`", r"\<script\>alert(1)\</script\>"]:
        if escaped not in text:
            problems.append(f"missing from Markdown: {escaped!r}")
    return problems


def main():
    appmix, inventory, scratch = sys.argv[1:4]
    os.makedirs(scratch, exist_ok=True)
    failures = []
    for name, checker in (("review.html", check_html), ("review.md", check_markdown)):
        out = os.path.join(scratch, name)
        result = subprocess.run([appmix, "report", inventory, "-o", out, "--quiet", "--as-of", "2026-01-15"],
                                capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"{name}: appmix exited {result.returncode}: {result.stderr}")
            continue
        problems = checker(out)
        failures += [f"{name}: {problem}" for problem in problems]
        if not problems:
            print(f"ok   {name}: every hostile string shown as text")
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
