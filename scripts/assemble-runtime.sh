#!/usr/bin/env bash
# `scripts/assemble-runtime.sh <dir>`: copies what `next start` needs at run time out of a built
# checkout (after `npm install` and `npm run build`) into <dir>, with only production packages.
# The Dockerfile's last stage is exactly this directory, and the test run starts the app from it,
# so a file the server reads at run time (migrations, prompts, the parse worker) cannot go missing
# from the image unnoticed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:?usage: scripts/assemble-runtime.sh <dir>}"
rm -rf "$dest" && mkdir -p "$dest"

# Read at run time: the build, static files, migrations applied at start-up, prompt files, the
# bundled parse worker, and the entry script.
for item in package.json package-lock.json next.config.mjs .next public prisma prompts .workers deploy/entrypoint.sh; do
  mkdir -p "$dest/$(dirname "$item")"
  cp -a "$item" "$dest/$item"
done
rm -rf "$dest/.next/cache"

# Hard links keep the copy cheap; pruning then unlinks the development packages in the copy only.
# --ignore-scripts: the generated Prisma client is already in the build and must not be regenerated.
# npm rewrites its hidden lockfile in place, which through a hard link would change the source's.
cp -al node_modules "$dest/node_modules"
rm -f "$dest/node_modules/.package-lock.json"
(cd "$dest" && npm prune --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
