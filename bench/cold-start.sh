#!/usr/bin/env bash
# Cold start: process start to exit for `render` of the seed's three Jobs, against kubectl on the same machine.
# Publishes every variant to bench/out/, checks the outputs, then runs one hyperfine comparison (medians).
# Usage: bench/cold-start.sh [RUNS] [--composite]   (default 30 runs per command, 5 warm-ups)
#   BEFORE="<commit> ..." bench/cold-start.sh  also publishes SeedJobs from those commits, with the same publish
#   settings, to show what the changes since then gained.
#   --composite also publishes SeedJobs self-contained as one composite ReadyToRun image with the framework
#   (about 120 MB, and some 14 minutes of compiling on 2 cores).
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs="${1:-30}"
composite="${2:-}"
ensure_tools

# The SeedJobs program as committed: Native AOT (-p:Native=true), ReadyToRun (the default publish, see
# samples/SeedJobs/SeedJobs.csproj), and without either.
publish_native samples/SeedJobs seedjobs-native
publish samples/SeedJobs seedjobs
publish samples/SeedJobs seedjobs-jit -p:PublishReadyToRun=false
publish bench/baseline-kubernetesyaml baseline-r2r -p:PublishReadyToRun=true

commands=(
  "kubectl create job x --image=busybox --dry-run=client -o yaml"
  "$out/seedjobs-native/SeedJobs render"
  "$out/seedjobs/SeedJobs render"
  "$out/seedjobs-jit/SeedJobs render"
  "$out/baseline-r2r/baseline-kubernetesyaml 3 -"
)

for rev in ${BEFORE:-}; do
  rm -rf "$out/before-src" && mkdir -p "$out/before-src"
  git -C "$repo" archive "$rev" | tar -x -C "$out/before-src"
  echo "Publishing SeedJobs from $rev as seedjobs-$rev" >&2
  dotnet publish "$out/before-src/samples/SeedJobs" -c Release -r linux-x64 -p:SelfContained=false -p:PublishReadyToRun=true \
    -p:ConcurrentGarbageCollection=false -p:TieredPGO=false -o "$out/seedjobs-$rev" >"$out/seedjobs-$rev.publish.log" 2>&1
  commands+=("$out/seedjobs-$rev/SeedJobs render")
done

if [ "$composite" = "--composite" ]; then
  publish samples/SeedJobs seedjobs-composite -p:SelfContained=true -p:PublishReadyToRunComposite=true
  commands+=("$out/seedjobs-composite/SeedJobs render")
fi

# The jobsharp tool over the seed's YAML files, as its project publishes it and with this page's start-up settings.
if [ -f "$repo/src/JobSharp.Tool/JobSharp.Tool.csproj" ]; then
  publish_native src/JobSharp.Tool jobsharp-tool-native
  publish src/JobSharp.Tool jobsharp-tool
  publish src/JobSharp.Tool jobsharp-tool-jit -p:PublishReadyToRun=false
  seed=("$repo"/tests/JobSharp.TestSupport/Seed/hello-job.yaml "$repo"/tests/JobSharp.TestSupport/Seed/db-migration.yaml "$repo"/tests/JobSharp.TestSupport/Seed/batch-processor.yaml)
  commands+=("$out/jobsharp-tool-native/JobSharp.Tool render ${seed[*]}" "$out/jobsharp-tool/JobSharp.Tool render ${seed[*]}" "$out/jobsharp-tool-jit/JobSharp.Tool render ${seed[*]}")
fi

# The seed's YAML, byte for byte, and the same bytes under the experiments that could change them.
seed_dir="$repo/tests/JobSharp.TestSupport/Seed"
expected="$(cat "$seed_dir/hello-job.yaml"; echo ---; cat "$seed_dir/db-migration.yaml"; echo ---; cat "$seed_dir/batch-processor.yaml")"
for program in "$out/seedjobs/SeedJobs" "$out/seedjobs-native/SeedJobs"; do
  [ "$("$program" render)" = "$expected" ] || { echo "$program render differs from the seed YAML" >&2; exit 1; }
done
if [ -n "${seed:-}" ]; then
  for tool in "$out/jobsharp-tool/JobSharp.Tool" "$out/jobsharp-tool-native/JobSharp.Tool"; do
    [ "$("$tool" render "${seed[@]}")" = "$expected" ] || { echo "$tool render differs from the seed YAML" >&2; exit 1; }
  done
fi
expected="$("$out/seedjobs/SeedJobs" render | sha256sum)"
for variant in "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1" "DOTNET_TieredCompilation=0" "LANG=tr_TR.UTF-8"; do
  actual="$(env "$variant" "$out/seedjobs/SeedJobs" render | sha256sum)"
  [ "$actual" = "$expected" ] || { echo "output differs under $variant" >&2; exit 1; }
done

describe_machine | tee "$out/cold-start.machine.txt"
hyperfine -N --warmup 5 --runs "$runs" --export-markdown "$out/cold-start.md" --export-json "$out/cold-start.json" "${commands[@]}"

echo
echo "Peak resident set (kB), one run each:"
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086 # the commands are word lists on purpose
  printf '%8s  %s\n' "$(peak_kb $command)" "$command"
done | tee "$out/cold-start.memory.txt"
echo "Medians: jq '.results[] | [.command, .median]' $out/cold-start.json"
