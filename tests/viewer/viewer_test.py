#!/usr/bin/env python3
"""The HTML viewer in a real headless Chromium (Debian's chromium, chromium-driver
and python3-selenium).

  viewer_test.py CLAIMGRAPH ARTICLES_DIR SCREENSHOT.png

Ingests the articles into a fresh store, exports the subgraph around the speaker
in the most contradictions (depth 2) as HTML and as JSON, opens the page, and checks
what a user sees: no console error, one shape per node of the export, the
contradiction edges drawn apart with their reason on hover, a clicked claim's
details (content, speaker, cue, provenance), the search, the date filter, and the
truncation notice of a capped export. Writes a screenshot (the README's).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from checks import check, summary  # noqa: E402  (tests/checks.py)

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CONFLICT = {"CONTRADICTS", "REBUTS", "DENIES", "FIGURES_DIFFER"}


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser")
                   if os.path.exists(p)), None)
    if binary:
        options.binary_location = binary
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def load(driver, path):
    driver.get("file://" + path)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "1")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check(not errors, f"{os.path.basename(path)}: console errors {errors}")


def main():
    claimgraph, articles, screenshot = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix="viewer_test.")
    db = os.path.join(work, "db")
    run(claimgraph, "ingest", "--db", db, "--doc-id-from", "name", *sorted(glob.glob(os.path.join(articles, "*.txt"))))
    # The speaker in the most contradictions, so that the page has some to draw.
    edges = json.loads(run(claimgraph, "inspect", "--db", db, "contradictions", "--json"))
    disputes = {}
    for edge in edges:
        for side in ("a", "b"):
            name = edge[side]["speaker"]
            disputes[name] = disputes.get(name, 0) + 1
    check(disputes, "the articles hold contradictions to show")
    speaker = max(disputes, key=lambda name: (disputes[name], name))
    page = os.path.join(work, "dispute.html")
    run(claimgraph, "export", "--db", db, speaker, "--depth", "2", "-o", page)
    data = json.loads(run(claimgraph, "export", "--db", db, speaker, "--depth", "2",
                          "--format", "json"))
    html = open(page, encoding="utf-8").read()
    check("<script src" not in html and "<link" not in html and 'src="http' not in html,
          "the page loads nothing from the network")

    driver = browser()
    try:
        load(driver, page)
        # The whole picture starts in view and fills a good part of it.
        fit = driver.execute_script(
            "const s = document.getElementById('graph').getBoundingClientRect();"
            "const g = document.querySelector('#graph > g').getBoundingClientRect();"
            "return [g.left >= s.left - 1, g.top >= s.top - 1, g.right <= s.right + 1,"
            "        g.bottom <= s.bottom + 1, g.width / s.width, g.height / s.height];")
        check(all(fit[:4]) and max(fit[4:]) > 0.5, f"the picture fits the view: {fit}")
        shapes = driver.find_elements(By.CSS_SELECTOR, "#graph g.node")
        check(len(shapes) == len(data["nodes"]),
              f"{len(shapes)} node shapes for {len(data['nodes'])} nodes")
        for kind in {n["kind"] for n in data["nodes"]}:
            want = sum(n["kind"] == kind for n in data["nodes"])
            got = len(driver.find_elements(By.CSS_SELECTOR, f"#graph g.node.{kind}"))
            check(got == want, f"{got} {kind} shapes for {want} {kind} nodes")
        conflicts = [e for e in data["edges"] if e["type"] in CONFLICT]
        check(conflicts, "the export holds contradiction edges")
        drawn = driver.find_elements(By.CSS_SELECTOR, "#graph line.edge.conflict")
        check(len(drawn) == len(conflicts),
              f"{len(drawn)} contradiction edges drawn for {len(conflicts)}")
        titles = driver.execute_script(
            "return [...document.querySelectorAll('line.edge.conflict title')]"
            ".map(t => t.textContent)")
        check(all(e["conflict"]["reason"] in " ".join(titles) for e in conflicts),
              "each contradiction's reason shows on hover")
        check(not driver.find_elements(By.CSS_SELECTOR, "#graph line.edge:not(.conflict):not(.corrects) title"),
              "ASSERTED and other plain edges carry no label")

        # Click a disputed claim the speaker asserted: its details appear, with
        # the contradiction's reason.
        disputed = {e[end] for e in conflicts for end in ("source", "target")}
        asserted = max((e for e in data["edges"] if e["type"] == "ASSERTED"),
                       key=lambda e: e["target"] in disputed)
        claim = next(n for n in data["nodes"] if n["id"] == asserted["target"])
        driver.execute_script(
            "const n = [...document.querySelectorAll('#graph g.node')]"
            ".find(g => g.__data__.id === arguments[0]);"
            "n.dispatchEvent(new MouseEvent('click', {bubbles: true}));", claim["id"])
        details = driver.find_element(By.ID, "details").text
        check(claim["content"] in details, "the clicked claim's content shows")
        check(asserted["provenance"]["doc_id"] in details, "its article shows")
        check(asserted.get("cue", "") in details and "bytes" in details,
              "its cue and byte spans show")
        reasons = [e["conflict"]["reason"] for e in conflicts if claim["id"] in (e["source"], e["target"])]
        check(reasons and all(r in details for r in reasons),
              "the clicked claim's contradictions show with their reasons")
        speaker_node = next(n for n in data["nodes"] if n["id"] == asserted["source"])
        check(speaker_node["label"] in details, "its speaker shows")

        # Search a name: it is found and outlined.
        box = driver.find_element(By.ID, "search")
        box.send_keys(speaker)
        found = driver.find_elements(By.CSS_SELECTOR, "#graph g.node.match")
        check(any(g.get_attribute("class").split()[1] == "source" for g in found),
              "searching the speaker's name outlines the speaker")
        box.clear()
        box.send_keys(" ")
        driver.execute_script("document.getElementById('search').value='';"
                              "document.getElementById('search').dispatchEvent(new Event('input'))")

        # Date filter: a range before every statement hides every dated claim.
        dated = [n for n in data["nodes"] if n["kind"] == "claim" and n.get("date")]
        if dated:
            driver.execute_script(
                "const t = document.getElementById('date-to'); t.value = '1900-01-01';"
                "t.dispatchEvent(new Event('change'));")
            visible = int(driver.execute_script("return document.body.dataset.visibleNodes"))
            check(visible == len(data["nodes"]) - len(dated),
                  f"date filter: {visible} visible of {len(data['nodes'])}, {len(dated)} dated")
            driver.execute_script(
                "const t = document.getElementById('date-to'); t.value = '';"
                "t.dispatchEvent(new Event('change'));")
        driver.save_screenshot(screenshot)
        check(os.path.getsize(screenshot) > 10000, "a screenshot was written")

        # A capped export says so on the page.
        capped = os.path.join(work, "capped.html")
        subprocess.run([claimgraph, "export", "--db", db, speaker, "--depth", "2",
                        "--max-nodes", "3", "-o", capped], check=True, capture_output=True)
        load(driver, capped)
        notice = driver.find_element(By.ID, "notice")
        check(notice.is_displayed() and "Truncated" in notice.text, "the truncation notice shows")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#graph g.node")) == 3, "3 nodes when capped")
        load(driver, page)
        check(not driver.find_element(By.ID, "notice").is_displayed(),
              "no notice on a whole export")
    finally:
        driver.quit()
    return summary()


if __name__ == "__main__":
    sys.exit(main())
