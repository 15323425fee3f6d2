#include "SqliteDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

namespace duban::core {

bool SqliteDialect::configure(QSqlDatabase &db, QString *error)
{
    QSqlError e;
    if (configure(db, &e))
        return true;
    if (error)
        *error = e.text();
    return false;
}

bool SqliteDialect::configure(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            if (error)
                *error = q.lastError();
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

bool SqliteDialect::integrityCheck(QSqlDatabase &db, bool full, QStringList *findings, QSqlError *failure)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(100)") : QStringLiteral("PRAGMA quick_check(100)"))) {
        if (failure)
            *failure = q.lastError();
        return false;
    }
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    if (q.lastError().isValid()) {
        if (failure)
            *failure = q.lastError();
        return false;
    }
    if (rows == QStringList{QStringLiteral("ok")})
        return true;
    if (rows.isEmpty())
        rows.append(QStringLiteral("no answer from the integrity check"));
    if (findings)
        *findings = rows;
    return false;
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
