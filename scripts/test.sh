#!/usr/bin/env bash
# Runs the whole Pairbot test suite on a fresh machine: formatting and lints, the RustSec
# advisory audit of the lock files, then every test on SQLite and on PostgreSQL, then bounded
# fuzzing. It checks (and, where it can, starts or installs) what the tests need.
#
#   scripts/test.sh                 # everything
#   PAIRBOT_TEST_PG=postgres://user@host:5432/postgres scripts/test.sh
#   PAIRBOT_SKIP_PG=1 scripts/test.sh   # SQLite only (refused when CI is set)
#   PAIRBOT_ADVISORY_DB=fetch scripts/test.sh   # audit against a freshly fetched RustSec db
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

# --- Supply chain: RustSec advisories (cargo-audit) -----------------------------------------
# Any advisory (vulnerability, unmaintained, unsound, yanked) in Cargo.lock or fuzz/Cargo.lock
# fails the run unless .cargo/audit.toml ignores its id, with a reason on the same line.
# Database: PAIRBOT_ADVISORY_DB (a folder, read as it is; or "fetch"), else ../shared/advisory-db
# when present (read as it is, offline), else cargo-audit's own fetch into ~/.cargo/advisory-db.
say "cargo audit"
AUDIT_VERSION=0.22.2
AUDIT_ROOT="$PWD/.test-services/cargo-tools"
cargo_audit="$AUDIT_ROOT/bin/cargo-audit"
if [ "$("$cargo_audit" --version 2>/dev/null)" != "cargo-audit $AUDIT_VERSION" ] &&
   [ "$(cargo-audit --version 2>/dev/null)" = "cargo-audit $AUDIT_VERSION" ]; then
  cargo_audit=$(command -v cargo-audit) # the same version already on PATH
fi
if [ "$("$cargo_audit" --version 2>/dev/null)" != "cargo-audit $AUDIT_VERSION" ]; then
  # An unoptimised build without debug info: about 3 minutes instead of 8 on 2 cores, and
  # the audit itself still takes 2 seconds.
  echo "Installing cargo-audit $AUDIT_VERSION into .test-services/cargo-tools (about 3 min)"
  CARGO_PROFILE_DEV_DEBUG=0 nice cargo install cargo-audit --locked --version "$AUDIT_VERSION" \
    --root "$AUDIT_ROOT" -j 2 --force --debug
fi
advisory_db=${PAIRBOT_ADVISORY_DB:-}
if [ -z "$advisory_db" ] && [ -d ../shared/advisory-db ]; then advisory_db=../shared/advisory-db; fi
audit_db=()
if [ -n "$advisory_db" ] && [ "$advisory_db" != fetch ]; then
  if [ ! -d "$advisory_db/crates" ]; then
    echo "PAIRBOT_ADVISORY_DB=$advisory_db is not a RustSec advisory database folder." >&2
    exit 1
  fi
  audit_db=(--db "$advisory_db" --no-fetch)
fi
# An ignored id without its reason is refused: one id per line, then a "# why" comment.
if grep -nE '^[^#]*"(RUSTSEC|GHSA|CVE)-' .cargo/audit.toml 2>/dev/null |
   grep -vE '^[0-9]+:[[:space:]]*"[A-Z]+-[^"]+",?[[:space:]]*#[[:space:]]*[^[:space:]]'; then
  echo ".cargo/audit.toml: each ignored advisory needs its own line and its reason there." >&2
  exit 1
fi
# The yanked check reads cargo's local index cache: clippy filled it for Cargo.lock; fill it
# for the fuzz crate, built only later (it downloads what fuzzing needs anyway).
cargo fetch -q --manifest-path fuzz/Cargo.toml --target "$(rustc -vV | sed -n 's/^host: //p')"
for lockfile in Cargo.lock fuzz/Cargo.lock; do
  "$cargo_audit" audit "${audit_db[@]}" --deny warnings --file "$lockfile"
done

# --- Tests ----------------------------------------------------------------------------------
say "Tests"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run -j 2 --no-fail-fast
else
  cargo test -j 2 --no-fail-fast
fi

# --- Fuzzing, bounded -----------------------------------------------------------------------
# 30 s per target here (scripts/fuzz.sh alone defaults to 60) keeps the CI budget.
export FUZZ_SECONDS=${FUZZ_SECONDS:-30}
say "Fuzzing ($FUZZ_SECONDS s per target)"
scripts/fuzz.sh
