#pragma once

#include <QCoreApplication>

#include "domain/Unit.h"
#include "StorageError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

class Database;

/// The unit directory: units, their aliases and groups.
class UnitRepository final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::UnitRepository)

public:
    explicit UnitRepository(Database &database);

    QList<Unit> all(StorageError *error = nullptr) const;
    QList<UnitUsage> usage() const;
    std::optional<Unit> byId(qint64 id) const;
    /// Finds a unit by its name or one of its aliases.
    std::optional<Unit> find(const QString &nameOrAlias) const;
    /// The id of the unit named `name` (or aliased so), creating it if missing. No transaction of its own.
    qint64 ensure(const QString &name, Unit::Kind kind, StorageError *error);
    qint64 insert(const Unit &unit, StorageError *error);

    /// Renames the unit; with `expectedName`, only if it still has that name (Conflict otherwise).
    bool rename(qint64 id, const QString &newName, StorageError *error, const QString &expectedName = {});
    bool setAliases(qint64 id, const QStringList &aliases, StorageError *error);
    bool setKind(qint64 id, Unit::Kind kind, StorageError *error);
    /// Merges `fromId` into `intoId` in one transaction: every task, target, report and notice that named
    /// `from` names `into` (a task that had both keeps one, as lead if either was), `from`'s name and aliases
    /// become aliases of `into`, and `from` is deleted. Returns what undo needs, or nullopt with `error`.
    std::optional<UnitMerge> merge(qint64 fromId, qint64 intoId, StorageError *error);
    /// Undoes a merge exactly.
    bool unmerge(const UnitMerge &merge, StorageError *error);
    /// Deletes a unit that nothing refers to (Conflict, with a message, when something does).
    bool removeUnused(qint64 id, StorageError *error);
    /// How many rows refer to the unit (task links, targets, indicators).
    int references(qint64 id) const;
    /// All names by id, for building in-memory indexes.
    QHash<qint64, QString> names() const;

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
