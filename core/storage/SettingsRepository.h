#pragma once

#include "core/rules/ScoreRules.h"
#include "core/rules/StatusThresholds.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

namespace duban::core {

class Database;

/// Settings that belong to a ledger rather than to one user (rule thresholds, briefing numbering), kept
/// in the database so the window, the command line and colleagues sharing the file agree.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &database);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, StorageError *error);

    StatusThresholds statusThresholds() const;
    bool setStatusThresholds(const StatusThresholds &settings, StorageError *error);

    /// The 考核 points (keys ledgerkeys::scorePrefix() + ScorePoints::keyOf(), and "base"); a missing or
    /// unreadable value keeps its default.
    ScorePoints scorePoints() const;
    /// Stores every point value, in one transaction (ScoreService validates).
    bool setScorePoints(const ScorePoints &points, StorageError *error);

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
