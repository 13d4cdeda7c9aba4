"""A minimal matrix-nio bot, the kind people write instead of Pairbot: it joins the rooms it
is invited to and answers `/definition ...` (or `!definition ...`) with a fixed message. The
peer benchmark (benches/peers/mx_load.py) runs it against Synapse.

    MATRIX_PASSWORD=... python mx_nio_bot.py --homeserver URL --user-id @bot:localhost \
        --reply-file reply.json

The reply file holds the message contents Pairbot answered with in the same benchmark run:
{"messages": [{"msgtype": "m.text", "body": ..., "format": ..., "formatted_body": ...}]}.

No end-to-end encryption: matrix-nio needs libolm (python-olm) for it, which this machine
does not provide, so the benchmark uses unencrypted direct rooms for both bots. The sync
loop is nio's own `sync_forever`, as in nio's examples, with a 30 s long poll.
"""

import argparse
import asyncio
import json
import logging
import os

from nio import AsyncClient, AsyncClientConfig, InviteMemberEvent, MatrixRoom, RoomMessageText


async def run(args) -> None:
    with open(args.reply_file, encoding="utf-8") as f:
        answers = json.load(f)["messages"]
    client = AsyncClient(args.homeserver, args.user_id,
                         config=AsyncClientConfig(encryption_enabled=False))
    login = await client.login(os.environ["MATRIX_PASSWORD"], device_name="nio-peer")
    if not getattr(login, "access_token", None):
        raise SystemExit(f"login failed: {login}")

    async def on_invite(room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == client.user_id and event.membership == "invite":
            await client.join(room.room_id)

    async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == client.user_id:
            return
        if event.body.startswith(("/definition", "!definition")):
            for content in answers:
                await client.room_send(room.room_id, "m.room.message", content)

    # Catch up first without handlers, so that old messages are not answered; then join
    # the invitations that were waiting.
    await client.sync(timeout=0, full_state=True)
    for room_id in list(client.invited_rooms):
        await client.join(room_id)
    client.add_event_callback(on_invite, InviteMemberEvent)
    client.add_event_callback(on_message, RoomMessageText)
    print("ready", flush=True)
    try:
        await client.sync_forever(timeout=30000)
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--homeserver", required=True)
    parser.add_argument("--user-id", required=True)
    parser.add_argument("--reply-file", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    try:
        asyncio.run(run(args))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    import signal

    # SIGTERM ends the bot like Ctrl-C.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    main()
