#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban::core {

/// An organisation (单位) or a group of them (园区, 各街道（镇）…) that tasks are assigned to.
struct Unit
{
    enum class Kind
    {
        Unit,
        Group
    };

    qint64 id = 0;
    QString name;
    QStringList aliases;
    Kind kind = Kind::Unit;
    int version = 0; ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const Unit &, const Unit &) = default;
};

/// How many tasks a unit leads and co-handles.
struct UnitUsage
{
    Unit unit;
    int leads = 0;
    int coHandles = 0;
};

/// What a merge of two units changed, kept so that undo can put every row back as it was.
struct UnitMerge
{
    Unit from; ///< the merged-away unit as it was, with its aliases
    Unit into; ///< the unit kept, with its aliases before the merge
    struct Link
    {
        qint64 taskId;
        qint64 unitId;
        int role;
        int position;
    };
    QList<Link> links;          ///< every task_units row of the tasks that named `from`, before the merge
    QList<qint64> indicatorIds; ///< indicators that were `from`'s
    QList<qint64> targetIds;    ///< targets that were `from`'s
    QList<qint64> reportIds;    ///< progress reports signed by `from`
    QList<qint64> recordIds;    ///< reminders and notices sent to `from`
    QHash<qint64, int> taskVersions; ///< task id → its version right after the merge (undo checks it)
};

} // namespace duban::core
