#!/bin/bash
# The walk-through of issue 14 on the seed, by command line: the plan imported (交办 on its date, 2023-03-22),
# 签收 of task 3 by two of its three units (the third never signs), every other unit signing its tasks, the
# seed's 2023 reports typed in (June's has one 迟报), an extension approved for task 3, task 1 requested,
# returned, requested again and 销号, a 督办通知单 (in Chinese, as the office prints it) for the unit that never signed and its response; then the lights, the
# history of task 1 and the scores. Prints what it did and the figures; writes only into OUTDIR.
#
# usage: tests/data/loop-walkthrough.sh DUBAN_BINARY OUTDIR
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

export LC_ALL=C.UTF-8 TZ=Asia/Shanghai DUBAN_ACTOR=督查室王五
unset DUBAN_DB
mkdir -p "$out"
export XDG_CONFIG_HOME="$out/config" XDG_CACHE_HOME="$out/cache" XDG_DATA_HOME="$out/data"
export XDG_RUNTIME_DIR="$out/runtime"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
db="$out/walk.sqlite"
rm -f "$db" "$db-journal" "$db-wal" "$db-shm"
log="$out/steps.log"
: >"$log"
step() {
    echo "\$ duban $*" >>"$log"
    "$duban" "$@" --db "$db" >>"$log" 2>&1
}

"$duban" import "$seed" --db "$db" >"$out/import.log"
echo "imported the seed; every task 交办 on the plan's date, 2023-03-22"

# 签收: task 3 by two units on 03-23 and 03-24; 新区自然资源规划局 never signs. Every unit of every other
# task signs on 2023-03-24, so that the one unsigned unit stands out.
step sign --task 3 --unit 新区财政金融局 --date 2023-03-23
step sign --task 3 --unit 新区经济发展局 --date 2023-03-24
# The units of every task, read from the file itself (read only).
"$python" - "$db" >"$out/signs.tsv" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT t.code, u.name FROM tasks t JOIN task_units tu ON tu.task_id = t.id "
                  "JOIN units u ON u.id = tu.unit_id WHERE t.code <> '3' ORDER BY t.position, tu.role, tu.position")
for code, unit in rows:
    print(f"{code}\t{unit}")
EOF
signed=0
while IFS=$'\t' read -r code unit; do
    step sign --task "$code" --unit "$unit" --date 2023-03-24
    signed=$((signed + 1))
done <"$out/signs.tsv"
echo "signed: task 3 by 新区财政金融局 (03-23) and 新区经济发展局 (03-24); $signed other sign-offs on 03-24"

typed=0
while IFS=$'\t' read -r code date unit percent text; do
    case "$code" in '#'* | task | '') continue ;; esac
    step report --task "$code" --date "$date" --unit "$unit" --percent "$percent" --text "$text"
    typed=$((typed + 1))
done <"$reports"
echo "reports typed in: $typed (tests/data/seed-reports-2023.tsv)"

# The 督办通知单 to the unit that never signed, as of 2023-07-06.
LC_ALL=zh_CN.UTF-8 "$duban" notice --db "$db" --unit 新区自然资源规划局 --kind 督办 --as-of 2023-07-06 --out "$out/notice.pdf" \
    >"$out/notice.log"
echo "notice: $(tail -1 "$out/notice.log") → $(basename "$out/notice.pdf")"
# Its response comes on 2023-07-12, before the reply date: recorded against the notice.
step notice --respond "督字〔2023〕第1号" --date 2023-07-12 --text 已签收并制定要素保障推进计划
echo "response to 督字〔2023〕第1号 recorded on 2023-07-12"

# 延期: task 3 asks on 2023-12-10 to move 2023-12-31 to 2024-03-31; approved on 12-15.
step extend --task 3 --to 2024-03-31 --reason 专项债发行批次调整 --date 2023-12-10
step extend --task 3 --approve --date 2023-12-15
# 办结: task 1 requested on 11-20, returned on 11-22, requested again on 11-28 and 销号 on 11-30.
printf '验收报告（扫描件）\n' >"$out/验收报告.txt"
step request-completion --task 1 --unit 新区经济发展局 --date 2023-11-20 --basis 全年重点项目1950个已全部实施
step review --task 1 --return --reason 缺少投资完成额佐证材料 --date 2023-11-22
step request-completion --task 1 --unit 新区经济发展局 --date 2023-11-28 --basis 补充投资完成额统计表 \
    --attach "$out/验收报告.txt"
step review --task 1 --approve --date 2023-11-30
echo "task 3 extended to 2024-03-31 (approved 12-15); task 1 requested, returned, requested again, 销号 11-30"

for asof in 2023-03-27 2023-03-28 2023-07-06 2024-01-01; do
    "$duban" tasks --db "$db" --as-of "$asof" --json >"$out/tasks-$asof.json"
done
"$duban" history --db "$db" --task 1 --json >"$out/history-1.json"
"$duban" scores --db "$db" --as-of 2023-12-31 --json >"$out/scores.json"

"$python" - "$out" <<'EOF'
import json, sys

out = sys.argv[1]
load = lambda name: json.load(open(f"{out}/{name}", encoding="utf-8"))
t0328 = {t["code"]: t for t in load("tasks-2023-03-28.json")}
t3 = t0328["3"]
print("as of 2023-03-28, task 3:", t3["light"], "; ".join(r["kind"] for r in t3["reasons"]))
not_signed = [c for c, t in t0328.items() if any(r["kind"] == "not-signed" for r in t["reasons"])]
print("not signed as of 03-28:", ", ".join(not_signed))
late = [c for c, t in {t["code"]: t for t in load("tasks-2023-07-06.json")}.items() if t["report"] == "late"]
print("as of 2023-07-06, 迟报:", ", ".join(late))
t2024 = {t["code"]: t for t in load("tasks-2024-01-01.json")}
t3 = t2024["3"]
print("as of 2024-01-01, task 3:", t3["light"], "; ".join(r["kind"] for r in t3["reasons"]), "deadline", t3["deadline"], "original", t3["deadline_original"],
      "stage", t3["stage"])
print("task 1:", t2024["1"]["status"], t2024["1"]["stage"], "completed", t2024["1"]["completed_on"])
print("history of task 1:", " → ".join(e["kind"] for e in load("history-1.json")))
print("scores as of 2023-12-31:")
for s in load("scores.json"):
    print(f"  {s['rank']:>2}  {s['unit']}  {s['score']}")
EOF
