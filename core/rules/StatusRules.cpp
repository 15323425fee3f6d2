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
    qint64 monthStart = 0;
    qint64 tenDayStart = 0;
    const StatusThresholds *settings = nullptr;
};

AsOfContext makeContext(QDate asOf, const StatusThresholds &settings)
{
    AsOfContext ctx;
    ctx.asOfDate = asOf;
    ctx.asOf = asOf.toJulianDay();
    // With grace days, the period that must have a report is the one that held asOf − grace.
    const QDate due = asOf.addDays(-qMax(0, settings.reportGraceDays));
    ctx.monthStart = reportingPeriodStart(ReportingCycle::Monthly, due).toJulianDay();
    ctx.tenDayStart = reportingPeriodStart(ReportingCycle::TenDays, due).toJulianDay();
    ctx.settings = &settings;
    return ctx;
}

int dayCount(qint64 days)
{
    return int(days);
}

StatusLight evaluateIn(const TaskFacts &f, const AsOfContext &ctx)
{
    StatusLight result;
    const qint64 asOf = ctx.asOf;
    const bool hasDeadline = f.deadline.isValid();
    const qint64 deadline = hasDeadline ? f.deadline.toJulianDay() : 0;

    // 1. Completed (as of asOf).
    if (f.status == TaskStatus::Completed &&
        (!f.completedOn.isValid() || f.completedOn.toJulianDay() <= asOf)) {
        if (hasDeadline && f.completedOn.isValid() && f.completedOn.toJulianDay() > deadline) {
            result.light = Light::CompletedLate;
            StatusReason r;
            r.kind = ReasonKind::CompletedLate;
            r.days = dayCount(f.completedOn.toJulianDay() - deadline);
            r.date = f.completedOn;
            result.reasons.append(r);
        } else {
            result.light = Light::Completed;
        }
        return result;
    }

    // 2. Red.
    if (hasDeadline && asOf > deadline) {
        StatusReason r;
        r.kind = ReasonKind::Overdue;
        r.days = dayCount(asOf - deadline);
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
    if (!result.reasons.isEmpty()) {
        result.light = Light::Red;
        return result;
    }

    // 3. Yellow.
    const StatusThresholds &s = *ctx.settings;
    const bool hasReport = f.lastReport.isValid() && f.lastReport.toJulianDay() <= asOf;
    if (hasDeadline) {
        const qint64 left = deadline - asOf; // >= 0 here
        if (left == 0) {
            StatusReason r;
            r.kind = ReasonKind::DueToday;
            r.date = f.deadline;
            result.reasons.append(r);
        } else if (left <= s.dueSoonDays) {
            StatusReason r;
            r.kind = ReasonKind::DueSoon;
            r.days = dayCount(left);
            r.date = f.deadline;
            result.reasons.append(r);
        }
        const int percent = hasReport ? f.lastPercent : 0;
        const double expected = 100.0 * elapsedShare(f.periodStart, f.deadline, ctx.asOfDate);
        // Slack so that a share computed in floating point (e.g. 11/12) does not cross an exact edge.
        if (expected - percent > s.behindPoints + 1e-9) {
            StatusReason r;
            r.kind = ReasonKind::BehindSchedule;
            r.percentDone = percent;
            r.elapsedPercent = expected;
            result.reasons.append(r);
        }
    }
    const QDate planStart = f.periodStart.isValid() ? f.periodStart : defaultPeriodStart(f.deadline);
    if (!planStart.isValid() || planStart.toJulianDay() <= asOf) {
        const bool tenDays = effectiveCycle(f.cycle, s) == ReportingCycle::TenDays;
        const qint64 periodStart = tenDays ? ctx.tenDayStart : ctx.monthStart;
        if (!hasReport || f.lastReport.toJulianDay() < periodStart) {
            StatusReason r;
            r.kind = tenDays ? ReasonKind::NoReportThisTenDays : ReasonKind::NoReportThisMonth;
            r.date = QDate::fromJulianDay(periodStart);
            result.reasons.append(r);
        }
    }
    result.light = result.reasons.isEmpty() ? Light::Green : Light::Yellow;
    return result;
}

QString trimmedPercent(double value)
{
    const double rounded = qRound(value * 10.0) / 10.0;
    if (rounded == double(qRound(rounded)))
        return QString::number(qRound(rounded));
    return QString::number(rounded, 'f', 1);
}

} // namespace

LightEvaluator::LightEvaluator(QDate asOf, const StatusThresholds &settings) : m_settings(settings)
{
    if (!asOf.isValid())
        return;
    const AsOfContext ctx = makeContext(asOf, settings);
    m_asOfDate = ctx.asOfDate;
    m_asOf = ctx.asOf;
    m_monthStart = ctx.monthStart;
    m_tenDayStart = ctx.tenDayStart;
}

StatusLight LightEvaluator::operator()(const TaskFacts &facts) const
{
    if (!m_asOfDate.isValid())
        return {};
    return evaluateIn(facts, AsOfContext{m_asOfDate, m_asOf, m_monthStart, m_tenDayStart, &m_settings});
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
                        const QList<SupervisionRecord> &records, QDate asOf, QDate periodStart,
                        std::vector<MilestoneFact> &milestoneStorage)
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
    f.periodStart = periodStart;
    for (const ProgressReport &report : reports) {
        if (!report.date.isValid() || report.date > asOf)
            continue;
        if (!f.lastReport.isValid() || report.date > f.lastReport) {
            f.lastReport = report.date;
            f.lastPercent = report.percent;
        } else if (report.date == f.lastReport && report.percent > f.lastPercent) {
            f.lastPercent = report.percent;
        }
    }
    f.unansweredResponseDue = earliestUnansweredResponseDue(records, asOf);
    return f;
}

StatusLight evaluate(const Task &task, const QList<ProgressReport> &reports,
                     const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                     QDate periodStart)
{
    std::vector<MilestoneFact> milestones;
    const TaskFacts facts = makeTaskFacts(task, reports, records, asOf, periodStart, milestones);
    return evaluate(facts, asOf, settings);
}

StatusLight recordLight(const SupervisionRecord &record, QDate asOf)
{
    StatusLight result;
    if (!asOf.isValid() || (record.date.isValid() && record.date > asOf))
        return result;
    if (!isUnansweredAsOf(record, asOf)) {
        if (record.responseDue.isValid() && record.respondedOn > record.responseDue) {
            result.light = Light::CompletedLate;
            StatusReason r;
            r.kind = ReasonKind::RepliedLate;
            r.days = dayCount(record.responseDue.daysTo(record.respondedOn));
            r.date = record.respondedOn;
            result.reasons.append(r);
        } else {
            result.light = Light::Completed;
        }
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

QDate reportingPeriodStart(ReportingCycle cycle, QDate asOf)
{
    if (!asOf.isValid())
        return {};
    int day = 1;
    if (cycle == ReportingCycle::TenDays)
        day = asOf.day() <= 10 ? 1 : asOf.day() <= 20 ? 11 : 21;
    return QDate(asOf.year(), asOf.month(), day);
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
        return QCoreApplication::translate("duban::core::StatusRules", "Overdue by %n day(s)", nullptr,
                                           reason.days);
    case ReasonKind::MilestoneMissed:
        switch (reason.label) {
        case PeriodLabel::Q1:
            return QCoreApplication::translate("duban::core::StatusRules", "Q1 milestone not met");
        case PeriodLabel::H1:
            return QCoreApplication::translate("duban::core::StatusRules", "H1 milestone not met");
        case PeriodLabel::FirstThreeQuarters:
            return QCoreApplication::translate("duban::core::StatusRules", "Q1-Q3 milestone not met");
        case PeriodLabel::Date:
            break;
        }
        return QCoreApplication::translate("duban::core::StatusRules", "Milestone of %1 not met")
            .arg(reason.date.toString(Qt::ISODate));
    case ReasonKind::NoticeOverdue:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Supervision notice overdue, no reply");
    case ReasonKind::DueToday:
        return QCoreApplication::translate("duban::core::StatusRules", "Due today");
    case ReasonKind::DueSoon:
        return QCoreApplication::translate("duban::core::StatusRules", "Due in %n day(s)", nullptr,
                                           reason.days);
    case ReasonKind::BehindSchedule:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "Behind schedule: %1% done, %2% of time elapsed")
            .arg(QString::number(reason.percentDone), trimmedPercent(reason.elapsedPercent));
    case ReasonKind::NoReportThisMonth:
        return QCoreApplication::translate("duban::core::StatusRules", "No progress report this month");
    case ReasonKind::NoReportThisTenDays:
        return QCoreApplication::translate("duban::core::StatusRules",
                                           "No progress report in this ten-day period");
    case ReasonKind::CompletedLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Completed %n day(s) late", nullptr,
                                           reason.days);
    case ReasonKind::RepliedLate:
        return QCoreApplication::translate("duban::core::StatusRules", "Replied %n day(s) late", nullptr,
                                           reason.days);
    }
    return {};
}

QStringList reasonTexts(const StatusLight &light)
{
    QStringList texts;
    texts.reserve(light.reasons.size());
    for (const StatusReason &r : light.reasons)
        texts.append(reasonText(r));
    return texts;
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
