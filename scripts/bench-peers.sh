#!/usr/bin/env bash
# Pairbot against the bots people write instead (issue 19, item 6): the same simulated
# people, the same command (/definition ETP), the same answer text.
# - Telegram: a minimal aiogram 3 bot and Pairbot, each on its own telegram-test-api
#   emulator (with long polling added, see benches/peers/tg_emulator.js): median and p95
#   reply latency at 1 and 20 people, think time 1 s (Telegram's 1 message/s per chat) and
#   0 s, and CPU per reply.
# - Matrix: a minimal matrix-nio bot and Pairbot on the local Synapse, each behind a counting
#   proxy: latency, CPU per reply and /sync requests per reply. Unencrypted direct rooms for
#   both: matrix-nio's end-to-end encryption needs libolm, which this machine does not have
#   (Pairbot's own benches/matrix_latency.rs measures encrypted rooms).
#
#   cargo build --release && scripts/bench-peers.sh
#   PAIRBOT_BIN=target/debug/pairbot PEERS_ROUNDS=5 PEERS_PEOPLE=1,3 scripts/bench-peers.sh
#
# Environment: PAIRBOT_BIN (default target/release/pairbot), PEERS_ROUNDS (30 per person),
# PEERS_PEOPLE (1,20), PEERS_THINK (Telegram think times, 1.0,0), PEERS_MX_THINK (1.0),
# PEERS_ONLY (telegram or matrix), PAIRBOT_TEST_SYNAPSE (a running Synapse to use).
# Installs into .test-services/: peers-venv (aiogram, matrix-nio, aiohttp, pinned) and the
# emulator; starts Synapse with scripts/synapse.sh unless one already answers (a running one
# is reused, not restarted: restarting wipes its data under tests that may be using it).
# Writes target/peers/ (JSON lines, the captured answers) and target/peers-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PAIRBOT_BIN=${PAIRBOT_BIN:-target/release/pairbot}
ROUNDS=${PEERS_ROUNDS:-30}
PEOPLE=${PEERS_PEOPLE:-1,20}
THINK=${PEERS_THINK:-1.0,0}
MX_THINK=${PEERS_MX_THINK:-1.0}
ONLY=${PEERS_ONLY:-}
say() { printf '\n== %s\n' "$*" >&2; }

if [ ! -x "$PAIRBOT_BIN" ]; then
  echo "no Pairbot binary at $PAIRBOT_BIN: run cargo build --release (or set PAIRBOT_BIN)" >&2
  exit 1
fi
PAIRBOT_BIN=$(realpath "$PAIRBOT_BIN")
LABEL=""
case "$PAIRBOT_BIN" in
  */debug/*) LABEL="DEBUG build of Pairbot: figures not for the docs" ;;
esac

# --- Python for the peer bots and the load clients ----------------------------------------
# matrix-nio without its e2e extra: that needs libolm (python-olm), absent here, and the
# comparison uses plain rooms anyway.
VENV=.test-services/peers-venv
PINS="aiogram==3.31.0 matrix-nio==0.26.0 aiohttp==3.14.5"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.pins" 2>/dev/null)" != "$PINS" ]; then
  say "Installing $PINS into $VENV"
  command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  # shellcheck disable=SC2086
  "$VENV/bin/pip" install --quiet --disable-pip-version-check $PINS
  echo "$PINS" >"$VENV/.pins"
fi
PY=$ROOT/$VENV/bin/python

# --- Telegram Bot API emulator, as scripts/test.sh installs it ---------------------------
EMULATOR_VERSION=4.2.1
EMULATOR=$ROOT/.test-services/telegram-emulator
if [ "$ONLY" != matrix ]; then
  if [ ! -f "$EMULATOR/node_modules/telegram-test-api/package.json" ] ||
     ! grep -q "\"version\": \"$EMULATOR_VERSION\"" \
       "$EMULATOR/node_modules/telegram-test-api/package.json"; then
    command -v npm >/dev/null && command -v node >/dev/null ||
      { echo "Node.js and npm are needed for the Telegram emulator" >&2; exit 1; }
    say "Installing telegram-test-api $EMULATOR_VERSION"
    mkdir -p "$EMULATOR"
    npm install --prefix "$EMULATOR" --no-audit --no-fund --loglevel=error \
      "telegram-test-api@$EMULATOR_VERSION" >/dev/null
  fi
fi

# --- Synapse ---------------------------------------------------------------------------------
STARTED_SYNAPSE=""
if [ "$ONLY" != telegram ]; then
  HS=${PAIRBOT_TEST_SYNAPSE:-http://127.0.0.1:${SYNAPSE_PORT:-18008}}
  if curl -sf "$HS/_matrix/client/versions" >/dev/null 2>&1; then
    say "Using the Synapse already running at $HS"
  else
    say "Starting Synapse"
    HS=$(scripts/synapse.sh start | tail -n 1)
    STARTED_SYNAPSE=1
  fi
fi
cleanup() { if [ -n "$STARTED_SYNAPSE" ]; then scripts/synapse.sh stop; fi; }
trap cleanup EXIT
SYNAPSE_CONFIG=${SYNAPSE_DIR:-$ROOT/.test-services/synapse}/data/homeserver.yaml

# --- The runs --------------------------------------------------------------------------------
OUT=$ROOT/target/peers
mkdir -p "$OUT"
RESULTS=$OUT/results.jsonl
COMMANDS=$OUT/commands.txt
: >"$RESULTS"
: >"$COMMANDS"
run() {
  echo "$*" >>"$COMMANDS"
  say "$*"
  (cd "$ROOT/benches/peers" && "$@")
}
TG_COMMON=(--emulator-dir "$EMULATOR" --reply-file "$OUT/tg-reply.json" --people "$PEOPLE"
           --think "$THINK" --rounds "$ROUNDS" --out "$RESULTS")
MX_COMMON=(--homeserver "${HS:-}" --synapse-config "$SYNAPSE_CONFIG"
           --reply-file "$OUT/mx-reply.json" --people "$PEOPLE" --think "$MX_THINK"
           --rounds "$ROUNDS" --out "$RESULTS")
if [ "$ONLY" != matrix ]; then
  # Pairbot first: its answer is captured for the peer bot.
  run "$PY" tg_load.py --bot pairbot --pairbot-bin "$PAIRBOT_BIN" "${TG_COMMON[@]}"
  run "$PY" tg_load.py --bot aiogram "${TG_COMMON[@]}"
fi
if [ "$ONLY" != telegram ]; then
  run "$PY" mx_load.py --bot pairbot --pairbot-bin "$PAIRBOT_BIN" "${MX_COMMON[@]}"
  run "$PY" mx_load.py --bot nio "${MX_COMMON[@]}"
fi

{
  echo "PAIRBOT_BIN=$PAIRBOT_BIN PEERS_ROUNDS=$ROUNDS PEERS_PEOPLE=$PEOPLE PEERS_THINK=$THINK PEERS_MX_THINK=$MX_THINK scripts/bench-peers.sh"
  echo "(then, in benches/peers/:)"
  cat "$COMMANDS"
} >"$COMMANDS.tmp" && mv "$COMMANDS.tmp" "$COMMANDS"
"$PY" benches/peers/report.py "$RESULTS" --label "$LABEL" --commands "$COMMANDS" \
  >"$ROOT/target/peers-report.txt"
echo
cat "$ROOT/target/peers-report.txt"
