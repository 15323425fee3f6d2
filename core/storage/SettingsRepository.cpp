#include "SettingsRepository.h"

#include "LedgerSettingKeys.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "Transaction.h"

#include <QSqlError>

#include <cstdlib>

namespace duban::core {

SettingsRepository::SettingsRepository(Database &database)
    : m_database(&database), m_db(database.connection())
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, nullptr) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString &key, const QString &value, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {value, key}, error))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    return sql::run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value},
                    error);
}

StatusThresholds SettingsRepository::statusThresholds() const
{
    StatusThresholds s;
    bool ok = false;
    const int dueSoon = value(ledgerkeys::dueSoonDays()).toInt(&ok);
    if (ok && dueSoon >= 0 && dueSoon <= 365)
        s.dueSoonDays = dueSoon;
    const int tolerance = value(ledgerkeys::scheduleTolerance()).toInt(&ok);
    if (ok && tolerance >= 0 && tolerance <= 100)
        s.scheduleTolerance = tolerance;
    if (value(ledgerkeys::scheduleBasis()) == QLatin1String("days"))
        s.scheduleBasis = ScheduleBasis::Days;
    const int dueDay = value(ledgerkeys::reportDueDay()).toInt(&ok);
    if (ok && dueDay >= 1 && dueDay <= 28)
        s.reportDueDay = dueDay;
    const int tenDayDue = value(ledgerkeys::tenDayDueDays()).toInt(&ok);
    if (ok && tenDayDue >= 0 && tenDayDue <= 9)
        s.tenDayDueDays = tenDayDue;
    const int sign = value(ledgerkeys::signWorkdays()).toInt(&ok);
    if (ok && sign >= 0 && sign <= 60)
        s.signWorkdays = sign;
    bool known = false;
    const ReportingCycle cycle = reportingCycleFromKey(value(ledgerkeys::reportingCycle()), &known);
    if (known && cycle != ReportingCycle::Default)
        s.defaultCycle = cycle;
    return s;
}

ScorePoints SettingsRepository::scorePoints() const
{
    ScorePoints p;
    bool ok = false;
    const int base = value(ledgerkeys::scorePrefix() + QStringLiteral("base")).toInt(&ok);
    if (ok && std::abs(base) <= ScorePoints::kMaxBase)
        p.base = base;
    for (int k = 0; k < kScoreKindCount; ++k) {
        const auto kind = static_cast<ScoreKind>(k);
        const int points = value(ledgerkeys::scorePrefix() + ScorePoints::keyOf(kind)).toInt(&ok);
        if (ok && std::abs(points) <= ScorePoints::kMaxPoints)
            p.set(kind, points);
    }
    return p;
}

bool SettingsRepository::setScorePoints(const ScorePoints &p, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (!setValue(ledgerkeys::scorePrefix() + QStringLiteral("base"), QString::number(p.base), error))
        return false;
    for (int k = 0; k < kScoreKindCount; ++k) {
        const auto kind = static_cast<ScoreKind>(k);
        if (!setValue(ledgerkeys::scorePrefix() + ScorePoints::keyOf(kind), QString::number(p.of(kind)),
                      error))
            return false;
    }
    return tx.commit(error);
}

bool SettingsRepository::setStatusThresholds(const StatusThresholds &s, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    if (!setValue(ledgerkeys::dueSoonDays(), QString::number(s.dueSoonDays), error) ||
        !setValue(ledgerkeys::scheduleTolerance(), QString::number(s.scheduleTolerance), error) ||
        !setValue(ledgerkeys::scheduleBasis(),
                  s.scheduleBasis == ScheduleBasis::Days ? QStringLiteral("days") : QStringLiteral("months"),
                  error) ||
        !setValue(ledgerkeys::reportDueDay(), QString::number(s.reportDueDay), error) ||
        !setValue(ledgerkeys::tenDayDueDays(), QString::number(s.tenDayDueDays), error) ||
        !setValue(ledgerkeys::signWorkdays(), QString::number(s.signWorkdays), error) ||
        !setValue(ledgerkeys::reportingCycle(),
                  s.defaultCycle == ReportingCycle::Default ? QStringLiteral("monthly")
                                                            : reportingCycleKey(s.defaultCycle),
                  error))
        return false;
    if (!tx.commit(error))
        return false;
    return true;
}

} // namespace duban::core
