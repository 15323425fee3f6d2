#include "BriefingDocument.h"

#include "BriefingComposer.h"
#include "ChartTextObject.h"
#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/PeriodLabels.h"

#include "core/rules/StatusRules.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr qreal kDpi = BriefingDocument::kDpi;
constexpr int kInlineItems = 15; ///< items listed in the body; the attachments list them all
const QColor kRed(0xd7, 0x00, 0x0f);

constexpr qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}

constexpr qreal pt(qreal v)
{
    return v * kDpi / 72.0;
}

QString percentText(double v)
{
    return QString::number(v, 'f', 1);
}

QString numberText(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'g', 12);
}

/// A font for painting directly (masthead, page numbers): pixel size in page pixels.
QFont pageFont(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setFamilies({family});
    f.setPixelSize(int(std::lround(pt(points))));
    f.setBold(bold);
    return f;
}

} // namespace

BriefingDocument::BriefingDocument(const BriefingContent &content, const BriefingStyle &style)
    : m_style(style)
{
    // Lay the text out for a 300-dpi page (as QTextDocument::print does with the printer): point sizes become
    // page pixels, so painting needs no scaling and the PDF gets true 16 pt text.
    m_layoutDevice = std::make_unique<QPdfWriter>(&m_sink);
    m_layoutDevice->setResolution(BriefingDocument::kDpi);
    m_layoutDevice->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                              QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setDocumentMargin(0);
    QFont base(m_style.bodyFamily);
    base.setFamilies({m_style.bodyFamily});
    base.setPointSizeF(16);
    m_document->setDefaultFont(base);
    m_document->setPageSize(textBlock().size());
    build(content);
}

BriefingDocument::~BriefingDocument()
{
    // The layout refers to the chart handler and the device: drop the document first.
    m_document.reset();
}

QSizeF BriefingDocument::pageSize()
{
    return QSizeF(mm(210), mm(297));
}

QRectF BriefingDocument::textBlock()
{
    return QRectF(mm(28), mm(37), mm(156), mm(225));
}

int BriefingDocument::pageCount() const
{
    return m_document->pageCount();
}

QString BriefingDocument::dateText(const QDate &date)
{
    if (!date.isValid())
        return QString();
    //: Date format of the briefing (QDate format string); zh_CN: yyyy年M月d日
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

QString BriefingDocument::bodyText() const
{
    return m_document->toPlainText();
}

struct BriefingDocument::Writer
{
    BriefingComposer &out;
    QStringList numerals;
    int h1 = 0;
    int h2 = 0;
};

struct BriefingDocument::Attachments
{
    int units = 0;
    int overdue = 0;
    int supervision = 0;
    int targets = 0;
};

void BriefingDocument::build(const BriefingContent &c)
{
    setMasthead(c);
    const qsizetype charts = registerCharts(c);
    BriefingComposer out(m_document.get(), m_style);
    Writer w{out, tr("I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII").split(QLatin1Char(','))};
    writeTitle(w, c);
    if (c.isEmpty()) {
        heading1(w, tr("Overview"));
        out.paragraph(
            tr("There is nothing to report: the ledger has no tasks as of %1.").arg(dateText(c.asOf)));
        return;
    }
    const Attachments a = numberAttachments(c);
    writeOverview(w, c);
    if (c.has(BriefingPart::Progress)) {
        writeGoodProgress(w, c);
        writeLagging(w, c, a);
    }
    writeProblems(w, c, a);
    writeNextSteps(w, c);
    if (a.units)
        writeUnitsAttachment(w, c, a.units);
    if (a.overdue)
        writeOverdueAttachment(w, c, a.overdue);
    if (a.supervision)
        writeSupervisionAttachment(w, c, a.supervision);
    if (a.targets)
        writeTargetsAttachment(w, c, a.targets, charts);
}

void BriefingDocument::setMasthead(const BriefingContent &c)
{
    m_series = c.series;
    m_issueLine = tr("No. %1").arg(c.issue);
    m_office = c.office;
    m_date = dateText(c.issuedOn);
}

qsizetype BriefingDocument::registerCharts(const BriefingContent &c)
{
    QList<ChartData> charts;
    if (c.has(BriefingPart::Targets)) {
        for (const TargetItem &t : c.targets) {
            if (t.evaluation.state == TargetState::NoData)
                continue;
            charts.append(ChartDataBuilder::build({ChartSubject{t.indicator, t.entry.target, t.observations}},
                                                  c.asOf, c.targetTolerances));
        }
    }
    m_charts = std::make_unique<ChartTextObject>(charts, m_style.headingFamily);
    m_document->documentLayout()->registerHandler(ChartTextObject::kObjectType, m_charts.get());
    return charts.size();
}

BriefingDocument::Attachments BriefingDocument::numberAttachments(const BriefingContent &c)
{
    // Attachments are numbered in the order they will appear.
    int attachments = 0;
    Attachments a;
    if (c.has(BriefingPart::Units) && !c.units.isEmpty())
        a.units = ++attachments;
    if (c.has(BriefingPart::Overdue) && (!c.overdue.isEmpty() || !c.lagging.isEmpty()))
        a.overdue = ++attachments;
    if (c.has(BriefingPart::Supervision) && !c.supervision.isEmpty())
        a.supervision = ++attachments;
    if (c.has(BriefingPart::Targets) && !c.targets.isEmpty())
        a.targets = ++attachments;
    return a;
}

void BriefingDocument::heading1(Writer &w, const QString &text)
{
    w.h2 = 0;
    //: First-level heading: numeral, text (zh_CN: %1、%2)
    w.out.heading1(tr("%1. %2").arg(w.numerals.value(w.h1++), text));
}

void BriefingDocument::heading2(Writer &w, const QString &text)
{
    //: Second-level heading: numeral, text (zh_CN: （%1）%2)
    w.out.heading2(tr("(%1) %2").arg(w.numerals.value(w.h2++), text));
}

QString BriefingDocument::seeAttachment(int no)
{
    //: Refers to an attachment at the end of a paragraph (zh_CN: 详见附件%1。)
    return tr(" See Attachment %1.").arg(no);
}

void BriefingDocument::writeTitle(Writer &w, const BriefingContent &c)
{
    // Title under the masthead (painted separately on page 1).
    w.out.spacer(mm(50));
    w.out.title(c.title);
    //: zh_CN: （截至%1）
    w.out.subtitle(tr("(as of %1)").arg(dateText(c.asOf)));
}

void BriefingDocument::writeOverview(Writer &w, const BriefingContent &c)
{
    if (!c.has(BriefingPart::Overview) && !c.has(BriefingPart::Sections))
        return;
    const LightCounts &n = c.counts;
    const QString asOf = dateText(c.asOf);
    heading1(w, tr("Overview"));
    if (c.has(BriefingPart::Overview)) {
        QString text;
        if (!c.planTitle.isEmpty() && !c.planNumber.isEmpty())
            //: zh_CN: 截至%1，《%2》（%3）共确定重点任务%4项。
            text = tr("As of %1, the plan “%2” (%3) sets %4 key tasks.")
                       .arg(asOf, c.planTitle, c.planNumber)
                       .arg(n.total);
        else if (!c.planTitle.isEmpty())
            //: zh_CN: 截至%1，《%2》共确定重点任务%3项。
            text = tr("As of %1, the plan “%2” sets %3 key tasks.").arg(asOf, c.planTitle).arg(n.total);
        else
            //: zh_CN: 截至%1，台账共有重点任务%2项。
            text = tr("As of %1, the ledger holds %2 key tasks.").arg(asOf).arg(n.total);
        //: zh_CN: 已办结%1项，占%2%，其中按时办结%3项；正在推进%4项。
        text += tr(" %1 have been completed (%2%), %3 of them on time; %4 are in progress.")
                    .arg(n.closed())
                    .arg(percentText(c.share(n.closed())))
                    .arg(n.completed)
                    .arg(n.open());
        //: zh_CN: 绿灯%1项，占%2%；黄灯%3项，占%4%；红灯%5项，占%6%。
        text += tr(" Green: %1 (%2%); yellow: %3 (%4%); red: %5 (%6%).")
                    .arg(n.green)
                    .arg(percentText(c.share(n.green)))
                    .arg(n.yellow)
                    .arg(percentText(c.share(n.yellow)))
                    .arg(n.red)
                    .arg(percentText(c.share(n.red)));
        //: zh_CN: 在推进任务中已报送进展%1项；尚待回复的催办、督办%2件。
        text += tr(" %1 of the tasks in progress have reported progress; %2 reminders or notices await a "
                   "reply.")
                    .arg(c.reportedTasks)
                    .arg(c.openNotices);
        const ScheduleCounts &k = c.schedule;
        //: zh_CN: 对照序时进度，超过序时进度%1项，达到序时进度%2项，未达到序时进度%3项，尚未启动%4项。
        text += tr(" Against the time-elapsed schedule: %1 ahead, %2 on schedule, %3 behind, %4 not started.")
                    .arg(k.ahead)
                    .arg(k.onSchedule)
                    .arg(k.behind)
                    .arg(k.notStarted);
        if (c.reports.due > 0)
            //: zh_CN: 应报送进展%1项，按时报送%2项，迟报%3项，未报%4项。
            text += tr(" Reports due for the latest period: %1; on time %2, late %3, missing %4.")
                        .arg(c.reports.due)
                        .arg(c.reports.onTime)
                        .arg(c.reports.late)
                        .arg(c.reports.missing);
        w.out.paragraph(text);
    }
    if (c.has(BriefingPart::Sections) && !c.sections.isEmpty()) {
        heading2(w, tr("Progress by section"));
        QList<QStringList> rows;
        for (const SectionProgress &s : c.sections) {
            rows.append({s.title.isEmpty() ? tr("(no section)") : s.title, QString::number(s.counts.total),
                         QString::number(s.counts.closed()), QString::number(s.counts.green),
                         QString::number(s.counts.yellow), QString::number(s.counts.red)});
        }
        w.out.table({tr("Section"), tr("Tasks"), tr("Completed"), tr("Green"), tr("Yellow"), tr("Red")},
                    {35, 13, 13, 13, 13, 13}, rows, {false, true, true, true, true, true});
    }
}

QString BriefingDocument::scheduleDetail(const ScheduleItem &s)
{
    // A closed task is done, whatever percent it last reported.
    if (s.light == Light::Completed || s.light == Light::CompletedLate)
        return lightText(s.light);
    if (!s.reported)
        return judgementText(s.judgement);
    //: judgement (percent done, share of time elapsed); zh_CN: %1（完成%2%，序时进度%3%）
    return tr("%1 (%2% done, schedule %3%)")
        .arg(judgementText(s.judgement))
        .arg(s.percent)
        .arg(percentPointsText(s.expectedPercent));
}

QString BriefingDocument::taskLine(int index, const QString &code, const QString &title, const QString &lead,
                                   const QString &detail)
{
    //: zh_CN: %1. 任务%2“%3”（牵头单位：%4）：%5。
    return tr("%1. Task %2 “%3” (lead unit: %4): %5.").arg(index).arg(code, title, lead, detail);
}

void BriefingDocument::writeGoodProgress(Writer &w, const BriefingContent &c)
{
    heading1(w, tr("Good progress"));
    if (c.goodProgress.isEmpty()) {
        w.out.paragraph(tr("No task has been completed or is ahead of schedule yet."));
    } else {
        //: zh_CN: 已办结或超过序时进度的任务共%1项：
        w.out.paragraph(
            tr("%1 tasks have been completed or are ahead of schedule:").arg(c.goodProgress.size()));
        for (int i = 0; i < c.goodProgress.size() && i < kInlineItems; ++i) {
            const ScheduleItem &s = c.goodProgress.at(i);
            w.out.paragraph(taskLine(i + 1, s.code, s.title, s.lead, scheduleDetail(s)));
        }
        if (c.goodProgress.size() > kInlineItems)
            //: zh_CN: （另有%1项，从略。）
            w.out.paragraph(tr("(%1 more not listed.)").arg(c.goodProgress.size() - kInlineItems));
    }
    // A unit is praised only when none of its tasks lags (red or behind schedule): the lagging section
    // below never names a unit praised here.
    QStringList best;
    for (const UnitStatistics &u : c.units) {
        if (best.size() >= 3)
            break;
        if (!u.lags() && u.completedOnTime > 0)
            best.append(u.name);
    }
    if (!best.isEmpty())
        //: zh_CN: 按时办结较多、无逾期和滞后任务的单位：%1。
        w.out.paragraph(tr("Units with tasks completed on time and none overdue or behind schedule: %1.")
                            .arg(best.join(tr(", ", "list separator"))));
}

void BriefingDocument::writeLagging(Writer &w, const BriefingContent &c, const Attachments &a)
{
    heading1(w, tr("Lagging behind (below the time-elapsed schedule)"));
    const qsizetype behind = c.lagging.size() - c.overdue.size();
    if (c.lagging.isEmpty()) {
        w.out.paragraph(tr("No task is overdue or behind schedule."));
        return;
    }
    //: zh_CN: 红灯任务%1项（逾期或节点未完成），未达序时进度的任务%2项。
    QString text = tr("%1 tasks are red (overdue or a milestone missed) and %2 more are behind the "
                      "time-elapsed schedule.")
                       .arg(c.overdue.size())
                       .arg(std::max<qsizetype>(behind, 0));
    if (a.overdue)
        text += seeAttachment(a.overdue);
    w.out.paragraph(text);
    int shown = 0;
    for (const OverdueItem &o : c.overdue) {
        if (shown >= kInlineItems)
            break;
        ++shown;
        w.out.paragraph(taskLine(shown, o.code, o.title, o.lead, o.reason));
    }
    for (const ScheduleItem &s : c.lagging) {
        if (shown >= kInlineItems)
            break;
        if (s.light == Light::Red)
            continue;
        ++shown;
        w.out.paragraph(taskLine(shown, s.code, s.title, s.lead, scheduleDetail(s)));
    }
    if (c.lagging.size() > shown)
        w.out.paragraph(tr("(%1 more not listed.)").arg(c.lagging.size() - shown));
}

void BriefingDocument::writeProblems(Writer &w, const BriefingContent &c, const Attachments &a)
{
    if (!c.has(BriefingPart::Supervision) && !c.has(BriefingPart::Targets) && !c.has(BriefingPart::Overdue))
        return;
    heading1(w, tr("Problems"));
    bool any = false;
    for (const QString &text : {redUnitsText(c, a), supervisionText(c, a), targetsBehindText(c, a)}) {
        if (text.isEmpty())
            continue;
        w.out.paragraph(text);
        any = true;
    }
    if (!any)
        w.out.paragraph(tr("No problems to report for this period."));
}

QString BriefingDocument::redUnitsText(const BriefingContent &c, const Attachments &a)
{
    if (!c.has(BriefingPart::Overdue) || c.overdue.isEmpty())
        return {};
    QStringList units;
    for (const UnitStatistics &u : c.units)
        if (u.overdue > 0)
            //: unit name and its count of red tasks; zh_CN: %1（%2项）
            units.append(tr("%1 (%2)").arg(u.name).arg(u.overdue));
    if (units.isEmpty())
        return {};
    //: zh_CN: 有红灯任务的单位：%1。
    QString text = tr("Units with red tasks: %1.").arg(units.join(tr(", ", "list separator")));
    if (a.units)
        text += seeAttachment(a.units);
    return text;
}

QString BriefingDocument::supervisionText(const BriefingContent &c, const Attachments &a)
{
    if (!c.has(BriefingPart::Supervision))
        return {};
    int reminders = 0;
    int notices = 0;
    int answered = 0;
    int late = 0;
    for (const SupervisionItem &s : c.supervision) {
        (s.record.kind == SupervisionRecord::Kind::Notice ? notices : reminders) += 1;
        if (s.record.respondedOn.isValid() && s.record.respondedOn <= c.asOf)
            ++answered;
        if (s.light.light == Light::Red)
            ++late;
    }
    const QString period = c.periodFrom == c.asOf
                               //: zh_CN: %1
                               ? tr("On %1").arg(dateText(c.asOf))
                               //: zh_CN: %1至%2
                               : tr("From %1 to %2").arg(dateText(c.periodFrom), dateText(c.asOf));
    //: zh_CN: %1，共发出催办%2件、督办%3件，已回复%4件，超期未回复%5件。
    QString text = tr("%1 the office sent %2 reminders and %3 supervision notices; %4 have been "
                      "answered, %5 are past their reply date.")
                       .arg(period)
                       .arg(reminders)
                       .arg(notices)
                       .arg(answered)
                       .arg(late);
    if (a.supervision)
        text += seeAttachment(a.supervision);
    return text;
}

QString BriefingDocument::targetsBehindText(const BriefingContent &c, const Attachments &a)
{
    if (!c.has(BriefingPart::Targets))
        return {};
    QStringList behindTargets;
    for (const TargetItem &t : c.targets)
        if (t.evaluation.state == TargetState::Behind || t.evaluation.state == TargetState::NotMet)
            behindTargets.append(t.entry.target.name);
    if (behindTargets.isEmpty())
        return {};
    //: zh_CN: 未达进度或未完成的目标指标：%1。
    QString text = tr("Targets behind or not met: %1.").arg(behindTargets.join(tr(", ", "list separator")));
    if (a.targets)
        text += seeAttachment(a.targets);
    return text;
}

void BriefingDocument::writeNextSteps(Writer &w, const BriefingContent &c)
{
    if (!c.has(BriefingPart::Remarks) || c.remarks.isEmpty())
        return;
    heading1(w, tr("Next steps"));
    const QStringList paragraphs = c.remarks.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        if (!p.trimmed().isEmpty())
            w.out.paragraph(p.trimmed());
}

QString BriefingDocument::attachmentLabel(int no)
{
    return tr("Attachment %1").arg(no);
}

void BriefingDocument::writeUnitsAttachment(Writer &w, const BriefingContent &c, int no)
{
    w.out.attachment(attachmentLabel(no), tr("Progress by unit"));
    QList<QStringList> rows;
    int rank = 0;
    for (const UnitStatistics &u : c.units) {
        const double onTime = u.onTimePercent();
        rows.append({QString::number(++rank), u.name, QString::number(u.led), QString::number(u.completed),
                     onTime < 0 ? QStringLiteral("—") : percentText(onTime) + QLatin1Char('%'),
                     QString::number(u.overdue), QString::number(u.behind),
                     //: reports of the latest period: missing / late; zh_CN: %1 / %2
                     tr("%1 / %2").arg(u.reports.missing).arg(u.reports.late),
                     QString::number(u.openNotices)});
    }
    w.out.table({tr("Rank"), tr("Unit"), tr("Tasks led"), tr("Completed"), tr("On time"), tr("Red"),
                 tr("Behind schedule"), tr("Reports missing / late"), tr("Open notices")},
                {7, 27, 8, 8, 9, 7, 11, 13, 10}, rows,
                {true, false, true, true, true, true, true, true, true});
    w.out.note(tr("Ranked by red tasks (fewest first), then tasks behind schedule, then tasks completed on "
                  "time, then tasks completed. Reports are those owed by lead units for the latest period "
                  "past its due day."));
}

void BriefingDocument::writeOverdueAttachment(Writer &w, const BriefingContent &c, int no)
{
    w.out.attachment(attachmentLabel(no), tr("Overdue and lagging tasks"));
    if (!c.overdue.isEmpty()) {
        QList<QStringList> rows;
        // The reason says what is overdue and by how much (a milestone's days are not the deadline's).
        for (const OverdueItem &o : c.overdue)
            rows.append({o.code, o.title, o.lead, o.deadline.toString(Qt::ISODate), o.reason});
        w.out.table({tr("No."), tr("Task"), tr("Lead unit"), tr("Deadline"), tr("What is overdue")},
                    {8, 27, 21, 15, 29}, rows, {true, false, false, true, false});
    }
    QList<QStringList> behindRows;
    for (const ScheduleItem &s : c.lagging) {
        if (s.light == Light::Red)
            continue;
        behindRows.append({s.code, s.title, s.lead, QString::number(s.percent) + QLatin1Char('%'),
                           percentPointsText(s.expectedPercent) + QLatin1Char('%'),
                           judgementText(s.judgement)});
    }
    if (!behindRows.isEmpty()) {
        w.out.note(tr("Tasks behind the time-elapsed schedule:"));
        w.out.table({tr("No."), tr("Task"), tr("Lead unit"), tr("Done"), tr("Schedule"), tr("Judgement")},
                    {8, 32, 24, 10, 11, 15}, behindRows, {true, false, false, true, true, false});
    }
}

void BriefingDocument::writeSupervisionAttachment(Writer &w, const BriefingContent &c, int no)
{
    w.out.attachment(attachmentLabel(no), tr("Reminders and supervision notices of the period"));
    QList<QStringList> rows;
    for (const SupervisionItem &s : c.supervision) {
        const SupervisionRecord &r = s.record;
        QString state;
        if (r.respondedOn.isValid() && r.respondedOn <= c.asOf)
            state = s.light.light == Light::CompletedLate ? tr("Answered late") : tr("Answered");
        else
            state = s.light.light == Light::Red ? tr("Reply overdue") : tr("Awaiting reply");
        rows.append({r.date.toString(Qt::ISODate),
                     r.kind == SupervisionRecord::Kind::Notice ? tr("Notice") : tr("Reminder"), r.unit,
                     s.taskCode.isEmpty() ? s.taskTitle : s.taskCode + QLatin1Char(' ') + s.taskTitle,
                     r.responseDue.toString(Qt::ISODate), state});
    }
    w.out.table({tr("Date"), tr("Kind"), tr("Unit"), tr("Task"), tr("Reply due"), tr("State")},
                {17, 8, 21, 23, 17, 14}, rows, {true, true, false, false, true, true});
}

void BriefingDocument::writeTargetsAttachment(Writer &w, const BriefingContent &c, int no, qsizetype charts)
{
    w.out.attachment(attachmentLabel(no), tr("Targets"));
    QList<QStringList> rows;
    for (const TargetItem &t : c.targets) {
        const Target &g = t.entry.target;
        QString goal = ChartDataBuilder::comparatorText(g.comparator) + numberText(g.value) + g.measure;
        if (g.stretch)
            //: target with its stretch value; zh_CN: %1（力争%2）
            goal = tr("%1 (stretch %2)").arg(goal, numberText(*g.stretch) + g.measure);
        const QString name = t.entry.taskCode.isEmpty() ? g.name
                                                        //: zh_CN: %1（任务%2）
                                                        : tr("%1 (task %2)").arg(g.name, t.entry.taskCode);
        const auto &basis = t.evaluation.basis;
        rows.append({name, PeriodLabels::period(g.period), goal,
                     basis ? numberText(basis->value) + g.measure : QStringLiteral("—"),
                     basis ? PeriodLabels::period(basis->period) : QStringLiteral("—"),
                     targetStateText(t.evaluation.state)});
    }
    w.out.table({tr("Indicator"), tr("Period"), tr("Target"), tr("Latest value"), tr("Of"), tr("Evaluation")},
                {30, 13, 17, 12, 15, 13}, rows, {false, true, true, true, true, true});
    for (int i = 0; i < charts; ++i)
        w.out.chart(i, textBlock().width(), mm(88));
}

void BriefingDocument::paintMasthead(QPainter *painter) const
{
    const QRectF block = textBlock();
    painter->save();
    // Series name: large and red, centred; shrunk to fit the text block.
    qreal size = 40;
    QFont series = pageFont(m_style.headingFamily, size, true);
    while (size > 18 && QFontMetricsF(series).horizontalAdvance(m_series) > block.width()) {
        size -= 2;
        series = pageFont(m_style.headingFamily, size, true);
    }
    painter->setPen(kRed);
    painter->setFont(series);
    painter->drawText(QRectF(block.left(), block.top(), block.width(), mm(20)),
                      Qt::AlignHCenter | Qt::AlignBottom, m_series);
    painter->setPen(Qt::black);
    painter->setFont(pageFont(m_style.bodyFamily, 16));
    painter->drawText(QRectF(block.left(), block.top() + mm(23), block.width(), mm(9)),
                      Qt::AlignHCenter | Qt::AlignTop, m_issueLine);
    const QRectF line(block.left(), block.top() + mm(34), block.width(), mm(9));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignBottom, m_office);
    painter->drawText(line, Qt::AlignRight | Qt::AlignBottom, m_date);
    // The red rule under the issuer and date line.
    painter->fillRect(QRectF(block.left(), block.top() + mm(45), block.width(), mm(0.8)), kRed);
    painter->restore();
}

void BriefingDocument::paintPageNumber(QPainter *painter, int page) const
{
    // GB/T 9704: "— N —" in 4号 宋体 7 mm below the text block; odd pages right, even pages left, one
    // character in from the edge.
    const QRectF block = textBlock();
    painter->save();
    painter->setPen(Qt::black);
    painter->setFont(pageFont(m_style.bodyFamily, 14));
    const QString text = QStringLiteral("— %1 —").arg(page + 1);
    const QRectF area(block.left() + pt(14), block.bottom() + mm(7), block.width() - 2 * pt(14), mm(8));
    painter->drawText(area, ((page % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, text);
    painter->restore();
}

void BriefingDocument::paintPage(QPainter *painter, int page) const
{
    const QRectF block = textBlock();
    const qreal height = block.height();
    painter->save();
    painter->translate(block.left(), block.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, block.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter->setClipRect(context.clip);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
    if (page == 0)
        paintMasthead(painter);
    paintPageNumber(painter, page);
}

QImage BriefingDocument::pageImage(int page, int width) const
{
    const QSizeF size = pageSize();
    const qreal scale = width / size.width();
    QImage image(QSize(width, int(std::ceil(size.height() * scale))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(&painter, page);
    return image;
}

} // namespace duban::ui
