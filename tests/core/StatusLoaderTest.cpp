// The status loader reads the whole ledger in bulk and one task alone: both must give each task the same
// facts, also where a task has several reports on one day (a lead and a co-unit reporting together), where
// the rule is that the highest percent of the day counts (DomainStatus.SameDayReportsTakeTheHighestPercent).
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/SyntheticGenerator.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace duban::core;

TEST(StatusLoader, TheLedgerAndOneTaskAgreeOnTheLatestReportAlsoOnSameDayReports)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("l.sqlite")), nullptr);
    ASSERT_TRUE(db);
    SyntheticSpec spec;
    spec.tasks = 400;
    spec.reports = 6000;
    spec.seed = 15;
    ASSERT_TRUE(SyntheticGenerator(*db).generate(spec, nullptr, nullptr));
    // Two more reports of the first task on one day, the lower percent written last.
    QSqlQuery q(db->connection());
    const qint64 first = [&] {
        q.exec(QStringLiteral("SELECT min(id) FROM tasks"));
        q.next();
        return q.value(0).toLongLong();
    }();
    for (const int percent : {70, 40})
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO progress_reports (task_id, reported_on, unit, text, percent) "
                                  "VALUES (%1, '2026-11-20', '', 'same day', %2)")
                       .arg(first)
                       .arg(percent)));
    // The workload has days with several reports of a task: the test means something.
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM progress_reports GROUP BY task_id, "
                              "reported_on HAVING count(*) > 1 AND min(percent) < max(percent))")));
    ASSERT_TRUE(q.next());
    ASSERT_GT(q.value(0).toInt(), 1);

    const QDate asOf(2026, 11, 27);
    const StatusThresholds settings;
    const StatusSnapshot all = StatusLoader(*db).load(asOf, settings);
    ASSERT_EQ(all.facts.size(), size_t(spec.tasks));
    int differing = 0;
    for (size_t i = 0; i < all.facts.size(); ++i) {
        const StatusSnapshot one = StatusLoader(*db).loadTask(asOf, settings, all.taskIds[i]);
        ASSERT_EQ(one.facts.size(), 1u);
        differing += one.facts[0].lastReport != all.facts[i].lastReport ||
                     one.facts[0].lastPercent != all.facts[i].lastPercent;
    }
    EXPECT_EQ(differing, 0) << "tasks whose latest report the bulk read and the one-task read see apart";
    const int at = all.indexOf.value(first, -1);
    ASSERT_GE(at, 0);
    EXPECT_EQ(all.facts[size_t(at)].lastReport, QDate(2026, 11, 20));
    EXPECT_EQ(all.facts[size_t(at)].lastPercent, 70) << "the day's highest percent";
}
