#!/usr/bin/env bash
# eng/pack.sh DIR: every JobSharp package into DIR, one version (from git, MinVer) for all:
#   JobSharp, JobSharp.Cluster, JobSharp.Cli, JobSharp.Testing (each with its .snupkg),
#   JobSharp.Tool (the pointer package `dotnet tool install` reads), JobSharp.Tool.any (framework-dependent, for
#   every platform without a native package), JobSharp.Tool.linux-x64 (Native AOT), JobSharp.Templates.
# A Native AOT tool package needs its own `dotnet pack -r RID` on a machine of that platform, with a C compiler to
# link it, which is why this is a script and not one `dotnet pack`. The other platforms' native packages are built
# by .github/workflows/release.yml on their own runners.
# Environment: JOBSHARP_PACK_NO_BUILD=1 packs the libraries from an existing Release build of JobSharp.sln (.ci/run);
#   JOBSHARP_TOOL_RIDS overrides the RIDs the pointer package lists (default linux-x64;any);
#   JOBSHARP_REPOSITORY_URL overrides the repository URL written into every package.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: eng/pack.sh DIR" >&2
  exit 2
fi
mkdir -p "$1"
out="$(cd "$1" && pwd)"
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# ILC links the native executable with a C compiler: clang where there is one (Debian 12 names it clang-14), else gcc.
linker=""
for candidate in clang clang-14 gcc; do
  if command -v "$candidate" >/dev/null 2>&1; then linker="$candidate"; break; fi
done
if [ -z "$linker" ]; then
  echo "eng/pack.sh: no C compiler (clang or gcc) to link the Native AOT tool package." >&2
  exit 2
fi

common=(-c Release -o "$out" -nologo -v quiet)
if [ -n "${JOBSHARP_REPOSITORY_URL:-}" ]; then common+=("-p:JobSharpRepositoryUrl=$JOBSHARP_REPOSITORY_URL"); fi
tool=()
if [ -n "${JOBSHARP_TOOL_RIDS:-}" ]; then tool+=("-p:ToolPackageRuntimeIdentifiers=${JOBSHARP_TOOL_RIDS//;/%3B}"); fi
no_build=()
if [ "${JOBSHARP_PACK_NO_BUILD:-}" = "1" ]; then no_build=(--no-build); fi

step() { echo "eng/pack.sh: $*" >&2; }

for project in src/JobSharp src/JobSharp.Cluster src/JobSharp.Cli src/JobSharp.Testing; do
  step "dotnet pack $project"
  dotnet pack "$project" "${common[@]}" "${no_build[@]}"
done
step "dotnet pack src/JobSharp.Tool (the pointer package JobSharp.Tool)"
dotnet pack src/JobSharp.Tool "${common[@]}" "${tool[@]}"
step "dotnet pack src/JobSharp.Tool -r any (JobSharp.Tool.any, framework-dependent)"
dotnet pack src/JobSharp.Tool -r any "${common[@]}" "${tool[@]}"
step "dotnet pack src/JobSharp.Tool -r linux-x64 (JobSharp.Tool.linux-x64, Native AOT, linked by $linker)"
dotnet pack src/JobSharp.Tool -r linux-x64 -p:CppCompilerAndLinker="$linker" "${common[@]}" "${tool[@]}"
step "dotnet pack templates/JobSharp.Templates"
dotnet pack templates/JobSharp.Templates "${common[@]}"

ls -1 "$out" | grep -E '^JobSharp\..*nupkg$' >&2
