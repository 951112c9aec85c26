#!/usr/bin/env bash
# render -o at scale: a JobSharpApp program (bench/render-many) with N Jobs of the seed's three shapes renders one
# file per Job into a folder, at N = 1,000 / 10,000 / 100,000. For each N: the program's own definitions alone
# (--version: the Jobs built in C#, nothing rendered), render -o into an empty folder, render -o again (every file
# unchanged) and render -o --check; elapsed and CPU time and peak resident set, one run each (GNU time).
# Usage: bench/render-o.sh [FOLDER]   (default bench/out/render-o; on a tmpfs such as /dev/shm/x the time is the
# program's own, on a disk it includes one fsync per written file)
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_tools
folder="${1:-$out/render-o}"

publish bench/render-many render-many
program="$out/render-many/render-many"
describe_machine | tee "$out/render-o.machine.txt"

measure() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/render-o.time" "$@" >/dev/null 2>&1
  read -r elapsed user sys peak <"$out/render-o.time"
  printf "%-9s %-22s %8s s %8s s %10d kB\n" "$n" "$label" "$elapsed" "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" "$peak"
}

printf "%-9s %-22s %10s %10s %13s\n" N run elapsed cpu peak_rss
for n in 1000 10000 100000; do
  rm -rf "$folder"
  measure "definitions only" "$program" "$n" --version
  measure "render -o (new)" "$program" "$n" render -o "$folder"
  test "$(find "$folder" -name '*.job.yaml' | wc -l)" -eq "$n"
  measure "render -o (unchanged)" "$program" "$n" render -o "$folder"
  measure "render -o --check" "$program" "$n" render -o "$folder" --check
done | tee "$out/render-o.txt"
rm -rf "$folder"
