#!/usr/bin/python3
"""Interop with a real AMQP 1.0 broker nobody here wrote: RabbitMQ 3.10 from
Debian with the rabbitmq_amqp1_0 plugin, on free loopback ports, with a
throwaway config, data dir and HOME, stopped by its PID afterwards.

Messages in the cloud's format are published to it with python3-qpid-proton;
linkscope-collect must receive, decode and store every one of them.

usage: rabbitmq_interop.py BIN_DIR [COUNT]
"""
import hashlib
import hmac
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

from proton import Message, SSLDomain
from proton.handlers import MessagingHandler
from proton.reactor import Container

APPKEY, SECRET, RANDOM = "rmqKey", "rmqSecret", 42
USER = ("rmq-interop|authMode=appkey,signMethod=SHA256,random=%d,appKey=%s,groupId=%s|" % (RANDOM, APPKEY, APPKEY))
PASSWORD = hmac.new(SECRET.encode(), ("random=%d" % RANDOM).encode(), hashlib.sha256).hexdigest()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, seconds):
    end = time.time() + seconds
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.3)
    return False


class Publisher(MessagingHandler):
    def __init__(self, url, ca, messages):
        super().__init__()
        self.url, self.ca, self.messages, self.sent, self.confirmed = url, ca, messages, 0, 0

    def on_start(self, event):
        domain = SSLDomain(SSLDomain.MODE_CLIENT)
        domain.set_trusted_ca_db(self.ca)
        domain.set_peer_authentication(SSLDomain.VERIFY_PEER_NAME)
        conn = event.container.connect(self.url, user=USER, password=PASSWORD, ssl_domain=domain,
                                       allowed_mechs="PLAIN", sasl_enabled=True, virtual_host="127.0.0.1")
        event.container.create_sender(conn, "default")

    def on_sendable(self, event):
        while event.sender.credit and self.sent < len(self.messages):
            topic, mid, payload = self.messages[self.sent]
            # mid None: an AMQP null messageId and no message-id at all; "": an empty one.
            m = Message(body=payload.encode(), inferred=True, id=mid or None,
                        properties={"topic": topic, "messageId": mid, "generateTime": int(time.time() * 1000)})
            event.sender.send(m)
            self.sent += 1

    def on_accepted(self, event):
        self.confirmed += 1
        if self.confirmed == len(self.messages):
            event.connection.close()

    def on_connection_closed(self, event):
        event.container.stop()

    def on_transport_error(self, event):
        print("publisher transport error:", event.transport.condition, file=sys.stderr)
        event.container.stop()


def cloud_messages(n):
    out = []
    for i in range(n):
        dn = "dev%d" % (i % 7)
        t = int(time.time() * 1000) + i  # current: the store keeps 30 days by the data's own time
        if i % 5 == 0:
            topic = "/pkR/%s/thing/event/DoorOpenNotification/post" % dn
            payload = {"identifier": "DoorOpenNotification", "name": "开门通知", "type": "info", "time": t,
                       "productKey": "pkR", "deviceName": dn, "value": {"KeyID": "k%d" % i}}
        elif i % 5 == 1:
            topic = "/mqtt/status/pkR/%s" % dn
            payload = {"action": "online" if i % 2 else "offline", "productKey": "pkR", "deviceName": dn,
                       "gmtCreate": t, "status": {"time": t, "value": "1" if i % 2 else "0"}}
        else:
            topic = "/pkR/%s/thing/event/property/post" % dn
            payload = {"productKey": "pkR", "deviceName": dn, "gmtCreate": t,
                       "items": {"Temperature": {"value": 20 + i % 10, "time": t}}}
        out.append((topic, "rmq-%d" % i, json.dumps(payload, ensure_ascii=False, separators=(",", ":"))))
    return out


# Messages without a usable id: each different one must be stored, the same
# bytes twice only once, and none under the text "null".
def idless_messages():
    t = int(time.time() * 1000)
    topic = "/pkR/devNull/thing/event/property/post"
    a = json.dumps({"productKey": "pkR", "deviceName": "devNull", "gmtCreate": t,
                    "items": {"Temperature": {"value": 1, "time": t}}}, separators=(",", ":"))
    b = json.dumps({"productKey": "pkR", "deviceName": "devNull", "gmtCreate": t + 1,
                    "items": {"Temperature": {"value": 2, "time": t + 1}}}, separators=(",", ":"))
    c = json.dumps({"productKey": "pkR", "deviceName": "devNull", "gmtCreate": t + 2,
                    "items": {"Temperature": {"value": 3, "time": t + 2}}}, separators=(",", ":"))
    return [(topic, None, a), (topic, None, b), (topic, None, a), (topic, "", c)]


IDLESS_DISTINCT = 3


def main():
    bin_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    if not os.path.exists("/usr/lib/rabbitmq/bin/rabbitmq-server"):
        print("rabbitmq-server is not installed (Debian package rabbitmq-server)", file=sys.stderr)
        return 1
    tmp = tempfile.mkdtemp(prefix="linkscope-rmq-")
    broker = collect = None
    epmd_port = free_port()
    failures = []
    try:
        certs = os.path.join(tmp, "certs")
        subprocess.run([os.path.join(bin_dir, "linkscope-sim"), "--cert-dir", certs, "--duration", "0.1"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        amqps, dist = free_port(), free_port()
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        with open(os.path.join(tmp, "enabled_plugins"), "w") as f:
            f.write("[rabbitmq_amqp1_0].\n")
        with open(os.path.join(tmp, "rabbitmq.config"), "w") as f:
            f.write("""[
 {rabbit, [
   {tcp_listeners, []},
   {ssl_listeners, [{"127.0.0.1", %d}]},
   {ssl_options, [{cacertfile, "%s"}, {certfile, "%s"}, {keyfile, "%s"},
                  {verify, verify_none}, {fail_if_no_peer_cert, false}]},
   {default_user, <<"%s">>}, {default_pass, <<"%s">>},
   {loopback_users, []}
 ]},
 {rabbitmq_amqp1_0, [{protocol_strict_mode, false}]}
].
""" % (amqps, certs + "/ca.pem", certs + "/server.pem", certs + "/server.key", USER, PASSWORD))
        env = dict(os.environ, HOME=home,
                   RABBITMQ_NODENAME="linkscope-%d@localhost" % os.getpid(),
                   RABBITMQ_NODE_IP_ADDRESS="127.0.0.1", RABBITMQ_NODE_PORT=str(free_port()),
                   RABBITMQ_DIST_PORT=str(dist), ERL_EPMD_PORT=str(epmd_port), ERL_EPMD_ADDRESS="127.0.0.1",
                   RABBITMQ_CONFIG_FILE=os.path.join(tmp, "rabbitmq"),
                   RABBITMQ_ENABLED_PLUGINS_FILE=os.path.join(tmp, "enabled_plugins"),
                   RABBITMQ_MNESIA_BASE=os.path.join(tmp, "mnesia"), RABBITMQ_LOG_BASE=os.path.join(tmp, "log"),
                   RABBITMQ_PID_FILE=os.path.join(tmp, "rabbit.pid"), RABBITMQ_LOGS="-")
        broker = subprocess.Popen(["/usr/lib/rabbitmq/bin/rabbitmq-server"], env=env, stdin=subprocess.DEVNULL, stdout=open(os.path.join(tmp, "broker.log"), "w"),
                                  stderr=subprocess.STDOUT, start_new_session=True)
        if not wait_port(amqps, 90):
            failures.append("RabbitMQ did not open its AMQPS port within 90 s")
            return 1
        url = "amqps://127.0.0.1:%d" % amqps
        messages = cloud_messages(count)
        pub = Publisher(url, certs + "/ca.pem", messages + idless_messages())
        Container(pub).run()
        if pub.confirmed != count + len(idless_messages()):
            failures.append("the broker confirmed %d of %d published messages" % (pub.confirmed, count))
            return 1

        store, jsonl = os.path.join(tmp, "history.sqlite"), os.path.join(tmp, "out.jsonl")
        collect = subprocess.Popen([os.path.join(bin_dir, "linkscope-collect"), "--endpoint", url, "--ca", certs + "/ca.pem",
                                    "--appkey", APPKEY, "--sign-random", str(RANDOM), "--client-id", "rmq-interop",
                                    "--store", store, "--jsonl", jsonl],
                                   env=dict(os.environ, LINKSCOPE_APPSECRET=SECRET), stderr=subprocess.PIPE)
        end = time.time() + 60
        lines = []
        while time.time() < end:
            if os.path.exists(jsonl):
                with open(jsonl, encoding="utf-8") as f:
                    lines = [l for l in f if l.strip()]
                if len(lines) >= count + IDLESS_DISTINCT:
                    break
            if collect.poll() is not None:
                break
            time.sleep(0.3)
        collect.send_signal(signal.SIGTERM)
        _, err = collect.communicate(timeout=20)
        if collect.returncode != 0:
            failures.append("linkscope-collect exited %d: %s" % (collect.returncode, err.decode(errors="replace")[-2000:]))
        got = [json.loads(l) for l in lines]
        idless = [g for g in got if g["deviceName"] == "devNull"]
        got = [g for g in got if g["deviceName"] != "devNull"]
        ids = sorted(g["messageId"] for g in got)
        if ids != sorted(m[1] for m in messages):
            failures.append("stored %d of %d messages" % (len(set(ids)), count))
        idless_ids = [g["messageId"] for g in idless]
        if len(idless_ids) != IDLESS_DISTINCT or len(set(idless_ids)) != IDLESS_DISTINCT \
                or not all(i.startswith("sha1:") for i in idless_ids):
            failures.append("messages without an id: stored %s, expected %d distinct content ids"
                            % (idless_ids, IDLESS_DISTINCT))
        kinds = {}
        for g in got:
            kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        want = {"event": sum(1 for i in range(count) if i % 5 == 0), "status": sum(1 for i in range(count) if i % 5 == 1)}
        want["property"] = count - want["event"] - want["status"]
        if kinds != want:
            failures.append("kinds %s, expected %s" % (kinds, want))
        db = sqlite3.connect(store)
        n = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
        names = [r[0] for r in db.execute("SELECT DISTINCT name FROM events")]
        db.close()
        if n != count + IDLESS_DISTINCT:
            failures.append("the history holds %d messages, expected %d" % (n, count + IDLESS_DISTINCT))
        if names != ["开门通知"]:
            failures.append("event names %s" % names)
        return 1 if failures else 0
    finally:
        if collect and collect.poll() is None:
            collect.kill()
        if broker:
            os.killpg(broker.pid, signal.SIGTERM)
            try:
                broker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(broker.pid, signal.SIGKILL)
                broker.wait()
        # epmd, started by the broker for its port, must not outlive the test.
        subprocess.run(["epmd", "-port", str(epmd_port), "-kill"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, ERL_EPMD_PORT=str(epmd_port)))
        for f in failures:
            print("FAIL:", f, file=sys.stderr)
        if failures and os.path.exists(os.path.join(tmp, "broker.log")):
            print(open(os.path.join(tmp, "broker.log")).read()[-3000:], file=sys.stderr)
        print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
        if not os.environ.get("LINKSCOPE_KEEP_TMP"):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print("kept", tmp, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
