#include "SqliteDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

namespace duban::core {

bool SqliteDialect::configure(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 3000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

int SqliteDialect::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool SqliteDialect::markAsDuban(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

bool SqliteDialect::integrityOk(QSqlDatabase &db, QString *detail)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (detail)
            *detail = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        if (detail)
            *detail = QStringLiteral("no answer from integrity check");
        return false;
    }
    const QString first = q.value(0).toString();
    if (first != QLatin1String("ok")) {
        if (detail)
            *detail = first;
        return false;
    }
    return true;
}

SqliteDialect::FileHeader SqliteDialect::readHeader(const QByteArray &bytes)
{
    FileHeader h;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

} // namespace duban::core
