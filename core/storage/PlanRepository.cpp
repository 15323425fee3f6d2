#include "PlanRepository.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "TaskRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace duban::core {

namespace {

Plan readPlan(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.number = q.value(2).toString();
    p.issuer = q.value(3).toString();
    p.date = sql::toDate(q.value(4));
    p.year = q.value(5).toInt();
    return p;
}

const QString kSelectPlan =
    QStringLiteral("SELECT id, title, number, issuer, issued_on, plan_year FROM plans");

} // namespace

PlanRepository::PlanRepository(Database &database) : m_database(&database), m_db(database.connection()) {}

QList<Plan> PlanRepository::all(StorageError *error) const
{
    QList<Plan> plans;
    QSqlQuery q(m_db);
    if (sql::run(q, kSelectPlan + QStringLiteral(" ORDER BY id"), {}, error)) {
        while (q.next())
            plans.append(readPlan(q));
    }
    return plans;
}

std::optional<Plan> PlanRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, kSelectPlan + QStringLiteral(" WHERE id = ?"), {id}, nullptr) && q.next())
        return readPlan(q);
    return std::nullopt;
}

std::optional<Plan> PlanRepository::findByNumber(const QString &number, StorageError *error) const
{
    if (number.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (sql::run(q, kSelectPlan + QStringLiteral(" WHERE number = ? ORDER BY id"), {number}, error) &&
        q.next())
        return readPlan(q);
    return std::nullopt;
}

QList<Section> PlanRepository::sections(qint64 planId, StorageError *error) const
{
    QList<Section> result;
    QSqlQuery q(m_db);
    const QString base = QStringLiteral("SELECT id, plan_id, code, title, position FROM sections");
    const bool ok =
        planId > 0
            ? sql::run(q, base + QStringLiteral(" WHERE plan_id = ? ORDER BY position, id"), {planId}, error)
            : sql::run(q, base + QStringLiteral(" ORDER BY plan_id, position, id"), {}, error);
    if (ok) {
        while (q.next())
            result.append(Section{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toInt()});
    }
    return result;
}

QList<Target> PlanRepository::planTargets(qint64 planId) const
{
    QList<Target> result;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral("SELECT id, indicator, value, measure, comparator, stretch, period, source "
                                "FROM targets WHERE plan_id = ? AND task_id IS NULL ORDER BY id"),
                 {planId}, nullptr)) {
        while (q.next()) {
            Target g;
            g.id = q.value(0).toLongLong();
            g.planId = planId;
            g.name = q.value(1).toString();
            g.value = q.value(2).toDouble();
            g.measure = q.value(3).toString();
            g.comparator = comparatorFromSymbol(q.value(4).toString()).value_or(Comparator::AtLeast);
            if (!q.value(5).isNull())
                g.stretch = q.value(5).toDouble();
            g.period = q.value(6).toString();
            g.source = q.value(7).toString();
            result.append(g);
        }
    }
    return result;
}

qint64 PlanRepository::insertPlan(Plan &plan, StorageError *error)
{
    QSqlQuery q(m_db);
    // An id that is set is kept: redoing an undone import puts the plan back as it was.
    const auto id = m_database->dialect().insertReturningId(
        q,
        QStringLiteral("INSERT INTO plans (id, title, number, issuer, issued_on, plan_year) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {plan.id > 0 ? QVariant(plan.id) : QVariant(), plan.title, plan.number, plan.issuer,
         sql::dateValue(plan.date), plan.year},
        error);
    if (!id)
        return 0;
    if (plan.id <= 0)
        plan.id = *id;
    return plan.id;
}

qint64 PlanRepository::insertSection(Section &section, StorageError *error)
{
    QSqlQuery q(m_db);
    const auto id = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO sections (id, plan_id, code, title, position) VALUES (?, ?, ?, ?, ?)"),
        {section.id > 0 ? QVariant(section.id) : QVariant(), section.planId, section.code, section.title,
         section.position},
        error);
    if (!id)
        return 0;
    if (section.id <= 0)
        section.id = *id;
    return section.id;
}

qint64 PlanRepository::save(PlanDocument &document, StorageError *error)
{
    return save(document, {}, error);
}

qint64 PlanRepository::save(PlanDocument &document, const QList<Unit> &units, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    UnitRepository unitRepo(*m_database);
    for (const Unit &u : units) {
        if (!unitRepo.find(u.name) && unitRepo.ensure(u.name, u.kind, error) == 0)
            return 0;
    }
    // Ids are kept when the plan has one (a plan put back by redo), else every row gets a new one.
    const bool keepIds = document.plan.id > 0;
    if (insertPlan(document.plan, error) == 0)
        return 0;
    const qint64 planId = document.plan.id;
    QHash<QString, qint64> sectionByCode;
    for (int i = 0; i < document.sections.size(); ++i) {
        Section &s = document.sections[i];
        if (!keepIds)
            s.id = 0;
        s.planId = planId;
        s.position = i;
        if (insertSection(s, error) == 0)
            return 0;
        sectionByCode.insert(s.code, s.id);
    }
    TaskRepository tasks(*m_database);
    assignSectionIndexes(document);
    for (int i = 0; i < document.tasks.size(); ++i) {
        Task &t = document.tasks[i];
        if (!keepIds) {
            t.id = 0;
            t.version = 0;
        }
        t.planId = planId;
        t.position = i;
        t.sectionId = (t.sectionIndex >= 0 && t.sectionIndex < document.sections.size())
                          ? document.sections.at(t.sectionIndex).id
                          : 0;
        if (t.sectionId == 0)
            t.sectionId = sectionByCode.value(t.section, 0);
        if (tasks.insert(t, error) == 0)
            return 0;
    }
    for (Target &g : document.targets) {
        g.planId = planId;
        g.taskId = 0;
        g.id = TaskRepository::insertTarget(*m_database, g, error);
        if (g.id == 0)
            return 0;
    }
    return tx.commit(error) ? planId : 0;
}

std::optional<PlanDocument> PlanRepository::loadDocument(qint64 planId) const
{
    auto plan = byId(planId);
    if (!plan)
        return std::nullopt;
    PlanDocument doc;
    doc.plan = *plan;
    doc.sections = sections(planId);
    doc.targets = planTargets(planId);
    doc.tasks = TaskRepository(*m_database).loadAll(planId);
    for (Task &t : doc.tasks) {
        for (int i = 0; i < doc.sections.size(); ++i) {
            if (doc.sections.at(i).id == t.sectionId)
                t.sectionIndex = i;
        }
    }
    return doc;
}

std::optional<ReportingSchedule> PlanRepository::schedule(qint64 planId, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("SELECT reporting, report_due_day FROM plans WHERE id = ?"), {planId},
                  error))
        return std::nullopt;
    if (!q.next()) {
        sql::setError(
            error, StorageError::Code::NotFound,
            QCoreApplication::translate("duban::core::PlanRepository", "The plan no longer exists."));
        return std::nullopt;
    }
    return ReportingSchedule{static_cast<ReportingCycle>(q.value(0).toInt()), q.value(1).toInt()};
}

QHash<qint64, ReportingSchedule> PlanRepository::schedules(StorageError *error) const
{
    QHash<qint64, ReportingSchedule> out;
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("SELECT id, reporting, report_due_day FROM plans"), {}, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   ReportingSchedule{static_cast<ReportingCycle>(q.value(1).toInt()), q.value(2).toInt()});
    return out;
}

bool PlanRepository::setSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error)
{
    QSqlQuery q(m_db);
    const QVariant day =
        schedule.dueDay > 0 ? QVariant(schedule.dueDay) : QVariant(QMetaType::fromType<int>());
    if (!sql::run(q, QStringLiteral("UPDATE plans SET reporting = ?, report_due_day = ? WHERE id = ?"),
                  {static_cast<int>(schedule.cycle), day, planId}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        sql::setError(
            error, StorageError::Code::NotFound,
            QCoreApplication::translate("duban::core::PlanRepository", "The plan no longer exists."));
        return false;
    }
    return true;
}

bool PlanRepository::updateHeader(const Plan &p, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(
        q,
        QStringLiteral("UPDATE plans SET title = ?, number = ?, issuer = ?, issued_on = ?, plan_year = ? "
                       "WHERE id = ?"),
        {p.title, p.number, p.issuer, sql::dateValue(p.date), p.year, p.id}, error);
}

bool PlanRepository::syncSections(qint64 planId, QList<Section> &sections, StorageError *error)
{
    QSqlQuery q(m_db);
    const QList<Section> existing = this->sections(planId);
    QList<bool> used(existing.size(), false);
    for (int i = 0; i < sections.size(); ++i) {
        Section &s = sections[i];
        s.planId = planId;
        s.position = i;
        s.id = 0;
        for (int k = 0; k < existing.size(); ++k) {
            if (!used[k] && existing[k].code == s.code && existing[k].title == s.title) {
                used[k] = true;
                s.id = existing[k].id;
                if (!sql::run(q, QStringLiteral("UPDATE sections SET position = ? WHERE id = ?"), {i, s.id},
                              error))
                    return false;
                break;
            }
        }
        if (s.id == 0 && insertSection(s, error) == 0)
            return false;
    }
    for (int k = 0; k < existing.size(); ++k) {
        if (!used[k] &&
            !sql::run(q, QStringLiteral("DELETE FROM sections WHERE id = ?"), {existing[k].id}, error))
            return false;
    }
    return true;
}

bool PlanRepository::replaceTargets(qint64 planId, qint64 taskId, QList<Target> &targets, StorageError *error)
{
    QSqlQuery q(m_db);
    const bool cleared =
        taskId > 0 ? sql::run(q, QStringLiteral("DELETE FROM targets WHERE task_id = ?"), {taskId}, error)
                   : sql::run(q, QStringLiteral("DELETE FROM targets WHERE plan_id = ? AND task_id IS NULL"),
                              {planId}, error);
    if (!cleared)
        return false;
    for (Target &g : targets) {
        g.planId = planId;
        g.taskId = taskId;
        if ((g.id = TaskRepository::insertTarget(*m_database, g, error)) == 0)
            return false;
    }
    return true;
}

bool PlanRepository::setSourceLine(qint64 taskId, int line, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("UPDATE tasks SET source_line = ? WHERE id = ?"), {line, taskId},
                    error);
}

std::optional<bool> PlanRepository::hasHistory(qint64 taskId, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q,
                  QStringLiteral("SELECT (SELECT count(*) FROM progress_reports WHERE task_id = ?) + "
                                 "(SELECT count(*) FROM supervision_records WHERE task_id = ?)"),
                  {taskId, taskId}, error))
        return std::nullopt;
    return q.next() && q.value(0).toInt() > 0;
}

std::optional<bool> PlanRepository::planHasHistory(qint64 planId, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM progress_reports r JOIN tasks t ON t.id = "
                           "r.task_id WHERE t.plan_id = ?) OR EXISTS (SELECT 1 FROM supervision_records "
                           "s JOIN tasks t ON t.id = s.task_id WHERE t.plan_id = ?)"),
            {planId, planId}, error))
        return std::nullopt;
    return q.next() && q.value(0).toBool();
}

bool PlanRepository::removeTask(qint64 taskId, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {taskId}, error);
}

bool PlanRepository::remove(qint64 planId, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}, error);
}

} // namespace duban::core
