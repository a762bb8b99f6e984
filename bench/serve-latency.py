"""Time from saving an answer to the reloaded page, through casebake serve.

Starts `java -jar JAR serve` on a free loopback port, listens to its reload events, saves ANSWER
(appending a marker line) SAVES times, and after each reload event fetches PAGE until it shows the
marker. A PAGE ending in "/" names a case folder: the page of that case that shows the answer is used. Prints the median and p90 of save-to-fetched-page, and the rebuild times serve printed.
The answer file is restored at the end. Used by bench/serve. With --browser, the page is opened
in headless Chromium instead and timed until the reloaded page shows the edit (browser_latency.py).
"""
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

import browser_latency
from serve_against_hugo import body_start, casebake_pages, page_showing


def main(jar, site, answer, page, saves, browser):
    serve = subprocess.Popen(["java", "-jar", jar, "serve", "--source", site, "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = []
    line = ""
    while not line.startswith("Serving"):
        line = serve.stdout.readline()
        if not line:
            sys.exit("serve stopped before serving:\n" + "".join(log))
        log.append(line)
    url = line.split()[-1]
    port = re.search(r":(\d+)/", url).group(1)
    threading.Thread(target=lambda: [log.append(l) for l in serve.stdout], daemon=True).start()
    events = queue.Queue()

    def listen():
        stream = urllib.request.urlopen("http://127.0.0.1:%s/_casebake/events" % port)
        name = None
        for raw in stream:
            text = raw.decode().rstrip("\n")
            if text.startswith("event: "):
                name = text[7:]
            elif text.startswith("data: "):
                events.put(name)

    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1)
    path = os.path.join(site, answer)
    if page.endswith("/"):
        # A case folder: the page of it that shows the answer (the answer's home).
        page = page_showing(url, casebake_pages(url, page.rstrip("/").split("/")[-1]), body_start(path))
    if browser:
        try:
            median, p90, low, high = browser_latency.measure(url + page, path, saves)
        finally:
            serve.send_signal(signal.SIGINT)
            serve.wait(10)
        print("save -> reloaded page shown in headless Chromium, %d saves: median %.0f ms, p90 %.0f ms, min %.0f, max %.0f"
              % (saves, median, p90, low, high))
        report_builds(log)
        return
    original = open(path, encoding="utf-8").read()
    times = []
    try:
        for i in range(saves):
            while not events.empty():
                events.get()
            marker = "Edit number %d." % i
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            while events.get(timeout=60) != "reload":
                pass
            body = urllib.request.urlopen(url + page).read().decode()
            times.append((time.monotonic() - start) * 1000)
            if marker not in body:
                sys.exit("the page did not show the edit")
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        serve.send_signal(signal.SIGINT)
        serve.wait(10)
    ordered = sorted(times)
    print("save -> reloaded page fetched, %d saves: median %.0f ms, p90 %.0f ms, min %.0f, max %.0f" % (
        saves, statistics.median(times), ordered[int(0.9 * (saves - 1))], ordered[0], ordered[-1]))
    report_builds(log)


def report_builds(log):
    builds = [int(m.group(1)) for l in log for m in [re.search(r"rebuilt \d+ pages in (\d+) ms", l)] if m]
    if builds:
        print("rebuild times printed by serve: median %d ms, min %d, max %d" % (
            statistics.median(builds), min(builds), max(builds)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), len(sys.argv) > 6 and sys.argv[6] == "--browser")
