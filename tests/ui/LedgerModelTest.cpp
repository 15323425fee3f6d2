// The ledger model over the store: QAbstractItemModelTester, filters, sorting, and row mapping.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/models/LedgerModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct ModelFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("m.sqlite")), nullptr);
    std::unique_ptr<OpenLedger> store;
    std::unique_ptr<LedgerModel> model;

    ModelFixture()
    {
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
        store = std::make_unique<OpenLedger>(*db);
        store->reload();
        model = std::make_unique<LedgerModel>(store.get());
    }
    QStringList column(LedgerModel::Column c)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out.append(model->index(r, int(c)).data().toString());
        return out;
    }
};

} // namespace

TEST(LedgerModel, PassesModelTesterThroughFiltersSortsAndEdits)
{
    ModelFixture f;
    QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(f.model->rowCount(), 5);
    EXPECT_EQ(f.model->columnCount(), TaskIndex::columnCount);
    f.model->sort(int(LedgerModel::Column::Title), Qt::DescendingOrder);
    TaskFilter filter;
    filter.text = QStringLiteral("项目");
    f.model->setFilter(filter);
    EXPECT_EQ(f.model->rowCount(), 3);
    const Task before = *f.store->task(f.model->taskId(0));
    Task t = before;
    t.title = QStringLiteral("改过的项目标题");
    ASSERT_TRUE(f.store->saveTask(before, t, nullptr));
    EXPECT_EQ(f.model->rowCount(), 3);
}

TEST(LedgerModel, ShowsColumnsOfATask)
{
    ModelFixture f;
    const int row = f.model->rowOf(f.store->index().row(0).id);
    ASSERT_EQ(row, 0);
    auto cell = [&](LedgerModel::Column c) { return f.model->index(row, int(c)).data().toString(); };
    EXPECT_EQ(cell(LedgerModel::Column::Code), QStringLiteral("1"));
    EXPECT_EQ(cell(LedgerModel::Column::Section), QStringLiteral("（一）有效投资扩容行动"));
    EXPECT_EQ(cell(LedgerModel::Column::Title), QStringLiteral("激发民间投资活力"));
    EXPECT_EQ(cell(LedgerModel::Column::Lead), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(cell(LedgerModel::Column::CoUnits), QStringLiteral("新区开发建设局（交通运输局）、园区"));
    EXPECT_EQ(cell(LedgerModel::Column::Deadline), QStringLiteral("2023-12-31"));
    EXPECT_EQ(cell(LedgerModel::Column::Status), QStringLiteral("In progress"));
    EXPECT_EQ(f.model->index(f.model->rowOf(f.store->index().row(3).id), int(LedgerModel::Column::Status))
                  .data()
                  .toString(),
              QStringLiteral("Completed"));
    EXPECT_EQ(f.model->headerData(int(LedgerModel::Column::Lead), Qt::Horizontal).toString(),
              QStringLiteral("Lead unit"));
}

TEST(LedgerModel, SortsAndFiltersByUnitAndSection)
{
    ModelFixture f;
    f.model->sort(int(LedgerModel::Column::Deadline), Qt::AscendingOrder);
    EXPECT_EQ(f.column(LedgerModel::Column::Code), duban::test::strings({"3", "10", "1", "2", "四（一）"}));
    f.model->sort(int(LedgerModel::Column::Code), Qt::DescendingOrder);
    EXPECT_EQ(f.column(LedgerModel::Column::Code), duban::test::strings({"四（一）", "10", "3", "2", "1"}));

    TaskFilter filter;
    filter.unitId = UnitRepository(*f.db).find(QStringLiteral("园区"))->id;
    f.model->setFilter(filter);
    EXPECT_EQ(f.column(LedgerModel::Column::Code), duban::test::strings({"四（一）", "2", "1"}));
    filter.sectionId = f.store->index().row(4).sectionId;
    f.model->setFilter(filter);
    EXPECT_EQ(f.column(LedgerModel::Column::Code), duban::test::strings({"四（一）"}));
    EXPECT_EQ(f.model->rowOf(f.store->index().row(0).id), -1);
}
