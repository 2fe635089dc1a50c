#!/usr/bin/env bash
# Re-vendor the d3 modules the dashboard uses (network layout, zoom, drag) from the npm registry:
# the minified UMD build and the licence of each, into src/wirecoder/web/static/vendor/d3/.
# Run from the repository root; needs npm. Update the versions in NOTICE when they change.
set -euo pipefail
out=src/wirecoder/web/static/vendor/d3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for m in dispatch quadtree timer force selection color interpolate ease transition drag zoom; do
    (cd "$work" && npm pack "d3-$m@3" --silent >/dev/null && mkdir "d3-$m" && tar xzf d3-"$m"-*.tgz -C "d3-$m")
    cp "$work/d3-$m/package/dist/d3-$m.min.js" "$out/"
    cp "$work/d3-$m/package/LICENSE" "$out/d3-$m.LICENSE"
    echo "d3-$m $(node -p "require('$work/d3-$m/package/package.json').version")"
done
