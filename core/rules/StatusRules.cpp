#include "StatusRules.h"

#include "Schedule.h"

#include <QCoreApplication>

namespace duban::core {

namespace {

/// The parts of an evaluation that depend only on the as-of date and settings, computed once per batch.
struct AsOfContext
{
    QDate asOfDate;
    qint64 asOf = 0;
    ReportingPeriod monthDue;   ///< the latest monthly period past its due day
    ReportingPeriod tenDaysDue; ///< the latest 旬 past its due day
    const StatusThresholds *settings = nullptr;
};

AsOfContext makeContext(QDate asOf, const StatusThresholds &settings)
{
    AsOfContext ctx;
    ctx.asOfDate = asOf;
    ctx.asOf = asOf.toJulianDay();
    ctx.monthDue = owedPeriod(ReportingCycle::Monthly, asOf, settings);
    ctx.tenDaysDue = owedPeriod(ReportingCycle::TenDays, asOf, settings);
    ctx.settings = &settings;
    return ctx;
}

int dayCount(qint64 days)
{
    return int(days);
}

/// A closed state: Completed, or late (the given kind, `days` after the date due, on `on`) when on > due.
void closeState(StatusLight &result, QDate due, QDate on, ReasonKind lateKind)
{
    if (due.isValid() && on.isValid() && on > due) {
        result.light = Light::CompletedLate;
        StatusReason r;
        r.kind = lateKind;
        r.days = dayCount(due.daysTo(on));
        r.date = on;
        result.reasons.append(r);
    } else {
        result.light = Light::Completed;
    }
}

/// 1. Completed (as of asOf): the closed states beat every other rule; the schedule reads 已完成.
bool judgeCompleted(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    if (f.status != TaskStatus::Completed ||
        (f.completedOn.isValid() && f.completedOn.toJulianDay() > ctx.asOf))
        return false;
    result.schedule = ScheduleJudgement::Completed;
    result.share = 100.0f;
    closeState(result, f.deadline, f.completedOn, ReasonKind::CompletedLate);
    return true;
}

/// 2. The red causes: the deadline, missed milestones, notices unanswered past their response date.
void addRedReasons(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    const qint64 asOf = ctx.asOf;
    if (f.deadline.isValid() && asOf > f.deadline.toJulianDay()) {
        StatusReason r;
        r.kind = ReasonKind::Overdue;
        r.days = dayCount(asOf - f.deadline.toJulianDay());
        r.date = f.deadline;
        result.reasons.append(r);
    }
    for (const MilestoneFact &m : f.milestones) {
        if (m.done || !m.date.isValid() || m.date.toJulianDay() >= asOf)
            continue;
        StatusReason r;
        r.kind = ReasonKind::MilestoneMissed;
        r.label = milestoneLabel(m.date);
        r.days = dayCount(asOf - m.date.toJulianDay());
        r.date = m.date;
        result.reasons.append(r);
    }
    if (f.unansweredResponseDue.isValid() && asOf > f.unansweredResponseDue.toJulianDay()) {
        StatusReason r;
        r.kind = ReasonKind::NoticeOverdue;
        r.days = dayCount(asOf - f.unansweredResponseDue.toJulianDay());
        r.date = f.unansweredResponseDue;
        result.reasons.append(r);
    }
}

/// 3a. The deadline ahead: due today, or within dueSoonDays.
void addDueReasons(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    if (!f.deadline.isValid())
        return;
    const qint64 left = f.deadline.toJulianDay() - ctx.asOf;
    if (left < 0 || left > ctx.settings->dueSoonDays)
        return;
    StatusReason r;
    r.kind = left == 0 ? ReasonKind::DueToday : ReasonKind::DueSoon;
    r.days = dayCount(left);
    r.date = f.deadline;
    result.reasons.append(r);
}

/// 3b. 序时进度: percent done (0 without a report) against the share of the period elapsed.
void judgeScheduleOf(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    const QDate start = f.periodStart.isValid() ? f.periodStart : defaultPeriodStart(f.deadline);
    // A task without a deadline is measured over the rest of its period's year.
    const QDate end = f.deadline.isValid() ? f.deadline
                      : start.isValid()    ? QDate(start.year(), 12, 31)
                                           : QDate();
    const StatusThresholds &s = *ctx.settings;
    const bool hasReport = f.lastReport.isValid() && f.lastReport.toJulianDay() <= ctx.asOf;
    const int percent = hasReport ? f.lastPercent : 0;
    const double share = elapsedShare(start, end, ctx.asOfDate, s.scheduleBasis);
    result.share = float(100.0 * share);
    result.schedule = judgeSchedule(percent, share, false, s.scheduleTolerance);
    if (isBehindSchedule(result.schedule, share)) {
        StatusReason r;
        r.kind = ReasonKind::BehindSchedule;
        r.percentDone = percent;
        r.elapsedPercent = 100.0 * share;
        result.reasons.append(r);
    }
}

/// The period owed under `schedule` as of asOf (owedPeriod()).
ReportingPeriod periodOwedUnder(const ReportingSchedule &schedule, const TaskFacts &f, QDate asOf)
{
    if (schedule.cycle == ReportingCycle::Once) {
        const ReportingPeriod once = oncePeriod(reportingStart(f), f.deadline);
        return once.isValid() && asOf > once.due ? once : ReportingPeriod();
    }
    return latestPeriodDue(schedule, asOf);
}

/// The period owed, from the ones computed once per batch when the task keeps the ledger's due days.
ReportingPeriod periodOwedIn(const TaskFacts &f, const AsOfContext &ctx)
{
    const StatusThresholds &s = *ctx.settings;
    const ReportingSchedule schedule = scheduleOf(f, s);
    if (schedule.cycle == ReportingCycle::Monthly && schedule.dueDay == s.reportDueDay)
        return ctx.monthDue;
    if (schedule.cycle == ReportingCycle::TenDays && schedule.dueDay == s.tenDayDueDays)
        return ctx.tenDaysDue;
    return periodOwedUnder(schedule, f, ctx.asOfDate);
}

/// 3c. The report owed for the latest period past its due day: 未报 or 迟报.
void judgeReportOf(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    const ReportingPeriod period = periodOwedIn(f, ctx);
    result.report = judgeReport(period, reportingStart(f), f.firstOwedReport);
    if (result.report != ReportState::Missing && result.report != ReportState::Late)
        return;
    StatusReason r;
    r.kind = result.report == ReportState::Missing ? ReasonKind::ReportMissing : ReasonKind::ReportLate;
    r.date = period.due;
    r.since = period.first;
    r.until = period.last;
    r.days = dayCount(result.report == ReportState::Missing ? period.due.daysTo(ctx.asOfDate)
                                                            : period.due.daysTo(f.firstOwedReport));
    result.reasons.append(r);
}

/// 3d. The loop: a unit that has not signed in time, a returned 办结申请, a 延期申请 waiting.
void judgeLoopOf(const TaskFacts &f, const AsOfContext &ctx, StatusLight &result)
{
    if (f.unsignedUnits > 0 && f.signDue.isValid() && ctx.asOf > f.signDue.toJulianDay()) {
        StatusReason r;
        r.kind = ReasonKind::NotSigned;
        r.date = f.signDue;
        r.days = ctx.settings->signWorkdays;
        r.count = f.unsignedUnits;
        r.note = f.unsignedNames;
        result.reasons.append(r);
    }
    if (f.returnedOn.isValid()) {
        StatusReason r;
        r.kind = ReasonKind::CompletionReturned;
        r.date = f.returnedOn;
        r.note = f.returnReason;
        result.reasons.append(r);
    }
    if (f.extensionTo.isValid()) {
        StatusReason r;
        r.kind = ReasonKind::ExtensionPending;
        r.date = f.extensionTo;
        r.since = f.extensionAsked;
        result.reasons.append(r);
    }
}

StatusLight evaluateIn(const TaskFacts &f, const AsOfContext &ctx)
{
    StatusLight result;
    if (judgeCompleted(f, ctx, result))
        return result;
    addRedReasons(f, ctx, result);
    const bool red = !result.reasons.isEmpty();
    addDueReasons(f, ctx, result);
    result.judgedReports = f.reportsRead;
    if (f.reportsRead) {
        judgeScheduleOf(f, ctx, result);
        judgeReportOf(f, ctx, result);
        judgeLoopOf(f, ctx, result);
    }
    result.light = red ? Light::Red : result.reasons.isEmpty() ? Light::Green : Light::Yellow;
    return result;
}

/// A date in a reason: 2023-06-05 (zh_CN: 2023年6月5日).
QString dateText(QDate date)
{
    return date.toString(QCoreApplication::translate("duban::core::StatusRules", "yyyy-MM-dd"));
}

/// 一季度 / 上半年 / 前三季度, or the milestone's date.
QString milestoneName(const StatusReason &reason)
{
    return reason.label == PeriodLabel::Date ? dateText(reason.date) : periodLabelText(reason.date);
}

} // namespace

namespace {

/// A quarter or a half-year in words ("2023 Q2": 2023年第二季度, "2023 H1": 2023年上半年), or empty when
/// [since, until] is neither.
QString quarterOrHalfText(QDate since, QDate until)
{
    if (since.day() != 1 || until.day() != until.daysInMonth() || since.year() != until.year())
        return {};
    const int months = until.month() - since.month() + 1;
    const QString year = QString::number(since.year());
    if (months == 3 && (since.month() - 1) % 3 == 0) {
        switch (since.month()) {
        case 1:
            return QCoreApplication::translate("duban::core::StatusRules", "%1 Q1").arg(year);
        case 4:
            return QCoreApplication::translate("duban::core::StatusRules", "%1 Q2").arg(year);
        case 7:
            return QCoreApplication::translate("duban::core::StatusRules", "%1 Q3").arg(year);
        default:
            return QCoreApplication::translate("duban::core::StatusRules", "%1 Q4").arg(year);
        }
    }
    if (months == 6 && since.month() == 1)
        return QCoreApplication::translate("duban::core::StatusRules", "%1 H1 (half-year)").arg(year);
    if (months == 6 && since.month() == 7)
        return QCoreApplication::translate("duban::core::StatusRules", "%1 H2 (half-year)").arg(year);
    return {};
}

} // namespace

/// A reporting period in words: "2023-05" (5月), a 旬 "2023-05 days 1-10" (5月上旬), a quarter or
/// half-year, else (a task reporting once) the dates it runs over.
QString reportingPeriodText(const QDate &since, const QDate &until)
{
    const QString month = since.toString(QCoreApplication::translate("duban::core::StatusRules", "yyyy-MM"));
    const bool oneMonth = since.year() == until.year() && since.month() == until.month();
    if (oneMonth && since.day() == 1 && until.day() == until.daysInMonth())
        return month;
    if (oneMonth && since.daysTo(until) < 20 &&
        (since.day() == 1 || since.day() == 11 || since.day() == 21)) {
        if (since.day() == 1)
            return QCoreApplication::translate("duban::core::StatusRules", "early %1").arg(month);
        if (since.day() == 11)
            return QCoreApplication::translate("duban::core::StatusRules", "mid %1").arg(month);
        return QCoreApplication::translate("duban::core::StatusRules", "late %1").arg(month);
    }
    const QString span = quarterOrHalfText(since, until);
    if (!span.isEmpty())
        return span;
    return QCoreApplication::translate("duban::core::StatusRules", "%1 to %2")
        .arg(dateText(since), dateText(until));
}

LightEvaluator::LightEvaluator(QDate asOf, const StatusThresholds &settings)
    : m_asOfDate(asOf), m_settings(settings)
{
    if (!asOf.isValid())
        return;
    const AsOfContext ctx = makeContext(asOf, m_settings);
    m_asOf = ctx.asOf;
    m_monthDue = ctx.monthDue;
    m_tenDaysDue = ctx.tenDaysDue;
}

StatusLight LightEvaluator::operator()(const TaskFacts &facts) const
{
    if (!m_asOfDate.isValid())
        return {};
    return evaluateIn(facts, AsOfContext{m_asOfDate, m_asOf, m_monthDue, m_tenDaysDue, &m_settings});
}

StatusLight evaluate(const TaskFacts &facts, QDate asOf, const StatusThresholds &settings)
{
    return LightEvaluator(asOf, settings)(facts);
}

std::vector<StatusLight> computeLights(std::span<const TaskFacts> facts, QDate asOf,
                                       const StatusThresholds &settings)
{
    const LightEvaluator evaluator(asOf, settings);
    std::vector<StatusLight> lights;
    lights.reserve(facts.size());
    for (const TaskFacts &f : facts)
        lights.push_back(evaluator(f));
    return lights;
}

bool isUnansweredAsOf(const SupervisionRecord &record, QDate asOf)
{
    if (record.date.isValid() && record.date > asOf)
        return false; // not sent yet as of asOf
    return !record.respondedOn.isValid() || record.respondedOn > asOf;
}

QDate earliestUnansweredResponseDue(const QList<SupervisionRecord> &records, QDate asOf)
{
    QDate earliest;
    for (const SupervisionRecord &record : records) {
        if (!record.responseDue.isValid() || !isUnansweredAsOf(record, asOf))
            continue;
        if (!earliest.isValid() || record.responseDue < earliest)
            earliest = record.responseDue;
    }
    return earliest;
}

TaskFacts makeTaskFacts(const Task &task, const QList<ProgressReport> &reports,
                        const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                        QDate periodStart, std::vector<MilestoneFact> &milestoneStorage)
{
    milestoneStorage.clear();
    milestoneStorage.reserve(std::size_t(task.milestones.size()));
    for (const Milestone &m : task.milestones)
        milestoneStorage.push_back({m.date, m.done});

    TaskFacts f;
    f.deadline = task.deadline;
    f.status = task.status;
    f.completedOn = task.completedOn;
    f.milestones = milestoneStorage;
    f.cycle = task.reporting;
    f.reportDueDay = task.reportDueDay;
    f.periodStart = periodStart;
    f.startDate = task.startDate;
    const ReportingPeriod owed = owedPeriod(f, asOf, settings);
    for (const ProgressReport &report : reports) {
        if (!report.date.isValid() || report.date > asOf)
            continue;
        if (!f.lastReport.isValid() || report.date > f.lastReport) {
            f.lastReport = report.date;
            f.lastPercent = report.percent;
        } else if (report.date == f.lastReport && report.percent > f.lastPercent) {
            f.lastPercent = report.percent;
        }
        const bool byLead = report.unit.isEmpty() || task.leads.contains(report.unit);
        if (byLead && owed.isValid() && report.date >= owed.first &&
            (!f.firstOwedReport.isValid() || report.date < f.firstOwedReport))
            f.firstOwedReport = report.date;
    }
    f.unansweredResponseDue = earliestUnansweredResponseDue(records, asOf);
    return f;
}

StatusLight evaluate(const Task &task, const QList<ProgressReport> &reports,
                     const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                     QDate periodStart)
{
    std::vector<MilestoneFact> milestones;
    const TaskFacts facts = makeTaskFacts(task, reports, records, asOf, settings, periodStart, milestones);
    return evaluate(facts, asOf, settings);
}

StatusLight recordLight(const SupervisionRecord &record, QDate asOf)
{
    StatusLight result;
    if (!asOf.isValid() || (record.date.isValid() && record.date > asOf))
        return result;
    if (!isUnansweredAsOf(record, asOf)) {
        closeState(result, record.responseDue, record.respondedOn, ReasonKind::RepliedLate);
        return result;
    }
    if (record.responseDue.isValid() && asOf > record.responseDue) {
        result.light = Light::Red;
        StatusReason r;
        r.kind = ReasonKind::NoticeOverdue;
        r.days = dayCount(record.responseDue.daysTo(asOf));
        r.date = record.responseDue;
        result.reasons.append(r);
    }
    return result;
}

ReportingCycle effectiveCycle(ReportingCycle cycle, const StatusThresholds &settings)
{
    if (cycle == ReportingCycle::Default)
        cycle = settings.defaultCycle;
    return cycle == ReportingCycle::Default ? ReportingCycle::Monthly : cycle;
}

ReportingPeriod owedPeriod(ReportingCycle cycle, QDate asOf, const StatusThresholds &settings)
{
    return latestPeriodDue(effectiveCycle(cycle, settings), asOf, settings.reportDueDay,
                           settings.tenDayDueDays);
}

ReportingSchedule effectiveSchedule(const ReportingSchedule &combined, const StatusThresholds &settings)
{
    ReportingSchedule out;
    out.cycle = effectiveCycle(combined.cycle, settings);
    if (!isPeriodic(out.cycle))
        return out;
    out.dueDay = combined.dueDay > 0                    ? combined.dueDay
                 : out.cycle == ReportingCycle::TenDays ? settings.tenDayDueDays
                                                        : settings.reportDueDay;
    return out;
}

ReportingSchedule scheduleOf(const TaskFacts &facts, const StatusThresholds &settings)
{
    return effectiveSchedule(ReportingSchedule{facts.cycle, facts.reportDueDay}, settings);
}

QDate reportingStart(const TaskFacts &f)
{
    return f.startDate.isValid()     ? f.startDate
           : f.periodStart.isValid() ? f.periodStart
                                     : defaultPeriodStart(f.deadline);
}

ReportingPeriod owedPeriod(const TaskFacts &facts, QDate asOf, const StatusThresholds &settings)
{
    return periodOwedUnder(scheduleOf(facts, settings), facts, asOf);
}

PeriodLabel milestoneLabel(QDate date)
{
    if (!date.isValid())
        return PeriodLabel::Date;
    const int m = date.month();
    const int d = date.day();
    if (m == 3 && d == 31)
        return PeriodLabel::Q1;
    if (m == 6 && d == 30)
        return PeriodLabel::H1;
    if (m == 9 && d == 30)
        return PeriodLabel::FirstThreeQuarters;
    return PeriodLabel::Date;
}

QString periodLabelText(QDate date)
{
    switch (milestoneLabel(date)) {
    case PeriodLabel::Q1:
        return QCoreApplication::translate("duban::core::StatusRules", "Q1");
    case PeriodLabel::H1:
        return QCoreApplication::translate("duban::core::StatusRules", "H1");
    case PeriodLabel::FirstThreeQuarters:
        return QCoreApplication::translate("duban::core::StatusRules", "Q1-Q3");
    case PeriodLabel::Date:
        break;
    }
    return date.toString(Qt::ISODate);
}

QString reasonText(const StatusReason &reason)
{
    switch (reason.kind) {
    case ReasonKind::Overdue:
        return QCoreApplication::translate("duban::core::StatusRules", "Overdue by %n day(s) (deadline %1)",
                                           nullptr, reason.days)
            .arg(dateText(reason.date));
    case ReasonKind::MilestoneMissed:
        if (reason.label == PeriodLabel::Date)
            return QCoreApplication::translate("duban::core::StatusRules",
                                               "Milestone of %1 overdue by %n day(s)", nullptr, reason.days)
                .arg(dateText(reason.date));
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "%1 milestone (%2) overdue by %n day(s)", nullptr, reason.days)
            .arg(periodLabelText(reason.date), dateText(reason.date));
    case ReasonKind::NoticeOverdue:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Supervision notice unanswered %n day(s) past its reply date (%1)",
                                           nullptr, reason.days)
            .arg(dateText(reason.date));
    case ReasonKind::DueToday:
        return QCoreApplication::translate("duban::core::StatusRules", "Due today");
    case ReasonKind::DueSoon:
        return QCoreApplication::translate("duban::core::StatusRules", "Due in %n day(s)", nullptr,
                                           reason.days);
    case ReasonKind::BehindSchedule:
        if (reason.percentDone <= 0)
            return QCoreApplication::translate("duban::core::StatusRules",
                                               "Not started; %1% of the time has elapsed")
                .arg(percentPointsText(reason.elapsedPercent));
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "%1% done, below the %2% of time elapsed")
            .arg(QString::number(reason.percentDone), percentPointsText(reason.elapsedPercent));
    case ReasonKind::ReportMissing:
        return QCoreApplication::translate("duban::core::StatusRules", "No report for %1 (due by %2)")
            .arg(reportingPeriodText(reason.since, reason.until), dateText(reason.date));
    case ReasonKind::ReportLate:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Report for %1 came %n day(s) late (due by %2)", nullptr,
                                           reason.days)
            .arg(reportingPeriodText(reason.since, reason.until), dateText(reason.date));
    case ReasonKind::NotSigned:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Not acknowledged, more than %n working day(s) after assignment",
                                           nullptr, reason.days) +
               (reason.note.isEmpty() ? QString() : QStringLiteral("（%1）").arg(reason.note));
    case ReasonKind::CompletionReturned:
        return reason.note.isEmpty()
                   ? QCoreApplication::translate("duban::core::StatusRules", "Completion request returned")
                   : QCoreApplication::translate("duban::core::StatusRules",
                                                 "Completion request returned: %1")
                         .arg(reason.note);
    case ReasonKind::ExtensionPending:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Extension to %1 requested, awaiting decision")
            .arg(dateText(reason.date));
    case ReasonKind::CompletedLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Completed %n day(s) late", nullptr,
                                           reason.days);
    case ReasonKind::RepliedLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Replied %n day(s) late", nullptr,
                                           reason.days);
    }
    return {};
}

QString shortReasonText(const StatusLight &light)
{
    if (light.reasons.isEmpty())
        return {};
    const StatusReason &r = light.reasons.first();
    switch (r.kind) {
    case ReasonKind::Overdue:
        return QCoreApplication::translate("duban::core::StatusRules", "Overdue %n day(s)", nullptr, r.days);
    case ReasonKind::MilestoneMissed:
        return QCoreApplication::translate("duban::core::StatusRules", "%1 milestone overdue %n day(s)",
                                           nullptr, r.days)
            .arg(milestoneName(r));
    case ReasonKind::NoticeOverdue:
        return QCoreApplication::translate("duban::core::StatusRules", "Notice unanswered");
    case ReasonKind::BehindSchedule:
        return r.percentDone <= 0
                   ? QCoreApplication::translate("duban::core::StatusRules", "Not started")
                   : QCoreApplication::translate("duban::core::StatusRules", "Behind schedule");
    case ReasonKind::ReportMissing:
        return QCoreApplication::translate("duban::core::StatusRules", "Report missing");
    case ReasonKind::ReportLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Report late");
    case ReasonKind::NotSigned:
        return QCoreApplication::translate("duban::core::StatusRules", "Not acknowledged");
    case ReasonKind::CompletionReturned:
        return QCoreApplication::translate("duban::core::StatusRules", "Completion returned");
    case ReasonKind::ExtensionPending:
        return QCoreApplication::translate("duban::core::StatusRules", "Extension pending");
    case ReasonKind::DueToday:
    case ReasonKind::DueSoon:
    case ReasonKind::CompletedLate:
    case ReasonKind::RepliedLate:
        break;
    }
    return reasonText(r);
}

QStringList reasonTexts(const StatusLight &light)
{
    QStringList texts;
    texts.reserve(light.reasons.size());
    for (const StatusReason &r : light.reasons)
        texts.append(reasonText(r));
    return texts;
}

Light reasonLight(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::Overdue:
    case ReasonKind::MilestoneMissed:
    case ReasonKind::NoticeOverdue:
        return Light::Red;
    case ReasonKind::DueToday:
    case ReasonKind::DueSoon:
    case ReasonKind::BehindSchedule:
    case ReasonKind::ReportMissing:
    case ReasonKind::ReportLate:
    case ReasonKind::NotSigned:
    case ReasonKind::CompletionReturned:
    case ReasonKind::ExtensionPending:
        return Light::Yellow;
    case ReasonKind::CompletedLate:
    case ReasonKind::RepliedLate:
        break;
    }
    return Light::CompletedLate;
}

const char *reportStateKey(ReportState state)
{
    switch (state) {
    case ReportState::NotOwed:
        return "not-owed";
    case ReportState::OnTime:
        return "on-time";
    case ReportState::Late:
        return "late";
    case ReportState::Missing:
        return "missing";
    }
    return "";
}

const char *reasonKey(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::Overdue:
        return "deadline-passed";
    case ReasonKind::MilestoneMissed:
        return "milestone-missed";
    case ReasonKind::NoticeOverdue:
        return "notice-unanswered";
    case ReasonKind::DueToday:
    case ReasonKind::DueSoon:
        return "due-soon";
    case ReasonKind::BehindSchedule:
        return "behind-schedule";
    case ReasonKind::ReportMissing:
        return "report-missing";
    case ReasonKind::ReportLate:
        return "report-late";
    case ReasonKind::NotSigned:
        return "not-signed";
    case ReasonKind::CompletionReturned:
        return "completion-returned";
    case ReasonKind::ExtensionPending:
        return "extension-pending";
    case ReasonKind::CompletedLate:
        return "completed-late";
    case ReasonKind::RepliedLate:
        return "replied-late";
    }
    return "";
}

QString lightText(Light light)
{
    switch (light) {
    case Light::Green:
        return QCoreApplication::translate("duban::core::StatusRules", "Green");
    case Light::Yellow:
        return QCoreApplication::translate("duban::core::StatusRules", "Yellow");
    case Light::Red:
        return QCoreApplication::translate("duban::core::StatusRules", "Red");
    case Light::Completed:
        return QCoreApplication::translate("duban::core::StatusRules", "Completed");
    case Light::CompletedLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Completed late");
    }
    return {};
}

} // namespace duban::core
