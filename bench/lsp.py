#!/usr/bin/env python3
"""Latency of `appmix lsp`: from an edit to the diagnostics it causes.

  python3 bench/lsp.py BUILD_DIR [RUNS]

Generates two directory inventories with bench/gen_inventory (seed 1): 40
apps in 8 files and 5,000 apps in 44 files (--preset check). For each it
starts `appmix lsp` on the folder, opens one unit file and then, RUNS times
(default 21), replaces that file's text with a misspelt capability id and
back again, timing each edit from the didChange message written to the
publishDiagnostics of that file that shows (or clears) the finding. Prints
the median, minimum and maximum in milliseconds, and the server's peak RSS.
Client-side wall time over a pipe, so it includes framing and JSON both
ways. Never run by ctest; quote medians from an otherwise idle machine.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, appmix, root):
        self.process = subprocess.Popen([appmix, "lsp", "--as-of", "2026-01-15"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 1
        self.send({"method": "initialize", "id": self.take_id(),
                   "params": {"rootUri": "file://" + urllib.parse.quote(root),
                              "capabilities": {}}})
        self.wait(lambda m: m.get("id") == 1 and "result" in m)
        self.send({"method": "initialized", "params": {}})

    def take_id(self):
        self.next_id += 1
        return self.next_id - 1

    def send(self, message):
        message["jsonrpc"] = "2.0"
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the server ended")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def wait(self, predicate):
        while True:
            message = self.read()
            if predicate(message):
                return message

    def close(self):
        self.send({"method": "shutdown", "id": self.take_id()})
        self.wait(lambda m: "result" in m and m.get("method") is None)
        self.send({"method": "exit"})
        self.process.wait(timeout=60)


def peak_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return int(re.search(r"VmHWM:\s+(\d+)", status.read()).group(1))
    except (OSError, AttributeError):
        return 0


def bench(appmix, generator, scratch, name, arguments, runs):
    root = os.path.join(scratch, name.replace(" ", "-").replace(",", ""))
    subprocess.run([generator, *arguments, "--seed", "1", "--split", root], check=True)
    unit = sorted(os.path.join(folder, f) for folder, _, files in os.walk(root)
                  for f in files if "/units/" in os.path.join(folder, f))[0]
    with open(unit, encoding="utf-8") as f:
        text = f.read()
    capability = re.search(r"capabilities: \[([a-z0-9.-]+)", text).group(1)
    typo = text.replace("[" + capability, "[" + capability + "x", 1)
    uri = "file://" + urllib.parse.quote(unit)
    server = Server(appmix, root)
    publishes = lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                           and m["params"]["uri"] == uri)
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    server.wait(publishes)
    files = sum(len([f for f in fs if f.endswith(".yaml")]) for _, _, fs in os.walk(root))
    timings = []
    for run in range(runs):
        for version, body, broken in ((2 * run + 2, typo, True), (2 * run + 3, text, False)):
            start = time.perf_counter()
            server.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": body}]}})
            server.wait(lambda m: publishes(m) and broken == any(
                d["code"] == "unknown-reference" for d in m["params"]["diagnostics"]))
            timings.append((time.perf_counter() - start) * 1000)
    rss = peak_rss_kib(server.process.pid)
    server.close()
    print(f"{name}: {files} files; diagnostics after an edit: median "
          f"{statistics.median(timings):.1f} ms, min {min(timings):.1f}, max {max(timings):.1f} "
          f"({len(timings)} edits); peak RSS {rss / 1024:.0f} MiB")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    build = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 21
    appmix = os.path.abspath(os.path.join(build, "appmix"))
    generator = os.path.abspath(os.path.join(build, "bench", "gen_inventory"))
    with tempfile.TemporaryDirectory(prefix="appmix-bench-lsp-") as scratch:
        bench(appmix, generator, scratch, "40 apps",
              ["--apps", "40", "--units", "4", "--capabilities", "30", "--journeys", "4"], runs)
        bench(appmix, generator, scratch, "5,000 apps", ["--preset", "check"], runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
