#!/usr/bin/env bash
# Runs the whole Pairbot test suite on a fresh machine: formatting and lints, then every test
# on SQLite and on PostgreSQL. It checks (and, where it can, starts) what the tests need.
#
#   scripts/test.sh                 # everything
#   PAIRBOT_TEST_PG=postgres://user@host:5432/postgres scripts/test.sh
#   PAIRBOT_SKIP_PG=1 scripts/test.sh   # SQLite only (refused when CI is set)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

# --- Rust toolchain -------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup (https://rustup.rs) and run this again." >&2
  exit 1
fi

# --- PostgreSQL -----------------------------------------------------------------------------
export PAIRBOT_TEST_PG=${PAIRBOT_TEST_PG:-postgres://postgres@127.0.0.1:5432/postgres}
pg_up() { pg_isready -q -d "$PAIRBOT_TEST_PG" 2>/dev/null; }
if [ "${PAIRBOT_SKIP_PG:-}" = 1 ] && [ -z "${CI:-}" ]; then
  say "PostgreSQL tests skipped (PAIRBOT_SKIP_PG=1)"
  unset PAIRBOT_TEST_PG
else
  if command -v pg_isready >/dev/null && ! pg_up && command -v pg_ctlcluster >/dev/null; then
    say "Starting the local PostgreSQL cluster"
    for cluster in /etc/postgresql/*/main; do
      [ -d "$cluster" ] || continue
      version=$(basename "$(dirname "$cluster")")
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 30); do pg_up && break; sleep 0.5; done
  fi
  if command -v pg_isready >/dev/null && ! pg_up; then
    echo "PostgreSQL is not reachable at the server of PAIRBOT_TEST_PG." >&2
    echo "Start one (trust auth on 127.0.0.1:5432 by default), point PAIRBOT_TEST_PG at it," >&2
    echo "or run with PAIRBOT_SKIP_PG=1 to test SQLite only." >&2
    exit 1
  fi
  # Databases left by an interrupted earlier run.
  if command -v psql >/dev/null; then
    psql -d "$PAIRBOT_TEST_PG" -Atqc \
      "SELECT datname FROM pg_database WHERE datname LIKE 'pairbot\_t\_%'" 2>/dev/null |
      while read -r name; do
        psql -d "$PAIRBOT_TEST_PG" -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true
      done
  fi
  say "PostgreSQL tests enabled"
fi

# --- Telegram Bot API emulator (npm) ------------------------------------------------------
EMULATOR_VERSION=4.2.1
export PAIRBOT_TELEGRAM_EMULATOR="$PWD/.test-services/telegram-emulator"
if [ ! -f "$PAIRBOT_TELEGRAM_EMULATOR/node_modules/telegram-test-api/package.json" ] ||
   ! grep -q "\"version\": \"$EMULATOR_VERSION\"" \
     "$PAIRBOT_TELEGRAM_EMULATOR/node_modules/telegram-test-api/package.json"; then
  if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    echo "Node.js and npm are needed for the Telegram emulator tests (telegram-test-api)." >&2
    exit 1
  fi
  say "Installing telegram-test-api $EMULATOR_VERSION"
  mkdir -p "$PAIRBOT_TELEGRAM_EMULATOR"
  npm install --prefix "$PAIRBOT_TELEGRAM_EMULATOR" --no-audit --no-fund --loglevel=error \
    "telegram-test-api@$EMULATOR_VERSION" >/dev/null
fi

# --- Synapse (PyPI matrix-synapse), fresh data for each run ----------------------------------
say "Starting Synapse"
export PAIRBOT_TEST_SYNAPSE
PAIRBOT_TEST_SYNAPSE=$(scripts/synapse.sh start | tail -n 1)
trap 'scripts/synapse.sh stop' EXIT

# --- Lints ----------------------------------------------------------------------------------
say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy"
cargo clippy -j 2 --all-targets -- -D warnings
# The core must build alone, without any platform crate.
cargo clippy -j 2 --all-targets --no-default-features -- -D warnings

# --- Tests ----------------------------------------------------------------------------------
say "Tests"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run -j 2 --no-fail-fast
else
  cargo test -j 2 --no-fail-fast
fi

# --- Fuzzing, bounded -----------------------------------------------------------------------
say "Fuzzing (${FUZZ_SECONDS:-60} s per target)"
scripts/fuzz.sh
