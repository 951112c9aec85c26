#!/usr/bin/env bash
# eng/install-check.sh DIR: proves, from the packages eng/pack.sh wrote to DIR, that JobSharp installs as a user
# would install it. Each check is an assertion (bytes, exit codes, version strings); the script exits 1 naming every
# check that failed, and ends with "install check: N passed, M failed".
#   (a) a consumer project with a PackageReference to JobSharp.Cli renders the seed's hello-job byte for byte;
#   (b) `dotnet tool install` of JobSharp.Tool runs the Native AOT executable, renders the seed's three files, and
#       its --version is the packages' version; `dotnet dnx JobSharp.Tool` runs it once without installing;
#   (c) the JobSharp.Templates package installs in a private hive, `dotnet new jobsharp` creates a repository whose
#       tests pass and whose deploy/ folder passes `render -o deploy --check`;
#   (d) a file-based app (`dotnet run jobs.cs` with `#:package JobSharp.Cli@VERSION`) renders hello-job.
# Packages come from DIR for JobSharp's own ids and from the configured sources for everything else: a NuGet.config
# in a temporary folder adds DIR as a source (it clears nothing). JobSharp's ids are first removed from the global
# packages folder, so that no earlier copy of the same version is used, while the third-party packages the solution
# already restored stay cached (a fresh NUGET_PACKAGES would download all of them again on every run).
set -uo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: eng/install-check.sh DIR   (DIR: the packages written by eng/pack.sh)" >&2
  exit 2
fi
packages="$(cd "$1" && pwd)"
repo="$(cd "$(dirname "$0")/.." && pwd)"
seed="$repo/tests/JobSharp.TestSupport/Seed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL $1" >&2; [ $# -lt 2 ] || printf '%s\n' "$2" | tail -n 40 | sed 's/^/     /' >&2; }
# run LOG COMMAND...: runs a command with its output in LOG; the exit code is returned.
run() { local log="$1"; shift; "$@" >"$log" 2>&1; }

# The version: the one JobSharp.Tool.linux-x64 package names it; every other package must have the same.
native_package="$(ls "$packages" | grep -E '^JobSharp\.Tool\.linux-x64\..+\.nupkg$' | head -n 1)"
if [ -z "$native_package" ]; then
  echo "install check: no JobSharp.Tool.linux-x64.*.nupkg in $packages (run eng/pack.sh DIR first)" >&2
  exit 2
fi
version="${native_package#JobSharp.Tool.linux-x64.}"
version="${version%.nupkg}"
echo "install check of JobSharp $version from $packages"

for id in JobSharp JobSharp.Cluster JobSharp.Cli JobSharp.Testing JobSharp.Tool JobSharp.Tool.any JobSharp.Tool.linux-x64 JobSharp.Templates; do
  if [ -f "$packages/$id.$version.nupkg" ]; then pass "package $id $version"; else fail "package $id $version is missing"; fi
done
for id in JobSharp JobSharp.Cluster JobSharp.Cli JobSharp.Testing; do
  if [ -f "$packages/$id.$version.snupkg" ]; then pass "symbol package $id $version"; else fail "symbol package $id $version is missing"; fi
done

# Every package's metadata: license, its own readme, repository (type, url, commit), project URL, tags, description.
metadata="$(python3 - "$packages" "$version" <<'PY'
import sys, zipfile, xml.etree.ElementTree as ET
folder, version = sys.argv[1], sys.argv[2]
ids = ["JobSharp", "JobSharp.Cluster", "JobSharp.Cli", "JobSharp.Testing", "JobSharp.Tool", "JobSharp.Tool.any", "JobSharp.Tool.linux-x64", "JobSharp.Templates"]
readmes = {}
for id in ids:
    try:
        z = zipfile.ZipFile(f"{folder}/{id}.{version}.nupkg")
    except FileNotFoundError:
        continue
    nuspec = next(n for n in z.namelist() if n.endswith(".nuspec"))
    root = ET.fromstring(z.read(nuspec))
    m = root.find("{*}metadata")
    get = lambda tag: (m.find("{*}" + tag).text if m.find("{*}" + tag) is not None else None)
    problems = []
    lic = m.find("{*}license")
    if lic is None or lic.get("type") != "expression" or lic.text != "MIT": problems.append("license expression MIT")
    readme = get("readme")
    if not readme or readme not in z.namelist(): problems.append("readme")
    else: readmes.setdefault(z.read(readme), []).append(id)
    rep = m.find("{*}repository")
    if rep is None or rep.get("type") != "git" or not rep.get("url") or not rep.get("commit"): problems.append("repository type/url/commit")
    for tag in ("projectUrl", "tags", "description"):
        if not get(tag): problems.append(tag)
    if get("version") != version: problems.append(f"version {get('version')}")
    print(f"{id}: " + ("ok" if not problems else "missing " + ", ".join(problems)))
# The tool's packages share the tool's readme; every other package has one of its own.
for text, owners in readmes.items():
    others = [o for o in owners if not o.startswith("JobSharp.Tool")]
    if len(others) > 1 or (others and len(owners) > 1): print(f"{'+'.join(owners)}: missing a readme of its own")
PY
)"
while IFS= read -r line; do
  case "$line" in
    *": ok") pass "metadata $line" ;;
    *) fail "metadata $line" ;;
  esac
done <<<"$metadata"

# A private workspace: JobSharp's ids only from DIR (see above), everything else from the configured sources.
work="$(mktemp -d "${TMPDIR:-/tmp}/jobsharp-install-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
global_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$global_packages"/jobsharp "$global_packages"/jobsharp.*
cat >"$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="jobsharp-install-check" value="$packages" />
  </packageSources>
</configuration>
XML
hello_job() {
  cat <<'CS'
var hello = Job.Create("hello-job")
    .InNamespace("myspace")
    .WithCompletions(1)
    .WithParallelism(1)
    .WithRestartPolicy(JobRestartPolicy.Never)
    .AddContainer("hello", "busybox", c => c.WithShell("echo \"Job ran at $(date)\""));
return await new JobSharpApp().Add(hello).RunAsync(args);
CS
}
three_seeds=("$seed/hello-job.yaml" "$seed/db-migration.yaml" "$seed/batch-processor.yaml")
{ cat "$seed/hello-job.yaml"; echo ---; cat "$seed/db-migration.yaml"; echo ---; cat "$seed/batch-processor.yaml"; } >"$work/seed.yaml"

# (a) A consumer project: PackageReference to JobSharp.Cli, the seed's hello-job rendered byte for byte.
mkdir -p "$work/consumer"
cat >"$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="JobSharp.Cli" Version="$version" />
  </ItemGroup>
</Project>
XML
{ echo "using JobSharp;"; echo "using JobSharp.Cli;"; echo; hello_job; } >"$work/consumer/Program.cs"
if run "$work/consumer.build.log" dotnet build "$work/consumer" -c Release; then
  pass "(a) consumer project builds against JobSharp.Cli $version"
  if (cd "$work/consumer" && dotnet run --no-build -c Release -- render) >"$work/consumer.yaml" 2>"$work/consumer.err" \
      && cmp -s "$work/consumer.yaml" "$seed/hello-job.yaml"; then
    pass "(a) consumer render is the seed's hello-job.yaml, byte for byte"
  else
    fail "(a) consumer render differs from the seed's hello-job.yaml" "$(cat "$work/consumer.err"; diff "$seed/hello-job.yaml" "$work/consumer.yaml")"
  fi
  actual="$(cd "$work/consumer" && dotnet run --no-build -c Release -- --version 2>&1)"
  if [ "$actual" = "$version" ]; then pass "(a) consumer --version prints $version"; else fail "(a) consumer --version printed '$actual', not '$version'"; fi
else
  fail "(a) consumer project does not build" "$(cat "$work/consumer.build.log")"
fi

# (b) The tool, installed into a tool path: the native executable, the seed's three files, --version.
if run "$work/tool.log" dotnet tool install JobSharp.Tool --version "$version" --tool-path "$work/tools" --configfile "$work/NuGet.config"; then
  pass "(b) dotnet tool install JobSharp.Tool $version"
  installed="$(find "$work/tools/.store" -type f -name JobSharp.Tool -path '*linux-x64*' | head -n 1)"
  if [ -n "$installed" ] && head -c 4 "$installed" | grep -q 'ELF' && [ ! -e "$(dirname "$installed")/JobSharp.Tool.dll" ]; then
    pass "(b) the installed tool is the Native AOT executable (${installed#"$work"/tools/})"
  else
    fail "(b) the installed tool is not the Native AOT executable" "$(find "$work/tools/.store" -type f | head -n 20)"
  fi
  if "$work/tools/jobsharp" render "${three_seeds[@]}" >"$work/tool.yaml" 2>"$work/tool.err" && cmp -s "$work/tool.yaml" "$work/seed.yaml"; then
    pass "(b) jobsharp render of the seed's three files is the seed's YAML, byte for byte"
  else
    fail "(b) jobsharp render of the seed's three files differs" "$(cat "$work/tool.err"; diff "$work/seed.yaml" "$work/tool.yaml")"
  fi
  actual="$("$work/tools/jobsharp" --version 2>&1)"
  if [ "$actual" = "$version" ]; then pass "(b) jobsharp --version prints $version"; else fail "(b) jobsharp --version printed '$actual', not '$version'"; fi
  "$work/tools/jobsharp" render "$work/missing.yaml" >/dev/null 2>"$work/tool-missing.err"
  code=$?
  if [ "$code" -eq 2 ] && ! grep -q '   at ' "$work/tool-missing.err"; then
    pass "(b) jobsharp render of a missing file: exit 2, one clear error"
  else
    fail "(b) jobsharp render of a missing file: exit $code" "$(cat "$work/tool-missing.err")"
  fi
else
  fail "(b) dotnet tool install JobSharp.Tool $version" "$(cat "$work/tool.log")"
fi
actual="$(cd "$work" && dotnet dnx JobSharp.Tool --version "$version" --configfile "$work/NuGet.config" --yes -- --version 2>"$work/dnx.err" </dev/null)"
if [ "$actual" = "$version" ]; then
  pass "(b) dotnet dnx JobSharp.Tool --version $version runs the tool once"
else
  fail "(b) dotnet dnx JobSharp.Tool printed '$actual', not '$version'" "$(cat "$work/dnx.err")"
fi

# (c) The template, in a private hive: dotnet new jobsharp, its tests, and its CI step.
hive="$work/hive"
if run "$work/template-install.log" dotnet new install "$packages/JobSharp.Templates.$version.nupkg" --debug:custom-hive "$hive"; then
  pass "(c) dotnet new install JobSharp.Templates $version (private hive)"
  if run "$work/template-new.log" dotnet new jobsharp -n Acme.Jobs -o "$work/Acme.Jobs" --debug:custom-hive "$hive"; then
    pass "(c) dotnet new jobsharp -n Acme.Jobs"
    if grep -q "Include=\"JobSharp.Cli\" Version=\"$version\"" "$work/Acme.Jobs/Acme.Jobs/Acme.Jobs.csproj" \
        && grep -q "Include=\"JobSharp.Testing\" Version=\"$version\"" "$work/Acme.Jobs/Acme.Jobs.Tests/Acme.Jobs.Tests.csproj"; then
      pass "(c) the new projects reference JobSharp.Cli and JobSharp.Testing $version"
    else
      fail "(c) the new projects do not reference the JobSharp packages of version $version" "$(cat "$work"/Acme.Jobs/*/*.csproj)"
    fi
    if (cd "$work/Acme.Jobs" && run "$work/template-test.log" dotnet test) && grep -qE 'Passed!|succeeded' "$work/template-test.log"; then
      pass "(c) dotnet test in the new repository: $(grep -oE 'Passed: +[0-9]+|total: [0-9]+' "$work/template-test.log" | head -n 1)"
    else
      fail "(c) dotnet test in the new repository failed" "$(cat "$work/template-test.log")"
    fi
    if (cd "$work/Acme.Jobs" && run "$work/template-check.log" dotnet run --project Acme.Jobs -- render -o deploy --check); then
      pass "(c) the CI step render -o deploy --check passes: $(tail -n 1 "$work/template-check.log")"
    else
      fail "(c) render -o deploy --check failed in the new repository" "$(cat "$work/template-check.log")"
    fi
  else
    fail "(c) dotnet new jobsharp" "$(cat "$work/template-new.log")"
  fi
else
  fail "(c) dotnet new install JobSharp.Templates $version" "$(cat "$work/template-install.log")"
fi

# (d) A file-based app: one jobs.cs, `#:package JobSharp.Cli@VERSION`, `dotnet run jobs.cs`.
mkdir -p "$work/file-based"
{ echo "#:package JobSharp.Cli@$version"; echo; echo "using JobSharp;"; echo "using JobSharp.Cli;"; echo; hello_job; } >"$work/file-based/jobs.cs"
if (cd "$work/file-based" && dotnet run jobs.cs -- render) >"$work/file-based.yaml" 2>"$work/file-based.err" && cmp -s "$work/file-based.yaml" "$seed/hello-job.yaml"; then
  pass "(d) dotnet run jobs.cs -- render is the seed's hello-job.yaml, byte for byte"
else
  fail "(d) dotnet run jobs.cs -- render failed or differs" "$(cat "$work/file-based.err"; diff "$seed/hello-job.yaml" "$work/file-based.yaml")"
fi

echo "install check: $passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  printf 'failed: %s\n' "${failures[@]}" >&2
  exit 1
fi
