#include "TaskRepository.h"

#include "Database.h"

#include "domain/TaskChanges.h"
#include "LoopRepository.h"
#include "SqlHelpers.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace duban::core {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// A due day of a task's or plan's own (1–31), or NULL for the next level's.
QVariant dueDayValue(int day)
{
    return day > 0 ? QVariant(day) : QVariant(QMetaType::fromType<int>());
}

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.plan_id, t.section_id, t.code, t.title, t.body, t.deadline, t.status, t.completed_on, "
    "t.position, t.reporting, t.source_line, s.code, t.version, t.start_date, t.deadline_original, "
    "t.report_due_day, t.stage FROM tasks t LEFT JOIN sections "
    "s ON s.id = "
    "t.section_id");

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.planId = q.value(1).toLongLong();
    t.sectionId = q.value(2).toLongLong();
    t.code = q.value(3).toString();
    t.title = q.value(4).toString();
    t.text = q.value(5).toString();
    t.deadline = sql::toDate(q.value(6));
    t.status = q.value(7).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
    t.completedOn = sql::toDate(q.value(8));
    t.position = q.value(9).toInt();
    t.reporting = static_cast<ReportingCycle>(q.value(10).toInt());
    t.sourceLine = q.value(11).toInt();
    t.section = q.value(12).toString();
    t.version = q.value(13).toInt();
    t.startDate = sql::toDate(q.value(14));
    t.deadlineOriginal = sql::toDate(q.value(15));
    t.reportDueDay = q.value(16).toInt();
    t.stage = static_cast<quint8>(q.value(17).toInt());
    return t;
}

QString taskName(const Task &t)
{
    return t.code.isEmpty()
               ? QCoreApplication::translate("duban::core::TaskRepository", "The task “%1”").arg(t.title)
               : QCoreApplication::translate("duban::core::TaskRepository", "Task %1").arg(t.code);
}

// A field's stable key in the history (task_history.field).
QString fieldKey(TaskField field)
{
    switch (field) {
    case TaskField::Code:
        return QStringLiteral("code");
    case TaskField::Title:
        return QStringLiteral("title");
    case TaskField::Text:
        return QStringLiteral("text");
    case TaskField::Section:
        return QStringLiteral("section");
    case TaskField::Units:
        return QStringLiteral("units");
    case TaskField::Deadline:
        return QStringLiteral("deadline");
    case TaskField::Completion:
        return QStringLiteral("completion");
    case TaskField::Reporting:
        return QStringLiteral("reporting");
    case TaskField::Position:
        return QStringLiteral("position");
    case TaskField::Milestones:
        return QStringLiteral("milestones");
    }
    return {};
}

// A field's whole value for the history: dates in ISO form, the full text.
QString historyValue(const Task &t, TaskField field)
{
    switch (field) {
    case TaskField::Text:
        return t.text;
    case TaskField::Units:
        return t.leads.join(QStringLiteral("、")) + QStringLiteral("；") + t.co.join(QStringLiteral("、"));
    case TaskField::Deadline:
        return t.deadline.toString(Qt::ISODate);
    case TaskField::Completion:
        return t.status == TaskStatus::Completed ? t.completedOn.toString(Qt::ISODate) : QString();
    case TaskField::Reporting:
        // "quarterly", "monthly:10" (the task's own due day), "default": stable keys, not words.
        return t.reportDueDay > 0
                   ? QStringLiteral("%1:%2").arg(reportingCycleKey(t.reporting)).arg(t.reportDueDay)
                   : reportingCycleKey(t.reporting);
    default:
        return fieldValue(t, field);
    }
}

} // namespace

bool TaskRepository::recordEdits(const Task &before, const Task &after, const QList<TaskField> &fields,
                                 StorageError *error)
{
    LoopRepository loop(*m_database);
    for (TaskField f : fields) {
        HistoryEntry e;
        e.taskId = after.id;
        if (f == TaskField::Completion) {
            if (!m_completionHistory)
                continue;
            // The office's own 办结 tick: 销号 with no request, or taking it back.
            e.kind = after.status == TaskStatus::Completed ? historyKind::closedByOffice()
                                                           : historyKind::reopened();
            e.date = after.status == TaskStatus::Completed ? after.completedOn : QDate::currentDate();
        } else {
            e.kind = historyKind::edit();
        }
        e.field = fieldKey(f);
        e.oldValue = historyValue(before, f);
        e.newValue = historyValue(after, f);
        if (!loop.append(e, error))
            return false;
    }
    if (fields.contains(TaskField::Completion) || fields.contains(TaskField::Units))
        return loop.restage(after.id, error);
    return true;
}

bool TaskRepository::readStage(Task &task, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("SELECT stage FROM tasks WHERE id = ?"), {task.id}, error))
        return false;
    if (q.next())
        task.stage = static_cast<quint8>(q.value(0).toInt());
    return true;
}

TaskRepository::TaskRepository(Database &database) : m_database(&database), m_db(database.connection()) {}

std::optional<Task> TaskRepository::load(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q, kSelect + QStringLiteral(" WHERE t.id = ?"), {id}, error) || !q.next())
        return std::nullopt;
    Task t = readTask(q);
    StorageError failure; // of the queries after the first: without `error`, what was read is returned
    if (sql::run(q,
                 QStringLiteral("SELECT u.name, tu.role FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                                "WHERE tu.task_id = ? ORDER BY tu.role, tu.position"),
                 {id}, &failure)) {
        while (q.next()) {
            if (q.value(1).toInt() == 0)
                t.leads.append(q.value(0).toString());
            else
                t.co.append(q.value(0).toString());
        }
    }
    if (sql::run(q,
                 QStringLiteral(
                     "SELECT id, due_on, text, done FROM milestones WHERE task_id = ? ORDER BY due_on, id"),
                 {id}, &failure)) {
        while (q.next())
            t.milestones.append(Milestone{q.value(0).toLongLong(), sql::toDate(q.value(1)),
                                          q.value(2).toString(), q.value(3).toBool()});
    }
    if (sql::run(q,
                 QStringLiteral(
                     "SELECT id, plan_id, indicator, value, measure, comparator, stretch, period, source "
                     "FROM targets WHERE task_id = ? ORDER BY id"),
                 {id}, &failure)) {
        while (q.next()) {
            Target g;
            g.id = q.value(0).toLongLong();
            g.planId = q.value(1).toLongLong();
            g.taskId = id;
            g.name = q.value(2).toString();
            g.value = q.value(3).toDouble();
            g.measure = q.value(4).toString();
            g.comparator = comparatorFromSymbol(q.value(5).toString()).value_or(Comparator::AtLeast);
            if (!q.value(6).isNull())
                g.stretch = q.value(6).toDouble();
            g.period = q.value(7).toString();
            g.source = q.value(8).toString();
            t.targets.append(g);
        }
    }
    if (failure.isError() && error) {
        *error = failure;
        return std::nullopt;
    }
    return t;
}

QList<Task> TaskRepository::loadAll(qint64 planId, StorageError *error) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool ok =
        planId > 0
            ? sql::run(q, QStringLiteral("SELECT id FROM tasks WHERE plan_id = ? ORDER BY position, id"),
                       {planId}, error)
            : sql::run(q, QStringLiteral("SELECT id FROM tasks ORDER BY plan_id, position, id"), {}, error);
    if (ok) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QList<Task> tasks;
    tasks.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (auto t = load(id, error))
            tasks.append(*t);
    }
    return tasks;
}

QList<std::pair<qint64, qint64>> TaskRepository::withCode(const QStringList &codes, qint64 planId,
                                                          StorageError *error) const
{
    QList<std::pair<qint64, qint64>> found;
    if (codes.isEmpty())
        return found;
    QStringList marks;
    QVariantList values;
    for (const QString &code : codes) {
        marks.append(QStringLiteral("?"));
        values.append(code);
    }
    QString where = QStringLiteral("code IN (%1)").arg(marks.join(QStringLiteral(", ")));
    if (planId > 0) {
        where += QStringLiteral(" AND plan_id = ?");
        values.append(planId);
    }
    QSqlQuery q(m_db);
    if (!sql::run(q,
                  QStringLiteral("SELECT id, plan_id FROM tasks WHERE %1 ORDER BY plan_id, position, id")
                      .arg(where),
                  values, error))
        return found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return found;
}

int TaskRepository::count(StorageError *error) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT count(*) FROM tasks"), {}, error) && q.next())
        return q.value(0).toInt();
    return 0;
}

qint64 TaskRepository::insert(Task &task, StorageError *error)
{
    if (task.planId <= 0) {
        sql::setError(error, StorageError::Code::Query, TaskRepository::tr("A task must belong to a plan."));
        return 0;
    }
    // The row with its units, milestones and targets, all or nothing (a savepoint inside a caller's
    // transaction).
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    const Task before = task;
    QSqlQuery q(m_db);
    QVariantList values{task.planId,
                        idOrNull(task.sectionId),
                        task.code,
                        task.title,
                        task.text,
                        sql::dateValue(task.deadline),
                        task.status == TaskStatus::Completed ? 1 : 0,
                        sql::dateValue(task.completedOn),
                        task.position,
                        static_cast<int>(task.reporting),
                        task.sourceLine,
                        sql::dateValue(task.startDate),
                        dueDayValue(task.reportDueDay)};
    QString columns =
        QStringLiteral("plan_id, section_id, code, title, body, deadline, status, completed_on, "
                       "position, reporting, source_line, start_date, report_due_day");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    // A task put back with its id (undo of a deletion) comes back one version above the one it had, so
    // versions of a row only ever grow.
    const int version = task.id > 0 && task.version > 0 ? task.version + 1 : 1;
    columns.append(QStringLiteral(", version"));
    marks.append(QStringLiteral(", ?"));
    values.append(version);
    const bool putBack = task.id > 0;
    qint64 newId = task.id;
    if (!putBack) {
        // A new task never takes the id of a deleted one: its history (which outlives it) would become the
        // new task's.
        if (!sql::run(q,
                      QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM tasks), (SELECT "
                                     "coalesce(max(task_id), 0) FROM task_history)"),
                      {}, error) ||
            !q.next())
            return 0;
        newId = std::max(q.value(0).toLongLong(), q.value(1).toLongLong()) + 1;
    }
    columns.prepend(QStringLiteral("id, "));
    marks.prepend(QStringLiteral("?, "));
    values.prepend(newId);
    const auto inserted = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO tasks (%1) VALUES (%2)").arg(columns, marks), values, error);
    if (!inserted)
        return 0;
    const qint64 id = newId;
    Q_UNUSED(inserted);
    task.id = id;
    task.version = version;
    HistoryEntry assigned;
    assigned.taskId = id;
    assigned.kind = putBack ? historyKind::restored() : historyKind::assigned();
    assigned.date = putBack ? QDate::currentDate() : task.startDate;
    assigned.text = task.title;
    LoopRepository loop(*m_database);
    if (!writeUnits(task, error) || !writeMilestones(task, error) || !writeTargets(task, error) ||
        !loop.append(assigned, error) || !loop.restage(id, error) || !readStage(task, error) ||
        !tx.commit(error)) {
        task = before;
        return 0;
    }
    return id;
}

bool TaskRepository::update(Task &task, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const std::optional<Task> previous = load(task.id); // for the history of what changes
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral("UPDATE tasks SET section_id = ?, code = ?, title = ?, body = ?, deadline = ?, "
                           "status = ?, completed_on = ?, position = ?, reporting = ?, report_due_day = ?, "
                           "start_date = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {idOrNull(task.sectionId), task.code, task.title, task.text, sql::dateValue(task.deadline),
             task.status == TaskStatus::Completed ? 1 : 0, sql::dateValue(task.completedOn), task.position,
             static_cast<int>(task.reporting), dueDayValue(task.reportDueDay), sql::dateValue(task.startDate),
             task.id, task.version},
            error))
        return false;
    if (!sql::versioned(m_db, q, QStringLiteral("tasks"), task.id, taskName(task), error))
        return false;
    if (!writeUnits(task, error) || !writeMilestones(task, error) ||
        (previous && !recordEdits(*previous, task, changedFields(*previous, task), error)) ||
        !tx.commit(error))
        return false;
    ++task.version;
    return true;
}

bool TaskRepository::updateChanged(const Task &before, Task &after, StorageError *error)
{
    const QList<TaskField> fields = changedFields(before, after);
    after.version = before.version;
    if (fields.isEmpty())
        return true;
    QStringList sets;
    QVariantList values;
    for (TaskField f : fields) {
        switch (f) {
        case TaskField::Code:
            sets.append(QStringLiteral("code = ?"));
            values.append(after.code);
            break;
        case TaskField::Title:
            sets.append(QStringLiteral("title = ?"));
            values.append(after.title);
            break;
        case TaskField::Text:
            sets.append(QStringLiteral("body = ?"));
            values.append(after.text);
            break;
        case TaskField::Section:
            sets.append(QStringLiteral("section_id = ?"));
            values.append(idOrNull(after.sectionId));
            break;
        case TaskField::Deadline:
            sets.append(QStringLiteral("deadline = ?"));
            values.append(sql::dateValue(after.deadline));
            break;
        case TaskField::Completion:
            sets.append(QStringLiteral("status = ?"));
            values.append(after.status == TaskStatus::Completed ? 1 : 0);
            sets.append(QStringLiteral("completed_on = ?"));
            values.append(sql::dateValue(after.completedOn));
            break;
        case TaskField::Reporting:
            sets.append(QStringLiteral("reporting = ?"));
            values.append(static_cast<int>(after.reporting));
            sets.append(QStringLiteral("report_due_day = ?"));
            values.append(dueDayValue(after.reportDueDay));
            break;
        case TaskField::Position:
            sets.append(QStringLiteral("position = ?"));
            values.append(after.position);
            break;
        case TaskField::Units:
        case TaskField::Milestones:
            break; // rows of their own, below; the task's version still moves
        }
    }
    sets.append(QStringLiteral("version = version + 1"));
    values.append(after.id);
    values.append(before.version);
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    if (!sql::run(q,
                  QStringLiteral("UPDATE tasks SET %1 WHERE id = ? AND version = ?")
                      .arg(sets.join(QStringLiteral(", "))),
                  values, error))
        return false;
    if (!sql::versioned(m_db, q, QStringLiteral("tasks"), after.id, taskName(before), error))
        return false;
    if (fields.contains(TaskField::Units) && !writeUnits(after, error))
        return false;
    if (fields.contains(TaskField::Milestones) && !writeMilestones(after, error))
        return false;
    if (!recordEdits(before, after, fields, error) || !readStage(after, error))
        return false;
    if (!tx.commit(error))
        return false;
    after.version = before.version + 1;
    return true;
}

bool TaskRepository::remove(qint64 id, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        sql::setError(error, StorageError::Code::NotFound, TaskRepository::tr("The task no longer exists."));
        return false;
    }
    return recordDeletion(id, QString(), error) && tx.commit(error);
}

bool TaskRepository::remove(const Task &task, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM tasks WHERE id = ? AND version = ?"),
                  {task.id, task.version}, error))
        return false;
    if (!sql::versioned(m_db, q, QStringLiteral("tasks"), task.id, taskName(task), error))
        return false;
    return recordDeletion(task.id, task.title, error) && tx.commit(error);
}

bool TaskRepository::recordDeletion(qint64 id, const QString &title, StorageError *error)
{
    HistoryEntry e;
    e.taskId = id;
    e.kind = historyKind::deleted();
    e.date = QDate::currentDate();
    e.text = title;
    return LoopRepository(*m_database).append(e, error);
}

bool TaskRepository::writeUnits(const Task &task, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ?"), {task.id}, error))
        return false;
    UnitRepository units(*m_database);
    auto add = [&](const QString &name, int role, int position) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return true;
        const qint64 unitId = units.ensure(trimmed, Unit::Kind::Unit, error);
        if (unitId == 0)
            return false;
        return sql::run(
            q,
            QStringLiteral("INSERT INTO task_units (task_id, unit_id, role, position) VALUES (?, ?, ?, ?)"),
            {task.id, unitId, role, position}, error);
    };
    for (int i = 0; i < task.leads.size(); ++i) {
        if (!add(task.leads.at(i), 0, i))
            return false;
    }
    for (int i = 0; i < task.co.size(); ++i) {
        if (!add(task.co.at(i), 1, i))
            return false;
    }
    return true;
}

bool TaskRepository::writeMilestones(const Task &task, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM milestones WHERE task_id = ?"), {task.id}, error))
        return false;
    for (const Milestone &m : task.milestones) {
        if (!m.date.isValid())
            continue;
        if (!sql::run(
                q, QStringLiteral("INSERT INTO milestones (task_id, due_on, text, done) VALUES (?, ?, ?, ?)"),
                {task.id, sql::dateValue(m.date), m.text, m.done ? 1 : 0}, error))
            return false;
    }
    return true;
}

bool TaskRepository::writeTargets(const Task &task, StorageError *error)
{
    for (const Target &g : task.targets) {
        Target copy = g;
        copy.planId = task.planId;
        copy.taskId = task.id;
        if (insertTarget(*m_database, copy, error) == 0)
            return false;
    }
    return true;
}

qint64 TaskRepository::insertTarget(Database &database, const Target &g, StorageError *error)
{
    const SqlDialect &dialect = database.dialect();
    QSqlQuery q(database.connection());
    // The indicator this target is a goal on; created on first use.
    if (!sql::run(q, QStringLiteral("SELECT id FROM indicators WHERE name = ?"), {g.name}, error))
        return 0;
    qint64 indicatorId = 0;
    if (q.next()) {
        indicatorId = q.value(0).toLongLong();
    } else {
        const auto inserted = dialect.insertReturningId(
            q, QStringLiteral("INSERT INTO indicators (name, measure) VALUES (?, ?)"), {g.name, g.measure},
            error);
        if (!inserted)
            return 0;
        indicatorId = *inserted;
    }
    const auto id = dialect.insertReturningId(
        q,
        QStringLiteral("INSERT INTO targets (plan_id, task_id, indicator, indicator_id, value, measure, "
                       "comparator, stretch, period, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {g.planId, g.taskId > 0 ? QVariant(g.taskId) : QVariant(QMetaType::fromType<qint64>()), g.name,
         indicatorId, g.value, g.measure, comparatorSymbol(g.comparator),
         g.stretch ? QVariant(*g.stretch) : QVariant(QMetaType::fromType<double>()), g.period, g.source},
        error);
    return id.value_or(0);
}

} // namespace duban::core
