#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace duban::core {

/// What one database engine says differently. `Database` owns one and every repository, loader and query
/// reaches it through the session; nothing outside the engine's implementation writes engine-specific SQL
/// (a ctest, LayerCheck.SqliteOnlyInTheDialect, keeps it so). SQLite is the engine today
/// (SqliteDialect); PostgreSQL, for offices that share one database, is the next.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver that speaks to the engine.
    virtual QString driverName() const = 0;

    /// Connection set-up on every open: foreign keys, write-ahead log, busy timeout.
    virtual bool configure(QSqlDatabase &db, QSqlError *error) const = 0;
    bool configure(QSqlDatabase &db, QString *error) const;

    /// The schema version stored in the database, -1 when it cannot be read.
    virtual int schemaVersion(QSqlDatabase &db) const = 0;
    virtual bool setSchemaVersion(QSqlDatabase &db, int version) const = 0;
    /// Marks the database as Duban's (done by every migration).
    virtual bool markAsDuban(QSqlDatabase &db) const = 0;

    /// What the first bytes of a file say about it, read without opening it as a database.
    struct FileHeader
    {
        bool recognised = false; ///< a database file of this engine
        bool ours = false;       ///< marked as Duban's, or not marked by any application
        qint32 schemaVersion = 0;
    };
    /// How many bytes of the file readHeader() needs.
    virtual int headerSize() const = 0;
    virtual FileHeader readHeader(const QByteArray &firstBytes) const = 0;
    /// Whether the open database `db` is Duban's: it carries Duban's mark or holds no tables yet. False
    /// with `failure` set when the database cannot be read.
    virtual bool isOurs(QSqlDatabase &db, bool *ours, QSqlError *failure) const = 0;
    /// The engine's consistency check (the quick one, or the thorough one when `full`); false if the
    /// database is damaged (its findings in `findings`) or the check could not run (`failure` set).
    virtual bool integrityCheck(QSqlDatabase &db, bool full, QStringList *findings,
                                QSqlError *failure) const = 0;
    /// A number that changes whenever another connection commits to the database (never for this
    /// connection's own writes); -1 when it cannot be read. Cheap enough to poll.
    virtual qint64 dataVersion(QSqlDatabase &db) const = 0;

    /// Before and after one large insert into a new database (the synthetic generator): durability may be
    /// relaxed meanwhile.
    virtual void beginBulkLoad(QSqlDatabase &db) const = 0;
    virtual void endBulkLoad(QSqlDatabase &db) const = 0;

    /// Primary-key column type for CREATE TABLE.
    virtual QString idColumn() const = 0;
    /// The statements (schema version 5) that keep tasks.lead_unit_id equal to the task's first lead unit
    /// whenever task_units changes. `firstLeadOf` is the portable subquery giving it, %1 the task id.
    virtual QStringList leadUnitMaintenance(const QString &firstLeadOf) const = 0;

    /// The statements that make `table` append-only: any UPDATE or DELETE of its rows fails (留痕).
    virtual QStringList appendOnly(const QString &table) const = 0;

    /// An SQL expression giving the ISO date text `expr` as a Julian day number (QDate's numbering: the
    /// day counted from noon), NULL for NULL.
    virtual QString dayNumber(const QString &expr) const = 0;
    /// An SQL expression giving the text `expr` as its stored UTF-8 bytes.
    virtual QString asBytes(const QString &expr) const = 0;
    /// Latest progress report per task dated on or before ?1: (task_id, reported_on, percent).
    virtual QString latestReportPerTaskQuery() const = 0;

    /// `insertSql` (an INSERT into a table with an id column) made to give back the new row's id.
    virtual QString returningId(const QString &insertSql) const = 0;
    /// The id the INSERT just executed on `q` (prepared from returningId()) gave its row.
    virtual std::optional<qint64> insertedId(QSqlQuery &q) const = 0;
    /// Prepares and runs `insertSql` with positional `values`; the new row's id, or nothing with `error`
    /// set.
    std::optional<qint64> insertReturningId(QSqlQuery &q, const QString &insertSql,
                                            const QVariantList &values, StorageError *error) const;
};

} // namespace duban::core
