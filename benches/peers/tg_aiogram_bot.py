"""A minimal aiogram 3 bot, the kind people write instead of Pairbot: it answers
`/definition ...` with a fixed text, by long polling. The peer benchmark
(benches/peers/tg_load.py) runs it against the Telegram emulator.

    TELEGRAM_BOT_TOKEN=1:X python tg_aiogram_bot.py --api-url http://127.0.0.1:PORT \
        --reply-file reply.json

The reply file holds what Pairbot answered to the same command, captured from the emulator
in the same benchmark run: {"messages": [{"text": ..., "parse_mode": ..., "reply_markup": ...},
...]}, so that both bots send the same texts and buttons. No rate limiting: a minimal bot
does none.
"""

import argparse
import asyncio
import json
import logging
import os

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command
from aiogram.types import InlineKeyboardMarkup, Message


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--reply-file", required=True)
    parser.add_argument("--poll-timeout", type=int, default=25)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    with open(args.reply_file, encoding="utf-8") as f:
        messages = json.load(f)["messages"]
    answers = []
    for m in messages:
        markup = m.get("reply_markup")
        keyboard = (
            InlineKeyboardMarkup.model_validate(markup)
            if isinstance(markup, dict) and "inline_keyboard" in markup
            else None
        )
        answers.append((m["text"], m.get("parse_mode"), keyboard))

    session = AiohttpSession(api=TelegramAPIServer.from_base(args.api_url))
    bot = Bot(os.environ["TELEGRAM_BOT_TOKEN"], session=session)
    dp = Dispatcher()

    @dp.message(Command("definition"))
    async def definition(message: Message) -> None:
        for text, parse_mode, keyboard in answers:
            await message.answer(text, parse_mode=parse_mode, reply_markup=keyboard)

    asyncio.run(dp.start_polling(bot, polling_timeout=args.poll_timeout, handle_signals=True))


if __name__ == "__main__":
    main()
