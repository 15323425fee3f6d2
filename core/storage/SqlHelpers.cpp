#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace duban::core::sql {

void setError(StorageError *error, StorageError::Code code, const QString &message)
{
    if (error)
        *error = StorageError{code, message};
}

bool exec(QSqlQuery &q, StorageError *error)
{
    if (q.exec())
        return true;
    setError(error, errorCode(q.lastError()), errorMessage(q.lastError()));
    return false;
}

StorageError::Code errorCode(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (ok && native > 0) {
        switch (native & 0xff) { // primary result code of an extended one
        case 5:                  // SQLITE_BUSY
        case 6:                  // SQLITE_LOCKED
            return StorageError::Code::Locked;
        case 8: // SQLITE_READONLY
            return StorageError::Code::ReadOnly;
        case 10: // SQLITE_IOERR
            return StorageError::Code::IoError;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return StorageError::Code::Corrupt;
        case 13: // SQLITE_FULL
            return StorageError::Code::DiskFull;
        case 14: // SQLITE_CANTOPEN
            return StorageError::Code::CannotCreate;
        case 19: // SQLITE_CONSTRAINT
            return StorageError::Code::Conflict;
        default:
            return StorageError::Code::Query;
        }
    }
    // Errors the driver raises itself (a parameter count mismatch, no query) carry no code: they are the
    // program's, not the file's or another writer's. The message text is never matched.
    return StorageError::Code::Query;
}

QString errorMessage(const QSqlError &error)
{
    switch (errorCode(error)) {
    case StorageError::Code::Locked:
        return lockedMessage(error.text());
    case StorageError::Code::DiskFull:
    case StorageError::Code::IoError:
        return diskFullMessage(error.text());
    default:
        return error.text();
    }
}

bool versioned(QSqlDatabase db, QSqlQuery &q, const QString &table, qint64 id, const QString &what,
               StorageError *error)
{
    if (q.numRowsAffected() > 0)
        return true;
    QSqlQuery probe(db);
    const bool exists =
        run(probe, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}, nullptr) && probe.next();
    if (exists)
        setError(
            error, StorageError::Code::Conflict,
            QCoreApplication::translate("duban::core::Storage",
                                        "%1 was changed by another user or program since it was shown here; "
                                        "nothing was saved.")
                .arg(what));
    else
        setError(error, StorageError::Code::NotFound,
                 QCoreApplication::translate("duban::core::Storage",
                                             "%1 was deleted by another user or program; nothing was saved.")
                     .arg(what));
    return false;
}

QString diskFullMessage(const QString &driverText)
{
    return QCoreApplication::translate(
               "duban::core::Storage",
               "The disk is full or the file could not be written; nothing was changed. "
               "Free some space and try again. (%1)")
        .arg(driverText.trimmed());
}

QString lockedMessage(const QString &driverText)
{
    return QCoreApplication::translate("duban::core::Storage",
                                       "The database is locked by another program (another Duban window or a "
                                       "backup tool); nothing was changed. Try again in a moment. (%1)")
        .arg(driverText.trimmed());
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, StorageError *error)
{
    if (!q.prepare(sql)) {
        // A statement can fail to prepare because another connection holds the schema lock: classified by
        // the driver's code like any other failure.
        setError(error, errorCode(q.lastError()), errorMessage(q.lastError()));
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString would be bound as SQL NULL; text columns are NOT NULL, so bind it as ''.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    return exec(q, error);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace duban::core::sql
