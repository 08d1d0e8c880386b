#!/usr/bin/env python3
"""Load benchmark of the room display (issue 11, item 8).

VIEWERS room displays follow a meeting's list of speakers through Server-Sent Events
(/bodies/{slug}/meetings/{number}/live/stream) while the Chair gives the floor to the next
speaker CHANGES times through the API (POST .../speakers/next), one change every PACE seconds.
For every change and every viewer it measures the time from the moment the Chair's request is
sent to the moment the viewer has the new state (the event whose id is the list's new version,
or a later one). It reports the median and 99th percentile, the viewers that lost their
connection (budget 0), the states a viewer never received because a newer one replaced it, and
the server's memory (resident set before the viewers connect, with them connected, and its peak).

Run the server in Release with the demo and a token-write limit that lets the set-up through:

    dotnet build -c Release src/Plenary.Web
    cd src/Plenary.Web && ASPNETCORE_ENVIRONMENT=Production dotnet bin/Release/net10.0/Plenary.Web.dll \\
        --urls http://127.0.0.1:5080 --Plenary:Demo=true --Plenary:DemoPassword=bench-Password-1 \\
        --Plenary:TokenWritesPerMinute=100000 &
    python3 bench/live-display.py --url http://127.0.0.1:5080 --password bench-Password-1 --pid $!

It signs in as the demo Secretariat, creates a personal access token on the account page, puts
enough States on the list of the seventh meeting's current item, connects the viewers, then runs
the changes. Options: --viewers 1000 --changes 100 --pace 0.25 --slug eg-cybercrime --meeting 7.
"""

import argparse
import asyncio
import http.client
import http.cookiejar
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request


def sign_in_and_token(base, email, password):
    """Signs in through the sign-in form and creates a token on the account page, as a user would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def form_token(html):
        return re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', html).group(1)

    page = opener.open(base + "/account/sign-in").read().decode()
    data = urllib.parse.urlencode({"Email": email, "Password": password, "__RequestVerificationToken": form_token(page)}).encode()
    opener.open(base + "/account/sign-in", data)
    page = opener.open(base + "/account").read().decode()
    data = urllib.parse.urlencode({"tokenName": "live display benchmark", "tokenDays": "1", "__RequestVerificationToken": form_token(page)}).encode()
    page = opener.open(base + "/account?handler=CreateToken", data).read().decode()
    found = re.search(r'<code id="new-token">([^<]+)</code>', page)
    if not found:
        sys.exit("Could not create a token: is the password right and the demo on (--Plenary:Demo=true)?")
    return found.group(1)


class Api:
    def __init__(self, base, token):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port, self.token = parts.hostname, parts.port or 80, token
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)

    def call(self, method, path, body=None):
        headers = {"Authorization": "Bearer " + self.token}
        if body is not None:
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, None if body is None else json.dumps(body), headers)
        response = self.conn.getresponse()
        text = response.read().decode()
        return response.status, (json.loads(text) if text else None)


def prepare_list(api, speakers, needed):
    """Puts States on the list of the item under consideration until NEEDED are waiting; returns the list's version."""
    status, view = api.call("GET", speakers)
    version = view["version"]
    item = view.get("item")
    if item is None:
        sys.exit("The meeting's list has no item under consideration; take one up on the Chair's screen first.")
    waiting = next((len(i["waiting"]) for i in view["items"] if i["number"] == item), 0)
    _, states = api.call("GET", "/api/v1/states")
    for state in states:
        if waiting >= needed:
            break
        status, answer = api.call("POST", speakers, {"version": version, "participant": {"state": state["code"]}, "item": item})
        if status == 201:
            version, waiting = answer["version"], waiting + 1
        elif status == 409:
            version = api.call("GET", speakers)[1]["version"]
    if waiting < needed:
        sys.exit(f"Only {waiting} speakers could be put on the list; {needed} are needed.")
    return version


class Viewer:
    """One room display: reads the stream and notes when each version (the SSE id) arrived."""

    def __init__(self):
        self.arrived = {}
        self.connected = asyncio.Event()
        self.dropped = False

    async def run(self, host, port, path, stop):
        try:
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode())
            await writer.drain()
            tail = b""
            while not stop.is_set():
                chunk = await reader.read(65536)
                if not chunk:
                    self.dropped = not stop.is_set()
                    break
                now = time.monotonic()
                text = tail + chunk
                for match in re.finditer(rb"\nid: (\d+)\n", text):
                    self.arrived.setdefault(int(match.group(1)), now)
                    self.connected.set()
                tail = text[-32:]
            writer.close()
        except (ConnectionError, OSError):
            self.dropped = True
            self.connected.set()


def rss_kib(pid, field):
    if pid is None:
        return None
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return None


async def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="http://127.0.0.1:5080")
    p.add_argument("--email", default="secretariat@plenary.demo")
    p.add_argument("--password", required=True)
    p.add_argument("--slug", default="eg-cybercrime")
    p.add_argument("--meeting", type=int, default=7)
    p.add_argument("--viewers", type=int, default=1000)
    p.add_argument("--changes", type=int, default=100)
    p.add_argument("--pace", type=float, default=0.25)
    p.add_argument("--pid", type=int, help="the server's process id, to read its memory")
    a = p.parse_args()

    base = a.url.rstrip("/")
    api = Api(base, sign_in_and_token(base, a.email, a.password))
    speakers = f"/api/v1/bodies/{a.slug}/meetings/{a.meeting}/speakers"
    version = prepare_list(api, speakers, a.changes + 1)
    memory_before = rss_kib(a.pid, "VmRSS")

    parts = urllib.parse.urlsplit(base)
    stream = f"/bodies/{a.slug}/meetings/{a.meeting}/live/stream"
    stop = asyncio.Event()
    viewers = [Viewer() for _ in range(a.viewers)]
    tasks = []
    for i, v in enumerate(viewers):
        tasks.append(asyncio.create_task(v.run(parts.hostname, parts.port or 80, stream, stop)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)
    await asyncio.wait_for(asyncio.gather(*(v.connected.wait() for v in viewers)), timeout=120)
    memory_connected = rss_kib(a.pid, "VmRSS")
    print(f"{sum(not v.dropped for v in viewers)} viewers connected; the list at version {version}", flush=True)

    # The Chair, in a thread of its own so that its requests never hold up the viewers' reading.
    sent = {}

    def chair():
        nonlocal version
        for _ in range(a.changes):
            started = time.monotonic()
            status, answer = api.call("POST", speakers + "/next", {"version": version})
            if status != 200:
                print(f"next speaker refused: {status} {answer}", file=sys.stderr)
                break
            version = answer["version"]
            sent[version] = started
            time.sleep(max(0.0, a.pace - (time.monotonic() - started)))

    thread = threading.Thread(target=chair)
    thread.start()
    while thread.is_alive():
        await asyncio.sleep(0.1)
    await asyncio.sleep(3)
    memory_after = rss_kib(a.pid, "VmRSS")
    memory_peak = rss_kib(a.pid, "VmHWM")
    stop.set()
    for t in tasks:
        t.cancel()

    latencies, skipped = [], 0
    for v in viewers:
        versions = sorted(v.arrived)
        for changed, started in sent.items():
            # The viewer has the change once it has this version or a later one (a newer state replaces an unsent one).
            later = [n for n in versions if n >= changed]
            if not later:
                skipped += 1
                continue
            if changed not in v.arrived:
                skipped += 1
            latencies.append((v.arrived[later[0]] - started) * 1000)
    latencies.sort()
    dropped = sum(v.dropped for v in viewers)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    print(f"changes: {len(sent)}, viewers: {a.viewers}, arrivals measured: {len(latencies)}")
    print(f"change to arrival: median {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, max {latencies[-1]:.1f} ms")
    print(f"dropped connections: {dropped}; states replaced by a newer one before sending: {skipped}")
    if a.pid:
        print(f"server memory (RSS): {memory_before / 1024:.0f} MiB before the viewers, {memory_connected / 1024:.0f} MiB connected, "
              f"{memory_after / 1024:.0f} MiB after the changes, peak {memory_peak / 1024:.0f} MiB")
    budget = p99 < 500 and dropped == 0
    print("budget (p99 under 500 ms, no connection dropped):", "met" if budget else "NOT met")
    return 0 if budget else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
