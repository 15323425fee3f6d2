#pragma once

#include <QDate>

namespace duban::core {

/// What the office already did about a task as of a date, so that nobody chases twice or forgets: the
/// 催办 and 督办 sent, the answer still owed, and how many of its units have signed (签收).
struct FollowUp
{
    int reminders = 0;         ///< 催办 records dated on or before the date
    int notices = 0;           ///< 督办 records dated on or before the date
    QDate lastSent;            ///< the date of the latest of them; null: none
    bool lastIsNotice = false; ///< whether that latest one is a 督办
    QDate responseDue;         ///< earliest response date of those unanswered as of the date; null: none owed
    int signedUnits = 0;       ///< units of the task that had signed by the date

    int sent() const { return reminders + notices; }
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

} // namespace duban::core
