#!/usr/bin/env bash
# Runs a command under the project's Node.js (scripts/node-runtime.sh): the npm scripts go
# through it, so that `npm run import` on a machine with an older Node.js works as npm start does.
set -euo pipefail
source "$(dirname "$0")/node-runtime.sh"
rencontres_use_node
rencontres_install >&2
exec "$@"
