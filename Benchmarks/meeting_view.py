"""make bench-present: the meeting view on a plan of 1,000 items (200 lots of four phases and a
milestone), typed into the shell with `presenteer` on and one WebSocket client following, as
a page does: how long after a command its frame arrives (median of the runs), and how much the
shell's peak memory grows over 1,000 changes. A browser's own layout comes on top
(Tests/Consumers/check_presenter.py prints both for a seed).

Usage: meeting_view.py PLANWERK [RUNS]"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import websocket


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


def main():
    binary, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
    directory = tempfile.mkdtemp()
    env = dict(os.environ, PLANWERK_STATE=os.path.join(directory, "state"))
    script, session = plan(directory)
    subprocess.run([binary, script], env=env, check=True, stdout=subprocess.DEVNULL)
    shell = subprocess.Popen([binary, session], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env, bufsize=1)
    shell.stdin.write("presenteer\n")
    shell.stdin.flush()
    while True:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+)", shell.stdout.readline())
        if found:
            break
    follower = websocket.create_connection(
        f"ws://127.0.0.1:{found.group(1)}/live?token={found.group(2)}")
    size = len(follower.recv())
    threading.Thread(target=lambda: [shell.stdout.readline() for _ in iter(int, 1)],
                     daemon=True).start()
    delays = []
    for run in range(runs):
        typed = time.time()
        shell.stdin.write(f"verschuif p{run % 200 + 1}.voorbereiding 1 week\n")
        shell.stdin.flush()
        follower.recv()
        delays.append(time.time() - typed)
    before = peak(shell.pid)
    for change in range(1000):
        shell.stdin.write(f"verschuif p1.voorbereiding {'1' if change % 2 == 0 else '-1'} dag\n")
        shell.stdin.flush()
        follower.recv()
    after = peak(shell.pid)
    shell.stdin.close()
    shell.wait()
    print(f"1,000 items, a frame of {size / 1024:.0f} KB: it arrives {statistics.median(delays) * 1000:.0f} ms "
          f"after the command (median of {runs}; goal 200 ms); 1,000 changes followed: peak memory "
          f"{before:.1f} MB -> {after:.1f} MB")


main()
