#!/usr/bin/env python3
"""Converts a Duban database into Taskwarrior's JSON import format (one task per line).

usage: to_taskwarrior.py DUBAN.sqlite OUT.json

Each Duban task becomes a Taskwarrior task: description = code + title, project = plan number,
due = deadline (end of day, Asia/Shanghai), status completed with end = completion date, the lead unit
as a user-defined attribute-free tag-safe word. Milestones and supervision notices have no Taskwarrior
equivalent; they are left out, which only makes Taskwarrior's job easier.
"""
import json
import sqlite3
import sys
import uuid


def tw_date(iso, hour="155959"):
    # 23:59:59 in Asia/Shanghai is 15:59:59Z
    return iso.replace("-", "") + "T" + hour + "Z"


def main():
    src, out = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(src)
    units = {}
    for tid, name in db.execute(
        "SELECT tu.task_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.role = 0"
    ):
        units[tid] = name
    with open(out, "w", encoding="utf-8") as f:
        for tid, number, code, title, deadline, status, completed, issued in db.execute(
            "SELECT t.id, p.number, t.code, t.title, t.deadline, t.status, t.completed_on, p.issued_on "
            "FROM tasks t JOIN plans p ON p.id = t.plan_id ORDER BY t.id"
        ):
            task = {
                "uuid": str(uuid.UUID(int=tid)),
                "description": f"{code} {title}",
                "project": number,
                "entry": tw_date(issued or "2023-01-01", "000000"),
                "status": "completed" if status == 1 else "pending",
                "lead": units.get(tid, ""),
            }
            if deadline:
                task["due"] = tw_date(deadline)
            if status == 1 and completed:
                task["end"] = tw_date(completed)
            f.write(json.dumps(task, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
