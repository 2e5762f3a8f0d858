"""The meeting view, as a room sees it: headless Chromium opens the page `presenteer` gives,
a change is typed into the shell, and the page must show it within a second, with the items it
moved highlighted and the change's line above the chart, without a reload. A change that keeps the
time axis and the rows comes as a diff of the elements it changed, and the page it leaves must be
the page a fresh load shows; a change that adds a row comes whole. A request without the token is
refused, no script runs against the page's policy, and the server ends with the shell. Prints how
long the page took to follow.

Usage: check_presenter.py PLANWERK SESSION [ITEM-TO-SHIFT [ITEM-TO-SHIFT-A-LITTLE [LOT]]]"""

import json
import os
import re
import socket
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

    def command(self, method, params=None):
        self.serial += 1
        self.socket.send(json.dumps({"id": self.serial, "method": method, "params": params or {}}))
        while True:
            answer = json.loads(self.socket.recv())
            if answer.get("id") == self.serial:
                return answer.get("result", {})

    def evaluate(self, expression, wait=False):
        return self.command("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": wait,
        })["result"].get("value")

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


# The chart as the page shows it now and as a fresh load of the page shows it: the same, once
# the highlight (which a fresh page does not have) is taken off.
SAME_AS_FRESH = """(async () => {
  const page = await (await fetch(location.href, {cache: "no-store"})).text();
  const fresh = new DOMParser().parseFromString(page, "text/html");
  function shown(root) {
    const copy = root.cloneNode(true);
    copy.querySelectorAll(".pw-changed").forEach(e => {
      e.classList.remove("pw-changed");
      if (!e.getAttribute("class")) e.removeAttribute("class");
    });
    return copy.innerHTML.trim();
  }
  const live = shown(document.getElementById("pw-plan"));
  const loaded = shown(fresh.getElementById("pw-plan"));
  if (live === loaded) return "same";
  let at = 0;
  while (live[at] === loaded[at]) at++;
  return "live: " + live.slice(Math.max(0, at - 80), at + 80) +
    "\\nfresh: " + loaded.slice(Math.max(0, at - 80), at + 80);
})()"""

# Where an item stands on the page: its bar's left edge and its tooltip and texts.
def item_state(item):
    return f"""(() => {{
  const element = document.getElementById({json.dumps("item-" + item)});
  if (!element) return null;
  const bar = element.querySelector("rect, polygon");
  return [bar ? (bar.getAttribute("x") || bar.getAttribute("points")) : null, element.textContent];
}})()"""


class Page:
    """The page in the browser as the checks read it."""

    def __init__(self, browser, shell):
        self.browser = browser
        self.shell = shell

    def serial(self):
        return self.browser.evaluate("Number(document.getElementById('pw-plan').dataset.serial)")

    def follow(self, line):
        """Types `line` and waits until the page has shown its frame; returns the delays."""
        serial = self.serial()
        typed = time.time()
        self.shell.type(line)
        if not self.browser.wait_for(
                f"Number(document.getElementById('pw-plan').dataset.serial) > {serial}", 5):
            fail(f"the page did not follow '{line}'")
        followed = time.time() - typed
        received = self.browser.evaluate("window.pwReceived") / 1000 - typed
        painted = self.browser.evaluate("window.pwShown") / 1000 - typed
        shown = self.browser.evaluate("document.getElementById('pw-command').textContent")
        if shown != line:
            fail(f"the page shows {shown!r} as the command above the chart, not {line!r}")
        return followed, received, painted

    def change(self):
        """The change's own line above the chart: what moved, by how much."""
        return self.browser.evaluate("document.getElementById('pw-line').textContent")

    def warnings(self):
        return self.browser.evaluate(
            "Array.from(document.querySelectorAll('#pw-warnings li')).map(e => e.textContent)")

    def kind(self):
        return self.browser.evaluate("document.body.dataset.frame")

    def same_as_fresh(self, after):
        answer = self.browser.evaluate(SAME_AS_FRESH, wait=True)
        if answer != "same":
            fail(f"after {after} the page differs from a fresh load of it:\n{answer}")

    def marked(self):
        return self.browser.evaluate(
            "Array.from(document.querySelectorAll('.pw-changed')).map(e => e.id)")


def main():
    binary, session = sys.argv[1], sys.argv[2]
    item = sys.argv[3] if len(sys.argv) > 3 else "r1.inkoopprocedure"
    nudged = sys.argv[4] if len(sys.argv) > 4 else "r2.inkoopprocedure"
    lot = sys.argv[5] if len(sys.argv) > 5 else "r1"
    state = tempfile.mkdtemp()
    shell = Shell(binary, session, state)
    # A port in use and an address of another machine are refused at once, saying what works.
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    started = time.time()
    shell.type(f"presenteer poort {busy.getsockname()[1]}")
    shell.read_until(r"poort \d+ is al in gebruik door een ander programma")
    shell.read_until(r"kies een andere poort, of laat 'poort' weg")
    shell.type("presenteer luister 203.0.113.9")
    shell.read_until(r"203\.0\.113\.9 is geen adres van deze computer")
    if time.time() - started > 2:
        fail(f"refusing a busy port and a foreign address took {time.time() - started:.1f} s")
    busy.close()
    shell.type("presenteer")
    url = shell.read_until(r"(http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{32})").group(1)
    base = url.split("?")[0]
    # Changes while no page follows are not drawn; the page that opens then shows the last.
    shell.type(f"verschuif {item} 1 dag")
    shell.type("ongedaan")
    shell.read_until(r"^Ongedaan: ")
    for refused in (base, base + "?token=0", base + "live"):
        try:
            urllib.request.urlopen(refused)
            fail(f"{refused} was served without the token")
        except urllib.error.HTTPError as error:
            if error.code != 403:
                fail(f"{refused} answered {error.code}, not 403")
    # Until its WebSocket is open, the page says it is connecting, not that it is live.
    first = urllib.request.urlopen(url).read().decode()
    if 'id="pw-state">verbinden…<' not in first:
        fail("before its WebSocket is open the page does not say 'verbinden…'")
    browser = Browser(url)
    if not browser.wait_for("document.querySelector('#pw-plan svg') !== null", 20):
        fail("the page shows no chart")
    if not browser.wait_for("document.getElementById('pw-state').textContent === 'live'", 10):
        fail("the page does not follow the shell")
    # The chart has its own width in CSS pixels, whatever the window's, so that zoom enlarges it
    # and a narrow window scrolls; its smallest text stands at 12 pixels at least.
    width, smallest, window = browser.evaluate("""(() => {
      const svg = document.querySelector('#pw-plan svg');
      const scale = svg.getScreenCTM().a;
      const sizes = Array.from(svg.querySelectorAll('text'),
        t => parseFloat(t.getAttribute('font-size')) * scale);
      return [svg.getBoundingClientRect().width, Math.min(...sizes), window.innerWidth];
    })()""")
    if abs(width - 1554.26) > 1 or smallest < 11.99:
        fail(f"the chart is {width:.0f} px wide in a window of {window} with text down to "
             f"{smallest:.1f} px, not 1554 px with text of 12 px at least")
    opened = browser.evaluate("document.getElementById('pw-line').textContent")
    if not opened.startswith(f"Ongedaan: verschuif {item} 1 dag"):
        fail(f"the page opened after changes nobody watched shows {opened!r}, not the last one")
    # Whatever the page would run or load against its policy is counted, not only refused.
    browser.evaluate("window.pwRefused = []; document.addEventListener('securitypolicyviolation',"
                     " e => window.pwRefused.push(e.violatedDirective + ' ' + e.blockedURI))")
    page = Page(browser, shell)
    scrolled = browser.evaluate("window.scrollTo(0, 120); window.pwMark = 'kept'; window.scrollY")
    line = f"verschuif {item} 2 weken"
    followed, received, painted = page.follow(line)
    if browser.evaluate("window.pwMark") != "kept":
        fail("the page reloaded")
    if browser.evaluate("window.scrollY") != scrolled:
        fail("the page lost its scroll position")
    marked = page.marked()
    if f"item-{item}" not in marked:
        fail(f"{item} is not highlighted: {marked}")
    if not page.change().startswith(f"{item} +2 wk"):
        fail(f"the line above the chart does not say what moved: {page.change()!r}")
    # The warning the change caused stands on the page too, marked, for the room to see.
    warned = page.warnings()
    if len(sys.argv) <= 3 and not (warned and warned[0].startswith("! ")):
        fail(f"the page does not show the warning '{line}' caused: {warned}")
    page.same_as_fresh(f"'{line}'")

    # A change within the time axis comes as a diff: only the elements it changed, put in place
    # by their ids, and the page it leaves is the page a fresh load shows.
    before = browser.evaluate(item_state(nudged))
    small = f"verschuif {nudged} 1 week"
    diff_delays = page.follow(small)
    if page.kind() != "diff":
        fail(f"'{small}' came as a {page.kind()} frame, not a diff")
    replaced = browser.evaluate("Number(document.body.dataset.replaced)")
    after = browser.evaluate(item_state(nudged))
    if after == before:
        fail(f"{nudged} did not move on the page: {after}")
    if f"item-{nudged}" not in page.marked():
        fail(f"{nudged} is not highlighted after the diff: {page.marked()}")
    page.same_as_fresh(f"the diff of '{small}'")
    if browser.evaluate("window.scrollY") != scrolled or browser.evaluate("window.pwMark") != "kept":
        fail("the diff reloaded the page or lost its scroll position")

    # `herhaal FILE stap` drives the page on one time axis for the whole replay: each step it
    # shows is noted (its line, and whether it came as a diff), and the page it leaves after
    # the replay is the page a fresh load shows.
    saved = os.path.join(state, "check.json")
    shell.type(f"bewaar {saved}")
    shell.read_until(r"^Bewaard in ")
    browser.evaluate("""window.pwSteps = [];
      new MutationObserver(() => window.pwSteps.push([
        document.getElementById('pw-command').textContent, document.body.dataset.frame])).observe(
        document.getElementById('pw-plan'), {attributes: true, attributeFilter: ['data-serial']})""")
    shell.type(f"herhaal {saved} stap")
    steps = int(shell.read_until(r"^Stap 1 van (\d+):").group(1))
    shell.read_until(r"^Klaar: ")
    last = f"Stap {steps} van {steps}: {small}"
    if not browser.wait_for(f"window.pwSteps.some(s => s[0] === {json.dumps(last)})", 5):
        fail(f"the page did not show the replay's last step: {browser.evaluate('window.pwSteps')}")
    if not browser.wait_for("document.getElementById('pw-command').textContent.startsWith('herhaal')"):
        fail("the page did not show the plan the replay left")
    page.same_as_fresh("the replay")
    shown_steps = browser.evaluate("window.pwSteps.filter(s => s[0].startsWith('Stap'))")
    replayed = sum(1 for _, kind in shown_steps if kind == "diff")

    # A new row changes the page's structure: it comes whole, and shows the new phase.
    added = f"fase {lot}.extra na {lot}.voorbereiding duur 3 weken"
    page.follow(added)
    if page.kind() != "whole":
        fail(f"'{added}' came as a {page.kind()} frame, not a whole one")
    if browser.evaluate(item_state(f"{lot}.extra")) is None:
        fail(f"the new phase {lot}.extra is not on the page")
    page.same_as_fresh(f"'{added}'")
    # Undone, the page says what was undone, as the shell does.
    page.follow("ongedaan")
    if not page.change().startswith(f"Ongedaan: {added}"):
        fail(f"after 'ongedaan' the page says {page.change()!r}, not what was undone")
    page.follow("opnieuw")
    if not page.change().startswith(f"Opnieuw: {added}"):
        fail(f"after 'opnieuw' the page says {page.change()!r}, not what was redone")
    refused = browser.evaluate("window.pwRefused")
    if refused:
        fail(f"the page's policy refused: {refused}")

    # Scrolled into the plan, the column heads and the time axis stay in view under the bar:
    # a copy of the chart's, without ids of its own.
    axis = browser.evaluate("""(() => {
      window.scrollTo(0, document.body.scrollHeight);
      window.dispatchEvent(new Event('scroll'));
      const axis = document.getElementById('pw-axis');
      const svg = axis.querySelector('svg');
      const bar = document.getElementById('pw-bar').getBoundingClientRect().bottom;
      return [axis.classList.contains('pw-stuck'), svg ? svg.getBoundingClientRect().top - bar : null,
        svg ? svg.textContent : '', axis.querySelectorAll('[id]').length];
    })()""")
    if not (axis[0] and axis[1] is not None and abs(axis[1]) < 1 and re.search(r"20\d\d", axis[2])
            and axis[3] == 0):
        fail(f"scrolled down, the time axis is not kept in view under the bar: {axis}")

    # A change whose items are all out of view brings the first of them into view, smoothly.
    hidden = browser.evaluate(f"""(() => {{
      const box = document.getElementById({json.dumps("item-" + item)}).getBoundingClientRect();
      return box.bottom < 0 || box.top > window.innerHeight;
    }})()""")
    if not hidden:
        fail(f"scrolled to the bottom, {item} should be out of view for the next check")
    page.follow(f"verschuif {item} 1 week")
    if not browser.wait_for(f"""(() => {{
      const box = document.getElementById({json.dumps("item-" + item)}).getBoundingClientRect();
      const top = document.querySelector('#pw-axis.pw-stuck svg') ||
        document.getElementById('pw-bar');
      return box.top >= top.getBoundingClientRect().bottom && box.bottom <= window.innerHeight;
    }})()""", 3):
        fail(f"the moved {item} was not scrolled into view")

    # In English the page speaks English everywhere: its language, its refusal, its status.
    page.follow("taal en")
    if browser.evaluate("document.documentElement.lang") != "en":
        fail("after 'taal en' the page's language is not English")
    try:
        urllib.request.urlopen(base)
    except urllib.error.HTTPError as error:
        if not error.read().decode().startswith("No access: "):
            fail("an English plan's page refuses in another language")

    shell.process.stdin.close()
    shell.process.wait(timeout=20)
    if not browser.wait_for("document.getElementById('pw-state').textContent === 'connection lost'"):
        shown = browser.evaluate("document.getElementById('pw-state').textContent")
        fail(f"the page does not say in English that the shell is gone: {shown!r}")
    try:
        urllib.request.urlopen(url, timeout=3)
        fail("the page is still served after the shell ended")
    except (urllib.error.URLError, ConnectionError):
        pass
    browser.close()
    print(f"the meeting view followed '{line}' in {followed * 1000:.0f} ms: the frame came "
          f"after {received * 1000:.0f} ms and stood on the page after {painted * 1000:.0f} ms "
          f"({len(marked)} elements highlighted); '{small}' came as a diff of {replaced} "
          f"elements and stood after {diff_delays[2] * 1000:.0f} ms; the page equals a fresh load "
          f"after each and after the replay ({len(shown_steps)} steps shown, {replayed} as diffs), "
          f"and '{added}' came whole")


if __name__ == "__main__":
    main()
