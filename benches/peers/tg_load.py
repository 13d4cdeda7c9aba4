"""The Telegram half of the peer benchmark: the same simulated people, on the same emulator,
ask one bot `/definition ETP` again and again; reply latency and the bot's CPU per reply.

    python tg_load.py --bot pairbot --pairbot-bin target/release/pairbot \
        --reply-file target/peers/tg-reply.json --people 1,20 --think 1.0,0 --rounds 30
    python tg_load.py --bot aiogram --reply-file target/peers/tg-reply.json ...

One process per bot: it starts the emulator (telegram-test-api behind tg_emulator.js, with
long polling) on a free port, then the bot, then runs every (people, think time) setting in
turn, each with fresh people (new chats), and appends one JSON line per setting to --out.

A person: sends `/definition ETP` through the emulator's client route, waits until the whole
answer has reached the emulator (tg_emulator.js reports each message the bot sends, with
the time it arrived), then waits the think time and starts again. Latency is from just
before the send to the arrival of the answer's last message at the emulator. All people
start together. Before measuring, each person warms up: with Pairbot, /start and consent
to the privacy notice (as a real user has done); with every bot, one unmeasured
/definition ETP, which also tells how many messages make one answer.

CPU per reply is the bot process's utime+stime (/proc/PID/stat) over the measured rounds,
divided by the replies. Idle CPU is measured over 2 s before the rounds.
"""

import argparse
import asyncio
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

import aiohttp

from common import (add_run_arguments, round_summary, append_result, cpu_ms, free_port, now_ms, parse_list, percentile,
                    rss_mb, stop_process)

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = "5555:PEERS"
COMMAND = "/definition ETP"
# A round without the whole answer after this long counts as missing.
ROUND_TIMEOUT = 30.0


class Emulator:
    """telegram-test-api behind tg_emulator.js, and its stream of stored updates."""

    def __init__(self, emulator_dir: str, mode: str, log):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            ["node", os.path.join(HERE, "tg_emulator.js"), emulator_dir, str(self.port), mode],
            stdout=subprocess.PIPE, stderr=log)
        self.bot_lines = collections.defaultdict(asyncio.Queue)   # chat -> bot messages
        self.user_lines = collections.defaultdict(asyncio.Queue)  # chat -> user updates
        self.ready = asyncio.Event()
        self.http = None

    async def start(self):
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=1 << 20)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), self.proc.stdout)
        self.reader_task = asyncio.create_task(self._read(reader))
        await asyncio.wait_for(self.ready.wait(), 30)
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

    async def _read(self, reader):
        while line := await reader.readline():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if item["k"] == "bot":
                self.bot_lines[item["chat"]].put_nowait(item)
            elif item["k"] == "user":
                self.user_lines[item["chat"]].put_nowait(item)
            elif item["k"] == "ready":
                self.ready.set()

    async def post(self, route: str, body: dict):
        async with self.http.post(f"{self.url}/{route}", json=body) as r:
            return await r.json(content_type=None)

    async def close(self):
        if self.http:
            await self.http.close()
        stop_process(self.proc, 5)


class Person:
    def __init__(self, emu: Emulator, uid: int):
        self.emu = emu
        self.uid = uid
        self.user = {"id": uid, "is_bot": False, "first_name": f"P{uid}", "language_code": "fr"}
        self.chat = {"id": uid, "type": "private", "first_name": f"P{uid}"}
        self.latencies = []  # ms, send → last message of the answer at the emulator
        self.turnaround = []  # ms, person's message stored → answer stored (emulator clock)
        self.missing = 0

    def drain(self):
        for q in (self.emu.bot_lines[self.uid], self.emu.user_lines[self.uid]):
            while not q.empty():
                q.get_nowait()

    async def say(self, text: str) -> float:
        t0 = now_ms()
        await self.emu.post("sendMessage", {
            "botToken": TOKEN, "from": self.user, "chat": self.chat, "text": text,
            "date": int(t0 // 1000)})
        return t0

    async def press(self, message_id: int, data: str):
        await self.emu.post("sendCallback", {
            "botToken": TOKEN, "from": self.user,
            "message": {"message_id": message_id, "chat": self.chat}, "data": data})

    async def next_messages(self, n: int, timeout: float):
        """The bot's next `n` messages in this chat."""
        got = []
        q = self.emu.bot_lines[self.uid]
        deadline = asyncio.get_running_loop().time() + timeout
        while len(got) < n:
            left = deadline - asyncio.get_running_loop().time()
            got.append(await asyncio.wait_for(q.get(), max(left, 0.001)))
        return got

    async def quiet_messages(self, quiet: float):
        """Messages arriving until `quiet` seconds pass with none."""
        got = []
        q = self.emu.bot_lines[self.uid]
        while True:
            try:
                got.append(await asyncio.wait_for(q.get(), quiet))
            except asyncio.TimeoutError:
                return got

    async def warm_up(self, consent: bool) -> int:
        """Gets the person to the measured state; returns the messages in one answer."""
        if consent:
            await self.say("/start")
            seen = []
            while not any("consent:yes" in m["cb"] for m in seen):
                seen += await self.next_messages(1, 60)
            prompt = next(m for m in seen if "consent:yes" in m["cb"])
            await asyncio.sleep(0.2)
            self.drain()
            await self.press(prompt["id"], "consent:yes")
            await self.next_messages(1, 30)
            await self.quiet_messages(1.5)
        await self.say(COMMAND)
        first = await self.next_messages(1, 60)
        return len(first + await self.quiet_messages(1.5))

    async def rounds(self, n: int, k: int, think: float):
        for _ in range(n):
            self.drain()
            t0 = await self.say(COMMAND)
            try:
                answer = await self.next_messages(k, ROUND_TIMEOUT)
            except asyncio.TimeoutError:
                self.missing += 1
                continue
            self.latencies.append(answer[-1]["t"] - t0)
            q = self.emu.user_lines[self.uid]
            if not q.empty():
                self.turnaround.append(answer[-1]["t"] - q.get_nowait()["t"])
            if think > 0:
                await asyncio.sleep(think)


async def bot_messages(emu: Emulator, chat: int):
    """The bot's messages in `chat` as the emulator stored them, oldest first."""
    history = (await emu.post("getUpdatesHistory", {"token": TOKEN}))["result"]
    # Bot messages carry chat_id (people's have chat); button presses have no message.
    return [h["message"] for h in history
            if "chat_id" in h.get("message", {}) and str(h["message"]["chat_id"]) == str(chat)]


def start_bot(args, emu: Emulator, tmp: str, log):
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, HOME=tmp, XDG_CONFIG_HOME=tmp,
               XDG_DATA_HOME=tmp)
    env.pop("PAIRBOT_CONFIG", None)
    env.pop("DATABASE_URL", None)
    if args.bot == "pairbot":
        # As a user runs it: rate limits on (no --no-throttle), long polling (default 25 s).
        # The emulator has no setMyCommands: menus are not registered.
        cmd = [args.pairbot_bin, "--database-url", f"sqlite:{tmp}/bot.db", "telegram",
               "--api-url", emu.url, "--no-register-commands"]
    else:
        cmd = [args.python, os.path.join(HERE, "tg_aiogram_bot.py"), "--api-url", emu.url,
               "--reply-file", args.reply_file]
    return subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log), cmd


async def run(args):
    os.makedirs(os.path.dirname(os.path.abspath(args.reply_file)), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="peers-tg-")
    log_path = os.path.join(tmp, "log.txt")
    log = open(log_path, "w")
    emu = Emulator(args.emulator_dir, args.emulator_mode, log)
    await emu.start()
    bot, cmd = start_bot(args, emu, tmp, log)
    print(f"# {args.bot}: {' '.join(cmd)}  (log: {log_path})", file=sys.stderr)
    next_uid = 200_001
    captured = False
    try:
        for think in parse_list(args.think):
            for n in parse_list(args.people, int):
                people = [Person(emu, next_uid + i) for i in range(n)]
                next_uid += n
                counts = await asyncio.gather(
                    *(p.warm_up(args.bot == "pairbot" and not args.no_consent) for p in people))
                k = max(counts)
                if min(counts) != k:
                    print(f"# warning: answers of {sorted(set(counts))} messages", file=sys.stderr)
                if args.bot == "pairbot" and not captured:
                    msgs = await bot_messages(emu, people[0].uid)
                    answer = msgs[-k:]
                    with open(args.reply_file, "w", encoding="utf-8") as f:
                        json.dump({"messages": [
                            {"text": m.get("text", ""), "parse_mode": m.get("parse_mode"),
                             "reply_markup": m.get("reply_markup")} for m in answer]},
                            f, ensure_ascii=False, indent=1)
                    captured = True
                # Let Telegram's per-chat window of the warm-up pass before measuring.
                await asyncio.sleep(max(think, 1.2))
                c0 = cpu_ms(bot.pid)
                await asyncio.sleep(2.0)
                idle = (cpu_ms(bot.pid) - c0) / 2.0
                c0, t0 = cpu_ms(bot.pid), now_ms()
                await asyncio.gather(*(p.rounds(args.rounds, k, think) for p in people))
                cpu, wall = cpu_ms(bot.pid) - c0, (now_ms() - t0) / 1000.0
                result = round_summary("telegram", args.bot, people, think, args.rounds, k)
                replies = result["replies"]
                result |= {
                    "cpu_ms_per_reply": cpu / replies if replies else float("nan"),
                    "idle_cpu_ms_per_s": idle, "wall_s": wall, "rss_mb": rss_mb(bot.pid),
                    "emulator": args.emulator_mode, "command": " ".join(cmd),
                }
                append_result(args.out, result)
                print(json.dumps(result), flush=True)
                if bot.poll() is not None:
                    raise SystemExit(f"the bot exited ({bot.returncode}); see {log_path}")
    finally:
        stop_process(bot)
        await emu.close()
        log.close()
    # Reached only on success: a failed run keeps its folder (and log) for a look.
    if not args.keep_temp:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_arguments(parser, ["pairbot", "aiogram"], "aiogram", "target/peers/tg-reply.json",
                      "1.0,0")
    parser.add_argument("--emulator-dir", default=".test-services/telegram-emulator")
    parser.add_argument("--emulator-mode", choices=["longpoll", "stock"], default="longpoll")
    args = parser.parse_args()
    args.emulator_dir = os.path.abspath(args.emulator_dir)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
