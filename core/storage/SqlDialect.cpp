#include "SqlDialect.h"

#include "SqlHelpers.h"

#include <QSqlQuery>

namespace duban::core {

bool SqlDialect::configure(QSqlDatabase &db, QString *error) const
{
    QSqlError e;
    if (configure(db, &e))
        return true;
    if (error)
        *error = e.text();
    return false;
}

std::optional<qint64> SqlDialect::insertReturningId(QSqlQuery &q, const QString &insertSql,
                                                    const QVariantList &values, StorageError *error) const
{
    if (!sql::run(q, returningId(insertSql), values, error))
        return std::nullopt;
    const std::optional<qint64> id = insertedId(q);
    if (!id)
        sql::setError(error, StorageError::Code::Query, q.lastError().text());
    return id;
}

} // namespace duban::core
