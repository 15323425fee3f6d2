#pragma once

#include "core/storage/StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace duban::core {

class Database;

/// The briefings exported so far (the `briefings` table) and the numbering of the next issue, kept in the
/// ledger's database so the window and the command line agree. Issues are numbered per year of the as-of
/// date.
class BriefingArchive final
{
public:
    /// One exported issue.
    struct Entry
    {
        qint64 id = 0;
        int issue = 0;
        QDate asOf;
        QDateTime exportedOn;
        QString file;
    };

    explicit BriefingArchive(Database &database);

    /// Every exported issue, newest export first.
    QList<Entry> all() const;
    /// The number suggested for a briefing as of `asOf`: one more than the highest issue of that year (from
    /// the table and the settings "briefing.year" / "briefing.lastIssue"), 1 for the first of a year.
    int nextIssue(QDate asOf) const;
    /// The as-of date of the latest briefing exported with an earlier as-of date; null if none.
    QDate previousAsOf(QDate asOf) const;
    /// Remembers an exported issue and advances the numbering (one transaction).
    bool record(int issue, QDate asOf, const QString &file, const QDateTime &exportedOn, StorageError *error);

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
