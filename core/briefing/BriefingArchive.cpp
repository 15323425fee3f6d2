#include "BriefingArchive.h"

#include "core/storage/LedgerSettingKeys.h"

#include "core/storage/Database.h"

#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace duban::core {

namespace {

const QString kYearKey = ledgerkeys::briefingYear();
const QString kLastIssueKey = ledgerkeys::briefingLastIssue();

} // namespace

BriefingArchive::BriefingArchive(Database &database) : m_database(&database), m_db(database.connection()) {}

QList<BriefingArchive::Entry> BriefingArchive::all() const
{
    QList<Entry> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral("SELECT id, issue, as_of, exported_on, file FROM briefings "
                                "ORDER BY exported_on DESC, id DESC"),
                 {}, nullptr)) {
        while (q.next()) {
            out.append(Entry{q.value(0).toLongLong(), q.value(1).toInt(), sql::toDate(q.value(2)),
                             QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                             q.value(4).toString()});
        }
    }
    return out;
}

int BriefingArchive::nextIssue(QDate asOf) const
{
    const int year = asOf.isValid() ? asOf.year() : QDate::currentDate().year();
    int last = 0;
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT max(issue) FROM briefings WHERE substr(as_of, 1, 4) = ?"),
                 {QString::number(year)}, nullptr) &&
        q.next())
        last = q.value(0).toInt();
    const SettingsRepository settings(*m_database);
    if (settings.value(kYearKey).toInt() == year)
        last = std::max(last, settings.value(kLastIssueKey).toInt());
    return last + 1;
}

QDate BriefingArchive::previousAsOf(QDate asOf) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT max(as_of) FROM briefings WHERE as_of < ?"),
                 {sql::dateValue(asOf)}, nullptr) &&
        q.next())
        return sql::toDate(q.value(0));
    return {};
}

bool BriefingArchive::record(int issue, QDate asOf, const QString &file, const QDateTime &exportedOn,
                             StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    QSqlQuery q(m_db);
    if (!sql::run(
            q, QStringLiteral("INSERT INTO briefings (issue, as_of, exported_on, file) VALUES (?, ?, ?, ?)"),
            {issue, sql::dateValue(asOf), exportedOn.toString(Qt::ISODate), file}, error))
        return false;
    SettingsRepository settings(*m_database);
    const int storedYear = settings.value(kYearKey).toInt();
    const int storedLast = settings.value(kLastIssueKey).toInt();
    if (asOf.year() > storedYear || (asOf.year() == storedYear && issue > storedLast)) {
        if (!settings.setValue(kYearKey, QString::number(asOf.year()), error) ||
            !settings.setValue(kLastIssueKey, QString::number(issue), error))
            return false;
    }
    return tx.commit(error);
}

} // namespace duban::core
