#pragma once

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

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace duban::core
