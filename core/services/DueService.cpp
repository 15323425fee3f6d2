#include "DueService.h"

#include "CalendarService.h"
#include "NoticeService.h"
#include "UnitOrder.h"

#include "core/rules/ReportingPeriod.h"
#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/DueQuery.h"
#include "core/storage/LedgerSettingKeys.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace duban::core {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// The report periods of a periodic schedule whose due day falls in [from, to], latest first.
QList<ReportingPeriod> periodsDueIn(const ReportingSchedule &schedule, QDate from, QDate to)
{
    QList<ReportingPeriod> out;
    // latestPeriodDue(X) is the latest period due before X: start the day after the window, step back.
    QDate before = to.addDays(1);
    for (int guard = 0; guard < 64; ++guard) {
        const ReportingPeriod p = latestPeriodDue(schedule, before);
        if (!p.isValid() || p.due < from || p.due >= before)
            break;
        out.append(p);
        before = p.due;
    }
    return out;
}

QString periodText(const ReportingPeriod &p)
{
    const qint64 days = p.first.daysTo(p.last);
    if (days > 100) // a half-year
        return p.first.month() <= 6
                   //: zh_CN: %1年上半年进展报送
                   ? DueService::tr("Progress report for the first half of %1").arg(p.first.year())
                   //: zh_CN: %1年下半年进展报送
                   : DueService::tr("Progress report for the second half of %1").arg(p.first.year());
    if (days > 40)
        //: %1 the quarter (1–4), %2 the year; zh_CN: %2年第%1季度进展报送
        return DueService::tr("Progress report for quarter %1 of %2")
            .arg((p.first.month() - 1) / 3 + 1)
            .arg(p.first.year());
    if (p.isTenDays())
        //: a progress report owed for a 旬; zh_CN: %1至%2进展报送
        return DueService::tr("Progress report for %1 to %2").arg(iso(p.first), iso(p.last));
    //: a progress report owed for a month (%1: the month as "MMMM yyyy"); zh_CN: %1进展报送
    return DueService::tr("Progress report for %1")
        .arg(QLocale().toString(p.first, DueService::tr("MMMM yyyy", "the month of a report period")));
}

/// A record's response in words, naming its numbered notice when it has one.
QString responseText(const SupervisionRecord &r, const QHash<qint64, QString> &numbers)
{
    const QString number = numbers.value(r.noticeId);
    if (!number.isEmpty())
        //: zh_CN: 回复%1
        return DueService::tr("Reply to %1").arg(number);
    return r.kind == SupervisionRecord::Kind::Notice
               //: zh_CN: 回复%1的督办
               ? DueService::tr("Reply to the supervision notice of %1").arg(iso(r.date))
               //: zh_CN: 回复%1的催办
               : DueService::tr("Reply to the reminder of %1").arg(iso(r.date));
}

struct Builder
{
    QDate from;
    QDate to;
    StatusThresholds thresholds;
    QList<DueItem> items;
    QList<int> ranks; ///< aligned with items: the task's ledger order

    void add(const DueTaskRow &t, DueItem::Kind kind, QDate date, const QString &unit, const QString &text,
             qint64 recordId = 0)
    {
        items.append(DueItem{date, kind, t.id, t.code, t.title, unit, text, recordId});
        ranks.append(t.rank);
    }

    void addForLeads(const DueTaskRow &t, DueItem::Kind kind, QDate date, const QString &text)
    {
        if (t.leads.isEmpty()) {
            add(t, kind, date, QString(), text);
            return;
        }
        for (const QString &lead : t.leads)
            add(t, kind, date, lead, text);
    }

    void addReports(const DueTaskRow &t)
    {
        const ReportingSchedule schedule = effectiveSchedule(t.schedule, thresholds);
        // One report due by the deadline (the deadline item says it), or none.
        if (!isPeriodic(schedule.cycle))
            return;
        const QList<ReportingPeriod> periods = periodsDueIn(schedule, from, to);
        for (auto it = periods.crbegin(); it != periods.crend(); ++it) {
            const ReportingPeriod &p = *it;
            if (t.startDate.isValid() && p.last < t.startDate)
                continue; // not owed: the task started after the period
            if (t.lastLeadReport.isValid() && t.lastLeadReport >= p.first)
                continue; // a lead unit has reported for it
            addForLeads(t, DueItem::Kind::Report, p.due, periodText(p));
        }
    }
};

} // namespace

QString dueKindKey(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Deadline:
        return QStringLiteral("deadline");
    case DueItem::Kind::Milestone:
        return QStringLiteral("milestone");
    case DueItem::Kind::Report:
        return QStringLiteral("report");
    case DueItem::Kind::Response:
        return QStringLiteral("response");
    }
    return {};
}

QString dueKindText(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Deadline:
        //: what comes due: the task's deadline; zh_CN: 期限
        return DueService::tr("Deadline");
    case DueItem::Kind::Milestone:
        //: zh_CN: 节点
        return DueService::tr("Milestone");
    case DueItem::Kind::Report:
        //: zh_CN: 报送
        return DueService::tr("Report");
    case DueItem::Kind::Response:
        //: zh_CN: 回复
        return DueService::tr("Response");
    }
    return {};
}

DueService::DueService(Database &database) : m_database(database) {}

int DueService::remindWorkdays() const
{
    bool ok = false;
    const int n = SettingsRepository(m_database).value(ledgerkeys::remindWorkdays()).toInt(&ok);
    return ok && n >= 0 && n <= kMaxWorkdays ? n : kDefaultWorkdays;
}

bool DueService::validateWorkdays(int workdays, StorageError *error)
{
    if (workdays >= 0 && workdays <= kMaxWorkdays)
        return true;
    sql::setError(error, StorageError::Code::Invalid,
                  tr("The window is 0 to %1 working days, not %2.").arg(kMaxWorkdays).arg(workdays));
    return false;
}

QDate DueService::windowEnd(const WorkCalendar &calendar, QDate asOf, int workdays)
{
    return workdays <= 0 ? asOf : calendar.addWorkdays(asOf, workdays);
}

QList<DueItem> DueService::dueSoon(QDate asOf, int workdays, StorageError *error) const
{
    return dueSoon(asOf, workdays, CalendarService(m_database).calendar(), error);
}

QList<DueItem> DueService::dueSoon(QDate asOf, int workdays, const WorkCalendar &calendar,
                                   StorageError *error) const
{
    if (!asOf.isValid()) {
        sql::setError(error, StorageError::Code::Invalid, tr("The due-soon list needs a date."));
        return {};
    }
    if (!validateWorkdays(workdays, error))
        return {};
    Builder b{
        asOf, windowEnd(calendar, asOf, workdays), SettingsRepository(m_database).statusThresholds(), {}, {}};
    DueFacts facts;
    if (!DueQuery(m_database).read(b.from, b.to, facts, error))
        return {};
    QHash<qint64, size_t> taskAt;
    for (size_t i = 0; i < facts.tasks.size(); ++i) {
        const DueTaskRow &t = facts.tasks[i];
        taskAt.insert(t.id, i);
        if (t.deadline.isValid() && t.deadline >= b.from && t.deadline <= b.to)
            //: zh_CN: 任务办结期限
            b.addForLeads(t, DueItem::Kind::Deadline, t.deadline, tr("The task's deadline"));
        b.addReports(t);
    }
    for (const DueMilestoneRow &m : std::as_const(facts.milestones)) {
        const auto it = taskAt.constFind(m.taskId);
        if (it != taskAt.constEnd())
            b.addForLeads(facts.tasks[*it], DueItem::Kind::Milestone, m.date,
                          m.text.isEmpty() ? periodLabelText(m.date) : m.text);
    }
    const NoticeService notices(m_database);
    const QHash<qint64, QString> numbers = notices.numberTexts();
    for (const SupervisionRecord &r : std::as_const(facts.records)) {
        const auto it = taskAt.constFind(r.taskId);
        if (it == taskAt.constEnd())
            continue;
        const DueTaskRow &t = facts.tasks[*it];
        b.add(t, DueItem::Kind::Response, r.responseDue, r.unit.isEmpty() ? t.leads.value(0) : r.unit,
              responseText(r, numbers), r.id);
    }

    // Date, unit (as lists order them), task (ledger order), kind.
    QList<int> order(b.items.size());
    std::iota(order.begin(), order.end(), 0);
    // Units are few and items many: rank the distinct units once, then compare ranks.
    QHash<QString, int> unitRank;
    {
        QStringList names;
        for (const DueItem &item : std::as_const(b.items))
            if (!unitRank.contains(item.unit)) {
                unitRank.insert(item.unit, 0);
                names.append(item.unit);
            }
        const UnitOrder units;
        QList<std::pair<QString, bool>> keyed;
        keyed.reserve(names.size());
        for (const QString &name : std::as_const(names))
            keyed.append({name, UnitOrder::isGroup(name)});
        std::stable_sort(keyed.begin(), keyed.end(), [&units](const auto &x, const auto &y) {
            return units.before(x.first, x.second, y.first, y.second);
        });
        for (int i = 0; i < keyed.size(); ++i)
            unitRank[keyed.at(i).first] = i;
    }
    std::vector<int> unitOf(size_t(b.items.size()));
    for (qsizetype i = 0; i < b.items.size(); ++i)
        unitOf[size_t(i)] = unitRank.value(b.items.at(i).unit);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const DueItem &a = b.items.at(x);
        const DueItem &c = b.items.at(y);
        if (a.date != c.date)
            return a.date < c.date;
        if (unitOf[size_t(x)] != unitOf[size_t(y)])
            return unitOf[size_t(x)] < unitOf[size_t(y)];
        if (b.ranks.at(x) != b.ranks.at(y))
            return b.ranks.at(x) < b.ranks.at(y);
        return a.kind < c.kind;
    });
    QList<DueItem> out;
    out.reserve(order.size());
    for (int i : std::as_const(order))
        out.append(b.items.at(i));
    return out;
}

QList<SupervisionRecord> DueService::reminders(const QList<DueItem> &items, const QString &unit, QDate on)
{
    QList<SupervisionRecord> out;
    QHash<qint64, qsizetype> recordOf;
    for (const DueItem &item : items) {
        if (item.unit != unit)
            continue;
        //: one item of a reminder's text: date and what is due; zh_CN: %1%2（%3）
        const QString line = tr("%1 %2 (%3)").arg(iso(item.date), dueKindText(item.kind), item.text);
        const auto it = recordOf.constFind(item.taskId);
        if (it != recordOf.constEnd()) {
            out[*it].text += tr("; ", "between the items of a reminder") + line;
            continue;
        }
        SupervisionRecord r;
        r.taskId = item.taskId;
        r.kind = SupervisionRecord::Kind::Reminder;
        r.date = on;
        r.unit = unit;
        //: a reminder's text, listing what is due; zh_CN: 临近到期提醒：%1
        r.text = tr("Coming due: %1").arg(line);
        recordOf.insert(item.taskId, out.size());
        out.append(r);
    }
    return out;
}

} // namespace duban::core
