#pragma once

#include "StorageError.h"

#include <QSqlDatabase>

namespace duban::core {

/// RAII database transaction: rolls back unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit();
    /// Commits; on failure fills `error` with the driver's message.
    bool commit(StorageError *error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace duban::core
