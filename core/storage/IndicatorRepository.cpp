#include "IndicatorRepository.h"

#include "LedgerSettingKeys.h"

#include "Database.h"

#include <QCoreApplication>

#include "SettingsRepository.h"
#include "SqlHelpers.h"
#include "Transaction.h"

namespace duban::core {

namespace {

const QString kToleranceKey = ledgerkeys::tolerancePoints();
const QString kRelativeKey = ledgerkeys::toleranceRelative();

Indicator readIndicator(const QSqlQuery &q)
{
    return Indicator{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt() != 0, q.value(4).toLongLong()};
}

Observation readObservation(const QSqlQuery &q)
{
    return Observation{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toDouble(),   q.value(4).toString(),   q.value(5).toString()};
}

const QString kIndicatorColumns =
    QStringLiteral("SELECT id, name, measure, cumulative, unit_id FROM indicators ");
const QString kObservationColumns =
    QStringLiteral("SELECT id, indicator_id, period, value, source, note FROM observations ");
const QString kTargetColumns = QStringLiteral(
    "SELECT t.id, t.plan_id, t.task_id, t.indicator, t.value, t.measure, t.comparator, t.stretch, t.period, "
    "t.source, t.indicator_id, t.unit_id, u.name, k.code, t.version FROM targets t LEFT JOIN units u ON u.id "
    "= "
    "t.unit_id "
    "LEFT JOIN tasks k ON k.id = t.task_id ");

TargetEntry readTarget(const QSqlQuery &q)
{
    TargetEntry e;
    e.target.id = q.value(0).toLongLong();
    e.target.planId = q.value(1).toLongLong();
    e.target.taskId = q.value(2).toLongLong();
    e.target.name = q.value(3).toString();
    e.target.value = q.value(4).toDouble();
    e.target.measure = q.value(5).toString();
    e.target.comparator = comparatorFromSymbol(q.value(6).toString()).value_or(Comparator::AtLeast);
    if (!q.value(7).isNull())
        e.target.stretch = q.value(7).toDouble();
    e.target.period = q.value(8).toString();
    e.target.source = q.value(9).toString();
    e.indicatorId = q.value(10).toLongLong();
    e.unitId = q.value(11).toLongLong();
    e.unitName = q.value(12).toString();
    e.taskCode = q.value(13).toString();
    e.version = q.value(14).toInt();
    return e;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

IndicatorRepository::IndicatorRepository(Database &database)
    : m_database(&database), m_db(database.connection())
{
}

QList<Indicator> IndicatorRepository::all(StorageError *error) const
{
    QList<Indicator> out;
    QSqlQuery q(m_db);
    if (sql::run(q, kIndicatorColumns + QStringLiteral("ORDER BY id"), {}, error))
        while (q.next())
            out.append(readIndicator(q));
    return out;
}

std::optional<Indicator> IndicatorRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, kIndicatorColumns + QStringLiteral("WHERE id = ?"), {id}, nullptr) && q.next())
        return readIndicator(q);
    return std::nullopt;
}

std::optional<Indicator> IndicatorRepository::byName(const QString &name) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, kIndicatorColumns + QStringLiteral("WHERE name = ?"), {name}, nullptr) && q.next())
        return readIndicator(q);
    return std::nullopt;
}

QList<TargetEntry> IndicatorRepository::targets(StorageError *error) const
{
    QList<TargetEntry> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 kTargetColumns +
                     QStringLiteral("ORDER BY t.plan_id, CASE WHEN t.task_id IS NULL THEN 0 ELSE 1 END, "
                                    "k.position, t.id"),
                 {}, error))
        while (q.next())
            out.append(readTarget(q));
    return out;
}

std::optional<TargetEntry> IndicatorRepository::target(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, kTargetColumns + QStringLiteral("WHERE t.id = ?"), {id}, nullptr) && q.next())
        return readTarget(q);
    return std::nullopt;
}

qint64 IndicatorRepository::ensureIndicator(const QString &name, const QString &measure, StorageError *error)
{
    if (auto existing = byName(name))
        return existing->id;
    QSqlQuery q(m_db);
    const auto id = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO indicators (name, measure) VALUES (?, ?)"), {name, measure}, error);
    return id.value_or(0);
}

bool IndicatorRepository::updateTarget(TargetEntry &entry, StorageError *error)
{
    const Target &g = entry.target;
    if (g.name.trimmed().isEmpty()) {
        sql::setError(error, StorageError::Code::Query, QStringLiteral("a target needs an indicator name"));
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    const qint64 indicatorId = ensureIndicator(g.name.trimmed(), g.measure, error);
    if (indicatorId == 0)
        return false;
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral("UPDATE targets SET indicator = ?, indicator_id = ?, value = ?, measure = ?, "
                           "comparator = ?, stretch = ?, period = ?, unit_id = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            {g.name.trimmed(), indicatorId, g.value, g.measure, comparatorSymbol(g.comparator),
             g.stretch ? QVariant(*g.stretch) : QVariant(QMetaType::fromType<double>()), g.period,
             nullableId(entry.unitId), g.id, entry.version},
            error))
        return false;
    if (!sql::versioned(
            m_db, q, QStringLiteral("targets"), g.id,
            QCoreApplication::translate("duban::core::IndicatorRepository", "The target “%1”").arg(g.name),
            error))
        return false;
    if (!tx.commit(error))
        return false;
    ++entry.version;
    return true;
}

QList<Observation> IndicatorRepository::observations(qint64 indicatorId) const
{
    QList<Observation> out;
    QSqlQuery q(m_db);
    if (sql::run(q, kObservationColumns + QStringLiteral("WHERE indicator_id = ? ORDER BY period"),
                 {indicatorId}, nullptr))
        while (q.next())
            out.append(readObservation(q));
    return out;
}

QHash<qint64, QList<Observation>> IndicatorRepository::allObservations(StorageError *error) const
{
    QHash<qint64, QList<Observation>> out;
    QSqlQuery q(m_db);
    if (sql::run(q, kObservationColumns + QStringLiteral("ORDER BY indicator_id, period"), {}, error))
        while (q.next()) {
            const Observation o = readObservation(q);
            out[o.indicatorId].append(o);
        }
    return out;
}

std::optional<Observation> IndicatorRepository::observation(qint64 indicatorId, const QString &period) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, kObservationColumns + QStringLiteral("WHERE indicator_id = ? AND period = ?"),
                 {indicatorId, period}, nullptr) &&
        q.next())
        return readObservation(q);
    return std::nullopt;
}

bool IndicatorRepository::setObservation(Observation &o, StorageError *error)
{
    QSqlQuery q(m_db);
    if (auto existing = observation(o.indicatorId, o.period)) {
        if (!sql::run(q,
                      QStringLiteral("UPDATE observations SET value = ?, source = ?, note = ? WHERE id = ?"),
                      {o.value, o.source, o.note, existing->id}, error))
            return false;
        o.id = existing->id;
        return true;
    }
    if (o.id > 0) {
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO observations (id, indicator_id, period, value, source, note) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {o.id, o.indicatorId, o.period, o.value, o.source, o.note}, error))
            return false;
        return true;
    }
    const auto id = m_database->dialect().insertReturningId(
        q,
        QStringLiteral("INSERT INTO observations (indicator_id, period, value, source, note) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {o.indicatorId, o.period, o.value, o.source, o.note}, error);
    if (!id)
        return false;
    o.id = *id;
    return true;
}

bool IndicatorRepository::removeObservation(qint64 id, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM observations WHERE id = ?"), {id}, error);
}

bool IndicatorRepository::setObservations(QList<Observation> &list, StorageError *error)
{
    QList<qint64> none;
    return replaceObservations(none, list, error);
}

bool IndicatorRepository::replaceObservations(const QList<qint64> &remove, QList<Observation> &restore,
                                              StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    for (qint64 id : remove)
        if (!removeObservation(id, error))
            return false;
    QList<Observation> written = restore;
    for (Observation &o : written)
        if (!setObservation(o, error))
            return false;
    if (!tx.commit(error)) // says a full disk or a lock as such
        return false;
    restore = written;
    return true;
}

TargetTolerances IndicatorRepository::tolerances() const
{
    const SettingsRepository s(*m_database);
    TargetTolerances out;
    bool ok = false;
    if (const double v = s.value(kToleranceKey).toDouble(&ok); ok && v >= 0)
        out.tolerancePoints = v;
    if (const double v = s.value(kRelativeKey).toDouble(&ok); ok && v >= 0)
        out.toleranceRelative = v;
    return out;
}

bool IndicatorRepository::setTolerances(const TargetTolerances &settings, StorageError *error)
{
    SettingsRepository s(*m_database);
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    if (!s.setValue(kToleranceKey, QString::number(settings.tolerancePoints), error) ||
        !s.setValue(kRelativeKey, QString::number(settings.toleranceRelative), error))
        return false;
    return tx.commit(error);
}

} // namespace duban::core
