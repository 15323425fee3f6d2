#pragma once

#include "ledger/TaskIndex.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace duban::core {

class Database;

/// Builds the ledger's in-memory rows from the database with a handful of sequential queries.
class TaskRowLoader final
{
public:
    explicit TaskRowLoader(Database &database);

    /// All tasks. `progress(done, total)` is called now and then; returning false cancels (empty result).
    std::vector<TaskRow> loadAll(const std::function<bool(qint64, qint64)> &progress = {}) const;
    /// Without the search keys (the text body is not read): for listings that do not filter by text.
    void setSearchKeys(bool on) { m_searchKeys = on; }
    /// One task's row, after an edit.
    std::optional<TaskRow> loadOne(qint64 taskId) const;

    /// Parses "YYYY-MM-DD" into a julian day without QDate::fromString's overhead; 0 if invalid.
    static qint32 julianDay(const QString &iso);

private:
    std::vector<TaskRow> load(qint64 onlyTask, const std::function<bool(qint64, qint64)> &progress) const;
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
    bool m_searchKeys = true;
};

} // namespace duban::core
