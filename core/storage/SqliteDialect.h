#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace duban::core {

/// Everything SQLite-specific lives here: pragmas, file header checks, DDL types, schema version storage.
/// The repositories speak portable SQL; a PostgreSQL dialect will replace this class for shared databases.
class SqliteDialect final
{
public:
    static constexpr qint32 applicationId = 0x44554241; // "DUBA"

    /// Connection set-up on every open: foreign keys, WAL, busy timeout.
    static bool configure(QSqlDatabase &db, QString *error);
    static bool configure(QSqlDatabase &db, QSqlError *error);
    /// The schema version (PRAGMA user_version).
    static int schemaVersion(QSqlDatabase &db);
    static bool setSchemaVersion(QSqlDatabase &db, int version);
    static bool markAsDuban(QSqlDatabase &db);
    /// Runs PRAGMA quick_check (or integrity_check when `full`); false if the file is damaged (its findings
    /// in `findings`) or the check could not run (`failure` set).
    static bool integrityCheck(QSqlDatabase &db, bool full, QStringList *findings, QSqlError *failure);
    /// Primary-key column type for CREATE TABLE.
    static QString idColumn() { return QStringLiteral("INTEGER PRIMARY KEY"); }

    /// Latest progress report per task dated on or before ?1: (task_id, reported_on, percent).
    /// SQLite-specific: relies on SQLite's "bare column with max()" rule to take the percent of the latest
    /// row.
    static QString latestReportPerTaskQuery()
    {
        return QStringLiteral("SELECT task_id, max(reported_on), percent FROM progress_reports "
                              "WHERE reported_on <= ? GROUP BY task_id");
    }

    /// What the first 100 bytes of a file say about it, read without opening it as a database.
    struct FileHeader
    {
        bool isSqlite = false;
        qint32 applicationId = 0;
        qint32 userVersion = 0;
    };
    static FileHeader readHeader(const QByteArray &first100Bytes);
};

} // namespace duban::core
