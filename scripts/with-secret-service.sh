#!/usr/bin/env bash
# Runs a command against a real, private Secret Service (the Linux keychain), then takes it down:
#
#   bash scripts/with-secret-service.sh npx vitest run --project keychain
#
# The recipe is DESIGN.md's "Testing on these machines": a session bus of its own (dbus-run-session),
# HOME and the XDG folders in a temporary directory so no real keyring is read or written, and
# gnome-keyring-daemon unlocked with a throwaway password. The command sees PANEL_SECRET_SERVICE=private
# and exits with its own status.
set -uo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/with-secret-service.sh <command> [args…]" >&2
  exit 2
fi

if [ "${PANEL_SECRET_SERVICE:-}" != "starting" ]; then
  missing=()
  for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "with-secret-service: ${missing[*]} not found. The keychain tests need a Secret Service;" >&2
    echo "on Debian or Ubuntu: apt-get install gnome-keyring libsecret-tools dbus" >&2
    exit 1
  fi
  sandbox=$(mktemp -d "${TMPDIR:-/tmp}/panel-secret-service.XXXXXX")
  trap 'rm -rf "$sandbox"' EXIT
  mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache"
  mkdir -m 700 "$sandbox/runtime"
  # Re-entered inside the private bus; the status it ends with is the command's.
  HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" PANEL_SECRET_SERVICE=starting \
    PANEL_SECRET_SERVICE_LOG="$sandbox/daemon.log" \
    dbus-run-session -- bash "$0" "$@"
  exit $?
fi

name_owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# The password only unlocks this run's fresh login keyring; it is read from stdin, never an argument.
printf '%s' 'panel-keychain-test' |
  gnome-keyring-daemon --foreground --unlock --components=secrets >"$PANEL_SECRET_SERVICE_LOG" 2>&1 &
daemon=$!

# Bounded: 20 s at most. NameHasOwner asks the bus without activating a second daemon.
for _ in $(seq 200); do
  name_owned && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if ! name_owned; then
  echo "with-secret-service: gnome-keyring-daemon did not take org.freedesktop.secrets on the bus:" >&2
  cat "$PANEL_SECRET_SERVICE_LOG" >&2
  kill "$daemon" 2>/dev/null
  exit 1
fi

PANEL_SECRET_SERVICE=private "$@"
status=$?

kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
exit "$status"
