#include "TaskChanges.h"

#include <QCoreApplication>

namespace duban::core {

namespace {

QList<Milestone> withoutIds(QList<Milestone> list)
{
    for (Milestone &m : list)
        m.id = 0;
    return list;
}

bool same(const Task &a, const Task &b, TaskField field)
{
    switch (field) {
    case TaskField::Code:
        return a.code == b.code;
    case TaskField::Title:
        return a.title == b.title;
    case TaskField::Text:
        return a.text == b.text;
    case TaskField::Section:
        return a.sectionId == b.sectionId;
    case TaskField::Units:
        return a.leads == b.leads && a.co == b.co;
    case TaskField::Deadline:
        return a.deadline == b.deadline;
    case TaskField::Completion:
        return a.status == b.status && a.completedOn == b.completedOn;
    case TaskField::Reporting:
        return a.reporting == b.reporting && a.reportDueDay == b.reportDueDay;
    case TaskField::Position:
        return a.position == b.position;
    case TaskField::Milestones:
        return withoutIds(a.milestones) == withoutIds(b.milestones);
    }
    return true;
}

constexpr TaskField kAll[] = {TaskField::Code,       TaskField::Title,     TaskField::Text,
                              TaskField::Section,    TaskField::Units,     TaskField::Deadline,
                              TaskField::Completion, TaskField::Reporting, TaskField::Position,
                              TaskField::Milestones};

} // namespace

QString reportingText(ReportingCycle cycle, int dueDay)
{
    const char *name = "";
    switch (cycle) {
    case ReportingCycle::Default:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "as the plan");
        break;
    case ReportingCycle::Monthly:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "monthly");
        break;
    case ReportingCycle::TenDays:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "every ten days");
        break;
    case ReportingCycle::Quarterly:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "quarterly");
        break;
    case ReportingCycle::HalfYearly:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "half-yearly");
        break;
    case ReportingCycle::Once:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "once, by the deadline");
        break;
    case ReportingCycle::None:
        name = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "no reports");
        break;
    }
    const QString text = QCoreApplication::translate("duban::core::TaskChanges", name);
    if (dueDay <= 0 || cycle == ReportingCycle::Once || cycle == ReportingCycle::None)
        return text;
    return cycle == ReportingCycle::TenDays
               ? QCoreApplication::translate("duban::core::TaskChanges", "%1, due %2 day(s) after")
                     .arg(text)
                     .arg(dueDay)
               : QCoreApplication::translate("duban::core::TaskChanges", "%1, due by day %2")
                     .arg(text)
                     .arg(dueDay);
}

QList<TaskField> changedFields(const Task &a, const Task &b)
{
    QList<TaskField> out;
    for (TaskField f : kAll) {
        if (!same(a, b, f))
            out.append(f);
    }
    return out;
}

Task withFields(Task base, const Task &from, const QList<TaskField> &fields)
{
    for (TaskField f : fields) {
        switch (f) {
        case TaskField::Code:
            base.code = from.code;
            break;
        case TaskField::Title:
            base.title = from.title;
            break;
        case TaskField::Text:
            base.text = from.text;
            break;
        case TaskField::Section:
            base.sectionId = from.sectionId;
            base.section = from.section;
            break;
        case TaskField::Units:
            base.leads = from.leads;
            base.co = from.co;
            break;
        case TaskField::Deadline:
            base.deadline = from.deadline;
            break;
        case TaskField::Completion:
            base.status = from.status;
            base.completedOn = from.completedOn;
            break;
        case TaskField::Reporting:
            base.reporting = from.reporting;
            base.reportDueDay = from.reportDueDay;
            break;
        case TaskField::Position:
            base.position = from.position;
            break;
        case TaskField::Milestones:
            base.milestones = from.milestones;
            break;
        }
    }
    return base;
}

QString fieldName(TaskField field)
{
    const char *text = "";
    switch (field) {
    case TaskField::Code:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "No.");
        break;
    case TaskField::Title:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Title");
        break;
    case TaskField::Text:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Text");
        break;
    case TaskField::Section:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Section");
        break;
    case TaskField::Units:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Responsible units");
        break;
    case TaskField::Deadline:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Deadline");
        break;
    case TaskField::Completion:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Completion");
        break;
    case TaskField::Reporting:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Reporting cycle");
        break;
    case TaskField::Position:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Position");
        break;
    case TaskField::Milestones:
        text = QT_TRANSLATE_NOOP("duban::core::TaskChanges", "Milestones");
        break;
    }
    return QCoreApplication::translate("duban::core::TaskChanges", text);
}

QString fieldValue(const Task &t, TaskField field)
{
    switch (field) {
    case TaskField::Code:
        return t.code;
    case TaskField::Title:
        return t.title;
    case TaskField::Text:
        return t.text.size() > 40 ? t.text.left(40) + QStringLiteral("…") : t.text;
    case TaskField::Section:
        return t.section;
    case TaskField::Units: {
        QStringList all = t.units();
        all.removeAll(QString());
        return all.join(QStringLiteral("、"));
    }
    case TaskField::Deadline:
        return t.deadline.isValid() ? t.deadline.toString(Qt::ISODate)
                                    : QCoreApplication::translate("duban::core::TaskChanges", "none");
    case TaskField::Completion:
        return t.status == TaskStatus::Completed
                   ? QCoreApplication::translate("duban::core::TaskChanges", "completed on %1")
                         .arg(t.completedOn.toString(Qt::ISODate))
                   : QCoreApplication::translate("duban::core::TaskChanges", "open");
    case TaskField::Reporting:
        return reportingText(t.reporting, t.reportDueDay);
    case TaskField::Position:
        return QString::number(t.position);
    case TaskField::Milestones: {
        QStringList parts;
        for (const Milestone &m : t.milestones)
            parts.append(m.date.toString(Qt::ISODate) + QLatin1Char(' ') + m.text.left(12));
        return parts.join(QStringLiteral("；"));
    }
    }
    return {};
}

} // namespace duban::core
