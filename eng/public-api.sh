#!/usr/bin/env bash
# Records the current public API of the shipped libraries in their PublicAPI.Unshipped.txt: every public symbol
# that PublicAPI.Shipped.txt does not list. Run it after a deliberate API change, then review the diff of the
# *.txt files like code (CONTRIBUTING.md). Usage: eng/public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for project in JobSharp JobSharp.Cluster JobSharp.Cli JobSharp.Testing; do
  unshipped="src/$project/PublicAPI.Unshipped.txt"
  printf '#nullable enable\n' > "$unshipped"
  # With an empty Unshipped file every unrecorded public symbol is an RS0016 error naming its API line.
  dotnet build "src/$project" -p:TreatWarningsAsErrors=false --no-incremental 2>&1 \
    | grep -F "src/$project/" \
    | sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" \
    | LC_ALL=C sort -u >> "$unshipped" || true
  echo "$project: $(($(wc -l < "$unshipped") - 1)) unshipped API lines"
done
