#pragma once

#include "SqlDialect.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace duban::core {

/// One open Duban database file — a session: its connection and the SQL dialect of its engine. open()
/// checks the file before touching it, configures the connection and migrates the schema, each migration
/// in its own transaction; openSession() gives another thread a connection of its own. Nothing else opens
/// or removes connections. Repositories, loaders and queries take the session.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(duban::core::Database)
public:
    ~Database();

    /// How open() treats a missing file and the integrity check.
    struct OpenOptions
    {
        /// Refuse a missing file (Code::Missing, "no database at PATH") instead of creating it; nothing
        /// is created, not even the folder. Every command that reads or changes an existing ledger sets it.
        bool mustExist = false;
        /// Skip the integrity check of a large file that has not been checked since it last changed; the
        /// caller runs it (the window, in the background) and holds edits until it passes.
        bool deferIntegrityCheck = false;
        /// Tests only: stop the migrations at this schema version.
        int upToVersion = -1;
    };

    /// Opens (or creates) the database at `path`. A file that is not a Duban database, is damaged,
    /// read-only, locked or from a newer schema is refused with `error` set and left untouched. A file
    /// whose creation failed is removed again.
    static std::unique_ptr<Database> open(const QString &path, StorageError *error,
                                          const OpenOptions &options);
    static std::unique_ptr<Database> open(const QString &path, StorageError *error)
    {
        return open(path, error, OpenOptions{});
    }
    /// open() with mustExist set.
    static std::unique_ptr<Database> openExisting(const QString &path, StorageError *error)
    {
        OpenOptions options;
        options.mustExist = true;
        return open(path, error, options);
    }

    /// AppDataLocation/duban.sqlite.
    static QString defaultPath();
    /// The file to use: `explicitPath` if given, else $DUBAN_DB, else defaultPath().
    static QString resolvePath(const QString &explicitPath);

    /// A configured session on the existing Duban file `path` for another thread (the background loader,
    /// the background integrity check), to be used and destroyed in that thread: no checks and no
    /// migration (the first session did them). Destroying it closes and removes its connection. Nothing,
    /// with `error` set, when the connection cannot be opened or configured.
    static std::unique_ptr<Database> openSession(const QString &path, StorageError *error);

    QSqlDatabase connection() const;
    /// The SQL of this database's engine.
    const SqlDialect &dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    /// Closes `database`; when open() created it, also removes the file, its journals and the folders made
    /// for it, so that a first save that failed (a full disk) leaves no empty ledger behind.
    static void discardNew(std::unique_ptr<Database> database);
    int schemaVersion() const;
    /// The database's identity: a random id made once, when it was created or migrated to schema 11
    /// (report packages carry it, so a package of one database is never taken for another's); empty if
    /// it cannot be read.
    QString identity() const;

    /// The name of whoever acts through this session, written into the history (留痕) of every step and
    /// edit: the user's name setting, else the login name, else "office" (real identities come with the
    /// shared database).
    QString actor() const;
    void setActor(const QString &name) { m_actor = name.trimmed(); }

    /// Files up to this size are checked (the quick integrity check) at every open; larger ones when they
    /// changed since their last check.
    static constexpr qint64 kAlwaysCheckBytes = 32 * 1024 * 1024;

    /// True while the integrity check that open() deferred has not run: the caller must not write.
    bool integrityPending() const { return m_integrity == Integrity::Pending; }
    /// Runs the check now on this connection (quick_check, or integrity_check when `full`); on success the
    /// file counts as checked. On failure `error` says "damaged" with SQLite's findings.
    bool checkNow(bool full, StorageError *error);
    /// Marks the deferred check as passed (after checkIntegrity() succeeded on another session).
    void markChecked();
    /// The integrity check on this session's connection, remembered in the IntegrityCache when it passes;
    /// unlike checkNow() it does not mark this session checked (a background session's check is for the
    /// first one, which markChecked()).
    bool checkIntegrity(bool full, StorageError *error);

private:
    enum class Integrity
    {
        Checked,
        Pending
    };

    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);
    bool migrate(int upToVersion, StorageError *error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QStringList m_createdFolders; ///< the folders open() made for a new file, outermost first
    Integrity m_integrity = Integrity::Pending;
    QString m_checkedIdentity; ///< the file's identity when it was known sound (IntegrityCache)
    bool m_new = false;
    QString m_actor;
};

} // namespace duban::core
