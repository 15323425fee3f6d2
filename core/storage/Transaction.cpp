#include "Transaction.h"

#include "SqlHelpers.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace duban::core {

namespace {

/// Open transactions per connection name; connections belong to one thread each.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> open;
    return open;
}

bool execute(QSqlDatabase &db, const QString &sql, StorageError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    sql::setError(error, sql::errorCode(q.lastError()), sql::errorMessage(q.lastError()));
    return false;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Mode mode) : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        m_active =
            execute(m_db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                    &m_beginError);
    } else {
        m_savepoint = QStringLiteral("duban_%1").arg(depth);
        m_active = execute(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &m_beginError);
    }
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::started(StorageError *error) const
{
    if (m_active)
        return true;
    if (error)
        *error = m_beginError;
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --depths()[m_db.connectionName()];
    if (m_savepoint.isEmpty()) {
        execute(m_db, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        execute(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
        execute(m_db, QStringLiteral("RELEASE ") + m_savepoint, nullptr);
    }
}

bool Transaction::commit()
{
    return commit(nullptr);
}

bool Transaction::commit(StorageError *error)
{
    if (!m_active) {
        if (error)
            *error = m_beginError.isError()
                         ? m_beginError
                         : StorageError{StorageError::Code::Query, QStringLiteral("no transaction")};
        return false;
    }
    const QString sql =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    StorageError failure;
    if (!execute(m_db, sql, &failure)) {
        // A failed COMMIT (disk full, busy) leaves the transaction open: roll it back so nothing half lands.
        rollback();
        if (error)
            *error = failure;
        return false;
    }
    m_active = false;
    --depths()[m_db.connectionName()];
    return true;
}

int Transaction::depth(const QSqlDatabase &db)
{
    return depths().value(db.connectionName());
}

} // namespace duban::core
