#pragma once

#include "core/rules/ScoreRules.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace duban::core {

class Database;

/// The 考核 of the units as of one date: every unit that leads or co-handles a task, best first.
struct ScoreRanking
{
    QDate asOf;
    ScorePoints points;     ///< the points it was computed with
    QList<UnitScore> units; ///< by score (highest first), then in the order of unit lists (UnitOrder)
};

/// 考核 scoring (ScoreRules.h holds the rules) and the loop's per-unit figures the statistics show (签收率,
/// the 报送 record of a unit): the facts loaded in one pass over the tables, the points from the ledger's
/// settings (scores.*), 签收 due counted in working days of the ledger's calendar.
class ScoreService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ScoreService)
public:
    explicit ScoreService(Database &database);

    /// The ledger's points (defaults for the keys not set).
    ScorePoints points() const;
    /// Why points cannot be stored (a kind beyond ±ScorePoints::kMaxPoints, a base beyond ±kMaxBase) —
    /// StorageError::Code::Invalid — or true.
    static bool validate(const ScorePoints &points, StorageError *error);
    /// Validates and stores the points, in one transaction.
    bool setPoints(const ScorePoints &points, StorageError *error);

    /// The ranking as of asOf, each unit's items explained; nullopt with `error` when the ledger cannot be
    /// read.
    std::optional<ScoreRanking> scores(const QDate &asOf, StorageError *error = nullptr) const;
    /// 签收率 per unit name as of asOf (signCountsByUnit()).
    QHash<QString, SignCounts> signCounts(const QDate &asOf, StorageError *error = nullptr) const;
    /// The periods the tasks `unit` leads owed with their due day in [from, to] (unitReportHistory()).
    QList<UnitPeriodReport> reportHistory(const QString &unit, const QDate &from, const QDate &to,
                                          StorageError *error = nullptr) const;

private:
    std::optional<ScoreInput> input(const QDate &asOf, bool withReports, StorageError *error) const;

    Database &m_database;
};

} // namespace duban::core
