#!/usr/bin/env bash
# The browser the dashboard tests need on a CI machine: Debian's Chromium (Playwright drives it with
# executable_path=/usr/bin/chromium; its own browser download is never used). Override the path for the
# tests with WIRECODER_CHROMIUM.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
    echo "ci_browser: installing chromium from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
fi
chromium --version >&2 || true
