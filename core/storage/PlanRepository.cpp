#include "PlanRepository.h"

#include "SqlHelpers.h"
#include "TaskRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QHash>
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

const QString kSelectPlan = QStringLiteral("SELECT id, title, number, issuer, issued_on, plan_year FROM plans");

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Plan> PlanRepository::all() const
{
    QList<Plan> plans;
    QSqlQuery q(m_db);
    if (sql::run(q, kSelectPlan + QStringLiteral(" ORDER BY id"), {}, nullptr)) {
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

std::optional<Plan> PlanRepository::findByNumber(const QString &number) const
{
    if (number.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (sql::run(q, kSelectPlan + QStringLiteral(" WHERE number = ? ORDER BY id"), {number}, nullptr) && q.next())
        return readPlan(q);
    return std::nullopt;
}

QList<Section> PlanRepository::sections(qint64 planId) const
{
    QList<Section> result;
    QSqlQuery q(m_db);
    const QString base = QStringLiteral("SELECT id, plan_id, code, title, position FROM sections");
    const bool ok = planId > 0 ? sql::run(q, base + QStringLiteral(" WHERE plan_id = ? ORDER BY position, id"),
                                          {planId}, nullptr)
                               : sql::run(q, base + QStringLiteral(" ORDER BY plan_id, position, id"), {}, nullptr);
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
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO plans (title, number, issuer, issued_on, plan_year) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {plan.title, plan.number, plan.issuer, sql::dateValue(plan.date), plan.year}, error))
        return 0;
    plan.id = q.lastInsertId().toLongLong();
    return plan.id;
}

qint64 PlanRepository::insertSection(Section &section, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("INSERT INTO sections (plan_id, code, title, position) VALUES (?, ?, ?, ?)"),
                  {section.planId, section.code, section.title, section.position}, error))
        return 0;
    section.id = q.lastInsertId().toLongLong();
    return section.id;
}

qint64 PlanRepository::save(PlanDocument &document, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        sql::setError(error, StorageError::Code::Locked, m_db.lastError().text());
        return 0;
    }
    const qint64 id = saveNoTx(document, error);
    if (id == 0 || !tx.commit()) {
        if (id != 0)
            sql::setError(error, StorageError::Code::Query, m_db.lastError().text());
        return 0;
    }
    return id;
}

qint64 PlanRepository::replace(qint64 planId, PlanDocument &document, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        sql::setError(error, StorageError::Code::Locked, m_db.lastError().text());
        return 0;
    }
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}, error))
        return 0;
    const qint64 id = saveNoTx(document, error);
    if (id == 0 || !tx.commit()) {
        if (id != 0)
            sql::setError(error, StorageError::Code::Query, m_db.lastError().text());
        return 0;
    }
    return id;
}

qint64 PlanRepository::saveNoTx(PlanDocument &document, StorageError *error)
{
    if (insertPlan(document.plan, error) == 0)
        return 0;
    const qint64 planId = document.plan.id;
    QHash<QString, qint64> sectionByCode;
    for (int i = 0; i < document.sections.size(); ++i) {
        Section &s = document.sections[i];
        s.planId = planId;
        s.position = i;
        if (insertSection(s, error) == 0)
            return 0;
        sectionByCode.insert(s.code, s.id);
    }
    TaskRepository tasks(m_db);
    int sectionCursor = 0;
    for (int i = 0; i < document.tasks.size(); ++i) {
        Task &t = document.tasks[i];
        t.id = 0;
        t.planId = planId;
        t.position = i;
        // Codes can repeat (action 四 and 四、保障措施): the importer's section index decides; without one,
        // take the first section with the task's code at or after the previous task's section.
        t.sectionId = 0;
        if (t.sectionIndex >= 0 && t.sectionIndex < document.sections.size()) {
            t.sectionId = document.sections.at(t.sectionIndex).id;
            sectionCursor = t.sectionIndex;
        } else {
            for (int s = sectionCursor; s < document.sections.size(); ++s) {
                if (document.sections.at(s).code == t.section) {
                    t.sectionId = document.sections.at(s).id;
                    sectionCursor = s;
                    break;
                }
            }
        }
        if (t.sectionId == 0)
            t.sectionId = sectionByCode.value(t.section, 0);
        if (tasks.insertNoTx(t, error) == 0)
            return 0;
    }
    QSqlQuery q(m_db);
    for (Target &g : document.targets) {
        g.planId = planId;
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO targets (plan_id, task_id, indicator, value, measure, comparator, "
                                     "stretch, period, source) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)"),
                      {planId, g.name, g.value, g.measure, comparatorSymbol(g.comparator),
                       g.stretch ? QVariant(*g.stretch) : QVariant(QMetaType::fromType<double>()), g.period,
                       g.source},
                      error))
            return 0;
        g.id = q.lastInsertId().toLongLong();
    }
    return planId;
}

bool PlanRepository::remove(qint64 planId, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}, error);
}

} // namespace duban::core
