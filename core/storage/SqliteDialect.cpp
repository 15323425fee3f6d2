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

namespace {

/// The rows of an integrity pragma; false with `failure` set when SQLite gave up with an error.
bool checkRows(QSqlDatabase &db, const QString &pragma, QStringList *rows, QSqlError *failure)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(pragma)) {
        *failure = q.lastError();
        return false;
    }
    while (q.next())
        rows->append(q.value(0).toString());
    if (q.lastError().isValid()) {
        *failure = q.lastError();
        return false;
    }
    return true;
}

bool isCorrupt(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26); // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace

bool SqliteDialect::integrityCheck(QSqlDatabase &db, bool full, QStringList *findings, QSqlError *failure)
{
    QStringList rows;
    QSqlError error;
    const QString quickCheck = QStringLiteral("PRAGMA quick_check(100)");
    if (!checkRows(db, full ? QStringLiteral("PRAGMA integrity_check(100)") : quickCheck, &rows, &error)) {
        // integrity_check gives up with SQLITE_CORRUPT on a page it cannot read while it compares tables
        // and indexes, and so loses what its b-tree pass found; quick_check still says which pages.
        QStringList quick;
        QSqlError ignored;
        if (full && isCorrupt(error) && checkRows(db, quickCheck, &quick, &ignored) && !quick.isEmpty() &&
            quick != QStringList{QStringLiteral("ok")}) {
            if (findings)
                *findings = quick;
            return false;
        }
        if (failure)
            *failure = error;
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
