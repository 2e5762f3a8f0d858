"""The meeting view, as a room sees it: headless Chromium opens the page `presenteer` gives,
a change is typed into the shell, and the page must show it within a second, with the items it
moved highlighted and the change's line above the chart, without a reload. A request without the
token is refused, and the server ends with the shell. Prints how long the page took to follow.

Usage: check_presenter.py PLANWERK SESSION [ITEM-TO-SHIFT]"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import websocket


def fail(message):
    print("FAIL", message)
    sys.exit(1)


class Shell:
    """planwerk reading lines from a pipe, its answers read line by line."""

    def __init__(self, binary, session, state):
        env = dict(os.environ, PLANWERK_STATE=state)
        self.process = subprocess.Popen(
            [binary, session], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, env=env, bufsize=1)

    def type(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def read_until(self, pattern, seconds=20):
        deadline = time.time() + seconds
        seen = []
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            seen.append(line)
            match = re.search(pattern, line)
            if match:
                return match
        fail(f"the shell never printed {pattern!r}: {''.join(seen)[-500:]}")


class Browser:
    """Headless Chromium driven through its DevTools protocol."""

    def __init__(self, url):
        self.profile = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
             f"--user-data-dir={self.profile}", "--window-size=1400,900", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + 30
        while not os.path.exists(port_file) or os.path.getsize(port_file) == 0:
            if time.time() > deadline:
                fail("chromium did not start")
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        pages = []
        while not pages:
            listing = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
            pages = [p for p in listing if p.get("type") == "page"]
            time.sleep(0.1)
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=10)
        self.serial = 0

    def evaluate(self, expression):
        self.serial += 1
        self.socket.send(json.dumps({
            "id": self.serial, "method": "Runtime.evaluate",
            "params": {"expression": expression, "returnByValue": True}}))
        while True:
            answer = json.loads(self.socket.recv())
            if answer.get("id") == self.serial:
                return answer["result"]["result"].get("value")

    def wait_for(self, expression, seconds=5):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.005)
        return None

    def close(self):
        self.socket.close()
        self.process.kill()
        self.process.wait()


def main():
    binary, session = sys.argv[1], sys.argv[2]
    item = sys.argv[3] if len(sys.argv) > 3 else "r1.inkoopprocedure"
    state = tempfile.mkdtemp()
    shell = Shell(binary, session, state)
    shell.type("presenteer")
    url = shell.read_until(r"(http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{32})").group(1)
    base = url.split("?")[0]
    for refused in (base, base + "?token=0", base + "live"):
        try:
            urllib.request.urlopen(refused)
            fail(f"{refused} was served without the token")
        except urllib.error.HTTPError as error:
            if error.code != 403:
                fail(f"{refused} answered {error.code}, not 403")
    browser = Browser(url)
    if not browser.wait_for("document.querySelector('#pw-plan svg') !== null", 20):
        fail("the page shows no chart")
    if not browser.wait_for("document.getElementById('pw-state').textContent === 'live'", 10):
        fail("the page does not follow the shell")
    scrolled = browser.evaluate("window.scrollTo(0, 120); window.pwMark = 'kept'; window.scrollY")
    serial = browser.evaluate("Number(document.getElementById('pw-plan').dataset.serial)")
    line = f"verschuif {item} 2 weken"
    typed = time.time()
    shell.type(line)
    if not browser.wait_for(
            f"Number(document.getElementById('pw-plan').dataset.serial) > {serial}", 5):
        fail("the page did not follow the change")
    followed = time.time() - typed
    received = browser.evaluate("window.pwReceived") / 1000 - typed
    painted = browser.evaluate("window.pwShown") / 1000 - typed
    if browser.evaluate("window.pwMark") != "kept":
        fail("the page reloaded")
    if browser.evaluate("window.scrollY") != scrolled:
        fail("the page lost its scroll position")
    shown = browser.evaluate("document.getElementById('pw-line').textContent")
    if shown != line:
        fail(f"the page shows {shown!r} above the chart, not the change's line")
    marked = browser.evaluate(
        "Array.from(document.querySelectorAll('.pw-changed')).map(e => e.id || e.dataset.id)")
    if f"item-{item}" not in marked:
        fail(f"{item} is not highlighted: {marked}")
    shell.process.stdin.close()
    shell.process.wait(timeout=20)
    try:
        urllib.request.urlopen(url, timeout=3)
        fail("the page is still served after the shell ended")
    except (urllib.error.URLError, ConnectionError):
        pass
    browser.close()
    print(f"the meeting view followed '{line}' in {followed * 1000:.0f} ms: the frame came "
          f"after {received * 1000:.0f} ms and stood on the page after {painted * 1000:.0f} ms "
          f"({len(marked)} elements highlighted)")


main()
