// OpenLedger: one array of lights in the index; a task added to a big ledger is judged alone (no full
// recompute, no background reload); the briefing and indicator services over its session.
#include "ServiceTestSupport.h"

#include "core/services/BriefingService.h"
#include "core/services/IndicatorService.h"
#include "core/services/LookupService.h"
#include "core/services/OpenLedger.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace duban::core;

TEST(OpenLedger, ATaskAddedToABigLedgerIsJudgedAloneAndKeepsOneLightPerRow)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("big.sqlite")), nullptr);
    SyntheticSpec spec;
    spec.tasks = OpenLedger::backgroundThreshold + 500;
    spec.reports = 1000;
    ASSERT_TRUE(SyntheticGenerator(*db).generate(spec, nullptr, nullptr));
    OpenLedger ledger(*db);
    ledger.setAsOf(QDate(2024, 6, 30));
    ledger.reload();
    QElapsedTimer waited;
    waited.start();
    while (ledger.isLoading() && waited.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_FALSE(ledger.isLoading());
    ASSERT_TRUE(ledger.index().hasStatus());
    const int before = ledger.index().size();

    Task t;
    t.title = QStringLiteral("后加的任务");
    t.code = QStringLiteral("新1");
    t.deadline = QDate(2024, 1, 31); // past due as of the ledger's date
    StorageError error;
    const qint64 id = ledger.addTask(t, &error);
    ASSERT_GT(id, 0) << error.message.toStdString();
    // No full recompute: above the threshold that would be a background reload.
    EXPECT_FALSE(ledger.isLoading());
    EXPECT_EQ(ledger.index().size(), before + 1);
    EXPECT_TRUE(ledger.index().hasStatus());
    const int row = ledger.index().indexOf(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(ledger.light(row).light, Light::Red);
    EXPECT_EQ(ledger.index().light(row), Light::Red); // the filter reads the same array
}

TEST(OpenLedger, OwnsItsUndoStackAndServices)
{
    duban::test::SmallLedger f;
    OpenLedger ledger(*f.db);
    ledger.reload();
    EXPECT_EQ(ledger.indicators()->ledger(), &ledger);
    EXPECT_EQ(ledger.undoStack()->count(), 0);
    EXPECT_EQ(ledger.lookup().taskCount(), f.doc.tasks.size());
    EXPECT_EQ(ledger.path(), f.db->path());
    QStringList failures;
    QObject::connect(&ledger, &OpenLedger::storageFailed, [&](const QString &m) { failures.append(m); });
    emit ledger.undoStack()->failed(QStringLiteral("x"));
    EXPECT_EQ(failures, QStringList{QStringLiteral("x")}); // a failed undo reaches the window's message
}

TEST(BriefingService, ContentAndIssueNumbers)
{
    duban::test::SmallLedger f;
    BriefingService briefings(*f.db);
    BriefingOptions options;
    options.asOf = QDate(2023, 7, 1);
    const BriefingContent content = briefings.content(options);
    EXPECT_EQ(content.asOf, options.asOf);
    EXPECT_EQ(content.planTitle, f.doc.plan.title);
    EXPECT_EQ(briefings.nextIssue(options.asOf), 1);
    StorageError error;
    ASSERT_TRUE(briefings.recordIssue(1, options.asOf, QStringLiteral("/tmp/b.pdf"),
                                      QDateTime::currentDateTime(), &error));
    EXPECT_EQ(briefings.nextIssue(QDate(2023, 8, 1)), 2);
}

TEST(IndicatorService, ObservationsInOneTransactionTellWhatChanged)
{
    duban::test::SmallLedger f;
    Target goal;
    goal.planId = f.doc.plan.id;
    goal.name = QStringLiteral("新指标");
    goal.value = 6;
    ASSERT_GT(TaskRepository::insertTarget(*f.db, goal, nullptr), 0); // creates the indicator
    IndicatorService indicators(*f.db);
    const NameMatch<Indicator> match = LookupService(*f.db).matchIndicator(QStringLiteral("新指标"));
    ASSERT_TRUE(match.found);
    const qint64 id = match.found->id;
    QList<qint64> changed;
    QObject::connect(&indicators, &IndicatorService::observationsChanged,
                     [&](qint64 i) { changed.append(i); });
    QList<Observation> values{Observation{0, id, QStringLiteral("2023-03"), 1.5, {}, {}},
                              Observation{0, id, QStringLiteral("2023-06"), 3.0, {}, {}}};
    StorageError error;
    ASSERT_TRUE(indicators.setObservations(values, &error)) << error.message.toStdString();
    EXPECT_EQ(changed, QList<qint64>{id});
    EXPECT_EQ(indicators.allObservations().value(id).size(), 2);
    ASSERT_TRUE(indicators.observation(id, QStringLiteral("2023-06")));
    QList<Observation> none;
    ASSERT_TRUE(indicators.replaceObservations({values.at(0).id, values.at(1).id}, none, &error));
    EXPECT_TRUE(indicators.allObservations().value(id).isEmpty());
}

TEST(IndicatorService, ACsvIsReadIntoKnownRowsAndProblemsWithoutWriting)
{
    duban::test::SmallLedger f;
    Target goal;
    goal.planId = f.doc.plan.id;
    goal.name = QStringLiteral("新指标");
    goal.value = 6;
    ASSERT_GT(TaskRepository::insertTarget(*f.db, goal, nullptr), 0);
    const IndicatorService indicators(*f.db);
    const IndicatorService::CsvObservations read = indicators.readCsv(
        QByteArrayLiteral("indicator,period,value\n新指标,2023-06,3.5\n没有的指标,2023-06,1\n"), 2023);
    EXPECT_TRUE(read.error.isEmpty());
    ASSERT_EQ(read.good.size(), 1);
    EXPECT_DOUBLE_EQ(read.good.first().value, 3.5);
    ASSERT_EQ(read.problems.size(), 1);
    EXPECT_EQ(read.problems.first().line, 3);
    EXPECT_TRUE(indicators.allObservations().isEmpty()); // reading writes nothing
    EXPECT_FALSE(indicators.readCsv(QByteArray(), 2023).error.isEmpty());
}
