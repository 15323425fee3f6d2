#include "Database.h"

#include "Migrations.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace duban::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("duban::core::Database", text);
}

StorageError fail(StorageError::Code code, const QString &message)
{
    return StorageError{code, message};
}

bool looksLocked(const QSqlError &e)
{
    const QString t = e.text().toLower();
    return t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy"));
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("duban-%1").arg(++counter);
}

constexpr qint64 kFullCheckBytes = 32 * 1024 * 1024;

bool hasWriteBits(const QFileInfo &fi)
{
    // WriteUser is computed with access(), which is always true for root: look at the mode bits.
    return fi.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/duban.sqlite");
}

QString Database::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("DUBAN_DB");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return SqliteDialect::schemaVersion(db);
}

QString Database::cloneConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        QString ignored;
        SqliteDialect::configure(db, &ignored);
    }
    return name;
}

std::unique_ptr<Database> Database::open(const QString &path, StorageError *error, const OpenOptions &options)
{
    const int upToVersion = options.upToVersion;
    StorageError dummy;
    StorageError &err = error ? *error : dummy;
    err = {};
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    const bool existed = fi.exists();

    // 1. Look at the file without opening it as a database: nothing is written before we know it is ours.
    if (existed) {
        if (fi.isDir()) {
            err = fail(StorageError::Code::NotADubanDatabase,
                       tr("%1 is a folder, not a Duban database.").arg(shown));
            return nullptr;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err = fail(StorageError::Code::ReadOnly, tr("%1 cannot be read: %2").arg(shown, f.errorString()));
            return nullptr;
        }
        const QByteArray head = f.read(100);
        f.close();
        if (head.isEmpty()) {
            err = fail(StorageError::Code::NotADubanDatabase,
                       tr("%1 is an empty file, not a Duban database.").arg(shown));
            return nullptr;
        }
        const auto header = SqliteDialect::readHeader(head);
        if (!header.isSqlite) {
            err = fail(StorageError::Code::NotADubanDatabase,
                       tr("%1 is not a Duban database (it is not an SQLite database file).").arg(shown));
            return nullptr;
        }
        if (header.applicationId != SqliteDialect::applicationId && header.applicationId != 0) {
            err =
                fail(StorageError::Code::NotADubanDatabase,
                     tr("%1 is an SQLite database of another application, not a Duban database.").arg(shown));
            return nullptr;
        }
        if (header.userVersion > Migrations::latestVersion()) {
            err = fail(
                StorageError::Code::NewerSchema,
                tr("%1 was written by a newer version of Duban (schema %2; this version reads up to %3). "
                   "Update Duban to open it.")
                    .arg(shown)
                    .arg(header.userVersion)
                    .arg(Migrations::latestVersion()));
            return nullptr;
        }
        if (!fi.isWritable() || !hasWriteBits(fi)) {
            err = fail(StorageError::Code::ReadOnly,
                       tr("%1 is read-only. Duban saves every edit at once and needs to write to it; "
                          "copy it to a writable folder or change its permissions.")
                           .arg(shown));
            return nullptr;
        }
        const QFileInfo dir(fi.absolutePath());
        if (!dir.isWritable()) {
            err = fail(StorageError::Code::ReadOnly,
                       tr("The folder of %1 is read-only; Duban needs to write its journal next to the file.")
                           .arg(shown));
            return nullptr;
        }
    } else {
        if (options.mustExist) {
            err = fail(StorageError::Code::Missing, tr("No database at %1.").arg(shown));
            return nullptr;
        }
        if (!QDir().mkpath(fi.absolutePath())) {
            err = fail(StorageError::Code::CannotCreate, tr("Cannot create the folder for %1.").arg(shown));
            return nullptr;
        }
    }

    // 2. Open it.
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(fi.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(fi.absoluteFilePath());
        if (!db.open()) {
            err = fail(existed ? StorageError::Code::Corrupt : StorageError::Code::CannotCreate,
                       tr("%1 cannot be opened: %2").arg(shown, db.lastError().text()));
            return nullptr;
        }
        if (existed) {
            // A full quick_check reads every page: affordable for the files offices keep (a few MB), not on
            // every start of a command over a synthetic 100 MB ledger. Large files get the schema check
            // below (which reads the header and schema pages); damage elsewhere surfaces as a query error.
            QString detail;
            const bool fullCheck = fi.size() <= kFullCheckBytes;
            if (fullCheck && !SqliteDialect::integrityOk(db, &detail)) {
                const bool locked =
                    detail.contains(QLatin1String("locked")) || detail.contains(QLatin1String("busy"));
                err = fail(
                    locked ? StorageError::Code::Locked : StorageError::Code::Corrupt,
                    locked ? tr("%1 is locked by another program. Close it there and try again.").arg(shown)
                           : tr("%1 is damaged and cannot be used (%2). Restore it from a backup.")
                                 .arg(shown, detail));
                return nullptr;
            }
            QSqlQuery q(db);
            int appId = 0;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            int tables = 0;
            if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()) {
                tables = q.value(0).toInt();
            } else {
                err = fail(StorageError::Code::Corrupt,
                           tr("%1 is damaged and cannot be used (%2). Restore it from a backup.")
                               .arg(shown, q.lastError().text()));
                return nullptr;
            }
            if (appId != SqliteDialect::applicationId && tables > 0) {
                err = fail(
                    StorageError::Code::NotADubanDatabase,
                    tr("%1 is an SQLite database of another application, not a Duban database.").arg(shown));
                return nullptr;
            }
            if (SqliteDialect::schemaVersion(db) > Migrations::latestVersion()) {
                err = fail(
                    StorageError::Code::NewerSchema,
                    tr("%1 was written by a newer version of Duban. Update Duban to open it.").arg(shown));
                return nullptr;
            }
        }
        QString detail;
        if (!SqliteDialect::configure(db, &detail)) {
            err = fail(detail.contains(QLatin1String("locked")) ? StorageError::Code::Locked
                                                                : StorageError::Code::Corrupt,
                       tr("%1 cannot be prepared for use: %2").arg(shown, detail));
            return nullptr;
        }
    }
    if (!database->migrate(upToVersion < 0 ? Migrations::latestVersion() : upToVersion, &err))
        return nullptr;
    return database;
}

bool Database::migrate(int upToVersion, StorageError *error)
{
    QSqlDatabase db = connection();
    int version = SqliteDialect::schemaVersion(db);
    while (version < upToVersion) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error =
                fail(looksLocked(db.lastError()) ? StorageError::Code::Locked : StorageError::Code::Query,
                     tr("Cannot start the schema upgrade: %1").arg(db.lastError().text()));
            return false;
        }
        QSqlQuery q(db);
        const QStringList statements = Migrations::statements(version);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = fail(
                    looksLocked(q.lastError()) ? StorageError::Code::Locked : StorageError::Code::Query,
                    tr("Schema upgrade to version %1 failed: %2").arg(version + 1).arg(q.lastError().text()));
                return false;
            }
        }
        if (!SqliteDialect::markAsDuban(db) || !SqliteDialect::setSchemaVersion(db, version + 1) ||
            !tx.commit()) {
            *error = fail(StorageError::Code::Query, tr("Schema upgrade to version %1 could not be saved: %2")
                                                         .arg(version + 1)
                                                         .arg(db.lastError().text()));
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace duban::core
