// The `import --json` object of the seed has exactly the fields and types of the product.md contract.
#include "core/import/PlanJson.h"
#include "core/import/PlanImporter.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace duban::core;

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

void expectTargetShape(const QJsonValue &v)
{
    ASSERT_TRUE(v.isObject());
    const QJsonObject t = v.toObject();
    EXPECT_EQ(sortedKeys(t),
              sorted({u"name"_s, u"value"_s, u"measure"_s, u"comparator"_s, u"stretch"_s, u"period"_s}));
    EXPECT_TRUE(t.value(u"name"_s).isString());
    EXPECT_TRUE(t.value(u"value"_s).isDouble());
    EXPECT_TRUE(t.value(u"measure"_s).isString());
    const QString comparator = t.value(u"comparator"_s).toString();
    EXPECT_TRUE(QStringList({u">="_s, u"<="_s, u"~"_s, u"="_s, u">"_s}).contains(comparator))
        << comparator.toStdString();
    EXPECT_TRUE(t.value(u"stretch"_s).isNull() || t.value(u"stretch"_s).isDouble());
    static const QRegularExpression period(uR"(^\d{4}(-Q[1-4]|-H[12])?$)"_s);
    EXPECT_TRUE(period.match(t.value(u"period"_s).toString()).hasMatch())
        << t.value(u"period"_s).toString().toStdString();
}

QJsonObject seedJson()
{
    const ImportOutcome o = PlanImporter().importFile(duban::test::seedPath());
    EXPECT_TRUE(o.ok());
    // through text and back, as the command line prints it
    return QJsonDocument::fromJson(QJsonDocument(planDocumentToJson(*o.document)).toJson()).object();
}

} // namespace

TEST(PlanJson, TopLevelAndDocument)
{
    // GIVEN the seed's JSON
    const QJsonObject root = seedJson();
    // THEN it has exactly the five contract members
    EXPECT_EQ(sortedKeys(root),
              sorted({u"document"_s, u"sections"_s, u"tasks"_s, u"targets"_s, u"warnings"_s}));
    const QJsonObject doc = root.value(u"document"_s).toObject();
    EXPECT_EQ(sortedKeys(doc), sorted({u"title"_s, u"number"_s, u"issuer"_s, u"date"_s, u"year"_s}));
    EXPECT_EQ(doc.value(u"number"_s).toString(), u"湘新综发〔2023〕22号"_s);
    EXPECT_EQ(doc.value(u"date"_s).toString(), u"2023-03-22"_s);
    EXPECT_TRUE(doc.value(u"year"_s).isDouble());
    EXPECT_EQ(doc.value(u"year"_s).toInt(), 2023);
}

TEST(PlanJson, Sections)
{
    const QJsonArray sections = seedJson().value(u"sections"_s).toArray();
    ASSERT_EQ(sections.size(), 11);
    for (const QJsonValue &v : sections)
        EXPECT_EQ(sortedKeys(v.toObject()), sorted({u"code"_s, u"title"_s}));
    EXPECT_EQ(sections.at(0).toObject(),
              (QJsonObject{{u"code"_s, u"一"_s}, {u"title"_s, u"有效投资扩容行动"_s}}));
    EXPECT_EQ(sections.at(9).toObject(),
              (QJsonObject{{u"code"_s, u"十"_s}, {u"title"_s, u"财税收入提效行动"_s}}));
    EXPECT_EQ(sections.at(10).toObject(), (QJsonObject{{u"code"_s, u"四"_s}, {u"title"_s, u"保障措施"_s}}));
}

TEST(PlanJson, TasksHaveTheContractFieldsAndTypes)
{
    const QJsonArray tasks = seedJson().value(u"tasks"_s).toArray();
    ASSERT_EQ(tasks.size(), 38);
    static const QRegularExpression iso(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        SCOPED_TRACE(t.value(u"code"_s).toString().toStdString());
        EXPECT_EQ(sortedKeys(t), sorted({u"code"_s, u"section"_s, u"title"_s, u"text"_s, u"lead"_s,
                                         u"leads"_s, u"co"_s, u"deadline"_s, u"milestones"_s, u"targets"_s}));
        // `lead` is the first of `leads`; `co` lists the others, none of them a lead, each once
        ASSERT_TRUE(t.value(u"leads"_s).isArray());
        const QJsonArray leads = t.value(u"leads"_s).toArray();
        ASSERT_FALSE(leads.isEmpty());
        EXPECT_EQ(leads.first().toString(), t.value(u"lead"_s).toString());
        QSet<QString> seen;
        for (const QJsonValue &u : leads)
            EXPECT_TRUE(u.isString() && !seen.contains(u.toString()) && (seen.insert(u.toString()), true));
        for (const QJsonValue &u : t.value(u"co"_s).toArray())
            EXPECT_FALSE(seen.contains(u.toString())) << u.toString().toStdString();
        for (const QString &k : {u"code"_s, u"section"_s, u"title"_s, u"text"_s, u"lead"_s, u"deadline"_s})
            EXPECT_TRUE(t.value(k).isString()) << k.toStdString();
        EXPECT_TRUE(iso.match(t.value(u"deadline"_s).toString()).hasMatch());
        ASSERT_TRUE(t.value(u"co"_s).isArray());
        for (const QJsonValue &c : t.value(u"co"_s).toArray()) {
            EXPECT_TRUE(c.isString());
            EXPECT_FALSE(c.toString().contains(u'(')); // full-width brackets only
        }
        for (const QJsonValue &m : t.value(u"milestones"_s).toArray()) {
            EXPECT_EQ(sortedKeys(m.toObject()), sorted({u"date"_s, u"text"_s}));
            EXPECT_TRUE(iso.match(m.toObject().value(u"date"_s).toString()).hasMatch());
            EXPECT_TRUE(m.toObject().value(u"text"_s).isString());
        }
        for (const QJsonValue &target : t.value(u"targets"_s).toArray())
            expectTargetShape(target);
    }
    const QJsonObject first = tasks.at(0).toObject();
    EXPECT_EQ(first.value(u"code"_s).toString(), u"1"_s);
    EXPECT_EQ(first.value(u"section"_s).toString(), u"一"_s);
    EXPECT_EQ(first.value(u"title"_s).toString(), u"激发民间投资活力"_s);
    EXPECT_EQ(first.value(u"lead"_s).toString(), u"新区经济发展局"_s);
    EXPECT_EQ(first.value(u"co"_s).toArray().at(0).toString(), u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(first.value(u"targets"_s).toArray().at(1).toObject().value(u"value"_s).toDouble(), 2080.96);
    const QJsonObject second = tasks.at(1).toObject();
    EXPECT_EQ(second.value(u"milestones"_s).toArray().at(0).toObject().value(u"date"_s).toString(),
              u"2023-03-31"_s);
    EXPECT_EQ(tasks.at(34).toObject().value(u"code"_s).toString(), u"四（一）"_s);
    EXPECT_EQ(tasks.at(34).toObject().value(u"section"_s).toString(), u"四"_s);
}

TEST(PlanJson, PlanTargetsAndWarnings)
{
    const QJsonObject root = seedJson();
    const QJsonArray targets = root.value(u"targets"_s).toArray();
    ASSERT_EQ(targets.size(), 15);
    for (const QJsonValue &v : targets)
        expectTargetShape(v);
    EXPECT_EQ(targets.at(0).toObject(), (QJsonObject{{u"name"_s, u"地区生产总值增长"_s},
                                                     {u"value"_s, 7.5},
                                                     {u"measure"_s, u"%"_s},
                                                     {u"comparator"_s, u"~"_s},
                                                     {u"stretch"_s, 8},
                                                     {u"period"_s, u"2023"_s}}));
    EXPECT_TRUE(targets.at(1).toObject().value(u"stretch"_s).isNull());
    EXPECT_EQ(targets.at(9).toObject().value(u"period"_s).toString(), u"2023-Q1"_s);
    const QJsonArray warnings = root.value(u"warnings"_s).toArray();
    ASSERT_EQ(warnings.size(), 4);
    for (const QJsonValue &w : warnings) {
        EXPECT_EQ(sortedKeys(w.toObject()), sorted({u"line"_s, u"message"_s}));
        EXPECT_TRUE(w.toObject().value(u"line"_s).isDouble());
        EXPECT_GT(w.toObject().value(u"line"_s).toInt(), 0);
        EXPECT_TRUE(w.toObject().value(u"message"_s).isString());
    }
}

TEST(PlanJson, HalfYearPeriodAndNullDate)
{
    // GIVEN a document without a date and a task with a half-year target
    PlanDocument d;
    d.plan.title = u"方案"_s;
    d.plan.year = 2023;
    Task t;
    t.code = u"1"_s;
    t.deadline = QDate(2023, 12, 31);
    Target target;
    target.name = u"供地"_s;
    target.value = 50;
    target.measure = u"%"_s;
    target.period = u"2023-H1"_s;
    t.targets.append(target);
    d.tasks.append(t);
    const QJsonObject root = planDocumentToJson(d);
    // THEN the date is null and the period is kept
    EXPECT_TRUE(root.value(u"document"_s).toObject().value(u"date"_s).isNull());
    const QJsonObject json =
        root.value(u"tasks"_s).toArray().at(0).toObject().value(u"targets"_s).toArray().at(0).toObject();
    EXPECT_EQ(json.value(u"period"_s).toString(), u"2023-H1"_s);
    EXPECT_EQ(json.value(u"comparator"_s).toString(), u">="_s);
}
