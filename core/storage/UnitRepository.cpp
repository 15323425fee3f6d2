#include "UnitRepository.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace duban::core {

namespace {
} // namespace

UnitRepository::UnitRepository(Database &database) : m_database(&database), m_db(database.connection()) {}

QList<Unit> UnitRepository::all(StorageError *error) const
{
    QList<Unit> units;
    QHash<qint64, int> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT id, name, kind, version FROM units ORDER BY name"), {}, error)) {
        while (q.next()) {
            Unit u;
            u.id = q.value(0).toLongLong();
            u.name = q.value(1).toString();
            u.kind = q.value(2).toInt() == 1 ? Unit::Kind::Group : Unit::Kind::Unit;
            u.version = q.value(3).toInt();
            index.insert(u.id, int(units.size()));
            units.append(u);
        }
    }
    if (sql::run(q, QStringLiteral("SELECT unit_id, alias FROM unit_aliases ORDER BY rowid"), {}, error)) {
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
    const auto inserted = m_database->dialect().insertReturningId(q, sqlText, values, error);
    if (!inserted)
        return 0;
    const qint64 id = unit.id > 0 ? unit.id : *inserted;
    for (const QString &alias : unit.aliases) {
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {id, alias}, error))
            return 0;
    }
    return id;
}

bool UnitRepository::rename(qint64 id, const QString &newName, StorageError *error,
                            const QString &expectedName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        sql::setError(error, StorageError::Code::Conflict, UnitRepository::tr("A unit needs a name."));
        return false;
    }
    if (const auto other = find(name); other && other->id != id) {
        sql::setError(
            error, StorageError::Code::Conflict,
            UnitRepository::tr("There is already a unit called \"%1\" (or with that alias).").arg(name));
        return false;
    }
    QSqlQuery q(m_db);
    if (expectedName.isEmpty()) {
        if (!sql::run(q, QStringLiteral("UPDATE units SET name = ?, version = version + 1 WHERE id = ?"),
                      {name, id}, error))
            return false;
        if (q.numRowsAffected() == 0) {
            sql::setError(error, StorageError::Code::NotFound,
                          UnitRepository::tr("The unit no longer exists."));
            return false;
        }
        return true;
    }
    // Only over the name the caller saw: another writer's rename meanwhile is a conflict, not overwritten.
    if (!sql::run(
            q, QStringLiteral("UPDATE units SET name = ?, version = version + 1 WHERE id = ? AND name = ?"),
            {name, id, expectedName}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (byId(id))
            sql::setError(
                error, StorageError::Code::Conflict,
                UnitRepository::tr(
                    "The unit “%1” was renamed by another user or program meanwhile; nothing was saved.")
                    .arg(expectedName));
        else
            sql::setError(error, StorageError::Code::NotFound,
                          UnitRepository::tr("The unit no longer exists."));
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
            sql::setError(
                error, StorageError::Code::Conflict,
                UnitRepository::tr("\"%1\" already names the unit \"%2\".").arg(alias, other->name));
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

namespace {

QList<qint64> ids(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QList<qint64> out;
    QSqlQuery q(db);
    if (sql::run(q, sql, values, nullptr)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

bool setEach(QSqlDatabase db, const QString &sql, const QVariant &value, const QList<qint64> &rows,
             StorageError *error)
{
    QSqlQuery q(db);
    for (qint64 id : rows) {
        if (!sql::run(q, sql, {value, id}, error))
            return false;
    }
    return true;
}

QString idList(const QList<qint64> &list)
{
    QStringList parts;
    for (qint64 id : list)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

int UnitRepository::references(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(
            q,
            QStringLiteral("SELECT (SELECT count(*) FROM task_units WHERE unit_id = ?) + (SELECT count(*) "
                           "FROM targets WHERE unit_id = ?) + (SELECT count(*) FROM indicators WHERE "
                           "unit_id = ?)"),
            {id, id, id}, nullptr) &&
        q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<UnitMerge> UnitRepository::merge(qint64 fromId, qint64 intoId, StorageError *error)
{
    Transaction tx(m_db); // the units are read inside it: nothing changes between the read and the merge
    if (!tx.started(error))
        return std::nullopt;
    const auto from = byId(fromId);
    const auto into = byId(intoId);
    if (!from || !into || fromId == intoId) {
        sql::setError(error, StorageError::Code::NotFound,
                      fromId == intoId ? UnitRepository::tr("A unit cannot be merged into itself.")
                                       : UnitRepository::tr("The unit no longer exists."));
        return std::nullopt;
    }
    UnitMerge m{*from, *into, {}, {}, {}, {}, {}, {}};
    const QList<qint64> tasks =
        ids(m_db, QStringLiteral("SELECT DISTINCT task_id FROM task_units WHERE unit_id = ?"), {fromId});
    QSqlQuery q(m_db);
    if (!tasks.isEmpty()) {
        if (!sql::run(q,
                      QStringLiteral(
                          "SELECT task_id, unit_id, role, position FROM task_units WHERE task_id IN (%1) "
                          "ORDER BY task_id, role, position")
                          .arg(idList(tasks)),
                      {}, error))
            return std::nullopt;
        while (q.next())
            m.links.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()});
    }
    m.indicatorIds = ids(m_db, QStringLiteral("SELECT id FROM indicators WHERE unit_id = ?"), {fromId});
    m.targetIds = ids(m_db, QStringLiteral("SELECT id FROM targets WHERE unit_id = ?"), {fromId});
    m.reportIds = ids(m_db, QStringLiteral("SELECT id FROM progress_reports WHERE unit = ?"), {from->name});
    m.recordIds =
        ids(m_db, QStringLiteral("SELECT id FROM supervision_records WHERE unit = ?"), {from->name});

    // Task links: `into` takes `from`'s place; where a task had both, the better role stays, once.
    for (qint64 task : tasks) {
        const auto linkOf = [&](qint64 unit) -> std::optional<UnitMerge::Link> {
            for (const UnitMerge::Link &l : std::as_const(m.links))
                if (l.taskId == task && l.unitId == unit)
                    return l;
            return std::nullopt;
        };
        const auto f = linkOf(fromId);
        const auto i = linkOf(intoId);
        if (i && f && f->role < i->role) { // from led, into co-handled: into leads in from's place
            if (!sql::run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ? AND unit_id = ?"),
                          {task, intoId}, error))
                return std::nullopt;
        }
        if (i && !(f && f->role < i->role)) {
            if (!sql::run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ? AND unit_id = ?"),
                          {task, fromId}, error))
                return std::nullopt;
        } else if (!sql::run(
                       q,
                       QStringLiteral("UPDATE task_units SET unit_id = ? WHERE task_id = ? AND unit_id = ?"),
                       {intoId, task, fromId}, error)) {
            return std::nullopt;
        }
        if (!sql::run(q, QStringLiteral("UPDATE tasks SET version = version + 1 WHERE id = ?"), {task},
                      error) ||
            !sql::run(q, QStringLiteral("SELECT version FROM tasks WHERE id = ?"), {task}, error) ||
            !q.next())
            return std::nullopt;
        m.taskVersions.insert(task, q.value(0).toInt());
    }
    if (!setEach(m_db, QStringLiteral("UPDATE indicators SET unit_id = ? WHERE id = ?"), intoId,
                 m.indicatorIds, error) ||
        !setEach(m_db, QStringLiteral("UPDATE targets SET unit_id = ?, version = version + 1 WHERE id = ?"),
                 intoId, m.targetIds, error) ||
        !setEach(m_db,
                 QStringLiteral("UPDATE progress_reports SET unit = ?, version = version + 1 WHERE id = ?"),
                 into->name, m.reportIds, error) ||
        !setEach(
            m_db,
            QStringLiteral("UPDATE supervision_records SET unit = ?, version = version + 1 WHERE id = ?"),
            into->name, m.recordIds, error))
        return std::nullopt;
    // The old name and its aliases now lead to `into`.
    if (!sql::run(q, QStringLiteral("DELETE FROM units WHERE id = ? AND version = ?"),
                  {fromId, from->version}, error) ||
        !sql::versioned(m_db, q, QStringLiteral("units"), fromId,
                        UnitRepository::tr("The unit “%1”").arg(from->name), error))
        return std::nullopt;
    QStringList names{from->name};
    names.append(from->aliases);
    for (const QString &alias : std::as_const(names)) {
        if (alias == into->name || into->aliases.contains(alias))
            continue;
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {intoId, alias}, error))
            return std::nullopt;
    }
    if (!sql::run(q, QStringLiteral("UPDATE units SET version = version + 1 WHERE id = ?"), {intoId}, error))
        return std::nullopt;
    if (!tx.commit(error))
        return std::nullopt;
    return m;
}

bool UnitRepository::unmerge(const UnitMerge &m, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    // Undo rewrites the unit rows of the tasks the merge touched: only if no one changed them since.
    for (auto it = m.taskVersions.constBegin(); it != m.taskVersions.constEnd(); ++it) {
        if (!sql::run(q, QStringLiteral("SELECT version, code FROM tasks WHERE id = ?"), {it.key()}, error))
            return false;
        if (!q.next() || q.value(0).toInt() != it.value()) {
            sql::setError(
                error, StorageError::Code::Conflict,
                UnitRepository::tr("Task %1 was changed by another user or program after the merge; "
                                   "the merge cannot be undone. Nothing was changed.")
                    .arg(q.isValid() ? q.value(1).toString() : QString::number(it.key())));
            return false;
        }
    }
    // `into`'s aliases as they were; `from` back with its id, name, kind and aliases.
    if (!sql::run(q, QStringLiteral("DELETE FROM unit_aliases WHERE unit_id = ?"), {m.into.id}, error))
        return false;
    for (const QString &alias : m.into.aliases) {
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {m.into.id, alias}, error))
            return false;
    }
    if (!sql::run(q, QStringLiteral("INSERT INTO units (id, name, kind, version) VALUES (?, ?, ?, ?)"),
                  {m.from.id, m.from.name, m.from.kind == Unit::Kind::Group ? 1 : 0, m.from.version + 1},
                  error))
        return false;
    for (const QString &alias : m.from.aliases) {
        if (!sql::run(q, QStringLiteral("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)"),
                      {m.from.id, alias}, error))
            return false;
    }
    QList<qint64> tasks;
    for (const UnitMerge::Link &l : m.links)
        if (!tasks.contains(l.taskId))
            tasks.append(l.taskId);
    for (qint64 task : std::as_const(tasks)) {
        if (!sql::run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ?"), {task}, error) ||
            !sql::run(q, QStringLiteral("UPDATE tasks SET version = version + 1 WHERE id = ?"), {task},
                      error))
            return false;
    }
    for (const UnitMerge::Link &l : m.links) {
        if (!sql::run(q,
                      QStringLiteral(
                          "INSERT INTO task_units (task_id, unit_id, role, position) VALUES (?, ?, ?, ?)"),
                      {l.taskId, l.unitId, l.role, l.position}, error))
            return false;
    }
    if (!setEach(m_db, QStringLiteral("UPDATE indicators SET unit_id = ? WHERE id = ?"), m.from.id,
                 m.indicatorIds, error) ||
        !setEach(m_db, QStringLiteral("UPDATE targets SET unit_id = ?, version = version + 1 WHERE id = ?"),
                 m.from.id, m.targetIds, error) ||
        !setEach(m_db,
                 QStringLiteral("UPDATE progress_reports SET unit = ?, version = version + 1 WHERE id = ?"),
                 m.from.name, m.reportIds, error) ||
        !setEach(
            m_db,
            QStringLiteral("UPDATE supervision_records SET unit = ?, version = version + 1 WHERE id = ?"),
            m.from.name, m.recordIds, error) ||
        !sql::run(q, QStringLiteral("UPDATE units SET version = version + 1 WHERE id = ?"), {m.into.id},
                  error))
        return false;
    return tx.commit(error);
}

bool UnitRepository::removeUnused(qint64 id, StorageError *error)
{
    const auto unit = byId(id);
    if (!unit) {
        sql::setError(error, StorageError::Code::NotFound, UnitRepository::tr("The unit no longer exists."));
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const int refs = references(id);
    if (refs != 0) {
        sql::setError(
            error, StorageError::Code::Conflict,
            QCoreApplication::translate("duban::core::UnitRepository",
                                        "“%1” is still named by %n task(s) or target(s); merge it into "
                                        "another unit instead.",
                                        nullptr, refs)
                .arg(unit->name));
        return false;
    }
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM units WHERE id = ? AND version = ?"), {id, unit->version},
                  error) ||
        !sql::versioned(m_db, q, QStringLiteral("units"), id,
                        UnitRepository::tr("The unit “%1”").arg(unit->name), error))
        return false;
    return tx.commit(error);
}

} // namespace duban::core
