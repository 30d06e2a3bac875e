#!/usr/bin/env bash
# Rewrites the outputs of the README's sessions from the real program (ReadmeSessionTests
# runs each block's commands on a fresh database at a fixed time). Review with `git diff README.md`.
set -euo pipefail
cd "$(dirname "$0")/.."
KBK_UPDATE_SNAPSHOTS=1 swift test --filter ReadmeSession
git --no-pager diff --stat README.md
