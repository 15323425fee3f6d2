#include "Transaction.h"

#include <QSqlError>

namespace duban::core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

bool Transaction::commit(StorageError *error)
{
    if (commit())
        return true;
    if (error)
        *error = StorageError{StorageError::Code::Query, m_db.lastError().text()};
    return false;
}

} // namespace duban::core
