#pragma once

#include "core/domain/SupervisionRecord.h"
#include "core/rules/WorkCalendar.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace duban::core {

class Database;

/// One thing an open task owes within the next working days (临近到期事项).
struct DueItem
{
    /// In the order items of one day, unit and task are listed.
    enum class Kind : quint8
    {
        Deadline,  ///< the task's deadline (办结时限)
        Milestone, ///< an undone milestone (节点)
        Report,    ///< the due day of the progress report owed next (报送)
        Response,  ///< the response due to an unanswered 催办/督办 (回复)
    };

    QDate date;
    Kind kind = Kind::Deadline;
    qint64 taskId = 0;
    QString taskCode;
    QString taskTitle;
    QString unit;        ///< the lead unit (one item per lead), or the record's unit
    QString text;        ///< what is due, in words
    qint64 recordId = 0; ///< Response: the record answered

    friend bool operator==(const DueItem &, const DueItem &) = default;
};

/// "deadline", "milestone", "report", "response" (the JSON of `duban due`).
QString dueKindKey(DueItem::Kind kind);
/// The kind in words: Deadline, Milestone, Report, Response (zh_CN: 期限, 节点, 报送, 回复).
QString dueKindText(DueItem::Kind kind);

/// The due-soon list (issue 14, item 7): as of a day D, what open tasks owe in [D, the N-th working day
/// after D] — deadlines, undone milestones, the due day of the report owed next (unless a lead unit has
/// reported for its period already) and the responses due to unanswered 催办/督办. What is already past due
/// is the red list's, not this one's. Sorted by date, unit (UnitOrder), task (ledger order), kind.
class DueService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::DueService)
public:
    /// Working days ahead when the ledger says nothing (rules.remindWorkdays).
    static constexpr int kDefaultWorkdays = 3;
    /// The most working days ahead the list looks (a quarter).
    static constexpr int kMaxWorkdays = 60;

    explicit DueService(Database &database);

    /// The ledger's setting rules.remindWorkdays, else kDefaultWorkdays.
    int remindWorkdays() const;
    /// Why `workdays` is no window (below 0 or above kMaxWorkdays), or true.
    static bool validateWorkdays(int workdays, StorageError *error);
    /// The last day of the window: the `workdays`-th working day after asOf (asOf itself for 0).
    static QDate windowEnd(const WorkCalendar &calendar, QDate asOf, int workdays);

    /// The items due in the window, with the ledger's working-day calendar (CalendarService).
    QList<DueItem> dueSoon(QDate asOf, int workdays, StorageError *error) const;
    /// The same over `calendar`.
    QList<DueItem> dueSoon(QDate asOf, int workdays, const WorkCalendar &calendar, StorageError *error) const;

    /// One 催办 (reminder) dated `on` to `unit` for each of its tasks among `items`, in their order; the
    /// record's text lists what is due ("2023-06-30 期限；2023-07-05 报送…"). No response date: the
    /// answer is the item done.
    static QList<SupervisionRecord> reminders(const QList<DueItem> &items, const QString &unit, QDate on);

private:
    Database &m_database;
};

} // namespace duban::core
