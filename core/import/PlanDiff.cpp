#include "PlanDiff.h"

#include <QHash>
#include <QSet>

namespace duban::core {

namespace {

QString sectionKey(const PlanDocument &doc, const Task &t)
{
    if (t.sectionIndex >= 0 && t.sectionIndex < doc.sections.size()) {
        const Section &s = doc.sections.at(t.sectionIndex);
        return s.code + QLatin1Char('|') + s.title;
    }
    for (const Section &s : doc.sections) {
        if (s.id != 0 && s.id == t.sectionId)
            return s.code + QLatin1Char('|') + s.title;
    }
    return t.section;
}

bool sameTargets(QList<Target> a, QList<Target> b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const Target &x = a.at(i);
        const Target &y = b.at(i);
        if (x.name != y.name || x.value != y.value || x.measure != y.measure ||
            x.comparator != y.comparator || x.stretch != y.stretch || x.period != y.period)
            return false;
    }
    return true;
}

bool sameMilestones(const QList<Milestone> &a, const QList<Milestone> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).date != b.at(i).date || a.at(i).text != b.at(i).text)
            return false;
    }
    return true;
}

} // namespace

PlanDiff PlanDiff::compute(const PlanDocument &saved, const PlanDocument &incomingDocument)
{
    PlanDocument incoming = incomingDocument;
    assignSectionIndexes(incoming);
    PlanDiff diff;
    const Plan &a = saved.plan;
    const Plan &b = incoming.plan;
    diff.headerChanged = a.title != b.title || a.number != b.number || a.issuer != b.issuer ||
                         a.date != b.date || a.year != b.year;
    diff.targetsChanged = !sameTargets(saved.targets, incoming.targets);

    QHash<QString, int> savedByCode;
    for (int i = 0; i < saved.tasks.size(); ++i)
        savedByCode.insert(saved.tasks.at(i).code, i);
    QSet<QString> seen;
    for (const Task &n : incoming.tasks) {
        seen.insert(n.code);
        const auto it = savedByCode.constFind(n.code);
        if (it == savedByCode.constEnd()) {
            diff.added.append(n.code);
            continue;
        }
        const Task &o = saved.tasks.at(*it);
        Change c{n.code, n.title, {}};
        if (o.title != n.title)
            c.fields.append(QStringLiteral("title"));
        if (o.text != n.text)
            c.fields.append(QStringLiteral("text"));
        if (sectionKey(saved, o) != sectionKey(incoming, n))
            c.fields.append(QStringLiteral("section"));
        if (o.lead != n.lead)
            c.fields.append(QStringLiteral("lead"));
        if (o.co != n.co)
            c.fields.append(QStringLiteral("co"));
        if (o.deadline != n.deadline)
            c.fields.append(QStringLiteral("deadline"));
        if (!sameMilestones(o.milestones, n.milestones))
            c.fields.append(QStringLiteral("milestones"));
        if (!sameTargets(o.targets, n.targets))
            c.fields.append(QStringLiteral("targets"));
        if (!c.fields.isEmpty())
            diff.changed.append(c);
    }
    for (const Task &o : saved.tasks) {
        if (!seen.contains(o.code))
            diff.removed.append(o.code);
    }
    return diff;
}

} // namespace duban::core
