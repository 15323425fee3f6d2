#include "PlanJson.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject targetToJson(const Target &target)
{
    QJsonObject o;
    o.insert(u"name"_s, target.name);
    o.insert(u"value"_s, target.value);
    o.insert(u"measure"_s, target.measure);
    o.insert(u"comparator"_s, comparatorSymbol(target.comparator));
    o.insert(u"stretch"_s, target.stretch ? QJsonValue(*target.stretch) : QJsonValue(QJsonValue::Null));
    o.insert(u"period"_s, target.period);
    return o;
}

QJsonObject planDocumentToJson(const PlanDocument &document)
{
    QJsonObject plan;
    plan.insert(u"title"_s, document.plan.title);
    plan.insert(u"number"_s, document.plan.number);
    plan.insert(u"issuer"_s, document.plan.issuer);
    plan.insert(u"date"_s, dateValue(document.plan.date));
    plan.insert(u"year"_s, document.plan.year);

    QJsonArray sections;
    for (const Section &s : document.sections)
        sections.append(QJsonObject{{u"code"_s, s.code}, {u"title"_s, s.title}});

    QJsonArray tasks;
    for (const Task &t : document.tasks) {
        QJsonArray milestones;
        for (const Milestone &m : t.milestones)
            milestones.append(QJsonObject{{u"date"_s, dateValue(m.date)}, {u"text"_s, m.text}});
        QJsonArray targets;
        for (const Target &target : t.targets)
            targets.append(targetToJson(target));
        QJsonObject task;
        task.insert(u"code"_s, t.code);
        task.insert(u"section"_s, t.section);
        task.insert(u"title"_s, t.title);
        task.insert(u"text"_s, t.text);
        task.insert(u"lead"_s, t.lead()); // the first lead, as before several leads
        task.insert(u"leads"_s, QJsonArray::fromStringList(t.leads));
        task.insert(u"co"_s, QJsonArray::fromStringList(t.co));
        task.insert(u"deadline"_s, dateValue(t.deadline));
        task.insert(u"milestones"_s, milestones);
        task.insert(u"targets"_s, targets);
        tasks.append(task);
    }

    QJsonArray targets;
    for (const Target &target : document.targets)
        targets.append(targetToJson(target));

    QJsonArray warnings;
    for (const ImportWarning &w : document.warnings)
        warnings.append(QJsonObject{{u"line"_s, w.line}, {u"message"_s, w.message}});

    QJsonObject root;
    root.insert(u"document"_s, plan);
    root.insert(u"sections"_s, sections);
    root.insert(u"tasks"_s, tasks);
    root.insert(u"targets"_s, targets);
    root.insert(u"warnings"_s, warnings);
    return root;
}

} // namespace duban::core
