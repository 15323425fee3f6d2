#include "BriefingService.h"

#include "core/briefing/BriefingArchive.h"
#include "core/briefing/BriefingBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace duban::core {

BriefingService::BriefingService(Database &database) : m_database(database) {}

BriefingContent BriefingService::content(const BriefingOptions &options) const
{
    // Everything the briefing says comes from one snapshot: a writer committing meanwhile is wholly in it
    // or not at all.
    Transaction snapshot(m_database.connection(), Transaction::Mode::Read);
    return BriefingBuilder(m_database).build(options);
}

int BriefingService::nextIssue(const QDate &asOf) const
{
    return BriefingArchive(m_database).nextIssue(asOf);
}

bool BriefingService::recordIssue(int issue, const QDate &asOf, const QString &file, const QDateTime &when,
                                  StorageError *error)
{
    return BriefingArchive(m_database).record(issue, asOf, file, when, error);
}

} // namespace duban::core
