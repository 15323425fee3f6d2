#pragma once

#include "domain/Unit.h"
#include "StorageError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

/// How many tasks a unit leads and co-handles.
struct UnitUsage
{
    Unit unit;
    int leads = 0;
    int coHandles = 0;
};

/// The unit directory: units, their aliases and groups.
class UnitRepository final
{
public:
    explicit UnitRepository(QSqlDatabase db);

    QList<Unit> all() const;
    QList<UnitUsage> usage() const;
    std::optional<Unit> byId(qint64 id) const;
    /// Finds a unit by its name or one of its aliases.
    std::optional<Unit> find(const QString &nameOrAlias) const;
    /// The id of the unit named `name` (or aliased so), creating it if missing. No transaction of its own.
    qint64 ensure(const QString &name, Unit::Kind kind, StorageError *error);
    qint64 insert(const Unit &unit, StorageError *error);

    bool rename(qint64 id, const QString &newName, StorageError *error);
    bool setAliases(qint64 id, const QStringList &aliases, StorageError *error);
    bool setKind(qint64 id, Unit::Kind kind, StorageError *error);
    /// All names by id, for building in-memory indexes.
    QHash<qint64, QString> names() const;

private:
    QSqlDatabase m_db;
};

} // namespace duban::core
