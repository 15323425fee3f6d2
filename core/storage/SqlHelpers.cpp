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
    const QString text = q.lastError().text();
    const bool locked = text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
    const bool conflict =
        text.contains(QLatin1String("UNIQUE")) || text.contains(QLatin1String("constraint"));
    setError(error,
             locked     ? StorageError::Code::Locked
             : conflict ? StorageError::Code::Conflict
                        : StorageError::Code::Query,
             locked ? lockedMessage(text) : text);
    return false;
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
        setError(error, StorageError::Code::Query, q.lastError().text());
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
