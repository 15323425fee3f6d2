#!/usr/bin/env bash
# Builds Duban (Release), generates the workloads, runs the Google Benchmark suite and the Taskwarrior
# comparison, and prints one table. Run from anywhere:  tests/benchmarks/compare.sh
# Needs: the packages of scripts/common.sh, plus taskwarrior and hyperfine (installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/common.sh
DUBAN_PACKAGES="$DUBAN_PACKAGES taskwarrior hyperfine python3"
duban_ensure_packages

WORK="${DUBAN_BENCH_DIR:-${TMPDIR:-/tmp}/duban-bench}"
mkdir -p "$WORK"
export DUBAN_BENCH_DIR="$WORK"
AS_OF="${AS_OF:-$(date +%F)}"

cmake --preset release -DDUBAN_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset release -j "$(duban_jobs)" --target duban duban_benchmarks
DUBAN=./build/release/app/duban

# 1. Workloads (reused when present).
gen() { # tasks reports
    local db="$WORK/ledger-$1-$2.sqlite"
    if [ ! -f "$db" ]; then
        local start end
        start=$(date +%s.%N)
        "$DUBAN" generate --db "$db.partial" --tasks "$1" --reports "$2" --seed 1 >/dev/null 2>&1
        end=$(date +%s.%N)
        mv "$db.partial" "$db"
        rm -f "$db.partial-wal" "$db.partial-shm"
        echo "generate $1 tasks / $2 reports: $(python3 -c "print(f'{$end-$start:.1f}')") s" >> "$WORK/generate.txt"
    fi
}
: > "$WORK/generate.txt"
gen 100000 1000000
gen 1000000 1000000
cat "$WORK/generate.txt"

# 2. The Google Benchmark suite (DUBAN_REUSE_SUITE=1 keeps the results of the previous run).
if [ "${DUBAN_REUSE_SUITE:-0}" != 1 ] || [ ! -f "$WORK/benchmarks.json" ]; then
    ./build/release/tests/benchmarks/duban_benchmarks --benchmark_min_time=0.2 \
        --benchmark_out="$WORK/benchmarks.json" --benchmark_out_format=json | tee "$WORK/benchmarks.txt"
fi

# 3. Duban vs Taskwarrior: overdue tasks of the 100,000-task ledger, as whole processes.
TW="$WORK/taskwarrior"
if [ ! -f "$TW/data/pending.data" ]; then
    rm -rf "$TW" && mkdir -p "$TW/data"
    python3 tests/benchmarks/to_taskwarrior.py "$WORK/ledger-100000-1000000.sqlite" "$TW/tasks.json"
    printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nuda.lead.type=string\nuda.lead.label=Lead\n' \
        "$TW/data" > "$TW/taskrc"
    TASKRC="$TW/taskrc" task import "$TW/tasks.json" >/dev/null
fi
cp "$WORK/ledger-100000-1000000.sqlite" "$WORK/cli.sqlite"
sync # the fresh copy is written back before the timing, not during it
"$DUBAN" tasks --db "$WORK/cli.sqlite" --overdue --json --as-of "$AS_OF" > "$WORK/duban-overdue.json"
TASKRC="$TW/taskrc" task +OVERDUE export > "$WORK/tw-overdue.json"
hyperfine -N -w 3 -r 20 --export-json "$WORK/cli.json" \
    "$DUBAN tasks --db $WORK/cli.sqlite --overdue --json --as-of $AS_OF" \
    "env TASKRC=$TW/taskrc task +OVERDUE export" >/dev/null

# 4. One table.
python3 - "$WORK" <<'PY'
import json, sys, os
work = sys.argv[1]
bench = json.load(open(os.path.join(work, "benchmarks.json")))
rows = {b["name"]: b for b in bench["benchmarks"] if b.get("run_type", "iteration") == "iteration"}
def ms(name):
    b = rows.get(name)
    if not b:
        return None
    t = b["real_time"]
    return {"ns": t / 1e6, "us": t / 1e3, "ms": t, "s": t * 1e3}[b["time_unit"]]
goals = [
    ("filter keystroke → repaint, 100k", "BM_FilterKeystrokeToRepaint/100000", 16),
    ("filter keystroke → repaint, 1M", "BM_FilterKeystrokeToRepaint/1000000", 50),
    ("filter by unit → repaint, 100k", "BM_FilterUnitToRepaint/100000", 16),
    ("filter by unit → repaint, 1M", "BM_FilterUnitToRepaint/1000000", 50),
    ("sort → repaint, 100k", "BM_SortToRepaint/100000", 16),
    ("sort → repaint, 1M", "BM_SortToRepaint/1000000", 50),
    ("all lights (rules only), 100k tasks / 1M reports", "BM_ReportsToLights", 200),
    ("all lights from the database, 100k", "BM_AllStatusLights/100000", None),
    ("all lights from the database, 1M", "BM_AllStatusLights/1000000", None),
    ("overdue query, 100k", "BM_OverdueQuery/100000", None),
    ("open + first paint (background load), 100k", "BM_OpenAndFirstPaint/100000/iterations:1", None),
    ("open + first paint (background load), 1M", "BM_OpenAndFirstPaint/1000000/iterations:1", None),
    ("generate 1M tasks", "BM_Generate/1000000/iterations:1", 60000),
    ("seed import", "BM_ImportSeed", 20),
    ("briefing, 38 tasks", "BM_BriefingSeed38Tasks", 1000),
    ("briefing, 10,000 tasks", "BM_Briefing10000Tasks/iterations:1", 15000),
    ("chart render, 10 targets × 12 months", "BM_RenderTenTargetCharts", 100),
]
print()
print(f"{'measure':52} {'time':>12} {'goal':>10} {'met':>5}")
for label, name, goal in goals:
    t = ms(name)
    if t is None:
        print(f"{label:52} {'—':>12}")
        continue
    ok = "" if goal is None else ("yes" if t <= goal else "NO")
    print(f"{label:52} {t:10.2f}ms {('' if goal is None else str(goal)+'ms'):>10} {ok:>5}")
cli = json.load(open(os.path.join(work, "cli.json")))["results"]
duban, tw = cli[0]["mean"] * 1000, cli[1]["mean"] * 1000
n_d = len(json.load(open(os.path.join(work, "duban-overdue.json"))))
n_t = sum(1 for l in open(os.path.join(work, "tw-overdue.json")) if '"uuid"' in l)
print(f"{'duban tasks --overdue --json (100k, process)':52} {duban:10.1f}ms  ({n_d} tasks)")
print(f"{'task +OVERDUE export (100k, process)':52} {tw:10.1f}ms  ({n_t} tasks)")
print(f"{'ratio Taskwarrior / Duban':52} {tw / duban:11.1f}×  (goal ≥ 20×: {'yes' if tw / duban >= 20 else 'NO'})")
PY
