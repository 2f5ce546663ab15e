#!/usr/bin/python3
"""The HTML review in a real browser: Debian's headless Chromium through
chromedriver (python3-selenium).

usage: browser_check.py APPMIX OUT_DIR HTML_OR_INVENTORY...

Each argument is an inventory (its report is written to OUT_DIR first) or a
ready .html file. For each page it:
  - loads it from file:// with console and network logging on;
  - fails on a console error, on any request other than the page itself, on
    a <script> element, or on a JavaScript dialog (escaping gone wrong);
  - checks the structure: every section of the review with its heading,
    every inline <svg> well-formed XML (parsed by Python and by the browser's
    DOMParser), and no element wider than the page at a laptop width
    (1280 px), a phone width (390 px) and the printable width of A4;
  - writes full-page PNGs (laptop and phone) and an A4 PDF into OUT_DIR and
    fails on a blank PNG (one colour) or a PDF without pages.
Prints one line per check; exits 1 on the first failing page's problems
(all listed), 0 when every page passes. Exit 77 (skip) when Chromium,
chromedriver or selenium is missing.
"""
import base64
import io
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

SECTIONS = ["summary", "coverage", "recommendation", "plan", "time", "feedback", "journeys",
            "findings", "appendix"]
A4_PRINTABLE_PX = 688  # (210 mm - 2 x 14 mm margins) at 96 px per inch

try:
    from selenium import webdriver
    from selenium.common.exceptions import UnexpectedAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from PIL import Image
except ImportError as error:
    print(f"SKIP: {error} (install python3-selenium and python3-pil)")
    sys.exit(77)


def find_browser():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        print("SKIP: chromium and chromedriver are not installed (Debian: chromium chromium-driver)")
        sys.exit(77)
    return browser, driver


def start(browser, driver_path):
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--disable-dev-shm-usage", "--force-device-scale-factor=1",
                     "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(driver_path), options=options)


def svgs_parse(html):
    """Every <svg>...</svg> of the page parses as XML; returns (count, problems)."""
    problems = []
    blocks = re.findall(r"<svg\b.*?</svg>", html, re.S)
    for index, block in enumerate(blocks):
        try:
            ElementTree.fromstring(block)
        except ElementTree.ParseError as error:
            problems.append(f"svg #{index + 1} is not well-formed XML: {error}")
    return len(blocks), problems


WIDEST_JS = """
const width = document.documentElement.clientWidth;
const wide = [];
for (const element of document.querySelectorAll('body *')) {
  const box = element.getBoundingClientRect();
  if (box.width > 0 && (box.right > width + 1 || box.left < -1))
    wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
              (element.className && element.className.baseVal === undefined && element.className
                 ? '.' + element.className : '') + ' ' + Math.round(box.left) + '..' +
              Math.round(box.right) + ' ' + JSON.stringify((element.textContent || '').slice(0, 40)));
}
return [width, document.documentElement.scrollWidth, wide.slice(0, 5), wide.length];
"""

STRUCTURE_JS = """
const sections = arguments[0];
const missing = sections.filter(id => {
  const section = document.getElementById(id);
  return !section || section.tagName !== 'SECTION' || !section.querySelector('h2');
});
const parser = new DOMParser();
const serializer = new XMLSerializer();
const broken = [];
document.querySelectorAll('svg').forEach((svg, i) => {
  const parsed = parser.parseFromString(serializer.serializeToString(svg), 'image/svg+xml');
  if (parsed.getElementsByTagName('parsererror').length) broken.push(i + 1);
});
return [missing, broken, document.querySelectorAll('svg').length,
        document.querySelectorAll('script').length, document.title,
        document.body.innerText.length];
"""


def fit_width(driver, width, label, problems):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1,
                            "mobile": width < 500})
    client, scroll, wide, count = driver.execute_script(WIDEST_JS)
    if scroll > client + 1 or count:
        problems.append(f"{label}: page {client} px wide, content {scroll} px; {count} elements "
                        f"wider than the page, e.g. {wide}")
    else:
        print(f"  ok   {label}: nothing wider than {client} px")


def screenshot(driver, width, path, problems):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1,
                            "mobile": width < 500})
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True})
    data = base64.b64decode(shot["data"])
    with open(path, "wb") as out:
        out.write(data)
    image = Image.open(io.BytesIO(data)).convert("RGB")
    small = image.resize((max(1, image.width // 8), max(1, image.height // 8)))
    colours = small.getcolors(maxcolors=1 << 20) or []
    non_white = sum(count for count, colour in colours if colour != (255, 255, 255))
    share = non_white / (small.width * small.height)
    if len(colours) < 8 or share < 0.01:
        problems.append(f"{os.path.basename(path)} looks blank: {len(colours)} colours, "
                        f"{share:.1%} not white")
    else:
        print(f"  ok   {os.path.basename(path)}: {image.width}x{image.height}, "
              f"{len(colours)} colours, {share:.0%} not white")


def check_page(driver, html_path, out_dir):
    problems = []
    name = os.path.splitext(os.path.basename(html_path))[0]
    html = open(html_path, encoding="utf-8").read()
    url = "file://" + os.path.abspath(html_path)
    driver.get_log("browser")
    driver.get_log("performance")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    try:
        driver.get(url)
        missing, broken, svg_count, scripts, title, text_length = driver.execute_script(
            STRUCTURE_JS, SECTIONS)
    except UnexpectedAlertPresentException as error:
        return [f"a JavaScript dialog opened: {error}"]
    if missing:
        problems.append(f"sections missing or without a heading: {missing}")
    if broken:
        problems.append(f"the browser could not parse SVG #{broken}")
    if scripts:
        problems.append(f"{scripts} <script> elements in the page")
    if text_length < 500:
        problems.append(f"only {text_length} characters of text")
    python_count, xml_problems = svgs_parse(html)
    problems += xml_problems
    if not missing and not broken and not xml_problems:
        print(f"  ok   structure: {len(SECTIONS)} sections, {svg_count} SVGs well-formed "
              f"({python_count} by XML parser), title {title!r}")

    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
    import json
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requested = message["params"]["request"]["url"]
            if requested != url and not requested.startswith("about:"):
                requests.append(requested)
    if requests:
        problems.append(f"network requests besides the page: {requests[:5]}")
    else:
        print("  ok   no console error, no request besides the page itself")

    fit_width(driver, 1280, "laptop 1280 px", problems)
    fit_width(driver, 390, "phone 390 px", problems)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    fit_width(driver, A4_PRINTABLE_PX, f"print, A4 printable width {A4_PRINTABLE_PX} px", problems)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    screenshot(driver, 1280, os.path.join(out_dir, f"{name}-laptop.png"), problems)
    screenshot(driver, 390, os.path.join(out_dir, f"{name}-phone.png"), problems)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    pdf = base64.b64decode(driver.execute_cdp_cmd(
        "Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    pdf_path = os.path.join(out_dir, f"{name}.pdf")
    with open(pdf_path, "wb") as out:
        out.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    if not pdf.startswith(b"%PDF") or pages < 1:
        problems.append(f"{name}.pdf has no page")
    else:
        print(f"  ok   {name}.pdf: {pages} A4 pages, {len(pdf) // 1024} KiB")
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    appmix, out_dir, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    browser, driver_path = find_browser()
    os.makedirs(out_dir, exist_ok=True)
    pages = []
    for item in inputs:
        if item.endswith(".html"):
            pages.append(item)
            continue
        name = os.path.basename(item.rstrip("/")).removesuffix(".yaml")
        html = os.path.join(out_dir, f"{name}.html")
        subprocess.run([appmix, "report", item, "-o", html, "--quiet", "--threads", "1",
                        "--as-of", "2026-01-15"],
                       check=True)
        pages.append(html)
    driver = start(browser, driver_path)
    failed = False
    try:
        for page in pages:
            print(f"{page}:")
            problems = check_page(driver, page, out_dir)
            for problem in problems:
                print(f"  FAIL {problem}")
            failed = failed or bool(problems)
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
