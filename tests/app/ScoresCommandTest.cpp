// duban scores: the 考核 ranking from the real executable, as text and as JSON, on the scored ledger of
// support/ScoredLedger.h; bad input refused.
#include "RunDuban.h"
#include "support/ScoredLedger.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;
using duban::test::zh;

namespace {

QString scoredLedger(const TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("scored.sqlite"));
    auto db = duban::core::Database::open(path, nullptr);
    EXPECT_TRUE(db);
    duban::core::PlanDocument doc = duban::test::smallPlan();
    duban::test::buildScoredLedger(*db, doc);
    return path;
}

QJsonObject unitOf(const QJsonArray &units, const QString &name)
{
    for (const QJsonValue &v : units)
        if (v.toObject().value(QStringLiteral("unit")).toString() == name)
            return v.toObject();
    ADD_FAILURE() << "no unit " << name.toStdString();
    return {};
}

} // namespace

TEST(ScoresCommand, JsonRanksTheUnitsWithTheirItems)
{
    TempDir dir;
    const QString db = scoredLedger(dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const ProcessResult r =
        runDuban({QStringLiteral("scores"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2023-10-12"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError parse;
    const QJsonArray units = QJsonDocument::fromJson(r.out.toUtf8(), &parse).array();
    ASSERT_EQ(parse.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_EQ(units.size(), 6);
    EXPECT_EQ(units.at(0).toObject().value(QStringLiteral("unit")).toString(), zh("新区经济发展局"));

    const QJsonObject econ = unitOf(units, zh("新区经济发展局"));
    EXPECT_EQ(econ.value(QStringLiteral("score")).toInt(), 101);
    EXPECT_EQ(econ.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_EQ(
        econ.value(QStringLiteral("counts")).toObject().value(QStringLiteral("completed-on-time")).toInt(),
        2);
    const QJsonArray items = econ.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 5);
    const QJsonObject late = items.at(0).toObject();
    EXPECT_EQ(late.value(QStringLiteral("kind")).toString(), QStringLiteral("report-late"));
    EXPECT_EQ(late.value(QStringLiteral("task")).toString(), QStringLiteral("1"));
    EXPECT_EQ(late.value(QStringLiteral("date")).toString(), QStringLiteral("2023-04-12"));
    EXPECT_EQ(late.value(QStringLiteral("period")).toString(), QStringLiteral("2023-01-01/2023-03-31"));
    EXPECT_EQ(late.value(QStringLiteral("points")).toInt(), -1);
    const QJsonObject returned = items.at(4).toObject();
    EXPECT_EQ(returned.value(QStringLiteral("kind")).toString(), QStringLiteral("returned"));
    EXPECT_TRUE(returned.value(QStringLiteral("period")).isNull());

    const QJsonObject tech = unitOf(units, zh("新区科技创新和产业促进局"));
    EXPECT_EQ(tech.value(QStringLiteral("score")).toInt(), 89);
    EXPECT_EQ(tech.value(QStringLiteral("rank")).toInt(), 6);
    EXPECT_EQ(tech.value(QStringLiteral("counts")).toObject().value(QStringLiteral("report-missing")).toInt(),
              3);
    EXPECT_EQ(unitOf(units, zh("园区")).value(QStringLiteral("rank")).toInt(), 2);
    EXPECT_EQ(unitOf(units, zh("各街道（镇）")).value(QStringLiteral("rank")).toInt(), 2);
}

TEST(ScoresCommand, TextLinesAndOneUnitWithItsItems)
{
    TempDir dir;
    const QString db = scoredLedger(dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const ProcessResult all = runDuban({QStringLiteral("scores"), QStringLiteral("--db"), db,
                                        QStringLiteral("--as-of"), QStringLiteral("2023-10-12")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    // rank, unit, score, then not-signed, report-missing, report-late, overdue, completed-on-time, returned
    EXPECT_EQ(lines.first(), zh("1\t新区经济发展局\t101\t1\t0\t1\t0\t2\t1"));
    EXPECT_EQ(lines.last(), zh("6\t新区科技创新和产业促进局\t89\t0\t3\t0\t1\t0\t0"));

    const ProcessResult one =
        runDuban({QStringLiteral("scores"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2023-10-12"), QStringLiteral("--unit"), zh("财政")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QStringList oneLines = one.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(oneLines.size(), 4) << one.out.toStdString();
    EXPECT_TRUE(oneLines.at(0).startsWith(zh("4\t新区财政金融局\t99\t"))) << oneLines.at(0).toStdString();
    EXPECT_EQ(oneLines.at(2), QStringLiteral("\treport-missing\t3\t2023-04-10\t2023-01-01/2023-03-31\t-2"));
}

TEST(ScoresCommand, BadInputIsRefusedAndNoDatabaseIsCreated)
{
    TempDir dir;
    const QString db = scoredLedger(dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const ProcessResult badDate = runDuban({QStringLiteral("scores"), QStringLiteral("--db"), db,
                                            QStringLiteral("--as-of"), QStringLiteral("2023-02-30")});
    EXPECT_EQ(badDate.exitCode, 2) << badDate.err.toStdString();
    const ProcessResult badUnit = runDuban(
        {QStringLiteral("scores"), QStringLiteral("--db"), db, QStringLiteral("--unit"), zh("不存在的单位")});
    EXPECT_EQ(badUnit.exitCode, 2);
    EXPECT_FALSE(badUnit.err.isEmpty());
    const QString missing = dir.file(QStringLiteral("missing.sqlite"));
    const ProcessResult none = runDuban({QStringLiteral("scores"), QStringLiteral("--db"), missing});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(missing));
    const ProcessResult extra =
        runDuban({QStringLiteral("scores"), QStringLiteral("--db"), db, QStringLiteral("x")});
    EXPECT_EQ(extra.exitCode, 2);
}
