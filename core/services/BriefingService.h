#pragma once

#include "core/briefing/BriefingContent.h"
#include "core/briefing/BriefingOptions.h"
#include "core/storage/StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace duban::core {

class Database;

/// What a briefing says (from one snapshot of the ledger) and the numbering of the issues exported.
class BriefingService final
{
public:
    explicit BriefingService(Database &database);

    /// The briefing's content as of options.asOf, read in one transaction.
    BriefingContent content(const BriefingOptions &options) const;
    /// The issue number the next briefing as of `asOf` gets (one more than the last exported).
    int nextIssue(const QDate &asOf) const;
    /// Remembers that issue `issue` was exported or printed (to `file`, if any).
    bool recordIssue(int issue, const QDate &asOf, const QString &file, const QDateTime &when,
                     StorageError *error);

private:
    Database &m_database;
};

} // namespace duban::core
