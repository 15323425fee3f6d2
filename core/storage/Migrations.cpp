#include "Migrations.h"

#include <QUuid>

#include "LoopRepository.h"
#include "SqlDialect.h"

namespace duban::core {

namespace {

// Version 0 → 1: plans, sections, units, tasks with their units, milestones and targets.
QStringList toVersion1(const SqlDialect &dialect)
{
    const QString id = dialect.idColumn();
    return {
        QStringLiteral(
            "CREATE TABLE plans (id %1, title TEXT NOT NULL, number TEXT NOT NULL DEFAULT '', "
            "issuer TEXT NOT NULL DEFAULT '', issued_on TEXT, plan_year INTEGER NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral(
            "CREATE TABLE sections (id %1, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE "
            "CASCADE, code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
            "position INTEGER NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral(
            "CREATE TABLE units (id %1, name TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral("CREATE TABLE unit_aliases (unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE "
                       "CASCADE, alias TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE tasks (id %1, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE "
                       "CASCADE, section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL, "
                       "code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL "
                       "DEFAULT '', deadline TEXT, status INTEGER NOT NULL DEFAULT 0, completed_on TEXT, "
                       "position INTEGER NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral(
            "CREATE TABLE task_units (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
            "unit_id INTEGER NOT NULL REFERENCES units(id), role INTEGER NOT NULL, "
            "position INTEGER NOT NULL, PRIMARY KEY (task_id, role, position))"),
        QStringLiteral("CREATE INDEX task_units_unit ON task_units(unit_id)"),
        QStringLiteral(
            "CREATE TABLE milestones (id %1, task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE "
            "CASCADE, due_on TEXT NOT NULL, text TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX milestones_task ON milestones(task_id)"),
        QStringLiteral(
            "CREATE TABLE targets (id %1, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE "
            "CASCADE, task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE, indicator TEXT NOT NULL, "
            "value REAL NOT NULL, measure TEXT NOT NULL DEFAULT '', comparator TEXT NOT NULL "
            "DEFAULT '>=', stretch REAL, period TEXT NOT NULL DEFAULT '', source TEXT NOT NULL "
            "DEFAULT '')")
            .arg(id),
    };
}

// Version 1 → 2: reporting cycles, milestone ticks, source lines, progress reports and supervision records.
QStringList toVersion2(const SqlDialect &dialect)
{
    const QString id = dialect.idColumn();
    return {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN reporting INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN source_line INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE milestones ADD COLUMN done INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX tasks_plan ON tasks(plan_id)"),
        QStringLiteral(
            "CREATE TABLE progress_reports (id %1, task_id INTEGER NOT NULL REFERENCES tasks(id) ON "
            "DELETE CASCADE, reported_on TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', text TEXT NOT "
            "NULL DEFAULT '', percent INTEGER NOT NULL DEFAULT 0, problems TEXT NOT NULL DEFAULT '', "
            "next_steps TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX progress_reports_task ON progress_reports(task_id, reported_on)"),
        QStringLiteral(
            "CREATE TABLE supervision_records (id %1, task_id INTEGER NOT NULL REFERENCES tasks(id) ON "
            "DELETE CASCADE, kind INTEGER NOT NULL, issued_on TEXT NOT NULL, unit TEXT NOT NULL "
            "DEFAULT '', text TEXT NOT NULL DEFAULT '', response_due TEXT, responded_on TEXT, "
            "response TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX supervision_records_task ON supervision_records(task_id)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 2 → 3: indicators own the observations; targets point at their indicator and a responsible unit.
QStringList toVersion3(const SqlDialect &dialect)
{
    const QString id = dialect.idColumn();
    return {
        QStringLiteral(
            "CREATE TABLE indicators (id %1, name TEXT NOT NULL UNIQUE, measure TEXT NOT NULL DEFAULT '', "
            "cumulative INTEGER NOT NULL DEFAULT 1, unit_id INTEGER REFERENCES units(id) ON DELETE SET "
            "NULL)")
            .arg(id),
        QStringLiteral("INSERT INTO indicators (name, measure) SELECT indicator, min(measure) FROM targets "
                       "GROUP BY indicator"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN indicator_id INTEGER REFERENCES indicators(id)"),
        QStringLiteral(
            "ALTER TABLE targets ADD COLUMN unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL"),
        QStringLiteral("UPDATE targets SET indicator_id = (SELECT i.id FROM indicators i WHERE i.name = "
                       "targets.indicator)"),
        QStringLiteral("CREATE INDEX targets_indicator ON targets(indicator_id)"),
        QStringLiteral(
            "CREATE TABLE observations (id %1, indicator_id INTEGER NOT NULL REFERENCES indicators(id) "
            "ON DELETE CASCADE, period TEXT NOT NULL, value REAL NOT NULL, source TEXT NOT NULL DEFAULT "
            "'', note TEXT NOT NULL DEFAULT '', UNIQUE (indicator_id, period))")
            .arg(id),
        QStringLiteral(
            "CREATE TABLE briefings (id %1, issue INTEGER NOT NULL, as_of TEXT NOT NULL, exported_on "
            "TEXT NOT NULL, file TEXT NOT NULL DEFAULT '')")
            .arg(id),
    };
}

// Version 3 → 4: indexes for the overdue query. tasks_open covers every column the overdue listing reads,
// so it never touches the wide task rows (their text); task_units_lead covers the lead lookup.
QStringList toVersion4(const SqlDialect &)
{
    return {
        QStringLiteral(
            "CREATE INDEX tasks_open ON tasks(status, deadline, completed_on, plan_id, position, code, "
            "title)"),
        QStringLiteral("CREATE INDEX task_units_lead ON task_units(task_id, role, unit_id)"),
        QStringLiteral("CREATE INDEX tasks_completed ON tasks(completed_on, status)"),
        // Latest report per task from the index alone (the percent is in it).
        QStringLiteral(
            "CREATE INDEX progress_reports_latest ON progress_reports(task_id, reported_on, percent)"),
        QStringLiteral("DROP INDEX progress_reports_task"),
        QStringLiteral("CREATE INDEX milestones_open ON milestones(done, due_on)"),
        QStringLiteral("CREATE INDEX supervision_records_due ON supervision_records(response_due)"),
    };
}

// Version 4 → 5: each task's lead unit, kept on the task row by triggers, so that the overdue listing reads
// everything it prints from the covering index tasks_open instead of one task_units lookup per task
// (about 10 ms of the 100,000-task listing). task_units stays the record; lead_unit_id is derived from it.
QStringList toVersion5(const SqlDialect &dialect)
{
    const QString lead = QStringLiteral(
        "(SELECT unit_id FROM task_units WHERE task_id = %1 AND role = 0 ORDER BY position LIMIT 1)");
    QStringList out = {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN lead_unit_id INTEGER"),
        QStringLiteral("UPDATE tasks SET lead_unit_id = %1").arg(lead.arg(QStringLiteral("tasks.id"))),
        QStringLiteral("DROP INDEX tasks_open"),
        QStringLiteral("CREATE INDEX tasks_open ON tasks(status, deadline, completed_on, plan_id, position, "
                       "lead_unit_id, code, title)"),
        QStringLiteral("DROP INDEX task_units_lead"),
        // The late milestones and notices, with their task, from the indexes alone.
        QStringLiteral("DROP INDEX milestones_open"),
        QStringLiteral("CREATE INDEX milestones_open ON milestones(done, due_on, task_id)"),
        QStringLiteral("DROP INDEX supervision_records_due"),
        QStringLiteral("CREATE INDEX supervision_records_due ON supervision_records(response_due, issued_on, "
                       "responded_on, task_id)"),
    };
    out.append(dialect.leadUnitMaintenance(lead));
    return out;
}

// Version 5 → 6: a version on every row another writer can change. Each write increments it and an update
// is made only if the row still has the version it was read at, so a window holding an old copy of a task
// cannot write it back over another writer's change (a lost update); it is told instead.
QStringList toVersion6(const SqlDialect &)
{
    QStringList out;
    for (const char *table : {"tasks", "progress_reports", "supervision_records", "units", "targets"})
        out.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                       .arg(QLatin1String(table)));
    return out;
}

// Version 6 → 7: several lead units per task (牵头单位 "A、B"), in task_units as role 0 at positions 0, 1, …
// (the first stays lead_unit_id). The leads after the first are found from a partial index that holds only
// them, so listings that print every lead read nothing more for the usual task with one.
QStringList toVersion7()
{
    return {QStringLiteral("CREATE INDEX task_units_other_leads ON task_units(task_id, position, unit_id) "
                           "WHERE role = 0 AND position > 0")};
}

// Version 7 → 8: the ledger's setting keys in one style (area.lowerCamel, LedgerSettingKeys.h).
QStringList toVersion8()
{
    return {QStringLiteral("UPDATE settings SET key = 'indicators.tolerancePoints' WHERE key = "
                           "'indicators/tolerance_points'"),
            QStringLiteral("UPDATE settings SET key = 'indicators.toleranceRelative' WHERE key = "
                           "'indicators/tolerance_relative'")};
}

// Version 8 → 9: the office's schedule rules (issue 13). Tasks get the day they were assigned (交办), from
// which reports are owed and from which 序时进度 of a task added after its plan runs; tasks already stored
// came with their plan, so they start on its issue date. The 20-point "behind" margin and the report grace
// days are gone (序时进度 has a tolerance of its own, reports a due day): their keys are dropped so that
// no stale number lingers in the file.
QStringList toVersion9()
{
    return {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN start_date TEXT"),
        QStringLiteral("UPDATE tasks SET start_date = (SELECT issued_on FROM plans p WHERE p.id = "
                       "tasks.plan_id)"),
        QStringLiteral("DELETE FROM settings WHERE key IN ('rules.behindPoints', 'rules.reportGraceDays')"),
        // The reports of the period owed are found by day (a few weeks of a ledger's reports), with the
        // unit that tells a lead's report from a co-unit's.
        QStringLiteral("CREATE INDEX progress_reports_day ON progress_reports(reported_on, task_id, unit)")};
}

// Version 9 → 10: the supervision loop with the units (issue 14). Each step is a row of its own, written with
// an entry of the append-only history in one transaction:
// - task_signoffs: 签收 per unit (lead and each co-unit), by name as reports are;
// - task_requests: 办结申请 (kind 0) and 延期申请 (kind 1) with their decision (state 0 pending, 1 approved,
//   2 returned, 3 refused);
// - task_history: 留痕, every step and edit; triggers refuse any UPDATE or DELETE of it. It has no foreign
//   key, so the history of a deleted task stays (task ids are never reused: TaskRepository::insert);
// - attachments: files of reports, requests and responses, stored in the database;
// - notices: numbered 催办单 / 督办通知单 (number per year and kind); supervision_records point at theirs;
// - calendar_days: the office's own holidays and 调休 working days, over the shipped calendar.
// Tasks get their loop stage (kept by the services), the deadline before the first approved extension and a
// report due day of their own; plans get their reporting schedule.
QStringList toVersion10(const SqlDialect &dialect)
{
    const QString id = dialect.idColumn();
    QStringList out{
        QStringLiteral("ALTER TABLE tasks ADD COLUMN stage INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN deadline_original TEXT"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN report_due_day INTEGER"),
        QStringLiteral("ALTER TABLE plans ADD COLUMN reporting INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE plans ADD COLUMN report_due_day INTEGER"),
        QStringLiteral("CREATE TABLE task_signoffs (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE "
                       "CASCADE, unit TEXT NOT NULL, signed_on TEXT NOT NULL, actor TEXT NOT NULL DEFAULT "
                       "'', PRIMARY KEY (task_id, unit))"),
        QStringLiteral(
            "CREATE TABLE task_requests (id %1, task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE "
            "CASCADE, kind INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0, unit TEXT NOT NULL DEFAULT "
            "'', requested_on TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', new_deadline TEXT, "
            "old_deadline TEXT, actor TEXT NOT NULL DEFAULT '', decided_on TEXT, decision TEXT NOT NULL "
            "DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        QStringLiteral("CREATE INDEX task_requests_task ON task_requests(task_id, kind, state)"),
        QStringLiteral(
            "CREATE TABLE task_history (id %1, task_id INTEGER NOT NULL, kind TEXT NOT NULL, occurred_on "
            "TEXT, recorded_at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT "
            "'', text TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL "
            "DEFAULT '', new_value TEXT NOT NULL DEFAULT '', ref_id INTEGER)")
            .arg(id),
        QStringLiteral("CREATE INDEX task_history_task ON task_history(task_id, id)"),
        QStringLiteral(
            "CREATE TABLE attachments (id %1, task_id INTEGER NOT NULL, owner TEXT NOT NULL, owner_id "
            "INTEGER NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL, added_at "
            "TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral("CREATE INDEX attachments_owner ON attachments(owner, owner_id)"),
        QStringLiteral("CREATE INDEX attachments_task ON attachments(task_id)"),
        QStringLiteral(
            "CREATE TABLE notices (id %1, kind INTEGER NOT NULL, year INTEGER NOT NULL, number INTEGER NOT "
            "NULL, unit TEXT NOT NULL, requirement TEXT NOT NULL DEFAULT '', issued_on TEXT NOT NULL, "
            "response_due TEXT, issuer TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '', "
            "responded_on TEXT, response TEXT NOT NULL DEFAULT '', UNIQUE (kind, year, number))")
            .arg(id),
        QStringLiteral("ALTER TABLE supervision_records ADD COLUMN notice_id INTEGER REFERENCES notices(id) "
                       "ON DELETE SET NULL"),
        QStringLiteral(
            "CREATE TABLE calendar_days (day TEXT PRIMARY KEY, workday INTEGER NOT NULL, name TEXT "
            "NOT NULL DEFAULT '')"),
    };
    out.append(dialect.appendOnly(QStringLiteral("task_history")));
    // Tasks already stored: completed ones are closed, reported ones in progress.
    out.append(QStringLiteral("UPDATE tasks SET stage = %1").arg(LoopRepository::stageExpression()));
    return out;
}

} // namespace

int Migrations::latestVersion()
{
    return 11;
}

// Version 11: the database's identity, a random id made once (when the database is created, or when an
// older one is migrated), written into every report package (报送表) so that a package of one database is
// never collected into another, even when both were imported from the same document.
QStringList toVersion11()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return {QStringLiteral("INSERT INTO settings (key, value) VALUES ('database.identity', '%1')").arg(id)};
}

QStringList Migrations::statements(int fromVersion, const SqlDialect &dialect)
{
    switch (fromVersion) {
    case 0:
        return toVersion1(dialect);
    case 1:
        return toVersion2(dialect);
    case 2:
        return toVersion3(dialect);
    case 3:
        return toVersion4(dialect);
    case 4:
        return toVersion5(dialect);
    case 5:
        return toVersion6(dialect);
    case 6:
        return toVersion7();
    case 7:
        return toVersion8();
    case 8:
        return toVersion9();
    case 9:
        return toVersion10(dialect);
    case 10:
        return toVersion11();
    default:
        return {};
    }
}

} // namespace duban::core
