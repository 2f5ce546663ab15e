#!/usr/bin/python3
"""Benchmark of `appmix report` on a generated inventory (default 5,000 apps,
40 units, 800 capabilities): the time to write the HTML (whole process,
median of RUNS), the file's size, and how long headless Chromium takes to
load it (Navigation Timing: from navigation start to the end of the load
event, and to the first contentful paint; median of RUNS fresh loads).
Targets (issue "appmix report"): generation under 2 s, file under 5 MB,
load under 3 s. Prints figures only; it asserts nothing.

usage: bench/report.py BUILD_DIR [--apps N] [--runs N] [--seed N] [--threads N]
Runs with /usr/bin/python3 (Debian's python3-selenium for the browser).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--apps", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    appmix = os.path.join(args.build, "appmix")
    generator = os.path.join(args.build, "bench", "gen_inventory")
    scratch = tempfile.mkdtemp(prefix="appmix-report-bench-")
    try:
        inventory = os.path.join(scratch, f"gen{args.apps}.yaml")
        with open(inventory, "w") as out:
            subprocess.run([generator, "--apps", str(args.apps), "--units", "40",
                            "--capabilities", "800", "--seed", str(args.seed)], stdout=out,
                           check=True)
        html = os.path.join(scratch, "review.html")
        markdown = os.path.join(scratch, "review.md")
        times, md_times = [], []
        for _ in range(args.runs):
            for target, bucket in ((html, times), (markdown, md_times)):
                start = time.monotonic()
                subprocess.run([appmix, "report", inventory, "-o", target, "--quiet",
                                "--threads", str(args.threads)], check=True)
                bucket.append(time.monotonic() - start)
        recommend = []
        for _ in range(args.runs):
            start = time.monotonic()
            subprocess.run([appmix, "recommend", inventory, "--quiet", "--threads",
                            str(args.threads)], check=True, stdout=subprocess.DEVNULL)
            recommend.append(time.monotonic() - start)
        size = os.path.getsize(html)
        print(f"appmix report, generated inventory: {args.apps:,} apps, 40 units, 800 capabilities,"
              f" seed {args.seed}, --threads {args.threads}; median of {args.runs}")
        print(f"  generation (HTML, whole process):     {statistics.median(times):.3f} s"
              f"   (target < 2 s)")
        print(f"  generation (Markdown, whole process): {statistics.median(md_times):.3f} s")
        print(f"  recommend alone, same inventory:      {statistics.median(recommend):.3f} s")
        print(f"  HTML file size:                       {size / 1e6:.2f} MB ({size:,} bytes)"
              f"   (target < 5 MB); Markdown {os.path.getsize(markdown):,} bytes")
        load_in_chromium(html, args.runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def load_in_chromium(html, runs):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("  Chromium load: skipped (python3-selenium not installed)")
        return
    browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not browser or not driver_path:
        print("  Chromium load: skipped (chromium / chromedriver not installed)")
        return
    loads, paints, walls = [], [], []
    for _ in range(runs):
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1280,900"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            start = time.monotonic()
            driver.get("file://" + os.path.abspath(html))
            walls.append(time.monotonic() - start)
            load, paint = driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                "return [n.loadEventEnd, p ? p.startTime : -1];")
            loads.append(load / 1000)
            paints.append(paint / 1000)
        finally:
            driver.quit()
    print(f"  Chromium load (navigation start to load event end): "
          f"{statistics.median(loads):.3f} s   (target < 3 s)")
    print(f"  Chromium first contentful paint:      {statistics.median(paints):.3f} s;"
          f" driver.get wall time {statistics.median(walls):.3f} s")


if __name__ == "__main__":
    sys.exit(main())
