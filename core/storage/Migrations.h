#pragma once

#include <QStringList>

namespace duban::core {

class SqlDialect;

/// The ordered schema migrations; migration i takes the schema from version i to i + 1.
class Migrations final
{
public:
    /// The schema version this build writes.
    static int latestVersion();
    /// The statements of the migration from `fromVersion` to `fromVersion + 1`, in `dialect`'s SQL.
    static QStringList statements(int fromVersion, const SqlDialect &dialect);
};

} // namespace duban::core
