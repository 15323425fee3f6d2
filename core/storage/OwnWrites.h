#pragma once

#include <QHash>
#include <QPair>

namespace duban::core {

/// The versions a window's own writes gave each row, so that its undo and redo through commands holding
/// older copies are no conflict while another writer's change always is. Per row it keeps the unbroken
/// run of versions its own writes made: a caller version inside the run expects the newest of it; any
/// other version is taken as read, so a version another writer made breaks the run.
class OwnWrites final
{
public:
    /// A row: its kind (table) and id.
    using Key = QPair<int, qint64>;

    /// The version a write of `key` should expect, given the version its caller read.
    int expected(Key key, int callerVersion) const
    {
        const auto it = m_runs.constFind(key);
        if (it != m_runs.constEnd() && it->first <= callerVersion && callerVersion <= it->second)
            return it->second;
        return callerVersion;
    }
    /// This window's write moved the row from version - 1 to `version`.
    void wrote(Key key, int version)
    {
        auto it = m_runs.find(key);
        if (it != m_runs.end() && it->second == version - 1)
            it->second = version;
        else
            m_runs.insert(key, {version - 1, version});
    }

private:
    QHash<Key, QPair<int, int>> m_runs; ///< row → first and last version of the run
};

} // namespace duban::core
