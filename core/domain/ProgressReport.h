#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// A dated report by a unit on a task (进展).
struct ProgressReport
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date;
    QString unit;
    QString text;
    int percent = 0; ///< 0..100
    QString problems;
    QString nextSteps;
    int version = 0; ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const ProgressReport &, const ProgressReport &) = default;
};

} // namespace duban::core
