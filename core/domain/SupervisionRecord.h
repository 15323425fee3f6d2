#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// A reminder (催办) or formal supervision notice (督办) sent to a unit about a task.
struct SupervisionRecord
{
    enum class Kind
    {
        Reminder,
        Notice
    };

    qint64 id = 0;
    qint64 taskId = 0;
    Kind kind = Kind::Reminder;
    QDate date;
    QString unit;
    QString text;
    QDate responseDue;
    QDate respondedOn; ///< null while unanswered
    QString response;
    qint64 noticeId = 0; ///< the numbered notice (催办单 / 督办通知单) it belongs to, 0 if none
    int version = 0;     ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const SupervisionRecord &, const SupervisionRecord &) = default;
};

} // namespace duban::core
