"""Time from saving an answer to the reloaded page in headless Chromium, through casebake serve.

Used by `bench/serve --browser`. Opens PAGE of a running preview in headless Chromium (driven over
the DevTools protocol, with the standard library only), saves ANSWER with a marker line SAVES
times, and measures from each save until the page that serve's reload script loaded shows the
marker: the rebuild, the reload event, the page load and its scripts and styles, as a reader sees.
"""
import base64
import json
import os
import shutil
import socket
import statistics
import struct
import subprocess
import tempfile
import time
import urllib.request


class DevTools:
    """A minimal WebSocket client for one DevTools target (text frames only, as DevTools sends)."""

    def __init__(self, ws_url):
        host_port, path = ws_url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, host_port, key)).encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("DevTools refused the connection: %r" % response)
        self.next_id = 0
        self.events = []

    def _send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            data += chunk
        return data

    def _receive(self):
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            message += self._exactly(length)
            if first & 0x80:
                return json.loads(message)

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s failed: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                self.events.append(self._receive())
            except socket.timeout:
                break
            finally:
                self.sock.settimeout(None)
        raise RuntimeError("no %s within %d s" % (method, timeout))


def start_chromium(profile):
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary is None:
        raise SystemExit("bench/serve --browser needs Chromium (apt-get install -y chromium)")
    process = subprocess.Popen([binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                "--user-data-dir=" + profile, "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        if "DevTools listening on " in line:
            return process, line.split("DevTools listening on ")[1].strip()
    raise SystemExit("Chromium did not start")


def measure(url, path, saves):
    """Median and p90 of save-to-marker-shown in Chromium, in milliseconds."""
    profile = tempfile.mkdtemp(prefix="casebake-bench-chromium-")
    chromium, browser_ws = start_chromium(profile)
    original = open(path, encoding="utf-8").read()
    times = []
    try:
        port = browser_ws.split(":")[2].split("/")[0]
        request = urllib.request.Request("http://127.0.0.1:%s/json/new?%s" % (port, url), method="PUT")
        target = json.loads(urllib.request.urlopen(request).read())
        page = DevTools(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Page.navigate", url=url)
        page.wait_for("Page.loadEventFired", 60)
        time.sleep(1)
        for i in range(saves):
            page.events.clear()
            marker = "Browser edit number %d." % i
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            page.wait_for("Page.loadEventFired", 60)
            shown = page.call("Runtime.evaluate", expression="document.body.innerText.includes(%s)" % json.dumps(marker),
                              returnByValue=True)["result"]["value"]
            elapsed = (time.monotonic() - start) * 1000
            if not shown:
                raise SystemExit("the reloaded page did not show the edit")
            times.append(elapsed)
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        chromium.terminate()
        chromium.wait(10)
        shutil.rmtree(profile, ignore_errors=True)
    ordered = sorted(times)
    return statistics.median(times), ordered[int(0.9 * (len(times) - 1))], ordered[0], ordered[-1]
