#pragma once

#include <QStringList>

namespace duban::core {

/// The ordered schema migrations; migration i takes the schema from version i to i + 1.
class Migrations final
{
public:
    /// The schema version this build writes.
    static int latestVersion();
    /// The statements of the migration from `fromVersion` to `fromVersion + 1`.
    static QStringList statements(int fromVersion);
};

} // namespace duban::core
