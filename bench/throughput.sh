#!/usr/bin/env bash
# Scale and end to end: N Jobs of the seed's three shapes rendered into one file, whole process.
#  1. JobSharp (bench/jobsharp-many, Native AOT and ReadyToRun) at 1,000 / 10,000 / 100,000 Jobs: time (hyperfine
#     median) and peak RSS.
#  2. 1,000 and 10,000 Jobs: JobSharp vs cdk8s + cdk8s-plus-33 synth vs V1Job + KubernetesYaml.Serialize, one run.
# Usage: bench/throughput.sh [RUNS]   (default 5 runs per command; 100,000 Jobs always 3)
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs="${1:-5}"
ensure_tools

publish_native bench/jobsharp-many jobsharp-many-native
publish bench/jobsharp-many jobsharp-many
publish bench/baseline-kubernetesyaml baseline-r2r -p:PublishReadyToRun=true
(cd "$repo/bench/cdk8s" && npm ci --no-audit --no-fund --silent)

many="$out/jobsharp-many/jobsharp-many"
native="$out/jobsharp-many-native/jobsharp-many"
baseline="$out/baseline-r2r/baseline-kubernetesyaml"
cdk8s="node $repo/bench/cdk8s/synth.js"
files="$out/files"
mkdir -p "$files"

describe_machine | tee "$out/throughput.machine.txt"

for build in native readytorun; do
  program="$native"
  [ "$build" = native ] || program="$many"
  echo "== Scale: JobSharp ($build), N Jobs to one file"
  : >"$out/scale-$build.memory.txt"
  for n in 1000 10000 100000; do
    r=$runs
    [ "$n" -lt 100000 ] || r=3
    hyperfine -N --warmup 1 --runs "$r" --export-json "$out/scale-$build-$n.json" "$program $n $files/jobsharp-$build-$n.yaml"
    echo "$n $(peak_kb "$program" "$n" "$files/jobsharp-$build-$n.yaml")" | tee -a "$out/scale-$build.memory.txt"
    grep -c '^kind: Job$' "$files/jobsharp-$build-$n.yaml" | xargs test "$n" -eq
  done
  cmp "$files/jobsharp-$build-100000.yaml" "$files/jobsharp-native-100000.yaml"
  echo "N  median_s  ms_per_job  peak_rss_kB"
  for n in 1000 10000 100000; do
    median="$(jq '.results[0].median' "$out/scale-$build-$n.json")"
    peak="$(awk -v n="$n" '$1 == n {print $2}' "$out/scale-$build.memory.txt")"
    awk -v n="$n" -v m="$median" -v p="$peak" 'BEGIN {printf "%d  %.3f  %.4f  %d\n", n, m, 1000 * m / n, p}'
  done | tee "$out/scale-$build.txt"
done

echo "== Dynamic PGO (off in jobsharp-many's project) turned back on, 10,000 Jobs"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/pgo-10000.json" \
  "$many 10000 $files/jobsharp-10000.yaml" "env DOTNET_TieredPGO=1 $many 10000 $files/jobsharp-pgo-10000.yaml"

for n in 1000 10000; do
  echo "== End to end: $n Jobs to one file"
  hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$out/e2e-$n.md" --export-json "$out/e2e-$n.json" \
    "$native $n $files/jobsharp-native-$n.yaml" \
    "$many $n $files/jobsharp-$n.yaml" \
    "$baseline $n $files/kubernetesyaml-$n.yaml" \
    "$cdk8s $n $files/cdk8s-$n"
  cmp "$files/jobsharp-native-$n.yaml" "$files/jobsharp-$n.yaml"
  for command in "$native $n $files/jobsharp-native-$n.yaml" "$many $n $files/jobsharp-$n.yaml" "$baseline $n $files/kubernetesyaml-$n.yaml" "$cdk8s $n $files/cdk8s-$n"; do
    # shellcheck disable=SC2086
    printf '%8s kB  %s\n' "$(peak_kb $command)" "$command"
  done | tee "$out/e2e-$n.memory.txt"
  for f in "$files/jobsharp-$n.yaml" "$files/kubernetesyaml-$n.yaml" "$files/cdk8s-$n/app.k8s.yaml"; do
    echo "$(grep -c '^kind: Job$' "$f") Jobs, $(wc -c <"$f") bytes: $f"
  done
done
echo "Medians: jq '.results[] | [.command, .median]' $out/e2e-1000.json"
