#!/usr/bin/env bash
# Refreshes the Bootstrap files the website serves itself (it never loads anything from a CDN).
# Usage: scripts/update-web-assets.sh [bootstrap-version]
set -euo pipefail
version="${1:-5.3.8}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Fetching bootstrap@$version from npm..."
npm install --prefix "$work" --no-audit --no-fund "bootstrap@$version" >/dev/null
lib="$root/src/Inkwell.Web/wwwroot/lib/bootstrap"
cp "$work/node_modules/bootstrap/dist/css/bootstrap.min.css" "$lib/css/"
cp "$work/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js" "$lib/js/"
cp "$work/node_modules/bootstrap/LICENSE" "$lib/LICENSE"
echo "Bootstrap $version copied to $lib"
