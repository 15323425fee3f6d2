#pragma once

#include "core/domain/FollowUp.h"
#include "core/storage/StorageError.h"

#include <QDate>
#include <QHash>

namespace duban::core {

class Database;

/// Every task's FollowUp as of a date in two reads (the supervision records, the 签收 of the tasks' own
/// units), for the supervision view. Tasks with nothing done are absent.
class FollowUpQuery final
{
public:
    explicit FollowUpQuery(Database &database) : m_database(database) {}
    QHash<qint64, FollowUp> run(const QDate &asOf, StorageError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace duban::core
