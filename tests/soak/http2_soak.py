#!/usr/bin/python3
"""linkscope-collect over HTTP/2 against linkscope-sim with 50 devices at 500
messages a second: every message the emulator's manifest says it sent must be
in the history file, exactly once, and acknowledged.

usage: http2_soak.py BIN_DIR [SECONDS]     (CI runs 10 s; the issue's check is 60 s)
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

RATE = 500


def main():
    bin_dir = sys.argv[1]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    count = RATE * seconds
    work = tempfile.mkdtemp(prefix="linkscope-soak-")
    manifest = os.path.join(work, "manifest.json")
    store = os.path.join(work, "history.sqlite")
    sim = subprocess.Popen([os.path.join(bin_dir, "linkscope-sim"), "--appkey", "soakKey", "--appsecret",
                            "soakSecret", "--cert-dir", os.path.join(work, "certs"), "--devices", "50",
                            "--rate", str(RATE), "--count", str(count), "--manifest", manifest,
                            # messages sent before the collector logged in wait offline; re-push them soon
                            "--redeliver-after", "1", "--redeliver-batch", "1000"],
                           stdout=subprocess.PIPE, stderr=open(os.path.join(work, "sim.log"), "w"), text=True)
    collect = None
    try:
        ready = json.loads(sim.stdout.readline())
        env = dict(os.environ, LINKSCOPE_APPSECRET="soakSecret")
        started = time.time()
        collect = subprocess.Popen([os.path.join(bin_dir, "linkscope-collect"), "--protocol", "http2",
                                    "--endpoint", "https://127.0.0.1:%d" % ready["http2Port"], "--ca",
                                    ready["caFile"], "--appkey", "soakKey", "--store", store],
                                   env=env, stderr=open(os.path.join(work, "collect.log"), "w"))
        acknowledged = 0
        deadline = started + seconds * 3 + 30  # generous: a slow machine is not a failure of the code
        while time.time() < deadline:
            time.sleep(1)
            try:
                with open(manifest) as f:
                    m = json.load(f)
            except (OSError, ValueError):
                continue
            acknowledged = len(m.get("acknowledged", []))
            if acknowledged >= count:
                break
        elapsed = time.time() - started
        collect.send_signal(signal.SIGTERM)
        if collect.wait(30) != 0:
            print("linkscope-collect exited with %d" % collect.returncode)
            return 1
        sim.send_signal(signal.SIGTERM)
        sim.wait(30)
        with open(manifest) as f:
            m = json.load(f)
        sent = m["sent"]
        db = sqlite3.connect(store)
        stored = {}
        for (mid,) in db.execute("SELECT message_id FROM messages"):
            stored[mid] = stored.get(mid, 0) + 1
        missing = [i for i in sent if stored.get(i) != 1]
        print("sent %d, acknowledged %d, stored %d distinct, in %.1f s (%.0f msg/s)"
              % (len(sent), len(m["acknowledged"]), len(stored), elapsed, len(stored) / max(elapsed, 0.001)))
        if len(sent) != count:
            print("the emulator sent %d, expected %d" % (len(sent), count))
            return 1
        if missing:
            print("%d sent messages are not stored exactly once, e.g. %s" % (len(missing), missing[:5]))
            return 1
        if len(m["acknowledged"]) != count:
            print("only %d of %d acknowledged" % (len(m["acknowledged"]), count))
            return 1
        return 0
    finally:
        for p in (collect, sim):
            if p and p.poll() is None:
                p.kill()
                p.wait()


if __name__ == "__main__":
    sys.exit(main())
