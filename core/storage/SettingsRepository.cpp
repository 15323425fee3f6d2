#include "SettingsRepository.h"

#include "LedgerSettingKeys.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "Transaction.h"

#include <QSqlError>

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
    const int behind = value(ledgerkeys::behindPoints()).toInt(&ok);
    if (ok && behind >= 0 && behind <= 100)
        s.behindPoints = behind;
    const int grace = value(ledgerkeys::reportGraceDays()).toInt(&ok);
    if (ok && grace >= 0 && grace <= 31)
        s.reportGraceDays = grace;
    const QString cycle = value(ledgerkeys::reportingCycle());
    if (cycle == QLatin1String("ten-days"))
        s.defaultCycle = ReportingCycle::TenDays;
    return s;
}

bool SettingsRepository::setStatusThresholds(const StatusThresholds &s, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    if (!setValue(ledgerkeys::dueSoonDays(), QString::number(s.dueSoonDays), error) ||
        !setValue(ledgerkeys::behindPoints(), QString::number(s.behindPoints), error) ||
        !setValue(ledgerkeys::reportGraceDays(), QString::number(s.reportGraceDays), error) ||
        !setValue(ledgerkeys::reportingCycle(),
                  s.defaultCycle == ReportingCycle::TenDays ? QStringLiteral("ten-days")
                                                            : QStringLiteral("monthly"),
                  error))
        return false;
    if (!tx.commit(error))
        return false;
    return true;
}

} // namespace duban::core
