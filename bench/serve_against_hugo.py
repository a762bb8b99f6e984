"""Time from saving an answer to the changed page over HTTP: casebake serve against hugo server.

Both tools serve the same synthetic course (written by ../shared/bench/gen_corpus.py: COURSE/casebake
and COURSE/hugo) on loopback ports. Each round appends a marker line to one answer of one case in
each course, in turn, and polls the page that shows that answer (found before the first save) every
5 ms until it shows the marker: the watcher, the rebuild and the page, as a reader refreshing would
see them. Hugo runs as its users run it (`hugo server`, fast render on); Casebake as `casebake serve`,
which holds a page asked for once it has seen a change until that change's rebuild is published, so
its poll waits there instead of asking again.
Prints the median and p90 of each, the ratio of the medians, and the median of the rebuild times
casebake serve reports (the rest is the watcher, the quiet period and the polling). With more than
ten saves, the medians of the saves after the first five are printed too: the first saves after the
first build are those of a JVM still compiling the rebuild's code. The answer files are restored.

    python3 bench/serve_against_hugo.py JAR COURSE SAVES
"""
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


# Saves counted apart at the start, as the JVM's compilers warm up.
WARM_UP_SAVES = 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command, ready, log):
    """Starts COMMAND and waits for a line matching READY; returns the process and that line's match."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        log.append(line)
        found = re.search(ready, line)
        if found:
            threading.Thread(target=lambda: [log.append(l) for l in process.stdout], daemon=True).start()
            return process, found
    process.kill()
    sys.exit("%s did not start:\n%s" % (command[0], "".join(log[-20:])))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def page_showing(base, candidates, text):
    """The first of CANDIDATES (paths under BASE) whose page contains TEXT."""
    for path in candidates:
        if text in fetch(base + path):
            return path
    sys.exit("no page under %s shows %r" % (base, text))


def body_start(path):
    text = open(path, encoding="utf-8").read()
    body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
    words = body.split()
    return " ".join(words[:4])


def casebake_pages(base, case):
    """The case's pages, from the served site's sitemap, the case page first."""
    sitemap = fetch(base + "sitemap.xml")
    pages = [m.group(1) for m in re.finditer(r"<loc>[^<]*?/(cases/%s/[^<]*)</loc>" % re.escape(case), sitemap)]
    return sorted(set(pages), key=lambda p: (p.count("/"), p))


def timed_save(path, original, marker, url):
    start = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original + "\n" + marker + "\n")
    deadline = start + 60
    while time.monotonic() < deadline:
        if marker in fetch(url):
            return (time.monotonic() - start) * 1000
        time.sleep(0.005)
    sys.exit("%s never showed the edit" % url)


def main(jar, course, saves):
    cb_site = os.path.join(course, "casebake")
    hugo_site = os.path.join(course, "hugo")
    cb_case = sorted(os.listdir(os.path.join(cb_site, "content", "cases")))[0]
    hugo_case = sorted(d for d in os.listdir(os.path.join(hugo_site, "content", "cases")))[0]
    cb_answer = os.path.join(cb_site, "content", "cases", cb_case, "answers",
                             sorted(os.listdir(os.path.join(cb_site, "content", "cases", cb_case, "answers")))[0])
    hugo_answer = os.path.join(hugo_site, "content", "cases", hugo_case,
                               sorted(f for f in os.listdir(os.path.join(hugo_site, "content", "cases", hugo_case))
                                      if not f.startswith("_"))[0])
    logs = {"casebake": [], "hugo": []}
    cb, found = start(["java", "-jar", jar, "serve", "--source", cb_site, "--port", "0"], r"Serving the preview at (\S+)",
                      logs["casebake"])
    cb_base = found.group(1)
    port = free_port()
    hugo, found = start(["hugo", "server", "-s", hugo_site, "--bind", "127.0.0.1", "--port", str(port),
                         "--baseURL", "http://127.0.0.1:%d/" % port, "--appendPort=false"],
                        r"Web Server is available at (\S+)", logs["hugo"])
    hugo_base = "http://127.0.0.1:%d/" % port
    originals = {p: open(p, encoding="utf-8").read() for p in (cb_answer, hugo_answer)}
    times = {"casebake": [], "hugo": []}
    try:
        cb_page = cb_base + page_showing(cb_base, casebake_pages(cb_base, cb_case), body_start(cb_answer))
        hugo_page = hugo_base + "cases/%s/" % hugo_case
        if body_start(hugo_answer) not in fetch(hugo_page):
            sys.exit("hugo's case page does not show the answer")
        print("casebake page %s\nhugo page     %s" % (cb_page, hugo_page))
        for i in range(saves):
            marker = "Edit number %d." % i
            times["casebake"].append(timed_save(cb_answer, originals[cb_answer], marker, cb_page))
            time.sleep(0.5)
            times["hugo"].append(timed_save(hugo_answer, originals[hugo_answer], marker, hugo_page))
            time.sleep(0.5)
    finally:
        for path, text in originals.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        for process in (cb, hugo):
            process.send_signal(signal.SIGINT)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
    for tool in ("casebake", "hugo"):
        ordered = sorted(times[tool])
        print("%-8s save -> changed page over HTTP, %d saves: median %.0f ms, p90 %.0f ms, min %.0f, max %.0f" % (
            tool, saves, statistics.median(ordered), ordered[int(0.9 * (saves - 1))], ordered[0], ordered[-1]))
    print("ratio of medians casebake/hugo: %.2f" % (statistics.median(times["casebake"]) / statistics.median(times["hugo"])))
    if saves > 2 * WARM_UP_SAVES:
        # A JVM runs a rebuild's code interpreted, then compiled quickly, then optimised: the first saves
        # after the first build show that warm-up, the later ones what a preview left open gives.
        late = {tool: statistics.median(times[tool][WARM_UP_SAVES:]) for tool in times}
        print("after the first %d saves: casebake median %.0f ms, hugo %.0f ms, ratio %.2f" % (
            WARM_UP_SAVES, late["casebake"], late["hugo"], late["casebake"] / late["hugo"]))
    rebuilds = [int(m.group(1)) for line in logs["casebake"] for m in [re.search(r"^rebuilt \d+ pages in (\d+) ms", line)] if m]
    if rebuilds:
        print("casebake's own rebuilds (as serve reports them), %d: median %.0f ms, min %d, max %d" % (
            len(rebuilds), statistics.median(rebuilds), min(rebuilds), max(rebuilds)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
