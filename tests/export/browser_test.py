#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Open exported HTML in a real headless browser (Debian's chromium).

usage: browser_test.py CHROMIUM MINS-EXPORT SEEDS-DIR SERIES-DIR OUT-DIR

Exports the raw seed minutes (SEEDS-DIR/*.txt) and the examples' series as
HTML (pages, index and registers) into OUT-DIR, then for each page checks that:
- it asks for nothing from elsewhere: no element that loads an asset
  (script, link, img, iframe...), no src/srcset attribute, no url() or
  @import in a style; and chromium, with every host name made
  unresolvable, logs (--log-net-log) no request made by the page for
  anything but the page's own file. A control page with an outside image
  and style sheet must be caught, or the check itself is broken;
- it renders: chromium's DOM after loading (--dump-dom) has the header, the
  main part and one section per agenda item of the JSON export;
- its anchors resolve: every #fragment link names an id of the page, and
  every link to another exported page names a file that exists and an id
  in it.
Screenshots of the seed page and the series index go to OUT-DIR/*.png.
Exits 77 (skipped) with a message when chromium is not installed.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
ASSET_TAGS = {"script", "link", "img", "iframe", "frame", "object", "embed",
              "video", "audio", "source", "track", "picture", "svg", "image",
              "input", "base"}
ASSET_ATTRS = {"src", "srcset", "poster", "background", "data", "action",
               "formaction"}


class Page(html.parser.HTMLParser):
    """The ids, links, asset-loading markup and item sections of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs, self.assets = set(), [], []
        self.items = 0
        self.tags = set()
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag in ASSET_TAGS:
            self.assets.append(f"<{tag}>")
        for k in a:
            if k in ASSET_ATTRS:
                self.assets.append(f"{tag} {k}={a[k]}")
        if "style" in a and ("url(" in a["style"] or "@import" in a["style"]):
            self.assets.append(f"{tag} style={a['style']}")
        if tag == "section" and "item" in a.get("class", "").split():
            self.items += 1
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def parse(text):
    p = Page()
    p.feed(text)
    p.close()
    return p


def chromium(browser, url, *extra):
    """Run headless chromium on url; returns (stdout, net-log events of
    requests the page made)."""
    with tempfile.TemporaryDirectory() as tmp:
        netlog = os.path.join(tmp, "net.json")
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-quic", "--no-first-run",
               "--disable-background-networking",
               "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps",
               f"--user-data-dir={os.path.join(tmp, 'profile')}",
               "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--log-net-log={netlog}", *extra, url]
        run = subprocess.run(cmd, capture_output=True, text=True,
                             timeout=120, check=False)
        if run.returncode != 0:
            raise RuntimeError(f"chromium exited {run.returncode} on {url}: "
                               f"{run.stderr[-500:]}")
        with open(netlog, encoding="utf-8") as f:
            log = json.load(f)
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    asked = []
    for ev in log["events"]:
        p = ev.get("params", {})
        if names.get(ev["type"]) != "URL_REQUEST_START_JOB" or "url" not in p:
            continue
        # requests the page made carry its (file://) origin in their
        # isolation key; the browser's own background ones do not
        if "file://" not in p.get("network_isolation_key", ""):
            continue
        if not p["url"].startswith("file://"):
            asked.append(p["url"])
    return run.stdout, asked


def export(program, out, *paths):
    run = subprocess.run([program, "--to", "html", "-q", "-o", out, *paths],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"mins-export exited {run.returncode}: "
                           f"{run.stderr}")
    run = subprocess.run([program, "--to", "jsonl", "-q", *paths],
                         capture_output=True, text=True, check=False)
    return {os.path.splitext(os.path.basename(j["file"]))[0]: len(j["items"])
            for j in map(json.loads, run.stdout.splitlines())}


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    browser, program, seeds, series, out = sys.argv[1:]
    found = shutil.which(browser) if browser else None
    if not found:
        print("SKIPPED: chromium is not installed (apt-get install chromium; "
              ".ci/deps does): the exported HTML was not opened in a browser")
        return SKIP
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    raw = sorted(os.path.join(seeds, f) for f in os.listdir(seeds)
                 if f.endswith(".txt"))
    items = export(program, os.path.join(out, "seeds"), *raw)
    items.update(export(program, os.path.join(out, "series"), series))
    pages = sorted(os.path.join(out, "seeds", f)
                   for f in os.listdir(os.path.join(out, "seeds"))
                   if f.endswith(".html"))
    pages += [os.path.join(out, "series", f)
              for f in ("index.html", "resolutions.html", "actions.html",
                        "2023-11-21.html")]
    failures = []

    # the control: a page that does ask for outside things must be caught
    control = os.path.join(out, "control.html")
    with open(control, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html><head><link rel="stylesheet" '
                'href="https://cdn.example.invalid/x.css"></head><body>'
                '<img src="http://img.example.invalid/x.png"></body></html>')
    _, asked = chromium(found, "file://" + os.path.abspath(control),
                        "--dump-dom")
    if len(asked) < 2:
        failures.append(f"control page: requests not detected ({asked}): "
                        "the check cannot be trusted")

    for page in pages:
        name = os.path.relpath(page, out)
        with open(page, encoding="utf-8") as f:
            static = parse(f.read())
        if static.assets:
            failures.append(f"{name}: loads assets: {static.assets[:5]}")
        if "url(" in static.style or "@import" in static.style:
            failures.append(f"{name}: its style sheet loads something")
        dom_text, asked = chromium(found, "file://" + os.path.abspath(page),
                                   "--dump-dom")
        if asked:
            failures.append(f"{name}: asked for {asked[:5]}")
        dom = parse(dom_text)
        for tag in ("header", "main", "h1", "footer"):
            if tag not in dom.tags:
                failures.append(f"{name}: rendered without <{tag}>")
        stem = os.path.splitext(os.path.basename(page))[0]
        if stem in items and dom.items != items[stem]:
            failures.append(f"{name}: {dom.items} item sections rendered, "
                            f"the export has {items[stem]} items")
        checked = 0
        for href in dom.hrefs:
            if href.startswith("#"):
                checked += 1
                if href[1:] not in dom.ids:
                    failures.append(f"{name}: {href} names no id")
                continue
            if "://" in href or href.startswith("mailto:"):
                continue  # a link out: followed only if the reader clicks
            target, _, frag = href.partition("#")
            path = os.path.normpath(os.path.join(os.path.dirname(page),
                                                 target))
            checked += 1
            if not os.path.exists(path):
                failures.append(f"{name}: {href}: no file {path}")
                continue
            if frag:
                with open(path, encoding="utf-8") as f:
                    if frag not in parse(f.read()).ids:
                        failures.append(f"{name}: {href} names no id there")
        print(f"{name}: {len(dom_text)} bytes rendered, "
              f"{dom.items} items, {checked} links checked")

    shots = [p for p in pages if "002_" in p] + \
            [os.path.join(out, "series", "index.html")]
    for page in shots:
        png = os.path.join(out, os.path.basename(os.path.dirname(page)) + "-" +
                           os.path.splitext(os.path.basename(page))[0] +
                           ".png")
        chromium(found, "file://" + os.path.abspath(page),
                 f"--screenshot={png}", "--window-size=1000,1400",
                 "--hide-scrollbars")
        with open(png, "rb") as f:
            head = f.read(8)
        if head != b"\x89PNG\r\n\x1a\n" or os.path.getsize(png) < 10000:
            failures.append(f"{png}: no screenshot of the page")
        else:
            print(f"screenshot: {png}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
