#!/usr/bin/env bash
# Services the CI test run needs, installed from Debian packages on a clean machine (run as root).
# Each engineer owns one marked block; edit only your own.
set -euo pipefail

# --- BEGIN chromium (browser tests: tests/test_dashboard.py; owner: web) ---------------------------
# Playwright drives Debian's Chromium (its own browser download is not used): tests launch
# /usr/bin/chromium headless with --no-sandbox. Override the path with WIRECODER_CHROMIUM.
if ! command -v chromium >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
chromium --version 2>/dev/null || true
# --- END chromium ------------------------------------------------------------------------------------
