#!/usr/bin/env bash
# A throwaway Synapse homeserver for the Matrix tests: loopback only, SQLite, open
# registration, fast password hashing, no rate limits. Each start begins with empty data.
#
#   scripts/synapse.sh start    # prints the homeserver URL on its last line
#   scripts/synapse.sh stop
#
# Environment: SYNAPSE_DIR (default .test-services/synapse), SYNAPSE_PORT (default 18008),
# SYNAPSE_VERSION (default 1.163.2).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${SYNAPSE_DIR:-$PWD/.test-services/synapse}
PORT=${SYNAPSE_PORT:-18008}
VERSION=${SYNAPSE_VERSION:-1.163.2}
VENV=$DIR/venv
DATA=$DIR/data
PIDFILE=$DIR/synapse.pid
URL=http://127.0.0.1:$PORT

stop() {
  if [ -f "$PIDFILE" ]; then
    pid=$(cat "$PIDFILE")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
  fi
}

case "${1:-start}" in
  stop) stop; exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

stop
mkdir -p "$DIR"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import synapse, sys; sys.exit(synapse.__version__.split()[0] != '$VERSION')" 2>/dev/null; then
  echo "installing matrix-synapse $VERSION into $VENV" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "matrix-synapse==$VERSION"
fi

rm -rf "$DATA"
mkdir -p "$DATA"
(cd "$DATA" && "$VENV/bin/python" -m synapse.app.homeserver --server-name localhost \
   --config-path homeserver.yaml --generate-config --report-stats=no >/dev/null)
"$VENV/bin/python" - "$DATA/homeserver.yaml" "$PORT" <<'PY'
import sys, yaml
path, port = sys.argv[1], int(sys.argv[2])
c = yaml.safe_load(open(path))
# Loopback only, client API only: nothing here is reachable from outside the machine.
c["listeners"] = [{"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                   "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}]
c.update(trusted_key_servers=[], suppress_key_server_warning=True, presence={"enabled": False},
         enable_registration=True, enable_registration_without_verification=True,
         bcrypt_rounds=4, url_preview_enabled=False)
unlimited = {"per_second": 100000, "burst_count": 100000}
for key in ["rc_message", "rc_registration", "rc_admin_redaction", "rc_joins_per_room",
            "rc_key_requests", "rc_3pid_validation", "rc_third_party_invite", "rc_media_create",
            "rc_delayed_event_mgmt", "rc_room_creation", "rc_reports", "rc_user_directory",
            "rc_profile"]:
    c[key] = unlimited
c["rc_login"] = {k: unlimited for k in ("address", "account", "failed_attempts")}
c["rc_joins"] = {"local": unlimited, "remote": unlimited}
c["rc_invites"] = {k: unlimited for k in ("per_room", "per_user", "per_issuer")}
c["rc_presence"] = {"per_user": unlimited}
yaml.safe_dump(c, open(path, "w"))
PY

(cd "$DATA" && exec nohup "$VENV/bin/python" -m synapse.app.homeserver -c homeserver.yaml \
   >"$DATA/stdout.log" 2>&1) &
echo $! >"$PIDFILE"
for i in $(seq 120); do
  if curl -sf "$URL/_matrix/client/versions" >/dev/null; then
    echo "$URL"
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    tail -30 "$DATA/stdout.log" "$DATA/homeserver.log" >&2 || true
    exit 1
  fi
  sleep 0.5
done
echo "Synapse was not ready after 60 s" >&2
exit 1
