#pragma once

#include "core/ledger/TaskIndex.h"
#include "StatusLight.h"

#include <QHash>
#include <QList>
#include <QString>

#include <span>

namespace duban::core {

/// How many tasks stand at each light or closed state as of a date.
struct LightCounts
{
    int total = 0;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int completed = 0;     ///< closed on time
    int completedLate = 0; ///< closed after the deadline

    int closed() const { return completed + completedLate; }
    int open() const { return green + yellow + red; }
    int of(Light light) const;
    void add(Light light);

    friend bool operator==(const LightCounts &, const LightCounts &) = default;
};

/// One unit's record as of a date, for the dashboard and the briefing's per-unit table.
struct UnitStatistics
{
    qint64 unitId = 0;
    QString name;
    int led = 0;             ///< tasks it leads
    int coHandled = 0;       ///< tasks it co-handles
    int completed = 0;       ///< led tasks closed (on time or late)
    int completedOnTime = 0; ///< led tasks closed on or before their deadline
    int overdue = 0;         ///< led tasks red
    int yellow = 0;          ///< led tasks yellow
    int openNotices = 0;     ///< 催办/督办 sent to it and unanswered

    /// completedOnTime / completed in percent; -1 when nothing is completed.
    double onTimePercent() const { return completed ? 100.0 * completedOnTime / completed : -1.0; }
    /// Ranking for briefings: fewer overdue first, then more completed on time, then more completed, then
    /// name.
    static bool ranksBefore(const UnitStatistics &a, const UnitStatistics &b);

    friend bool operator==(const UnitStatistics &, const UnitStatistics &) = default;
};

/// Counts by light and the per-unit table, computed from the ledger rows and their lights.
struct TaskStatistics
{
    LightCounts counts;
    QList<UnitStatistics> units; ///< units that lead or co-handle at least one task, ranked

    /// `lights[i]` is the light of `rows[i]`; `openNoticesByUnit` counts unanswered notices per unit name;
    /// `unitNames` names the units by id (a row's joined unit text cannot be split back: a name may
    /// contain 、).
    static TaskStatistics compute(std::span<const TaskRow> rows, std::span<const Light> lights,
                                  const QHash<QString, int> &openNoticesByUnit,
                                  const QHash<qint64, QString> &unitNames);
};

} // namespace duban::core
