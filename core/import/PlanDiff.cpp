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

QList<Milestone> withTicksKept(QList<Milestone> incoming, const QList<Milestone> &saved)
{
    for (Milestone &m : incoming)
        for (const Milestone &old : saved)
            if (old.date == m.date && old.done)
                m.done = true;
    return incoming;
}

} // namespace

const QList<ReimportField> &reimportFields()
{
    using Doc = const PlanDocument &;
    static const QList<ReimportField> fields{
        {"title", [](Doc, const Task &o, Doc, const Task &n) { return o.title != n.title; },
         [](Task &s, const Task &n) { s.title = n.title; }},
        {"text", [](Doc, const Task &o, Doc, const Task &n) { return o.text != n.text; },
         [](Task &s, const Task &n) { s.text = n.text; }},
        {"section",
         [](Doc saved, const Task &o, Doc incoming, const Task &n) {
             return sectionKey(saved, o) != sectionKey(incoming, n);
         },
         [](Task &s, const Task &n) { s.sectionId = n.sectionId; }},
        {"lead", [](Doc, const Task &o, Doc, const Task &n) { return o.leads != n.leads; },
         [](Task &s, const Task &n) { s.leads = n.leads; }},
        {"co", [](Doc, const Task &o, Doc, const Task &n) { return o.co != n.co; },
         [](Task &s, const Task &n) { s.co = n.co; }},
        {"deadline", [](Doc, const Task &o, Doc, const Task &n) { return o.deadline != n.deadline; },
         [](Task &s, const Task &n) { s.deadline = n.deadline; }},
        {"milestones",
         [](Doc, const Task &o, Doc, const Task &n) { return !sameMilestones(o.milestones, n.milestones); },
         [](Task &s, const Task &n) { s.milestones = withTicksKept(n.milestones, s.milestones); }},
        {"targets", [](Doc, const Task &o, Doc, const Task &n) { return !sameTargets(o.targets, n.targets); },
         [](Task &s, const Task &n) { s.targets = n.targets; }},
        {"reporting", [](Doc, const Task &o, Doc, const Task &n) { return o.reporting != n.reporting; },
         [](Task &s, const Task &n) { s.reporting = n.reporting; }},
    };
    return fields;
}

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
        for (const ReimportField &f : reimportFields())
            if (f.differs(saved, o, incoming, n))
                c.fields.append(QString::fromLatin1(f.key));
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
