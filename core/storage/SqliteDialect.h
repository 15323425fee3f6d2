#pragma once

#include "SqlDialect.h"

namespace duban::core {

/// Everything SQLite-specific lives here: pragmas, file header checks, DDL types, schema version storage,
/// date arithmetic, triggers and the "bare column with max()" rule.
class SqliteDialect final : public SqlDialect
{
public:
    static constexpr qint32 applicationId = 0x44554241; // "DUBA"

    QString driverName() const override;
    using SqlDialect::configure;
    bool configure(QSqlDatabase &db, QSqlError *error) const override;
    int schemaVersion(QSqlDatabase &db) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version) const override;
    bool markAsDuban(QSqlDatabase &db) const override;
    int headerSize() const override { return 100; }
    FileHeader readHeader(const QByteArray &firstBytes) const override;
    bool isOurs(QSqlDatabase &db, bool *ours, QSqlError *failure) const override;
    bool integrityCheck(QSqlDatabase &db, bool full, QStringList *findings,
                        QSqlError *failure) const override;
    qint64 dataVersion(QSqlDatabase &db) const override;
    void beginBulkLoad(QSqlDatabase &db) const override;
    void endBulkLoad(QSqlDatabase &db) const override;
    QString idColumn() const override;
    QStringList leadUnitMaintenance(const QString &firstLeadOf) const override;
    QStringList appendOnly(const QString &table) const override;
    QString dayNumber(const QString &expr) const override;
    QString asBytes(const QString &expr) const override;
    QString latestReportPerTaskQuery() const override;
    QString returningId(const QString &insertSql) const override;
    std::optional<qint64> insertedId(QSqlQuery &q) const override;
};

} // namespace duban::core
