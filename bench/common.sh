# Shared by bench/cold-start.sh and bench/throughput.sh: tools, publishing, machine description.
# Everything built or written goes to bench/out/ (ignored by git).

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/bench/out"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

ensure_tools() {
  if ! command -v hyperfine >/dev/null 2>&1; then
    echo "Installing hyperfine (Debian package)..." >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq hyperfine >/dev/null
  fi
  if [ ! -x /usr/bin/time ]; then
    echo "Installing GNU time (Debian package)..." >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq time >/dev/null
  fi
}

# publish PROJECT NAME [MSBUILD-PROPERTIES...]: a Release build for linux-x64 (framework-dependent) in bench/out/NAME.
publish() {
  local project="$1" name="$2"
  shift 2
  echo "Publishing $project as $name $*" >&2
  # Variants share obj/; ReadyToRun images left there by another variant (composite or not) must not be reused.
  rm -rf "$repo/$project/obj/Release/net10.0/linux-x64/R2R"
  dotnet publish "$repo/$project" -c Release -r linux-x64 -p:SelfContained=false -o "$out/$name" "$@" \
    -p:UseAppHost=true >"$out/$name.publish.log" 2>&1 || { cat "$out/$name.publish.log" >&2; return 1; }
}

# publish_native PROJECT NAME [MSBUILD-PROPERTIES...]: the project's Native AOT build (-p:Native=true), one executable
# in bench/out/NAME. ILC links it with a C compiler: clang where there is one (Debian 12 names it clang-14), else gcc.
publish_native() {
  local project="$1" name="$2" linker=""
  shift 2
  for linker in clang clang-14 gcc; do
    command -v "$linker" >/dev/null 2>&1 && break
  done
  echo "Publishing $project as $name (Native AOT, linked by $linker) $*" >&2
  dotnet publish "$repo/$project" -c Release -r linux-x64 -p:Native=true -p:CppCompilerAndLinker="$linker" -o "$out/$name" "$@" \
    >"$out/$name.publish.log" 2>&1 || { cat "$out/$name.publish.log" >&2; return 1; }
}

# peak_kb COMMAND...: the peak resident set (kB) of one run, from GNU time.
peak_kb() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}

describe_machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version), node: $(node --version 2>/dev/null || echo none), kubectl: $(kubectl version --client 2>/dev/null | head -1 | sed 's/.*: //')"
  echo "hyperfine: $(hyperfine --version)"
}
