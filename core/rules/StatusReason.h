#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// Why a task or a supervision record has its light; one value per cause. Each kind has one colour
/// (reasonLight()): red causes, then yellow causes, in the order a light lists them.
enum class ReasonKind : quint8
{
    Overdue,         ///< red: past the deadline; days = days past it, date = deadline
    MilestoneMissed, ///< red: a milestone's date passed and it is not ticked done; days past it, date, label
    NoticeOverdue,   ///< red: a 催办/督办 is unanswered past its response date; days, date = response due
    DueToday,        ///< yellow: the deadline is today; date = deadline
    DueSoon,         ///< yellow: due in 1..dueSoonDays days; days = days left, date = deadline
    BehindSchedule, ///< yellow: percentDone below elapsedPercent (序时进度), or not started once it is above
                    ///< 0
    ReportMissing, ///< yellow 未报: no report for the period [since, until], due by date; days since due
    ReportLate,    ///< yellow 迟报: the period's first report came days after its due day (date)
    NotSigned, ///< yellow 未签收: count units have not signed days working days after 交办 (date = due)
    CompletionReturned, ///< yellow: the latest 办结申请 was returned on date; note = the office's reason
    ExtensionPending,   ///< yellow: a 延期申请 to date waits for a decision (since = the request's date)
    CompletedLate,      ///< completed late: days = days after the deadline, date = completion date
    RepliedLate,        ///< a supervision record answered after its response date; days, date = reply date
};

/// How a milestone date is named: 一季度 (Mar 31), 上半年 (Jun 30), 前三季度 (Sep 30), else the date itself.
enum class PeriodLabel : quint8
{
    Q1,
    H1,
    FirstThreeQuarters,
    Date
};

/// One structured cause of a light: a kind with its numbers; StatusRules' reasonText() puts it in words.
struct StatusReason
{
    ReasonKind kind = ReasonKind::Overdue;
    PeriodLabel label = PeriodLabel::Date; ///< MilestoneMissed only
    int days = 0;                          ///< see ReasonKind
    int percentDone = 0;                   ///< BehindSchedule only
    double elapsedPercent = 0.0; ///< BehindSchedule only: 序时进度, 100 × share of time elapsed
    QDate date;                  ///< see ReasonKind
    QDate since;                 ///< ReportMissing / ReportLate: the period's first day
    QDate until;                 ///< ReportMissing / ReportLate: the period's last day
    int count = 0;               ///< NotSigned: how many units have not signed
    QString note;                ///< NotSigned: the units; CompletionReturned: the reason

    friend bool operator==(const StatusReason &, const StatusReason &) = default;
};

} // namespace duban::core
