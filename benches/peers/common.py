"""Helpers shared by the peer benchmark's load clients (tg_load.py, mx_load.py)."""

import json
import os
import socket
import subprocess
import sys
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ms(pid: int) -> float:
    """User + system CPU time of a process so far, in milliseconds (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        # The command name may hold spaces: fields are counted after its closing ')'.
        fields = f.read().rsplit(")", 1)[1].split()
    # Fields 14 and 15 of stat(5) (utime, stime) are the 12th and 13th after the name.
    return (int(fields[11]) + int(fields[12])) * 1000.0 / CLK_TCK


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def percentile(values, p: float) -> float:
    """Nearest-rank percentile, the same rule as benches/matrix_latency.rs."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[round((len(s) - 1) * p)]


def now_ms() -> float:
    return time.time() * 1000.0


def stop_process(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def append_result(path: str, result: dict) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")


def parse_list(text: str, kind=float):
    return [kind(x) for x in text.split(",") if x.strip()]


def round_summary(platform: str, bot: str, people, think: float, rounds: int, k: int) -> dict:
    """The latency part of a result line, the same for every platform: `people` have
    `latencies` (ms, in order), `turnaround` (ms) and `missing`."""
    lat = [x for p in people for x in p.latencies]
    turn = [x for p in people for x in p.turnaround]
    return {
        "platform": platform, "bot": bot, "people": len(people), "think_s": think,
        "rounds": rounds, "replies": len(lat),
        "missing": sum(p.missing for p in people), "messages_per_answer": k,
        "p50_ms": percentile(lat, 0.5), "p95_ms": percentile(lat, 0.95),
        "max_ms": max(lat) if lat else float("nan"),
        # The first round alone: everyone wrote at the same moment.
        "first_round_p50_ms": percentile([p.latencies[0] for p in people if p.latencies], 0.5),
        "first_round_max_ms": max((p.latencies[0] for p in people if p.latencies),
                                  default=float("nan")),
        # Each person's latencies in order, for looking at patterns.
        "samples_ms": [[round(x, 1) for x in p.latencies] for p in people],
        "turnaround_p50_ms": percentile(turn, 0.5),
        "turnaround_p95_ms": percentile(turn, 0.95),
    }


def add_run_arguments(parser, bot_choices, peer, reply_file, think):
    """The options both load clients share: which bot, its binary, the workload and where
    to write the results."""
    parser.add_argument("--bot", choices=bot_choices, required=True)
    parser.add_argument("--pairbot-bin", default=os.environ.get("PAIRBOT_BIN",
                                                                "target/release/pairbot"))
    parser.add_argument("--python", default=sys.executable, help=f"Python for the {peer} bot")
    parser.add_argument("--reply-file", default=reply_file,
                        help="Pairbot's answer: written by the Pairbot run, read by the peer")
    parser.add_argument("--people", default="1,20", help="comma-separated")
    parser.add_argument("--think", default=think, help="seconds, comma-separated")
    parser.add_argument("--rounds", type=int, default=30, help="per person")
    parser.add_argument("--no-consent", action="store_true",
                        help="do not accept Pairbot's privacy notice in the warm-up")
    parser.add_argument("--out", default="", help="append one JSON line per setting here")
    parser.add_argument("--keep-temp", action="store_true",
                        help="keep the temporary folder (bot log, database) after a success")
