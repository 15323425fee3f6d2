#include "SqliteDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

namespace duban::core {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

bool SqliteDialect::configure(QSqlDatabase &db, QSqlError *error) const
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

int SqliteDialect::schemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool SqliteDialect::markAsDuban(QSqlDatabase &db) const
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

bool SqliteDialect::integrityCheck(QSqlDatabase &db, bool full, QStringList *findings,
                                   QSqlError *failure) const
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

SqlDialect::FileHeader SqliteDialect::readHeader(const QByteArray &bytes) const
{
    FileHeader h;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return h;
    h.recognised = true;
    h.schemaVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    const qint32 application = qFromBigEndian<qint32>(bytes.constData() + 68);
    h.ours = application == applicationId || application == 0;
    return h;
}

bool SqliteDialect::isOurs(QSqlDatabase &db, bool *ours, QSqlError *failure) const
{
    QSqlQuery q(db);
    int application = 0;
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        application = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        if (failure)
            *failure = q.lastError();
        return false;
    }
    const int tables = q.value(0).toInt();
    *ours = application == applicationId || tables == 0;
    return true;
}

qint64 SqliteDialect::dataVersion(QSqlDatabase &db) const
{
    // Changes whenever another connection commits to the file; costs microseconds: no file is read.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void SqliteDialect::beginBulkLoad(QSqlDatabase &db) const
{
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")); // one big transaction; the file is new
    pragma.exec(QStringLiteral("PRAGMA cache_size = -200000"));
}

void SqliteDialect::endBulkLoad(QSqlDatabase &db) const
{
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QString SqliteDialect::idColumn() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QStringList SqliteDialect::leadUnitMaintenance(const QString &lead) const
{
    return {
        QStringLiteral("CREATE TRIGGER task_units_lead_insert AFTER INSERT ON task_units WHEN NEW.role = 0 "
                       "BEGIN UPDATE tasks SET lead_unit_id = %1 WHERE id = NEW.task_id; END")
            .arg(lead.arg(QStringLiteral("NEW.task_id"))),
        QStringLiteral("CREATE TRIGGER task_units_lead_delete AFTER DELETE ON task_units WHEN OLD.role = 0 "
                       "BEGIN UPDATE tasks SET lead_unit_id = %1 WHERE id = OLD.task_id; END")
            .arg(lead.arg(QStringLiteral("OLD.task_id"))),
        QStringLiteral("CREATE TRIGGER task_units_lead_update AFTER UPDATE ON task_units "
                       "WHEN OLD.role = 0 OR NEW.role = 0 BEGIN "
                       "UPDATE tasks SET lead_unit_id = %1 WHERE id = OLD.task_id; "
                       "UPDATE tasks SET lead_unit_id = %2 WHERE id = NEW.task_id; END")
            .arg(lead.arg(QStringLiteral("OLD.task_id")), lead.arg(QStringLiteral("NEW.task_id"))),
    };
}

QStringList SqliteDialect::appendOnly(const QString &table) const
{
    const QString abort = QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END").arg(table);
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 %2").arg(table, abort),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 %2").arg(table, abort)};
}

QString SqliteDialect::dayNumber(const QString &expr) const
{
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(expr);
}

QString SqliteDialect::asBytes(const QString &expr) const
{
    return QStringLiteral("CAST(%1 AS BLOB)").arg(expr);
}

QString SqliteDialect::latestReportPerTaskQuery() const
{
    // The latest day, and of several reports that day the highest percent (the rule of
    // makeTaskFacts and of the one-task query): the maximum of "day percent+1000", compared as text —
    // days are ISO dates of ten characters and 1000 + a percent held to 0–100 has four digits. (A bare
    // column beside max(reported_on) would take the percent of any row of that day.)
    return QStringLiteral(
        "SELECT task_id, substr(m, 1, 10), CAST(substr(m, 12) AS INTEGER) - 1000 FROM "
        "(SELECT task_id, max(reported_on || ' ' || (1000 + max(0, min(100, percent)))) AS m "
        "FROM progress_reports WHERE reported_on <= ? GROUP BY task_id)");
}

QString SqliteDialect::returningId(const QString &insertSql) const
{
    return insertSql; // the rowid of the insert is at hand afterwards (lastInsertId)
}

std::optional<qint64> SqliteDialect::insertedId(QSqlQuery &q) const
{
    const QVariant id = q.lastInsertId();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

} // namespace duban::core
