// Google Benchmark of the PDF briefing, content + layout + PDF (targets: the 38-task seed under 1 s, a
// 10,000-task ledger under 15 s). No BENCHMARK_MAIN() here: BenchMain.cpp provides main().
#include "core/briefing/BriefingBuilder.h"
#include "core/import/PlanImporter.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/Transaction.h"
#include "ui/export/BriefingDocument.h"
#include "ui/export/BriefingPdfWriter.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

using namespace duban::core;

namespace {

/// The seed plan (38 tasks) imported into a fresh database in `dir`.
std::unique_ptr<Database> seedDatabase(const QTemporaryDir &dir)
{
    StorageError error;
    auto db = Database::open(dir.filePath(QStringLiteral("seed.sqlite")), &error);
    QFile file(QStringLiteral(DUBAN_SEED_FILE));
    if (!db || !file.open(QIODevice::ReadOnly))
        return nullptr;
    ImportOutcome outcome = PlanImporter().importBytes(file.readAll());
    if (!outcome.ok() || !PlanRepository(*db).save(*outcome.document, outcome.units, &error))
        return nullptr;
    return db;
}

/// A plan of `count` tasks in 20 sections led by 60 units, written with the repositories: deadlines spread
/// over the year (about one in ten overdue as of 2023-07-01), one in five completed, progress reports on one
/// in three.
std::unique_ptr<Database> largeDatabase(const QTemporaryDir &dir, int count)
{
    StorageError error;
    auto db = Database::open(dir.filePath(QStringLiteral("large.sqlite")), &error);
    if (!db)
        return nullptr;
    PlanDocument d;
    d.plan.title = QStringLiteral("基准测试方案");
    d.plan.number = QStringLiteral("基准〔2023〕1号");
    d.plan.issuer = QStringLiteral("基准党政综合部");
    d.plan.date = QDate(2023, 1, 10);
    d.plan.year = 2023;
    for (int s = 0; s < 20; ++s)
        d.sections.append(
            Section{0, 0, QString::number(s + 1), QStringLiteral("第%1板块行动").arg(s + 1), s});
    for (int i = 0; i < count; ++i) {
        Task t;
        t.code = QString::number(i + 1);
        t.sectionIndex = i % 20;
        t.section = QString::number(i % 20 + 1);
        t.title = QStringLiteral("推进第%1项重点工作落实落地").arg(i + 1);
        t.text = t.title;
        t.leads = QStringList{QStringLiteral("新区第%1责任单位").arg(i % 60 + 1)};
        t.co = {QStringLiteral("新区第%1责任单位").arg((i + 7) % 60 + 1)};
        t.deadline = i % 10 == 0 ? QDate(2023, 3 + i % 4, 28) : QDate(2023, 12, 31);
        if (i % 5 == 1) {
            t.status = TaskStatus::Completed;
            t.completedOn = QDate(2023, 5, 1 + i % 28);
        }
        d.tasks.append(t);
    }
    if (!PlanRepository(*db).save(d, &error))
        return nullptr;
    Transaction tx(db->connection());
    ProgressRepository progress(*db);
    for (int i = 0; i < count; i += 3) {
        ProgressReport r;
        r.taskId = d.tasks[i].id;
        r.date = QDate(2023, 6, 1 + i % 28);
        r.percent = (i * 7) % 100;
        r.text = QStringLiteral("按计划推进");
        progress.insertReport(r, &error);
    }
    tx.commit();
    return db;
}

void renderBriefing(benchmark::State &state, Database &db, const QTemporaryDir &dir)
{
    BriefingOptions options;
    options.asOf = QDate(2023, 7, 1);
    options.issue = 1;
    const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
    int pages = 0;
    for ([[maybe_unused]] auto _ : state) {
        const BriefingContent content = BriefingBuilder(db).build(options);
        const duban::ui::BriefingDocument document(content);
        QString error;
        if (!duban::ui::BriefingPdfWriter::write(document, path, &error))
            state.SkipWithError("the PDF could not be written");
        pages = document.pageCount();
    }
    state.counters["pages"] = pages;
}

void BM_BriefingSeed38Tasks(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = seedDatabase(dir);
    if (!db) {
        state.SkipWithError("could not import the seed plan");
        return;
    }
    renderBriefing(state, *db, dir);
}
BENCHMARK(BM_BriefingSeed38Tasks)->Unit(benchmark::kMillisecond);

void BM_Briefing10000Tasks(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = largeDatabase(dir, 10000);
    if (!db) {
        state.SkipWithError("could not generate the ledger");
        return;
    }
    renderBriefing(state, *db, dir);
}
BENCHMARK(BM_Briefing10000Tasks)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
