#!/usr/bin/python3
"""An AMQP 1.0 receiver nobody here wrote (Debian's python3-qpid-proton),
logging in to the emulator the way the Life IoT docs describe.

usage: amqp_receive.py HOST PORT CAFILE APPKEY APPSECRET COUNT OUT.jsonl
                        [--timeout S] [--no-accept] [--sign-method SHA256|SHA1] [--aksign]
                        [--heartbeat S] [--extra-receiver]
Writes one JSON line per message received: messageId, topic, generateTime,
payload (text), body_is_data. With --no-accept it settles nothing (the
cloud must redeliver). Exits 0 after COUNT messages, 3 on an auth
failure (printing the condition), 4 on timeout.
"""
import base64
import hashlib
import hmac
import json
import sys
import time

from proton import SSLDomain
from proton.handlers import MessagingHandler
from proton.reactor import Container


class Receiver(MessagingHandler):
    def __init__(self, args):
        super().__init__(prefetch=50, auto_accept=False)
        self.accept_messages = "--no-accept" not in args
        self.host, self.port, self.ca, self.appkey, self.secret = args[:5]
        self.count = int(args[5])
        self.out = open(args[6], "w", encoding="utf-8")
        self.timeout = float(args[args.index("--timeout") + 1]) if "--timeout" in args else 30
        self.received = 0
        self.result = 4

    def on_start(self, event):
        args = sys.argv
        method = args[args.index("--sign-method") + 1] if "--sign-method" in args else "SHA256"
        digest = {"SHA256": hashlib.sha256, "SHA1": hashlib.sha1}[method]
        stamp = str(int(time.time() * 1000))
        if "--aksign" in args:
            # The enterprise platform's variant: base64 HMAC over authId and timestamp.
            username = ("interop-py|authMode=aksign,signMethod=hmac%s,timestamp=%s,authId=%s,consumerGroupId=%s|"
                        % (method.lower(), stamp, self.appkey, self.appkey))
            mac = hmac.new(self.secret.encode(), ("authId=%s&timestamp=%s" % (self.appkey, stamp)).encode(), digest)
            password = base64.b64encode(mac.digest()).decode()
        else:
            username = ("interop-py|authMode=appkey,signMethod=%s,random=%s,appKey=%s,groupId=%s|"
                        % (method, stamp, self.appkey, self.appkey))
            password = hmac.new(self.secret.encode(), ("random=" + stamp).encode(), digest).hexdigest()
        domain = SSLDomain(SSLDomain.MODE_CLIENT)
        domain.set_trusted_ca_db(self.ca)
        domain.set_peer_authentication(SSLDomain.VERIFY_PEER_NAME)
        url = "amqps://%s:%s" % (self.host, self.port)
        heartbeat = float(args[args.index("--heartbeat") + 1]) if "--heartbeat" in args else 80
        conn = event.container.connect(url, user=username, password=password, ssl_domain=domain,
                                       allowed_mechs="PLAIN", sasl_enabled=True, heartbeat=heartbeat,
                                       virtual_host="127.0.0.1")
        event.container.create_receiver(conn, "default")
        if "--extra-receiver" in args:
            self.extra = event.container.create_receiver(conn, "default", name="extra")
        self.timer = event.container.schedule(self.timeout, self)

    def on_timer_task(self, event):
        print("timeout after %d messages" % self.received, file=sys.stderr)
        event.container.stop()

    def on_message(self, event):
        if self.received >= self.count:
            return  # prefetched after the last one: left unsettled, so the cloud keeps it
        m = event.message
        props = m.properties or {}
        body = m.body
        is_data = isinstance(body, (bytes, memoryview))
        text = bytes(body).decode("utf-8", "replace") if is_data else str(body)
        self.out.write(json.dumps({"messageId": str(props.get("messageId")), "topic": props.get("topic"),
                                   "generateTime": props.get("generateTime"), "payload": text,
                                   "body_is_data": is_data, "id": str(m.id)}, ensure_ascii=False) + "\n")
        self.received += 1
        if self.accept_messages:
            self.accept(event.delivery)
        if self.received >= self.count:
            self.result = 0
            self.out.flush()
            self.timer.cancel()
            # Close and wait for the peer's close, so every accept is on the wire first.
            event.connection.close()

    def on_connection_closed(self, event):
        event.container.stop()

    def on_link_error(self, event):
        cond = event.link.remote_condition
        print("link error: %s: %s" % (cond.name if cond else "?", cond.description if cond else ""),
              file=sys.stderr)

    def on_connection_error(self, event):
        cond = event.connection.remote_condition
        print("connection error: %s: %s" % (cond.name if cond else "?", cond.description if cond else ""),
              file=sys.stderr)
        self.result = 5
        event.container.stop()

    def on_transport_error(self, event):
        cond = event.transport.condition
        print("transport error: %s: %s" % (cond.name if cond else "?", cond.description if cond else ""),
              file=sys.stderr)
        if cond and "unauthorized" in (cond.name or ""):
            self.result = 3
        event.container.stop()


if __name__ == "__main__":
    r = Receiver(sys.argv[1:])
    Container(r).run()
    r.out.close()
    sys.exit(r.result)
