#!/bin/bash
# The figures of issue 13 on the seed with the synthetic reports of seed-reports-2023.tsv: imports the seed
# plan into OUTDIR/seed.sqlite, types every report in with `duban report` (one call per line, stopping at
# the first refusal), then prints, as of 2023-06-30, 07-01, 07-06 and 12-31, the counts by light, schedule
# and report state, and per lead unit as of 07-06 the reports due, on time, late and missing.
#
# usage: tests/data/seed-figures.sh DUBAN_BINARY OUTDIR     (writes only into OUTDIR)
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 DUBAN_BINARY OUTDIR" >&2
    exit 2
fi
duban=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../../resources/sample/xiangjiang-2023-ten-actions.txt"
reports="$here/seed-reports-2023.tsv"
python=/usr/bin/python3

export LC_ALL=C.UTF-8 TZ=Asia/Shanghai
unset DUBAN_DB
# No user's configuration or cache: the commands keep their integrity cache inside OUTDIR.
mkdir -p "$out"
export XDG_CONFIG_HOME="$out/config" XDG_CACHE_HOME="$out/cache" XDG_DATA_HOME="$out/data"
db="$out/seed.sqlite"
rm -f "$db" "$db-journal" "$db-wal" "$db-shm"

"$duban" import "$seed" --db "$db" >"$out/import.log"

# Every unit acknowledges (签收) its tasks two days after 交办 (2023-03-22), so that these figures are the
# office's schedule rules alone (a unit that never signs is the loop walk-through's, loop-walkthrough.sh).
"$python" - "$db" >"$out/signs.tsv" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT t.code, u.name FROM tasks t JOIN task_units tu ON tu.task_id = t.id "
                  "JOIN units u ON u.id = tu.unit_id ORDER BY t.position, tu.role, tu.position")
for code, unit in rows:
    print(f"{code}\t{unit}")
EOF
while IFS=$'\t' read -r code unit; do
    "$duban" sign --db "$db" --task "$code" --unit "$unit" --date 2023-03-24 >>"$out/signs.log"
done <"$out/signs.tsv"

typed=0
while IFS=$'\t' read -r code date unit percent text; do
    case "$code" in '#'* | task | '') continue ;; esac
    if ! "$duban" report --db "$db" --task "$code" --date "$date" --unit "$unit" --percent "$percent" \
        --text "$text" >>"$out/reports.log"; then
        echo "duban report refused line: $code $date $unit $percent $text" >&2
        exit 1
    fi
    typed=$((typed + 1))
done <"$reports"
echo "seed: $(basename "$seed"), reports typed in with duban report: $typed (tests/data/seed-reports-2023.tsv)"

for asof in 2023-06-30 2023-07-01 2023-07-06 2023-12-31; do
    "$duban" tasks --db "$db" --as-of "$asof" --json >"$out/tasks-$asof.json"
done

"$python" - "$out" <<'EOF'
import collections
import json
import sys

out = sys.argv[1]


def load(asof):
    with open(f"{out}/tasks-{asof}.json", encoding="utf-8") as f:
        return json.load(f)


def counts(tasks, key, order):
    c = collections.Counter(t[key] for t in tasks)
    extra = sorted(k for k in c if k not in order)
    return "  ".join(f"{k} {c[k]}" for k in list(order) + extra)


def behind(t):
    return any(r["kind"] == "behind-schedule" for r in t["reasons"])


for asof in ("2023-06-30", "2023-07-01", "2023-07-06", "2023-12-31"):
    tasks = load(asof)
    open_tasks = [t for t in tasks if t["status"] == "open"]
    print(f"\nas of {asof}: {len(tasks)} tasks, {len(open_tasks)} open")
    print("  light:    " + counts(tasks, "light", ("green", "yellow", "red", "completed", "completed-late")))
    print("  schedule: " + counts(tasks, "schedule", ("not-started", "behind", "on-schedule", "ahead", "completed")))
    print(f"  behind schedule (reason behind-schedule): {sum(map(behind, tasks))} of {len(open_tasks)} open")
    print("  report:   " + counts(tasks, "report", ("not-owed", "on-time", "late", "missing")))

tasks = load("2023-07-06")
units = collections.OrderedDict()
for t in tasks:
    for lead in t["leads"]:
        units.setdefault(lead, collections.Counter())[t["report"]] += 1
print("\nper lead unit as of 2023-07-06 (reports for 2023-06, due by 2023-07-05):")
print(f"  {'due':>3} {'on time':>7} {'late':>4} {'missing':>7}  unit")
for unit, c in units.items():
    due = c["on-time"] + c["late"] + c["missing"]
    print(f"  {due:>3} {c['on-time']:>7} {c['late']:>4} {c['missing']:>7}  {unit}")
total = collections.Counter()
for c in units.values():
    total.update(c)
print(f"  {total['on-time'] + total['late'] + total['missing']:>3} {total['on-time']:>7} {total['late']:>4} "
      f"{total['missing']:>7}  (all units)")
EOF
