#!/usr/bin/env bash
# Start-up as users get JobSharp from its packages: `render` of the seed's three Jobs, side by side with kubectl.
#   - the tool as `dotnet tool install` gives it on linux-x64 (JobSharp.Tool -> JobSharp.Tool.linux-x64, Native AOT),
#     run through the command the install puts on the PATH;
#   - the framework-dependent JobSharp.Tool.any (what other platforms get), run with `dotnet`;
#   - a user's own program (the seed's Jobs with a PackageReference to JobSharp.Cli) built the normal way
#     (`dotnet build`, JIT), published ReadyToRun, published Native AOT (PublishAot), and published Native AOT the way
#     the tool is (position-dependent, not dehydrated: src/JobSharp.Tool/JobSharp.Tool.csproj).
# Every command's output is compared with the seed's YAML before timing.
# Usage: bench/installed-start.sh [PACKAGES-DIR] [RUNS]   (without a folder, eng/pack.sh packs into bench/out/packages)
set -euo pipefail
source "$(dirname "$0")/common.sh"
packages="${1:-}"
runs="${2:-30}"
ensure_tools
if [ -z "$packages" ]; then
  packages="$out/packages"
  rm -rf "$packages"
  bash "$repo/eng/pack.sh" "$packages" >"$out/pack.log" 2>&1 || { tail -n 30 "$out/pack.log" >&2; exit 1; }
fi
packages="$(cd "$packages" && pwd)"
package="$(ls "$packages" | grep -E '^JobSharp\.Tool\.linux-x64\..+\.nupkg$' | head -n 1)"
version="${package#JobSharp.Tool.linux-x64.}"
version="${version%.nupkg}"
echo "JobSharp $version from $packages" >&2

# Outside the repository, as a user's folder is: the repository's Directory.Build.props and central package
# versions must not apply.
work="${TMPDIR:-/tmp}/jobsharp-installed-start"
rm -rf "$work"
mkdir -p "$work"
cat >"$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="jobsharp-bench" value="$packages" />
  </packageSources>
</configuration>
XML
# JobSharp's own ids come from the folder, never from an earlier copy of the same version in the cache.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/jobsharp "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/jobsharp.*

dotnet tool install JobSharp.Tool --version "$version" --tool-path "$work/tools" --configfile "$work/NuGet.config" >"$work/tool.log"
mkdir -p "$work/any"
python3 - "$packages/JobSharp.Tool.any.$version.nupkg" "$work/any" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])
PY
any_dll="$(find "$work/any/tools" -name JobSharp.Tool.dll | head -n 1)"

mkdir -p "$work/program"
cp "$repo/samples/SeedJobs/Program.cs" "$repo/samples/SeedJobs/SeedJobDefinitions.cs" "$work/program/"
cat >"$work/program/SeedJobs.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="JobSharp.Cli" Version="$version" />
  </ItemGroup>
</Project>
XML
linker=""
for linker in clang clang-14 gcc; do command -v "$linker" >/dev/null 2>&1 && break; done
(cd "$work/program" && dotnet build -c Release -o "$work/jit" >"$work/build.log" \
  && dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" >"$work/r2r.log" \
  && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$linker" -o "$work/aot" >"$work/aot.log" \
  && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$linker" \
    -p:PositionIndependentExecutable=false -p:IlcDehydrate=false -o "$work/aot-fixed" >"$work/aot-fixed.log")

seed=("$repo"/tests/JobSharp.TestSupport/Seed/hello-job.yaml "$repo"/tests/JobSharp.TestSupport/Seed/db-migration.yaml "$repo"/tests/JobSharp.TestSupport/Seed/batch-processor.yaml)
expected="$(cat "${seed[0]}"; echo ---; cat "${seed[1]}"; echo ---; cat "${seed[2]}")"
commands=(
  "kubectl create job x --image=busybox --dry-run=client -o yaml"
  "$work/tools/jobsharp render ${seed[*]}"
  "dotnet $any_dll render ${seed[*]}"
  "$work/jit/SeedJobs render"
  "$work/r2r/SeedJobs render"
  "$work/aot/SeedJobs render"
  "$work/aot-fixed/SeedJobs render"
)
for command in "${commands[@]:1}"; do
  # shellcheck disable=SC2086 # the commands are word lists on purpose
  [ "$($command)" = "$expected" ] || { echo "$command: output differs from the seed's YAML" >&2; exit 1; }
done

describe_machine | tee "$out/installed-start.machine.txt"
hyperfine -N --warmup 5 --runs "$runs" --export-markdown "$out/installed-start.md" --export-json "$out/installed-start.json" "${commands[@]}"
python3 - "$out/installed-start.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
reference = results[0]["median"]
print("\nmedian, and ratio to kubectl:")
for r in results:
    print(f"{r['median'] * 1000:8.1f} ms  {r['median'] / reference:5.2f} x  {r['command']}")
PY
