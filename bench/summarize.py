#!/usr/bin/env python3
"""Prints Markdown tables (medians) from what bench/cold-start.sh and bench/throughput.sh left in bench/out/."""
import json
import os
import sys

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")


def load(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def short(command):
    repo = os.path.dirname(os.path.dirname(out))
    return (command.replace(out + "/", "").replace(os.path.dirname(out) + "/", "bench/").replace(repo + "/", "")
            .replace("tests/JobSharp.TestSupport/Seed/", "Seed/"))


def table(results, reference):
    base = next((r["median"] for r in results if reference in r["command"]), None)
    print("| command | median | mean ± σ | user + sys | ratio to reference |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for r in results:
        ratio = f"{r['median'] / base:.2f}" if base else ""
        cpu = (r.get("user", 0) + r.get("system", 0)) * 1000
        print(f"| `{short(r['command'])}` | {r['median'] * 1000:.1f} ms | {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} ms "
              f"| {cpu:.1f} ms | {ratio} |")
    print()


cold = load("cold-start.json")
if cold:
    print("Cold start (reference: kubectl)\n")
    table(cold["results"], "kubectl")

for n in (1000, 10000):
    e2e = load(f"e2e-{n}.json")
    if e2e:
        print(f"End to end, {n} Jobs to one file (reference: jobsharp-many)\n")
        table(e2e["results"], "jobsharp-many")

pgo = load("pgo-10000.json")
if pgo:
    print("Dynamic PGO, 10,000 Jobs (reference: as published, PGO off)\n")
    table(pgo["results"], "jobsharp-many 10000")

for build in ("native", "readytorun"):
    scale = os.path.join(out, f"scale-{build}.txt")
    if os.path.exists(scale):
        print(f"Scale (JobSharp, {build})\n")
        print("| Jobs | median | per Job | peak RSS |")
        print("| ---: | ---: | ---: | ---: |")
        with open(scale, encoding="utf-8") as f:
            for line in f:
                n, median, per_job, peak = line.split()
                print(f"| {int(n):,} | {float(median):.3f} s | {float(per_job) * 1000:.1f} µs | {int(peak) / 1024:.1f} MiB |")
        print()
