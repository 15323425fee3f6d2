#include "UnitRepository.h"

#include "SqlHelpers.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace duban::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("duban::core::UnitRepository", text);
}
} // namespace

UnitRepository::UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Unit> UnitRepository::all() const
{
    QList<Unit> units;
    QHash<qint64, int> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT id, name, kind FROM units ORDER BY name"), {}, nullptr)) {
        while (q.next()) {
            Unit u;
            u.id = q.value(0).toLongLong();
            u.name = q.value(1).toString();
            u.kind = q.value(2).toInt() == 1 ? Unit::Kind::Group : Unit::Kind::Unit;
            index.insert(u.id, int(units.size()));
            units.append(u);
        }
    }
    if (sql::run(q, QStringLiteral("SELECT unit_id, alias FROM unit_aliases ORDER BY rowid"), {}, nullptr)) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                units[*it].aliases.append(q.value(1).toString());
        }
    }
    return units;
}

QList<UnitUsage> UnitRepository::usage() const
{
    QList<UnitUsage> result;
    QHash<qint64, int> index;
    const QList<Unit> units = all();
    for (const Unit &u : units) {
        index.insert(u.id, int(result.size()));
        result.append(UnitUsage{u, 0, 0});
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT unit_id, role, count(*) FROM task_units GROUP BY unit_id, role"),
                 {}, nullptr)) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            if (q.value(1).toInt() == 0)
                result[*it].leads = q.value(2).toInt();
            else
                result[*it].coHandles = q.value(2).toInt();
        }
    }
    return result;
}

std::optional<Unit> UnitRepository::byId(qint64 id) const
{
    const QList<Unit> units = all();
    for (const Unit &u : units) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

std::optional<Unit> UnitRepository::find(const QString &nameOrAlias) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM units WHERE name = ? UNION "
                                 "SELECT unit_id FROM unit_aliases WHERE alias = ?"),
                  {nameOrAlias, nameOrAlias}, nullptr) ||
        !q.next())
        return std::nullopt;
    return byId(q.value(0).toLongLong());
}

qint64 UnitRepository::ensure(const QString &name, Unit::Kind kind, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM units WHERE name = ? UNION "
                                 "SELECT unit_id FROM unit_aliases WHERE alias = ?"),
                  {name, name}, error))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    Unit u;
    u.name = name;
    u.kind = kind;
    return insert(u, error);
}

qint64 UnitRepository::insert(const Unit &unit, StorageError *error)
{
    QSqlQuery q(m_db);
    QVariantList values{unit.name, unit.kind == Unit::Kind::Group ? 1 : 0};
    QString sqlText = QStringLiteral("INSERT INTO units (name, kind) VALUES (?, ?)");
    if (unit.id > 0) {
        sqlText = QStringLiteral("INSERT INTO units (id, name, kind) VALUES (?, ?, ?)");
        values.prepend(unit.id);
    }
    if (!sql::run(q, sqlText, values, error))
        return 0;
    const qint64 id = unit.id > 0 ? unit.id : q.lastInsertId().toLongLong();
    for (const QString &alias : unit.aliases) {
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {id, alias}, error))
            return 0;
    }
    return id;
}

bool UnitRepository::rename(qint64 id, const QString &newName, StorageError *error)
{
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        sql::setError(error, StorageError::Code::Conflict, tr("A unit needs a name."));
        return false;
    }
    if (const auto other = find(name); other && other->id != id) {
        sql::setError(error, StorageError::Code::Conflict,
                      tr("There is already a unit called \"%1\" (or with that alias).").arg(name));
        return false;
    }
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("UPDATE units SET name = ? WHERE id = ?"), {name, id}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        sql::setError(error, StorageError::Code::NotFound, tr("The unit no longer exists."));
        return false;
    }
    return true;
}

bool UnitRepository::setAliases(qint64 id, const QStringList &aliases, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM unit_aliases WHERE unit_id = ?"), {id}, error))
        return false;
    for (const QString &raw : aliases) {
        const QString alias = raw.trimmed();
        if (alias.isEmpty())
            continue;
        if (const auto other = find(alias); other && other->id != id) {
            sql::setError(error, StorageError::Code::Conflict,
                          tr("\"%1\" already names the unit \"%2\".").arg(alias, other->name));
            return false;
        }
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {id, alias}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    return true;
}

bool UnitRepository::setKind(qint64 id, Unit::Kind kind, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("UPDATE units SET kind = ? WHERE id = ?"),
                    {kind == Unit::Kind::Group ? 1 : 0, id}, error);
}

QHash<qint64, QString> UnitRepository::names() const
{
    QHash<qint64, QString> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT id, name FROM units"), {}, nullptr)) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return result;
}

} // namespace duban::core
