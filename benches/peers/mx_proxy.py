"""A counting reverse proxy between one bot and Synapse, for the peer benchmark.

    python mx_proxy.py --upstream http://127.0.0.1:18008 --port PORT

Forwards every request unchanged and counts them: `/sync` requests apart (any path that
contains "/sync"), and all requests by a short kind (the path without ids). GET
/__peers/counts answers {"sync": n, "total": n, "kinds": {...}}; it prints "ready" on stdout
once listening. Both bots under test go through their own copy of it, so the extra hop
costs both the same.
"""

import argparse
import collections
import re

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web

HOP = {"host", "content-length", "transfer-encoding", "connection", "keep-alive",
       "content-encoding"}


def kind_of(path: str) -> str:
    """`/_matrix/client/v3/rooms/!x:localhost/send/m.room.message/7` → `rooms/*/send`."""
    path = re.sub(r"^/_matrix/client/(r0|v\d+|unstable)/", "", path)
    parts = [p for p in path.split("/") if p]
    if parts[:1] == ["rooms"] and len(parts) > 2:
        return "rooms/*/" + parts[2]
    if parts[:1] in (["sendToDevice"], ["user"], ["profile"], ["pushrules"], ["join"]):
        return parts[0]
    return "/".join(parts[:2])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    upstream = args.upstream.rstrip("/")
    counts = {"sync": 0, "total": 0, "kinds": collections.Counter()}
    session = None

    async def counts_handler(_request):
        return web.json_response({"sync": counts["sync"], "total": counts["total"],
                                  "kinds": dict(counts["kinds"])})

    async def forward(request: web.Request):
        nonlocal session
        if session is None:
            session = ClientSession(connector=TCPConnector(limit=0),
                                    timeout=ClientTimeout(total=None), auto_decompress=False)
        path = request.rel_url.path
        if "/sync" in path:
            counts["sync"] += 1
        counts["total"] += 1
        counts["kinds"][f"{request.method} {kind_of(path)}"] += 1
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP}
        body = await request.read()
        async with session.request(request.method, upstream + str(request.rel_url),
                                   headers=headers, data=body or None,
                                   allow_redirects=False) as r:
            data = await r.read()
            out = {k: v for k, v in r.headers.items() if k.lower() not in HOP}
            if "Content-Encoding" in r.headers:
                out["Content-Encoding"] = r.headers["Content-Encoding"]
            return web.Response(status=r.status, body=data, headers=out)

    app = web.Application(client_max_size=64 << 20)
    app.router.add_get("/__peers/counts", counts_handler)
    app.router.add_route("*", "/{tail:.*}", forward)

    async def ready(_app):
        print("ready", flush=True)

    app.on_startup.append(ready)
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
