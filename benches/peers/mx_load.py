"""The Matrix half of the peer benchmark: the same simulated people, on the same Synapse, ask
one bot `/definition ETP` again and again; reply latency, the bot's CPU per reply and its
/sync requests per reply.

    python mx_load.py --homeserver http://127.0.0.1:18008 --bot pairbot \
        --pairbot-bin target/release/pairbot --reply-file target/peers/mx-reply.json
    python mx_load.py --homeserver ... --bot nio --reply-file target/peers/mx-reply.json

One process per bot. The bot talks to Synapse through mx_proxy.py, a counting reverse proxy
(its own copy for each bot), which counts the bot's requests whose path contains "/sync".
The people talk to Synapse directly.

Accounts are registered with Synapse's shared-secret admin API (the secret is read from the
homeserver.yaml that scripts/synapse.sh writes), or by open registration when there is no
secret. Each person opens an unencrypted direct room with the bot (preset
trusted_private_chat, is_direct): matrix-nio cannot encrypt without libolm, which this
machine lacks, so both bots are measured in the same unencrypted rooms. Pairbot's own
benchmark (benches/matrix_latency.rs) uses encrypted rooms.

A person: sends `/definition ETP`, waits until its own client's long-polling /sync brings
the bot's whole answer, waits the think time, and starts again. Latency is from just before
the send to the /sync response carrying the answer's last message. Turnaround is the same on
Synapse's clock (origin_server_ts of the answer minus that of the question). Before
measuring, each person warms up: with Pairbot, /start and consent by number; with every
bot, one unmeasured /definition ETP, which also tells how many messages make one answer.
"""

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import shutil
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

import aiohttp

from common import (add_run_arguments, round_summary, append_result, cpu_ms, free_port, now_ms, parse_list, percentile,
                    rss_mb, stop_process)

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "pass-word"
COMMAND = "/definition ETP"
ROUND_TIMEOUT = 30.0
# The people's syncs: only room messages, no presence, receipts or typing.
FILTER = urllib.parse.quote(json.dumps({
    "presence": {"types": []}, "account_data": {"types": []},
    "room": {"timeline": {"limit": 50, "types": ["m.room.message"]},
             "state": {"lazy_load_members": True}, "ephemeral": {"types": []},
             "account_data": {"types": []}}}, separators=(",", ":")))


def shared_secret(config_path: str):
    """registration_shared_secret from Synapse's homeserver.yaml, if there is one."""
    try:
        text = open(config_path, encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"^registration_shared_secret:\s*(.+?)\s*$", text, re.M)
    if not m:
        return None
    value = m.group(1)
    if value[:1] == "'" and value[-1:] == "'":
        value = value[1:-1].replace("''", "'")
    elif value[:1] == '"' and value[-1:] == '"':
        value = json.loads(value)
    return value


async def register(http, hs: str, name: str, secret) -> dict:
    """A fresh account: {"user_id", "access_token"}."""
    if secret:
        url = f"{hs}/_synapse/admin/v1/register"
        async with http.get(url) as r:
            nonce = (await r.json())["nonce"]
        mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), name.encode(), PASSWORD.encode(), b"notadmin"]))
        body = {"nonce": nonce, "username": name, "password": PASSWORD, "admin": False,
                "mac": mac.hexdigest()}
        async with http.post(url, json=body) as r:
            done = await r.json()
    else:
        url = f"{hs}/_matrix/client/v3/register"
        async with http.post(url, json={"username": name, "password": PASSWORD}) as r:
            first = await r.json()
        async with http.post(url, json={
                "username": name, "password": PASSWORD,
                "auth": {"type": "m.login.dummy", "session": first.get("session")}}) as r:
            done = await r.json()
    if "user_id" not in done:
        raise SystemExit(f"could not register {name}: {done}")
    return done


class Person:
    def __init__(self, http, hs: str, account: dict, bot_id: str):
        self.http, self.hs, self.bot_id = http, hs, bot_id
        self.user_id = account["user_id"]
        self.headers = {"Authorization": f"Bearer {account['access_token']}"}
        self.answers = asyncio.Queue()  # the bot's messages: {"t", "ts", "content"}
        self.asked = asyncio.Queue()    # own messages as synced: {"ts"}
        self.txn = 0
        self.latencies, self.turnaround, self.missing = [], [], 0

    def api(self, path: str) -> str:
        return f"{self.hs}/_matrix/client/v3{path}"

    async def open_room(self):
        async with self.http.post(self.api("/createRoom"), headers=self.headers, json={
                "preset": "trusted_private_chat", "is_direct": True,
                "invite": [self.bot_id]}) as r:
            self.room = (await r.json())["room_id"]
        async with self.http.get(self.api(f"/sync?timeout=0&filter={FILTER}"),
                                 headers=self.headers) as r:
            self.since = (await r.json())["next_batch"]
        self.sync_task = asyncio.create_task(self._sync_loop())

    async def bot_joined(self, timeout: float = 120.0):
        path = self.api(f"/rooms/{urllib.parse.quote(self.room)}/joined_members")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            async with self.http.get(path, headers=self.headers) as r:
                if self.bot_id in (await r.json()).get("joined", {}):
                    return
            await asyncio.sleep(0.1)
        raise SystemExit(f"{self.bot_id} never joined {self.room}")

    async def _sync_loop(self):
        while True:
            url = self.api(f"/sync?timeout=30000&filter={FILTER}&since={self.since}")
            try:
                async with self.http.get(url, headers=self.headers) as r:
                    body = await r.json()
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
                continue
            t = now_ms()
            self.since = body.get("next_batch", self.since)
            room = body.get("rooms", {}).get("join", {}).get(self.room, {})
            for ev in room.get("timeline", {}).get("events", []):
                if ev.get("type") != "m.room.message":
                    continue
                item = {"t": t, "ts": ev.get("origin_server_ts"), "content": ev.get("content")}
                if ev.get("sender") == self.bot_id:
                    self.answers.put_nowait(item)
                elif ev.get("sender") == self.user_id:
                    self.asked.put_nowait(item)

    def drain(self):
        for q in (self.answers, self.asked):
            while not q.empty():
                q.get_nowait()

    async def say(self, text: str) -> float:
        self.txn += 1
        path = self.api(f"/rooms/{urllib.parse.quote(self.room)}/send/m.room.message/"
                        f"b{time.time_ns()}.{self.txn}")
        t0 = now_ms()
        async with self.http.put(path, headers=self.headers,
                                 json={"msgtype": "m.text", "body": text}) as r:
            await r.read()
        return t0

    async def next_answers(self, n: int, timeout: float):
        got = []
        deadline = time.monotonic() + timeout
        while len(got) < n:
            got.append(await asyncio.wait_for(self.answers.get(),
                                              max(deadline - time.monotonic(), 0.001)))
        return got

    async def quiet_answers(self, quiet: float):
        got = []
        while True:
            try:
                got.append(await asyncio.wait_for(self.answers.get(), quiet))
            except asyncio.TimeoutError:
                return got

    async def warm_up(self, consent: bool):
        """Gets the person to the measured state; returns one answer's messages."""
        if consent:
            await self.say("/start")
            seen = []
            # The consent question: "1. Oui, j’accepte" (typographic apostrophe).
            while not any(re.search(r"Oui, j.accepte", (m["content"] or {}).get("body", ""))
                          for m in seen):
                seen += await self.next_answers(1, 120)
            await self.say("1")
            await self.next_answers(1, 30)
            await self.quiet_answers(1.5)
        await self.say(COMMAND)
        first = await self.next_answers(1, 120)
        return first + await self.quiet_answers(1.5)

    async def rounds(self, n: int, k: int, think: float):
        for _ in range(n):
            self.drain()
            t0 = await self.say(COMMAND)
            try:
                answer = await self.next_answers(k, ROUND_TIMEOUT)
            except asyncio.TimeoutError:
                self.missing += 1
                continue
            self.latencies.append(answer[-1]["t"] - t0)
            if not self.asked.empty():
                asked = self.asked.get_nowait()
                if asked["ts"] and answer[-1]["ts"]:
                    self.turnaround.append(answer[-1]["ts"] - asked["ts"])
            if think > 0:
                await asyncio.sleep(think)


async def start_proxy(hs: str, log):
    port = free_port()
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "mx_proxy.py"), "--upstream", hs,
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=log, text=True)
    line = await asyncio.get_running_loop().run_in_executor(None, proc.stdout.readline)
    if line.strip() != "ready":
        raise SystemExit("the counting proxy did not start")
    return proc, f"http://127.0.0.1:{port}"


def start_bot(args, proxy_url: str, bot_id: str, tmp: str, log):
    env = dict(os.environ, MATRIX_PASSWORD=PASSWORD, HOME=tmp, XDG_CONFIG_HOME=tmp,
               XDG_DATA_HOME=tmp)
    for name in ("PAIRBOT_CONFIG", "DATABASE_URL", "MATRIX_ACCESS_TOKEN"):
        env.pop(name, None)
    if args.bot == "pairbot":
        env["MATRIX_STORE_PASSPHRASE"] = "a bench passphrase"
        cmd = [args.pairbot_bin, "--database-url", f"sqlite:{tmp}/bot.db", "matrix",
               "--homeserver", proxy_url, "--user-id", bot_id, "--store-dir",
               f"{tmp}/bot-store"]
    else:
        cmd = [args.python, os.path.join(HERE, "mx_nio_bot.py"), "--homeserver", proxy_url,
               "--user-id", bot_id, "--reply-file", args.reply_file]
    return subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log), cmd


async def run(args):
    os.makedirs(os.path.dirname(os.path.abspath(args.reply_file)), exist_ok=True)
    hs = args.homeserver.rstrip("/")
    tmp = tempfile.mkdtemp(prefix="peers-mx-")
    log_path = os.path.join(tmp, "log.txt")
    log = open(log_path, "w")
    secret = shared_secret(args.synapse_config)
    tag = f"{int(time.time() * 1000) % 10**9}"
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0),
                                 timeout=aiohttp.ClientTimeout(total=120))
    proxy, proxy_url = await start_proxy(hs, log)

    async def counts():
        async with http.get(f"{proxy_url}/__peers/counts") as r:
            return await r.json()

    bot_account = await register(http, hs, f"peer{args.bot}{tag}", secret)
    bot_id = bot_account["user_id"]
    bot, cmd = start_bot(args, proxy_url, bot_id, tmp, log)
    print(f"# {args.bot}: {' '.join(cmd)}  (homeserver {hs} through the counting proxy "
          f"{proxy_url}; log: {log_path})", file=sys.stderr)
    serial = 0
    captured = False
    try:
        for think in parse_list(args.think):
            for n in parse_list(args.people, int):
                people = []
                for _ in range(n):
                    serial += 1
                    account = await register(http, hs, f"person{tag}x{serial}", secret)
                    people.append(Person(http, hs, account, bot_id))
                await asyncio.gather(*(p.open_room() for p in people))
                await asyncio.gather(*(p.bot_joined() for p in people))
                answers = await asyncio.gather(
                    *(p.warm_up(args.bot == "pairbot" and not args.no_consent) for p in people))
                k = max(len(a) for a in answers)
                if min(len(a) for a in answers) != k:
                    print(f"# warning: answers of {sorted({len(a) for a in answers})} messages",
                          file=sys.stderr)
                if args.bot == "pairbot" and not captured:
                    keep = ("msgtype", "body", "format", "formatted_body")
                    with open(args.reply_file, "w", encoding="utf-8") as f:
                        json.dump({"messages": [
                            {key: a["content"][key] for key in keep if key in a["content"]}
                            for a in answers[0][-k:]]}, f, ensure_ascii=False, indent=1)
                    captured = True
                await asyncio.sleep(max(think, 1.0))
                c0, s0 = cpu_ms(bot.pid), await counts()
                await asyncio.sleep(2.0)
                c1, s1 = cpu_ms(bot.pid), await counts()
                idle_cpu, idle_syncs = (c1 - c0) / 2.0, (s1["sync"] - s0["sync"]) / 2.0
                c0, s0, t0 = cpu_ms(bot.pid), await counts(), now_ms()
                await asyncio.gather(*(p.rounds(args.rounds, k, think) for p in people))
                cpu, s1, wall = cpu_ms(bot.pid) - c0, await counts(), (now_ms() - t0) / 1000
                result = round_summary("matrix", args.bot, people, think, args.rounds, k)
                replies = result["replies"]
                kinds = {key: s1["kinds"].get(key, 0) - s0["kinds"].get(key, 0)
                         for key in s1["kinds"]}
                per = (lambda x: x / replies) if replies else (lambda x: float("nan"))
                result |= {
                    "cpu_ms_per_reply": per(cpu),
                    "syncs_per_reply": per(s1["sync"] - s0["sync"]),
                    "requests_per_reply": per(s1["total"] - s0["total"]),
                    "requests": {key: v for key, v in sorted(kinds.items()) if v},
                    "idle_cpu_ms_per_s": idle_cpu, "idle_syncs_per_s": idle_syncs,
                    "wall_s": wall, "rss_mb": rss_mb(bot.pid), "encrypted": False,
                    "command": " ".join(cmd),
                }
                append_result(args.out, result)
                print(json.dumps(result), flush=True)
                for p in people:
                    p.sync_task.cancel()
                if bot.poll() is not None:
                    raise SystemExit(f"the bot exited ({bot.returncode}); see {log_path}")
        total = await counts()
        print(f"# {args.bot}: all requests through the proxy in this run: "
              + json.dumps(dict(sorted(total["kinds"].items()))), file=sys.stderr)
    finally:
        stop_process(bot)
        stop_process(proxy, 5)
        await http.close()
        log.close()
    # Reached only on success: a failed run keeps its folder (and log) for a look.
    if not args.keep_temp:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--homeserver", required=True)
    add_run_arguments(parser, ["pairbot", "nio"], "nio", "target/peers/mx-reply.json", "1.0")
    parser.add_argument("--synapse-config",
                        default=".test-services/synapse/data/homeserver.yaml",
                        help="where to read registration_shared_secret")
    args = parser.parse_args()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
