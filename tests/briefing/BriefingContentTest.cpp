// What a briefing says, computed from a fixture ledger: counts, shares, sections, units, lists, numbering.
#include "BriefingTestSupport.h"
#include "support/TempDir.h"

#include "core/briefing/BriefingArchive.h"
#include "core/briefing/BriefingBuilder.h"
#include "core/storage/SettingsRepository.h"

#include <gtest/gtest.h>

using namespace duban::core;
using duban::test::TempDir;

namespace {

BriefingContent buildAsOf(Database &db, QDate asOf, int issue = 1)
{
    BriefingOptions options;
    options.asOf = asOf;
    options.issue = issue;
    return BriefingBuilder(db).build(options);
}

QStringList codes(const QList<ScheduleItem> &items)
{
    QStringList out;
    for (const ScheduleItem &i : items)
        out.append(i.code);
    return out;
}

} // namespace

TEST(BriefingContent, CountsAndSharesAsOfJuly15)
{
    // GIVEN the fixture ledger WHEN the briefing is built as of 2023-07-15
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15), 3);

    // THEN the masthead comes from the options and the plan
    EXPECT_EQ(c.issue, 3);
    EXPECT_EQ(c.office, QStringLiteral("测试区党政综合部"));
    EXPECT_EQ(c.issuedOn, QDate(2023, 7, 15));
    EXPECT_EQ(c.planNumber, QStringLiteral("测综发〔2023〕1号"));
    EXPECT_EQ(c.title, QStringLiteral("Supervision Report on the Progress of Key Tasks"));
    // AND the counts and shares are those of the six tasks
    EXPECT_EQ(c.counts.total, 6);
    EXPECT_EQ(c.counts.green, 1);
    EXPECT_EQ(c.counts.yellow, 1);
    EXPECT_EQ(c.counts.red, 2);
    EXPECT_EQ(c.counts.completed, 1);
    EXPECT_EQ(c.counts.completedLate, 1);
    EXPECT_NEAR(c.share(c.counts.red), 33.33, 0.01);
    EXPECT_NEAR(c.share(c.counts.closed()), 33.33, 0.01);
    EXPECT_NEAR(c.share(c.counts.green), 16.67, 0.01);
    EXPECT_EQ(c.reportedTasks, 2);
    EXPECT_EQ(c.openNotices, 1);
}

TEST(BriefingContent, SectionsInPlanOrder)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    ASSERT_EQ(c.sections.size(), 2);
    EXPECT_TRUE(c.sections[0].title.contains(QStringLiteral("有效投资扩容行动")));
    EXPECT_EQ(c.sections[0].counts.total, 3);
    EXPECT_EQ(c.sections[0].counts.closed(), 1);
    EXPECT_EQ(c.sections[0].counts.green, 1);
    EXPECT_EQ(c.sections[0].counts.red, 1);
    EXPECT_TRUE(c.sections[1].title.contains(QStringLiteral("人民满意提升行动")));
    EXPECT_EQ(c.sections[1].counts.total, 3);
    EXPECT_EQ(c.sections[1].counts.yellow, 1);
    EXPECT_EQ(c.sections[1].counts.red, 1);
    EXPECT_EQ(c.sections[1].counts.completedLate, 1);
}

TEST(BriefingContent, UnitsRankedFewestRedFirst)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    ASSERT_EQ(c.units.size(), 4);
    EXPECT_EQ(c.units[0].name, QStringLiteral("新区财政金融局"));
    EXPECT_EQ(c.units[0].led, 1);
    EXPECT_EQ(c.units[0].completedOnTime, 1);
    EXPECT_DOUBLE_EQ(c.units[0].onTimePercent(), 100.0);
    EXPECT_EQ(c.units[1].name, QStringLiteral("新区商务局"));
    EXPECT_EQ(c.units[1].led, 2);
    EXPECT_EQ(c.units[1].completed, 1);
    EXPECT_DOUBLE_EQ(c.units[1].onTimePercent(), 0.0);
    EXPECT_EQ(c.units[2].name, QStringLiteral("新区经济发展局"));
    EXPECT_EQ(c.units[2].led, 2);
    EXPECT_EQ(c.units[2].overdue, 1);
    EXPECT_EQ(c.units[3].name, QStringLiteral("新区人民政府办公室"));
    EXPECT_EQ(c.units[3].overdue, 1);
    EXPECT_EQ(c.units[3].openNotices, 1);
}

TEST(BriefingContent, OverdueListMostDaysFirstWithReasons)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    ASSERT_EQ(c.overdue.size(), 2);
    EXPECT_EQ(c.overdue[0].code, QStringLiteral("2"));
    EXPECT_EQ(c.overdue[0].lead, QStringLiteral("新区经济发展局"));
    EXPECT_EQ(c.overdue[0].daysOverdue, 106); // Q1 milestone (Mar 31) missed
    EXPECT_EQ(c.overdue[0].reason, QStringLiteral("Q1 milestone (2023-03-31) overdue by 106 day(s)"));
    EXPECT_EQ(c.overdue[1].code, QStringLiteral("4"));
    EXPECT_EQ(c.overdue[1].lead, QStringLiteral("新区人民政府办公室"));
    EXPECT_EQ(c.overdue[1].deadline, QDate(2023, 6, 30));
    EXPECT_EQ(c.overdue[1].daysOverdue, 15);
    EXPECT_TRUE(c.overdue[1].reason.startsWith(QStringLiteral("Overdue by 15 day")))
        << c.overdue[1].reason.toStdString();
}

TEST(BriefingContent, GoodProgressAndLaggingAgainstTheSchedule)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    EXPECT_EQ(codes(c.goodProgress), duban::test::strings({"1", "3", "6"}));
    EXPECT_EQ(codes(c.lagging), duban::test::strings({"2", "4", "5"}));
    const ScheduleItem &behind = c.lagging[2];
    EXPECT_EQ(behind.judgement, ScheduleJudgement::Behind);
    EXPECT_EQ(behind.percent, 20);
    EXPECT_NEAR(behind.expectedPercent, 50.0, 0.01); // July 15: six whole months of twelve
    EXPECT_EQ(c.goodProgress[0].judgement, ScheduleJudgement::Ahead);
}

TEST(BriefingContent, SupervisionRecordsSinceThePreviousBriefingOrTheMonth)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    // GIVEN no earlier briefing: the period is the as-of month
    BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    EXPECT_EQ(c.periodFrom, QDate(2023, 7, 1));
    ASSERT_EQ(c.supervision.size(), 1);
    EXPECT_EQ(c.supervision[0].taskCode, QStringLiteral("4"));
    EXPECT_EQ(c.supervision[0].light.light, Light::Red);
    // WHEN a briefing as of June 15 was exported THEN the period starts the day after it
    StorageError error;
    ASSERT_TRUE(BriefingArchive(*db).record(1, QDate(2023, 6, 15), QStringLiteral("/tmp/1.pdf"),
                                            QDateTime(QDate(2023, 6, 16), QTime(9, 0)), &error));
    c = buildAsOf(*db, QDate(2023, 7, 15));
    EXPECT_EQ(c.periodFrom, QDate(2023, 6, 16));
    EXPECT_EQ(c.supervision.size(), 2);
}

TEST(BriefingContent, TargetsWithLatestValueAndEvaluation)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 15));
    ASSERT_EQ(c.targets.size(), 1);
    const TargetItem &t = c.targets.first();
    EXPECT_EQ(t.entry.target.name, QStringLiteral("地区生产总值增长"));
    EXPECT_EQ(t.observations.size(), 4);
    ASSERT_TRUE(t.evaluation.basis.has_value());
    EXPECT_DOUBLE_EQ(t.evaluation.basis->value, 7.6);
    EXPECT_EQ(t.evaluation.state, TargetState::OnTrack);
    // As of May 31 the June value is not known yet
    const BriefingContent may = buildAsOf(*db, QDate(2023, 5, 31));
    ASSERT_TRUE(may.targets.first().evaluation.basis.has_value());
    EXPECT_DOUBLE_EQ(may.targets.first().evaluation.basis->value, 7.3);
}

TEST(BriefingContent, PartsLeftOutAreNotComputed)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    BriefingOptions options;
    options.asOf = QDate(2023, 7, 15);
    options.parts = BriefingPart::Overview | BriefingPart::Overdue;
    options.remarks = QStringLiteral("  请各单位抓紧推进。 ");
    options.office = QStringLiteral("督查室");
    const BriefingContent c = BriefingBuilder(*db).build(options);
    EXPECT_TRUE(c.targets.isEmpty());
    EXPECT_TRUE(c.supervision.isEmpty());
    EXPECT_FALSE(c.has(BriefingPart::Units));
    EXPECT_EQ(c.overdue.size(), 2);
    EXPECT_EQ(c.remarks, QStringLiteral("请各单位抓紧推进。"));
    EXPECT_EQ(c.office, QStringLiteral("督查室"));
}

TEST(BriefingContent, EmptyLedgerHasNothing)
{
    TempDir dir;
    StorageError error;
    auto db = Database::open(dir.file(QStringLiteral("empty.sqlite")), &error);
    ASSERT_TRUE(db);
    const BriefingContent c = buildAsOf(*db, QDate(2023, 7, 1));
    EXPECT_TRUE(c.isEmpty());
    EXPECT_TRUE(c.units.isEmpty());
    EXPECT_TRUE(c.overdue.isEmpty());
    EXPECT_DOUBLE_EQ(c.share(0), 0.0);
}

TEST(BriefingArchive, NumbersIssuesPerYearAndRemembersThem)
{
    TempDir dir;
    StorageError error;
    auto db = Database::open(dir.file(QStringLiteral("a.sqlite")), &error);
    ASSERT_TRUE(db);
    BriefingArchive archive(*db);
    EXPECT_EQ(archive.nextIssue(QDate(2023, 7, 1)), 1);
    ASSERT_TRUE(
        archive.record(1, QDate(2023, 7, 1), QStringLiteral("a.pdf"), QDateTime::currentDateTime(), &error));
    ASSERT_TRUE(
        archive.record(5, QDate(2023, 8, 1), QStringLiteral("b.pdf"), QDateTime::currentDateTime(), &error));
    EXPECT_EQ(archive.nextIssue(QDate(2023, 9, 1)), 6);
    EXPECT_EQ(archive.nextIssue(QDate(2024, 1, 5)), 1); // a new year starts again at 1
    EXPECT_EQ(SettingsRepository(*db).value(QStringLiteral("briefing.lastIssue")), QStringLiteral("5"));
    EXPECT_EQ(archive.previousAsOf(QDate(2023, 8, 1)), QDate(2023, 7, 1));
    EXPECT_FALSE(archive.previousAsOf(QDate(2023, 7, 1)).isValid());
    ASSERT_EQ(archive.all().size(), 2);
}
