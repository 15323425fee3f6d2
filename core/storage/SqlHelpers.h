#pragma once

#include "StorageError.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace duban::core::sql {

/// Executes a prepared query; on failure fills `error` with the driver's message and returns false.
bool exec(QSqlQuery &q, StorageError *error);
/// Prepares and executes `sql` with positional values.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, StorageError *error);

QVariant dateValue(const QDate &d); ///< ISO text, or NULL for an invalid date
QDate toDate(const QVariant &v);    ///< parses ISO text
void setError(StorageError *error, StorageError::Code code, const QString &message);
/// The user's message for a write refused because another connection holds the lock.
QString lockedMessage(const QString &driverText);

} // namespace duban::core::sql
