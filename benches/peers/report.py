"""The peer benchmark's table, from the JSON lines tg_load.py and mx_load.py appended.

    python report.py RESULTS.jsonl [--label debug] [--commands FILE] > report.txt

Targets (issue 19, item 6): on Telegram, Pairbot's median and p95 within 1.5x of the aiogram
bot's at 1 and at 20 people; on Matrix, CPU per reply within 2x of the nio bot's and at most
one /sync per reply.
"""

import argparse
import json
import math


def fmt(x, digits=1):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return f"{x:.{digits}f}"


def ratio(a, b):
    try:
        return a / b if b else float("nan")
    except TypeError:
        return float("nan")


def mark(value, limit):
    if math.isnan(value):
        return "-"
    return f"{value:.2f} {'ok' if value <= limit else 'OVER'}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--label", default="")
    parser.add_argument("--commands", default="")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.results, encoding="utf-8") if line.strip()]
    out = []
    title = "Pairbot against peer bots"
    if args.label:
        title += f" ({args.label})"
    out += [title, "=" * len(title), ""]

    def pairs(platform, peer):
        keys = sorted({(r["people"], r["think_s"]) for r in rows if r["platform"] == platform},
                      key=lambda k: (-k[1], k[0]))
        for key in keys:
            mine = next((r for r in rows if r["platform"] == platform and r["bot"] == "pairbot"
                         and (r["people"], r["think_s"]) == key), None)
            other = next((r for r in rows if r["platform"] == platform and r["bot"] == peer
                          and (r["people"], r["think_s"]) == key), None)
            yield key, mine or {}, other or {}

    tg = list(pairs("telegram", "aiogram"))
    if tg:
        out += ["Telegram, telegram-test-api emulator "
                f"({(tg[0][1] or tg[0][2]).get('emulator', '?')} getUpdates), "
                "latency send -> answer at the emulator, ms",
                "target: Pairbot p50 and p95 <= 1.5 x aiogram (think time 1 s; 0 s shown apart)",
                ""]
        head = (f"{'people':>6} {'think':>5} | {'Pairbot p50':>11} {'p95':>7} | "
                f"{'aiogram p50':>11} {'p95':>7} | {'ratio p50':>10} {'ratio p95':>10} | "
                f"{'CPU ms/reply P':>14} {'A':>6} | {'idle CPU ms/s P':>15} {'A':>5} | "
                f"{'1st round max P':>15} {'A':>5} | {'missing P/A':>11}")
        out += [head, "-" * len(head)]
        for (n, think), p, a in tg:
            out.append(
                f"{n:>6} {think:>5.1f} | {fmt(p.get('p50_ms')):>11} {fmt(p.get('p95_ms')):>7} | "
                f"{fmt(a.get('p50_ms')):>11} {fmt(a.get('p95_ms')):>7} | "
                f"{mark(ratio(p.get('p50_ms'), a.get('p50_ms')), 1.5):>10} "
                f"{mark(ratio(p.get('p95_ms'), a.get('p95_ms')), 1.5):>10} | "
                f"{fmt(p.get('cpu_ms_per_reply'), 2):>14} {fmt(a.get('cpu_ms_per_reply'), 2):>6} | "
                f"{fmt(p.get('idle_cpu_ms_per_s'), 1):>15} {fmt(a.get('idle_cpu_ms_per_s'), 1):>5} | "
                f"{fmt(p.get('first_round_max_ms'), 0):>15} {fmt(a.get('first_round_max_ms'), 0):>5} | "
                f"{p.get('missing', '-')!s:>5}/{a.get('missing', '-')!s:<5}")
        out.append("")

    mx = list(pairs("matrix", "nio"))
    if mx:
        out += ["Matrix, local Synapse, unencrypted direct rooms (nio has no libolm here), "
                "latency send -> answer in the person's /sync, ms",
                "target: Pairbot CPU per reply <= 2 x nio; Pairbot /sync per reply <= 1", ""]
        head = (f"{'people':>6} {'think':>5} | {'Pairbot p50':>11} {'p95':>7} | "
                f"{'nio p50':>7} {'p95':>7} | {'ratio p50':>9} | "
                f"{'CPU ms/reply P':>14} {'N':>6} {'ratio':>9} | "
                f"{'syncs/reply P':>13} {'N':>5} | {'req/reply P':>11} {'N':>5} | "
                f"{'1st round max P':>15} {'N':>5} | {'missing P/N':>11}")
        out += [head, "-" * len(head)]
        for (n, think), p, a in mx:
            cpu = ratio(p.get("cpu_ms_per_reply"), a.get("cpu_ms_per_reply"))
            syncs = p.get("syncs_per_reply", float("nan"))
            out.append(
                f"{n:>6} {think:>5.1f} | {fmt(p.get('p50_ms')):>11} {fmt(p.get('p95_ms')):>7} | "
                f"{fmt(a.get('p50_ms')):>7} {fmt(a.get('p95_ms')):>7} | "
                f"{fmt(ratio(p.get('p50_ms'), a.get('p50_ms')), 2):>9} | "
                f"{fmt(p.get('cpu_ms_per_reply'), 2):>14} {fmt(a.get('cpu_ms_per_reply'), 2):>6} "
                f"{mark(cpu, 2.0):>9} | "
                f"{mark(syncs, 1.0):>13} {fmt(a.get('syncs_per_reply'), 2):>5} | "
                f"{fmt(p.get('requests_per_reply'), 2):>11} {fmt(a.get('requests_per_reply'), 2):>5} | "
                f"{fmt(p.get('first_round_max_ms'), 0):>15} {fmt(a.get('first_round_max_ms'), 0):>5} | "
                f"{p.get('missing', '-')!s:>5}/{a.get('missing', '-')!s:<5}")
        out.append("")
        for (n, think), p, a in mx:
            for name, r in (("Pairbot", p), ("nio", a)):
                if r.get("requests"):
                    out.append(f"requests of {name} ({n} people, think {think:g} s): "
                               + ", ".join(f"{k} {v}" for k, v in r["requests"].items()))
        out.append("")

    out.append("1st round max: the slowest answer of the first round, when everyone wrote at the "
               "same moment (later rounds drift apart).")
    out.append("CPU: utime+stime of the bot process (/proc/PID/stat, 10 ms ticks) over the "
               "measured rounds / replies.")
    out.append("Rounds per person and turnaround (on the server's clock) are in the JSON lines: "
               + args.results)
    started = sorted({(r["platform"], r["bot"], r["command"]) for r in rows})
    if started:
        out += ["", "Bots as started (temporary folders vary):"]
        out += [f"  {platform} {bot}: {command}" for platform, bot, command in started]
    if args.commands:
        out += ["", "Commands:"] + [f"  {line.rstrip()}" for line in
                                    open(args.commands, encoding="utf-8") if line.strip()]
    print("\n".join(out))


if __name__ == "__main__":
    main()
