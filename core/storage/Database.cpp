#include "Database.h"

#include "IntegrityCache.h"
#include "Migrations.h"
#include "SqlHelpers.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QVariant>

#include <atomic>

namespace duban::core {

namespace {

StorageError fail(StorageError::Code code, const QString &message)
{
    return StorageError{code, message};
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("duban-%1").arg(++counter);
}

bool hasWriteBits(const QFileInfo &fi)
{
    // WriteUser is computed with access(), which is always true for root: look at the mode bits.
    return fi.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

QString damagedMessage(const QString &shown, const QString &detail)
{
    return Database::tr("%1 is damaged and cannot be used (%2). Restore it from a backup.")
        .arg(shown, detail);
}

/// Below this much free space an I/O error is taken for a full disk: SQLite reports a write that failed
/// for lack of room in the shared-memory index (-shm) as SQLITE_IOERR, not SQLITE_FULL.
constexpr qint64 kLittleRoomBytes = 1024 * 1024;

bool littleRoom(const QString &file)
{
    QStorageInfo volume(QFileInfo(file).absolutePath());
    volume.refresh();
    return volume.isValid() && volume.isReady() && volume.bytesAvailable() >= 0 &&
           volume.bytesAvailable() < kLittleRoomBytes;
}

/// The error for a failure of the driver while opening or checking the file: a full disk, an I/O error or
/// a lock is said as such, never as damage.
StorageError openFailure(const QSqlError &e, const QString &shown, const QString &what)
{
    StorageError::Code code = sql::errorCode(e);
    if (code == StorageError::Code::IoError && littleRoom(shown))
        code = StorageError::Code::DiskFull;
    switch (code) {
    case StorageError::Code::Locked:
        return fail(
            StorageError::Code::Locked,
            Database::tr("%1 is locked by another program. Close it there and try again.").arg(shown));
    case StorageError::Code::DiskFull:
        return fail(
            StorageError::Code::DiskFull,
            Database::tr(
                "The disk holding %1 is full (%2). Free some space and try again; the file is unchanged.")
                .arg(shown, e.text()));
    case StorageError::Code::IoError:
        return fail(StorageError::Code::IoError,
                    Database::tr("%1 could not be read or written (%2). Check the disk and try again.")
                        .arg(shown, e.text()));
    case StorageError::Code::Corrupt:
        return fail(StorageError::Code::Corrupt, damagedMessage(shown, e.text()));
    default:
        return fail(StorageError::Code::Query, what.arg(shown, e.text()));
    }
}

/// Looks at an existing path without opening it as a database: nothing is written before we know it is ours.
bool inspectFile(const SqlDialect &dialect, const QFileInfo &fi, const QString &shown, StorageError &err)
{
    if (fi.isDir()) {
        err = fail(StorageError::Code::NotADubanDatabase,
                   Database::tr("%1 is a folder, not a Duban database.").arg(shown));
        return false;
    }
    if (!fi.isFile()) {
        err = fail(StorageError::Code::NotADubanDatabase,
                   Database::tr("%1 is not a regular file, not a Duban database.").arg(shown));
        return false;
    }
    QFile f(fi.absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly)) {
        err = fail(StorageError::Code::ReadOnly,
                   Database::tr("%1 cannot be read: %2").arg(shown, f.errorString()));
        return false;
    }
    const QByteArray head = f.read(dialect.headerSize());
    f.close();
    if (head.isEmpty()) {
        err = fail(StorageError::Code::NotADubanDatabase,
                   Database::tr("%1 is an empty file, not a Duban database.").arg(shown));
        return false;
    }
    const auto header = dialect.readHeader(head);
    if (!header.recognised) {
        err =
            fail(StorageError::Code::NotADubanDatabase,
                 Database::tr("%1 is not a Duban database (it is not an SQLite database file).").arg(shown));
        return false;
    }
    if (!header.ours) {
        err = fail(StorageError::Code::NotADubanDatabase,
                   Database::tr("%1 is an SQLite database of another application, not a Duban database.")
                       .arg(shown));
        return false;
    }
    if (header.schemaVersion > Migrations::latestVersion()) {
        err = fail(StorageError::Code::NewerSchema,
                   Database::tr(
                       "%1 was written by a newer version of Duban (schema %2; this version reads up to %3). "
                       "Update Duban to open it.")
                       .arg(shown)
                       .arg(header.schemaVersion)
                       .arg(Migrations::latestVersion()));
        return false;
    }
    if (!fi.isWritable() || !hasWriteBits(fi)) {
        err = fail(StorageError::Code::ReadOnly,
                   Database::tr("%1 is read-only. Duban saves every edit at once and needs to write to it; "
                                "copy it to a writable folder or change its permissions.")
                       .arg(shown));
        return false;
    }
    if (!QFileInfo(fi.absolutePath()).isWritable()) {
        err = fail(
            StorageError::Code::ReadOnly,
            Database::tr("The folder of %1 is read-only; Duban needs to write its journal next to the file.")
                .arg(shown));
        return false;
    }
    return true;
}

/// The schema-level checks of an existing file: ours, readable, not from a newer Duban.
bool checkSchema(const SqlDialect &dialect, QSqlDatabase &db, const QString &shown, StorageError &err)
{
    bool ours = false;
    QSqlError failure;
    if (!dialect.isOurs(db, &ours, &failure)) {
        err = openFailure(failure, shown, Database::tr("%1 cannot be read: %2"));
        if (err.code == StorageError::Code::Query)
            err = fail(StorageError::Code::Corrupt, damagedMessage(shown, failure.text()));
        return false;
    }
    if (!ours) {
        err = fail(StorageError::Code::NotADubanDatabase,
                   Database::tr("%1 is an SQLite database of another application, not a Duban database.")
                       .arg(shown));
        return false;
    }
    if (dialect.schemaVersion(db) > Migrations::latestVersion()) {
        err = fail(
            StorageError::Code::NewerSchema,
            Database::tr("%1 was written by a newer version of Duban. Update Duban to open it.").arg(shown));
        return false;
    }
    return true;
}

/// The folders that creating `dir` would make, outermost first.
QStringList missingFolders(const QString &dir)
{
    QStringList missing;
    QDir d(dir);
    while (!d.exists()) {
        missing.prepend(d.absolutePath());
        if (!d.cdUp())
            break;
    }
    return missing;
}

/// Removes what a failed creation left: the file, its journals and the folders made for it.
void removeCreated(const QString &file, const QStringList &folders)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_dialect(std::move(dialect))
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
    // The file was sound when opened and every change since went through SQLite: vouch for it as it is now,
    // so the next start does not read it end to end again.
    // Only when the file changed meanwhile: a read-only command writes nothing, not even to the cache.
    if (m_integrity == Integrity::Checked && QFileInfo(m_path).size() > kAlwaysCheckBytes &&
        IntegrityCache::identity(m_path) != m_checkedIdentity)
        IntegrityCache::remember(m_path);
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

QString Database::identity() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'database.identity'"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString Database::actor() const
{
    if (!m_actor.isEmpty())
        return m_actor;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("office");
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return m_dialect->schemaVersion(db);
}

std::unique_ptr<Database> Database::openSession(const QString &path, StorageError *error)
{
    std::unique_ptr<Database> session(new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName(),
                                                   std::make_unique<SqliteDialect>()));
    // Not checked here: the destructor must not vouch for the file in the IntegrityCache.
    session->m_integrity = Integrity::Pending;
    QString failure;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(session->m_dialect->driverName(), session->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            failure = db.lastError().text();
        else if (!session->m_dialect->configure(db, &failure))
            db.close();
    }
    if (failure.isNull())
        return session;
    sql::setError(error, StorageError::Code::Query, failure);
    return nullptr; // the destructor removes the connection
}

bool Database::checkIntegrity(bool full, StorageError *error)
{
    QSqlDatabase db = connection();
    const QString &path = m_path;
    QStringList findings;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSqlError failure;
    if (!m_dialect->integrityCheck(db, full, &findings, &failure)) {
        if (failure.isValid()) {
            StorageError e = openFailure(failure, shown, Database::tr("%1 cannot be checked: %2"));
            if (e.code == StorageError::Code::Query)
                e = fail(StorageError::Code::Corrupt, damagedMessage(shown, failure.text()));
            if (error)
                *error = e;
        } else if (error) {
            *error = fail(StorageError::Code::Corrupt,
                          damagedMessage(shown, findings.mid(0, 3).join(QStringLiteral("; "))));
            error->details = findings;
        }
        IntegrityCache::forget(path);
        return false;
    }
    if (QFileInfo(path).size() > kAlwaysCheckBytes) // smaller files are checked at every open anyway
        IntegrityCache::remember(path);
    return true;
}

bool Database::checkNow(bool full, StorageError *error)
{
    if (!checkIntegrity(full, error))
        return false;
    markChecked();
    return true;
}

void Database::markChecked()
{
    m_integrity = Integrity::Checked;
    m_checkedIdentity = IntegrityCache::identity(m_path);
}

std::unique_ptr<Database> Database::open(const QString &path, StorageError *error, const OpenOptions &options)
{
    StorageError dummy;
    StorageError &err = error ? *error : dummy;
    err = {};
    const QFileInfo fi(path);
    const QString absolute = fi.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const bool existed = fi.exists() || fi.isSymLink();

    auto dialect = std::make_unique<SqliteDialect>();
    QStringList createdFolders;
    if (existed) {
        if (!inspectFile(*dialect, fi, shown, err))
            return nullptr;
    } else {
        if (options.mustExist) {
            err = fail(StorageError::Code::Missing, Database::tr("No database at %1.").arg(shown));
            return nullptr;
        }
        createdFolders = missingFolders(fi.absolutePath());
        if (!QDir().mkpath(fi.absolutePath())) {
            removeCreated(absolute, createdFolders);
            err = fail(StorageError::Code::CannotCreate,
                       Database::tr("Cannot create the folder for %1.").arg(shown));
            return nullptr;
        }
    }

    const SqlDialect &sqlDialect = *dialect;
    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), std::move(dialect)));
    if (!existed) {
        database->m_new = true;
        database->m_createdFolders = createdFolders;
    }
    QSqlDatabase db;
    auto failed = [&](StorageError e) -> std::unique_ptr<Database> {
        err = std::move(e);
        db = QSqlDatabase(); // let go of the connection before it is removed (else Qt warns it is in use)
        database.reset();
        if (!existed)
            removeCreated(absolute, createdFolders);
        return nullptr;
    };
    {
        db = QSqlDatabase::addDatabase(sqlDialect.driverName(), database->m_connectionName);
        db.setDatabaseName(absolute);
        if (!db.open())
            return failed(openFailure(db.lastError(), shown, Database::tr("%1 cannot be opened: %2")));
        if (existed) {
            if (!checkSchema(sqlDialect, db, shown, err))
                return failed(err);
            // A full quick_check reads every page. Small files are checked at every open; a large one
            // when it changed since its last check (IntegrityCache), or by the caller in the background.
            const bool small = fi.size() <= kAlwaysCheckBytes;
            if (small || !IntegrityCache::knownGood(absolute)) {
                // An older schema is migrated right after this, which writes: never into an unchecked file.
                const bool migrates = sqlDialect.schemaVersion(db) < Migrations::latestVersion();
                if (small || !options.deferIntegrityCheck || migrates) {
                    StorageError checkError;
                    if (!database->checkIntegrity(false, &checkError))
                        return failed(checkError);
                    database->m_integrity = Integrity::Checked;
                } else {
                    database->m_integrity = Integrity::Pending;
                }
            } else {
                database->m_integrity = Integrity::Checked;
            }
        } else {
            database->m_integrity = Integrity::Checked; // new and empty
        }
        QSqlError configureError;
        if (!sqlDialect.configure(db, &configureError))
            return failed(
                openFailure(configureError, shown, Database::tr("%1 cannot be prepared for use: %2")));
    }
    if (database->m_integrity == Integrity::Checked)
        database->m_checkedIdentity = IntegrityCache::identity(absolute);
    db = QSqlDatabase();
    StorageError migrationError;
    if (!database->migrate(options.upToVersion < 0 ? Migrations::latestVersion() : options.upToVersion,
                           &migrationError))
        return failed(migrationError);
    return database;
}

void Database::discardNew(std::unique_ptr<Database> database)
{
    if (!database)
        return;
    const bool created = database->m_new;
    const QString path = database->m_path;
    const QStringList folders = database->m_createdFolders;
    if (created)
        database->m_integrity = Integrity::Pending; // going away: not to be vouched for in the cache
    database.reset();                               // closes the connection
    if (created)
        removeCreated(path, folders);
}

bool Database::migrate(int upToVersion, StorageError *error)
{
    QSqlDatabase db = connection();
    int version = m_dialect->schemaVersion(db);
    while (version < upToVersion) {
        Transaction tx(db);
        if (!tx.started(error)) {
            error->message = Database::tr("Cannot start the schema upgrade: %1").arg(error->message);
            return false;
        }
        QSqlQuery q(db);
        const QStringList statements = Migrations::statements(version, *m_dialect);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = StorageError{sql::errorCode(q.lastError()),
                                      Database::tr("Schema upgrade to version %1 failed: %2")
                                          .arg(version + 1)
                                          .arg(sql::errorMessage(q.lastError()))};
                return false;
            }
        }
        if (!m_dialect->markAsDuban(db) || !m_dialect->setSchemaVersion(db, version + 1) ||
            !tx.commit(error)) {
            error->message = Database::tr("Schema upgrade to version %1 could not be saved: %2")
                                 .arg(version + 1)
                                 .arg(error->message.isEmpty() ? db.lastError().text() : error->message);
            if (error->code == StorageError::Code::None)
                error->code = StorageError::Code::Query;
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace duban::core
