#!/usr/bin/env bash
# CI stage "installer": build fieldapp's Windows installer and Linux bundle, test them end to end.
#
#   bash installer/ci-test.sh
#
# Works on a fresh Debian 12 machine as root with nothing but Python 3.11: installs what it needs
# (wine64, wine, nsis, mingw-w64 for a test-only wine stub; python3-venv if missing), keeps every
# download and build product under installer/build/ (git-ignored; override with
# FIELDAPP_INSTALLER_BUILD_DIR), prints PASS/FAIL per check, times and counts, and exits non-zero
# on any failure. See docs/deployment.md and tests/installer/e2e_windows_installer.py.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
BUILD_DIR="${FIELDAPP_INSTALLER_BUILD_DIR:-$HERE/build}"
T0=$(date +%s)

say() { printf '[installer-ci %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# ---- system packages (only what is missing; apt-get update once) -----------------------------------
need=()
command -v wine >/dev/null 2>&1 || need+=(wine)
command -v wine64 >/dev/null 2>&1 || [ -x /usr/lib/wine/wine64 ] || need+=(wine64)
command -v makensis >/dev/null 2>&1 || need+=(nsis)
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64-win32)

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
           && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            PY="$(command -v "$candidate")"; break
        fi
    done
fi
if [ -z "$PY" ]; then
    say "FAIL: Python 3.11 not found (the bundle pins cp311 wheels)"; exit 2
fi
if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    need+=(python3-venv)
fi

if [ ${#need[@]} -gt 0 ]; then
    say "installing Debian packages: ${need[*]}"
    t=$(date +%s)
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    say "apt: $(( $(date +%s) - t )) s"
else
    say "Debian packages already present (wine, nsis, mingw-w64)"
fi
say "wine $(wine --version 2>/dev/null), $(makensis -VERSION 2>/dev/null | head -1 | sed 's/^/makensis /'), $("$PY" -V)"

# ---- build + test -------------------------------------------------------------------------------------------
mkdir -p "$BUILD_DIR"
set +e
# a hung wine process must not hold CI for its full 90 minutes: 30 minutes is twice the worst seen
timeout --kill-after=30 1800 "$PY" "$REPO/tests/installer/e2e_windows_installer.py" --build-dir "$BUILD_DIR" 2>&1
rc=$?
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    say "FAIL: the installer test timed out"
fi
# leave no wine server behind (throwaway prefixes live under the build dir)
for prefix in "$BUILD_DIR"/wine/*-prefix; do
    [ -d "$prefix" ] && WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
done
set -e
say "stage finished in $(( $(date +%s) - T0 )) s (including package installs): exit $rc"
exit $rc
