#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace duban::core {

/// One open Duban database file: checks the file before touching it, configures the connection and
/// migrates the schema, each migration in its own transaction.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    ~Database();

    /// Opens (or creates) the database at `path`. A file that is not a Duban database, is corrupt,
    /// read-only, locked or from a newer schema is refused with `error` set and left untouched.
    /// `upToVersion` (tests only) stops the migrations early.
    static std::unique_ptr<Database> open(const QString &path, StorageError *error, int upToVersion = -1);

    /// AppDataLocation/duban.sqlite.
    static QString defaultPath();
    /// The file to use: `explicitPath` if given, else $DUBAN_DB, else defaultPath().
    static QString resolvePath(const QString &explicitPath);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// A second connection to the same file for another thread; the caller removes it with
    /// QSqlDatabase::removeDatabase(name) when done.
    QString cloneConnection(const QString &name) const;

private:
    Database(QString path, QString connectionName);
    bool migrate(int upToVersion, StorageError *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace duban::core
