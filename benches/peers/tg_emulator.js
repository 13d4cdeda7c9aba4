// telegram-test-api (the Bot API emulator the tests use) behind a small front server, for
// the peer benchmark (benches/peers/tg_load.py starts it):
//
//   node tg_emulator.js EMULATOR_DIR PORT [longpoll|stock]
//
// What the front server adds, the same for every bot under test:
// - Long polling (mode "longpoll", the default). The stock emulator answers getUpdates at
//   once even when empty. A bot then either busy-loops (aiogram: no pause at all) or pauses
//   on its own (Pairbot: 5 ms after a quick empty answer), which says more about the
//   emulator than about the bots. Here getUpdates waits, like Telegram, until an update for
//   that token is waiting or its `timeout` (seconds) has passed. "stock" keeps the
//   emulator's behaviour.
// - getMe with every field of a Bot API User (the emulator's lacks `is_bot`, which aiogram
//   requires).
// - One JSON line on stdout per update stored: {"k":"user"|"bot","chat":…,"t":ms,"id":…}
//   with t in wall-clock milliseconds (fractional), so that the load client learns at once
//   when a reply reached the emulator, without polling it. Bot lines also carry `cb`, the
//   callback_data of the message's inline buttons.
// Everything else goes to the emulator's own Express app unchanged.
'use strict';

const http = require('http');
const [dir, portArg, mode = 'longpoll'] = process.argv.slice(2);
const TelegramServer = require(dir + '/node_modules/telegram-test-api');

const server = new TelegramServer({ port: Number(portArg), host: '127.0.0.1', storeTimeout: 3600 });
const now = () => performance.timeOrigin + performance.now();
const emit = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

// Report every stored bot message (sendMessage) ...
const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (raw, token) => {
  const msg = addBotMessage(raw, token);
  const kb = msg.reply_markup && msg.reply_markup.inline_keyboard;
  const cb = kb ? kb.flat().map((b) => b.callback_data).filter(Boolean) : [];
  emit({ k: 'bot', chat: Number(msg.chat.id), t: now(), id: msg.message_id, cb });
  return msg;
};
// ... and every stored user update (message or button press).
const addUserUpdate = server.addUserUpdate.bind(server);
server.addUserUpdate = (update) => {
  const done = addUserUpdate(update);
  const chat = update.message ? update.message.chat && update.message.chat.id
    : update.callbackQuery.message.chat.id;
  emit({ k: 'user', chat: Number(chat), t: now(), id: update.messageId });
  return done;
};

// Wakes the long polls waiting for a token when one of its user updates is stored.
const waiting = new Map(); // token -> Set of wake-up functions
for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
  server.on(ev, () => {
    for (const wakers of waiting.values()) for (const wake of [...wakers]) wake();
  });
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// The `timeout` parameter of a getUpdates request: JSON, urlencoded or multipart body, or
// the query string.
function timeoutOf(req, body) {
  const url = new URL(req.url, 'http://x');
  let t = url.searchParams.get('timeout');
  const type = req.headers['content-type'] || '';
  if (t === null && body) {
    if (type.includes('json')) {
      try { t = JSON.parse(body).timeout; } catch (_) { /* no timeout */ }
    } else if (type.includes('multipart')) {
      const m = /name="timeout"\r\n(?:[^\r\n]*\r\n)*\r\n(\d+)/.exec(body);
      t = m && m[1];
    } else {
      t = new URLSearchParams(body).get('timeout');
    }
  }
  const n = Number(t);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 50) : 0;
}

function send(res, data) {
  const text = JSON.stringify(data);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function longPoll(req, res, token) {
  const body = await readBody(req);
  const timeout = timeoutOf(req, body);
  let updates = server.getUpdates(token);
  if (updates.length === 0 && timeout > 0) {
    await new Promise((resolve) => {
      let wakers = waiting.get(token);
      if (!wakers) waiting.set(token, (wakers = new Set()));
      const done = () => { clearTimeout(timer); wakers.delete(done); resolve(); };
      const timer = setTimeout(done, timeout * 1000);
      wakers.add(done);
      res.on('close', done); // the bot gave up (shutdown): stop waiting
    });
    if (res.destroyed) return;
    updates = server.getUpdates(token);
  }
  send(res, { ok: true, result: updates });
}

const front = http.createServer((req, res) => {
  // Method names are case-insensitive, as on Telegram (teloxide sends "GetMe").
  const m = /^\/bot([^/]+)\/(\w+)/.exec(req.url);
  const method = m && m[2].toLowerCase();
  if (method === 'getme') {
    const id = Number(m[1].split(':')[0]) || 666;
    send(res, { ok: true, result: { id, is_bot: true, first_name: 'Bench', username: 'PeersBenchBot',
      can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
      can_connect_to_business: false, has_main_web_app: false } });
    return;
  }
  if (method === 'getupdates' && mode === 'longpoll') {
    longPoll(req, res, m[1]);
    return;
  }
  server.webServer(req, res);
});
front.keepAliveTimeout = 120000;
front.listen(Number(portArg), '127.0.0.1', () => emit({ k: 'ready', t: now(), mode }));
process.on('SIGTERM', () => process.exit(0));
