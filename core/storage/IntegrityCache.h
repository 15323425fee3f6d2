#pragma once

#include <QString>

namespace duban::core {

/// Remembers, per database file, that the quick integrity check passed on the file as it was then (device,
/// inode, size and modification time), so that a large ledger is not read from end to end by every
/// command. Kept in the user's cache folder, never in the database: a damaged file cannot vouch for itself.
class IntegrityCache final
{
public:
    /// The identity of the file now; empty when it cannot be read.
    static QString identity(const QString &path);
    /// True when a check passed on exactly this identity of the file.
    static bool knownGood(const QString &path);
    /// Records that the file, as it is now, passed a check.
    static void remember(const QString &path);
    /// Forgets the file (after a failed check).
    static void forget(const QString &path);

private:
    static QString entryPath(const QString &path);
};

} // namespace duban::core
