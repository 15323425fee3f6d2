#pragma once

#include "ReportingPeriod.h"
#include "StatusThresholds.h"
#include "TaskFacts.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// The 考核 rules: a unit's score as of a date D is the base (100 unless the ledger says otherwise)
// plus the points of every item below, each item explained (kind, task, date or period, points).
// Pure functions of the loaded facts; the clock is never read.
//
//  - 未签收 (NotSigned): per task and unit (lead or co-unit) whose 签收 was due (signDue, N working
//    days after 交办) before D and that had not signed as of D; a task closed on or before its sign
//    due owes none. Date: the sign due.
//  - 未报 / 迟报 (ReportMissing / ReportLate): per lead unit and reporting period of the task's
//    schedule whose due day passed before D and that ends on or after the task's start (交办; its
//    序时进度 period's start without one, as the lights); a task that reports once: its one period
//    once its deadline passed. Not owed when the task was closed on or before the due
//    day. The period is judged as the light judges it: the first report of a lead unit (or of no
//    unit) dated on or after the period's first day and on or before D; none is 未报 (date: the due
//    day), one after the due day 迟报 (date: that report's).
//  - 逾期 (Overdue): per open task (as of D) past its deadline, once per lead unit. Date: the
//    deadline.
//  - 按时办结 (CompletedOnTime): per task closed on or before D and on or before its deadline (or
//    without a deadline), once per lead unit. Date: the completion (null for a task closed without
//    one).
//  - 退回 (Returned): per 办结申请 returned on or before D, to the unit that asked (the first lead
//    when none is named). Date: the return.
namespace duban::core {

/// One kind of 考核 item.
enum class ScoreKind : quint8
{
    NotSigned,       ///< 未签收
    ReportMissing,   ///< 未报
    ReportLate,      ///< 迟报
    Overdue,         ///< 逾期
    CompletedOnTime, ///< 按时办结
    Returned,        ///< 退回
};
constexpr int kScoreKindCount = 6;

/// "not-signed", "report-missing", "report-late", "overdue", "completed-on-time", "returned" (JSON).
const char *scoreKindKey(ScoreKind kind);
/// 未签收, 未报, 迟报, 逾期, 按时办结, 退回.
QString scoreKindText(ScoreKind kind);

/// The points of each kind and the base every unit starts from; ledger settings scores.base,
/// scores.notSigned, scores.reportMissing, scores.reportLate, scores.overdue, scores.completedOnTime,
/// scores.returned.
struct ScorePoints
{
    int base = 100;
    std::array<int, kScoreKindCount> points{-1, -2, -1, -5, 2, -1};

    int of(ScoreKind kind) const { return points[size_t(kind)]; }
    void set(ScoreKind kind, int value) { points[size_t(kind)] = value; }
    /// The settings key of a kind, after ledgerkeys::scorePrefix(): "notSigned", "reportMissing", ….
    static QString keyOf(ScoreKind kind);
    /// The largest magnitude of a kind's points and of the base.
    static constexpr int kMaxPoints = 1000;
    static constexpr int kMaxBase = 100000;

    friend bool operator==(const ScorePoints &, const ScorePoints &) = default;
};

/// One task as the 考核 rules read it.
struct ScoreTask
{
    qint64 id = 0;
    QString code;
    QStringList leads; ///< lead units, in order
    QStringList units; ///< every unit that signs: the leads, then the co-units
    /// Deadline, status, completion, start, 序时进度 period start and schedule, as the lights read them (the
    /// report and loop fields are not used).
    TaskFacts facts;
    QDate signDue;              ///< 签收 due by (null: nothing owed)
    std::vector<QDate> reports; ///< the dates of its lead units' reports (and unit-less ones), ascending
};

/// A 办结申请 returned to a unit.
struct ScoreReturn
{
    qint64 taskId = 0;
    QString unit;
    QDate on;
};

/// Everything the 考核 rules need, loaded in one pass over the tables (ScoreLoader).
struct ScoreInput
{
    std::vector<ScoreTask> tasks;
    QHash<qint64, QHash<QString, QDate>> signedOn; ///< task id → unit → day it signed
    QList<ScoreReturn> returns;
};

/// One explained item of a unit's score.
struct ScoreItem
{
    ScoreKind kind = ScoreKind::NotSigned;
    QString unit;
    qint64 taskId = 0;
    QString task;           ///< the task's number as printed
    QDate date;             ///< see ScoreKind (null for a completion without a date)
    ReportingPeriod period; ///< ReportMissing / ReportLate: the period owed
    int points = 0;

    friend bool operator==(const ScoreItem &, const ScoreItem &) = default;
};

/// A unit's score with its items.
struct UnitScore
{
    QString unit;
    int score = 0;
    int rank = 0; ///< 1 for the best; units with the same score share a rank (1, 1, 3)
    std::array<int, kScoreKindCount> counts{}; ///< items per kind
    QList<ScoreItem> items;                    ///< in the order scoreItems() gives them

    int count(ScoreKind kind) const { return counts[size_t(kind)]; }
};

/// Every item as of asOf, per task in input order: 未签收, 未报/迟报 period by period, 逾期 or 按时办结; then
/// the returns. Points are not filled in (scoreUnits() does).
QList<ScoreItem> scoreItems(const ScoreInput &input, QDate asOf, const StatusThresholds &settings);

/// The scores of `units` (every unit that answers for a task; a unit named only by an item is added), each
/// base + its items' points, in the order of `units`; rank is left 0 (the caller sorts and ranks).
QList<UnitScore> scoreUnits(const QList<ScoreItem> &items, const QStringList &units,
                            const ScorePoints &points);

/// Ranks scores sorted best first: equal scores share a rank.
void assignRanks(QList<UnitScore> &sorted);

/// One period a task owed a report for, as of a date, and how it was met.
struct PeriodReport
{
    ReportingPeriod period;
    ReportState state = ReportState::NotOwed; ///< OnTime, Late or Missing
    QDate firstReport;                        ///< the first report counted for it (null when missing)
};

/// Every period the task owed a report for as of asOf (see the rules above), oldest first; `reports` are
/// its lead units' report dates, ascending.
QList<PeriodReport> reportHistory(const TaskFacts &facts, const std::vector<QDate> &reports, QDate asOf,
                                  const StatusThresholds &settings);

/// A period one of a unit's led tasks owed, for the 报送 record of a unit over a range of dates.
struct UnitPeriodReport
{
    qint64 taskId = 0;
    QString task; ///< its number as printed
    PeriodReport report;
};

/// The periods the tasks `unit` leads owed as of `to` whose due day falls in [from, to] (from null: any),
/// task by task in input order, each period's oldest first: which were reported on time, late or not at
/// all.
QList<UnitPeriodReport> unitReportHistory(const ScoreInput &input, const QString &unit, QDate from, QDate to,
                                          const StatusThresholds &settings);

/// 签收 counted for the statistics (签收率): units of open tasks whose sign due has passed, and how many of
/// them had signed, as of a date.
struct SignCounts
{
    int required = 0;
    int signedOff = 0;

    /// signedOff / required in percent; -1 when nothing was required.
    double percent() const { return required ? 100.0 * signedOff / required : -1.0; }
    friend bool operator==(const SignCounts &, const SignCounts &) = default;
};

/// SignCounts per unit name as of asOf, over the tasks open as of asOf.
QHash<QString, SignCounts> signCountsByUnit(const ScoreInput &input, QDate asOf);

} // namespace duban::core
