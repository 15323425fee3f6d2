#pragma once

#include "StorageError.h"

#include <QDate>
#include <QSqlError>
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
/// What a driver error means, from SQLite's native result code (never from the message text).
StorageError::Code errorCode(const QSqlError &error);
/// The user's message for a driver error: the locked and disk-full cases explained, others as the driver
/// says.
QString errorMessage(const QSqlError &error);
/// After a versioned UPDATE/DELETE (… WHERE id = ? AND version = ?) on `table`: true when it hit the row;
/// otherwise Conflict ("changed by another user or program") when the row is still there, NotFound when
/// another writer deleted it. `what` names the row for the user ("The task").
bool versioned(QSqlDatabase db, QSqlQuery &q, const QString &table, qint64 id, const QString &what,
               StorageError *error);
/// The user's message for a full disk or a failed write of the file.
QString diskFullMessage(const QString &driverText);

} // namespace duban::core::sql
