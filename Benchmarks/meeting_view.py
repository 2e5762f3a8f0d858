"""make bench-present: the meeting view on a plan of 1,000 items (200 lots of four phases and a
milestone), typed into the shell with `presenteer` on. First one WebSocket client follows, as a
page does: how long after a command its frame arrives (median of the runs), and how much the
shell's peak memory grows over 1,000 changes. Then headless Chromium shows the page: how long
after a command the page has its frame, has put it in place, and has painted it (medians), and
what the page's JavaScript heap holds after 1,000 changes more.

Usage: meeting_view.py PLANWERK [RUNS] [--no-browser] [--page-changes N]"""

import os
import re
import subprocess
import sys
import tempfile
import threading
import time

import websocket

# The page is driven by the consumer check's own browser, imported without leaving bytecode.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests",
                                "Consumers"))
from check_presenter import Browser  # noqa: E402


def plan(directory):
    lines = ['nieuw "Duizend"']
    for lot in range(1, 201):
        lines += [
            f'perceel p{lot} "Perceel {lot}"',
            f"fase p{lot}.voorbereiding van 1 maart 2027 duur 20 werkdagen",
            f"fase p{lot}.inkoopprocedure na p{lot}.voorbereiding duur 40 werkdagen",
            f"fase p{lot}.implementatie na p{lot}.inkoopprocedure duur 30 werkdagen",
            f"fase p{lot}.uitvoering na p{lot}.implementatie duur 60 werkdagen",
            f"mijlpaal p{lot}.start na p{lot}.uitvoering",
        ]
    session = os.path.join(directory, "duizend.json")
    lines.append(f"bewaar {session}")
    script = os.path.join(directory, "duizend.plan")
    with open(script, "w") as out:
        out.write("\n".join(lines) + "\n")
    return script, session


def peak(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return 0.0


def kinds(delays):
    """The median delay (and size) of each kind of frame, and how many of the runs had it."""
    said = []
    for kind, runs in delays.items():
        if runs:
            middle = sorted(runs)[len(runs) // 2]
            size = f", {middle[1] / 1024:.1f} KB" if len(middle) > 1 else ""
            said.append(f"{middle[0] * 1000:.0f} ms as a {kind} frame ({len(runs)} runs{size})")
    return " and ".join(said)


def presenting(binary, session, env):
    """The shell on `session` with `presenteer` on, its answers read away; and the page's port and
    token."""
    shell = subprocess.Popen([binary, session], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env, bufsize=1)
    shell.stdin.write("presenteer\n")
    shell.stdin.flush()
    while True:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+)", shell.stdout.readline())
        if found:
            break
    threading.Thread(target=lambda: [shell.stdout.readline() for _ in iter(int, 1)],
                     daemon=True).start()
    return shell, found


def in_browser(binary, session, env, runs, changes):
    """Chromium follows the shell: the delays to the frame's arrival, to its place in the page and
    to the next paint, and the page's heap after `changes` changes."""
    shell, found = presenting(binary, session, env)
    browser = Browser(f"http://127.0.0.1:{found.group(1)}/?token={found.group(2)}")
    if not browser.wait_for("document.querySelectorAll('#pw-plan g.item').length > 1000", 30):
        sys.exit("the page shows no chart")
    serial = "Number(document.getElementById('pw-plan').dataset.serial)"
    # Painted: after the frame that follows the one in which the page changed.
    browser.evaluate("""new MutationObserver(() => requestAnimationFrame(() =>
      setTimeout(() => { window.pwPainted = Date.now(); }, 0))).observe(
      document.getElementById('pw-plan'), {attributes: true})""")
    received, shown, painted = ({"diff": [], "whole": []} for _ in range(3))
    for run in range(runs):
        before = browser.evaluate(serial)
        browser.evaluate("window.pwPainted = 0")
        typed = time.time()
        shell.stdin.write(f"verschuif p{run % 200 + 1}.voorbereiding 1 week\n")
        shell.stdin.flush()
        if not browser.wait_for(f"{serial} > {before} && window.pwPainted > 0", 10):
            sys.exit("the page did not follow")
        kind = browser.evaluate("document.body.dataset.frame") or "whole"
        received[kind].append((browser.evaluate("window.pwReceived") / 1000 - typed,))
        shown[kind].append((browser.evaluate("window.pwShown") / 1000 - typed,))
        painted[kind].append((browser.evaluate("window.pwPainted") / 1000 - typed,))
    def heap():
        browser.command("HeapProfiler.collectGarbage")
        return browser.command("Runtime.getHeapUsage")["usedSize"] / 2**20

    heap_before = heap()
    for change in range(changes):
        before = browser.evaluate(serial)
        shell.stdin.write(f"verschuif p1.voorbereiding {'1' if change % 2 == 0 else '-1'} dag\n")
        shell.stdin.flush()
        browser.wait_for(f"{serial} > {before}", 10)
    heap_after = heap()
    nodes = browser.evaluate("document.getElementsByTagName('*').length")
    shell.stdin.close()
    shell.wait()
    browser.close()
    print(f"Chromium: after a command the frame comes after {kinds(received)}; it is in the page "
          f"after {kinds(shown)}; painted after {kinds(painted)} (medians; goal 200 ms); "
          f"{changes} changes followed: JavaScript heap {heap_before:.1f} MB -> {heap_after:.1f} MB, "
          f"{nodes} elements")


def main():
    binary, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 20
    directory = tempfile.mkdtemp()
    env = dict(os.environ, PLANWERK_STATE=os.path.join(directory, "state"))
    script, session = plan(directory)
    subprocess.run([binary, script], env=env, check=True, stdout=subprocess.DEVNULL)
    shell, found = presenting(binary, session, env)
    follower = websocket.create_connection(
        f"ws://127.0.0.1:{found.group(1)}/live?token={found.group(2)}")
    size = len(follower.recv())
    delays = {"diff": [], "whole": []}
    for run in range(runs):
        typed = time.time()
        shell.stdin.write(f"verschuif p{run % 200 + 1}.voorbereiding 1 week\n")
        shell.stdin.flush()
        frame = follower.recv()
        kind = "diff" if '"parts"' in frame[:frame.index("\n")] else "whole"
        delays[kind].append((time.time() - typed, len(frame)))
    before = peak(shell.pid)
    for change in range(1000):
        shell.stdin.write(f"verschuif p1.voorbereiding {'1' if change % 2 == 0 else '-1'} dag\n")
        shell.stdin.flush()
        follower.recv()
    after = peak(shell.pid)
    shell.stdin.close()
    shell.wait()
    print(f"1,000 items, a whole frame of {size / 1024:.0f} KB; after a command the frame "
          f"arrives at a WebSocket client after {kinds(delays)} (goal 200 ms); 1,000 changes "
          f"followed: peak memory {before:.1f} MB -> {after:.1f} MB")
    if "--no-browser" not in sys.argv:
        changes = (int(sys.argv[sys.argv.index("--page-changes") + 1])
                   if "--page-changes" in sys.argv else 1000)
        in_browser(binary, session, env, runs, changes)


main()
