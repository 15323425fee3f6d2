// Target edits and observation changes go through the undo stack and undo/redo restore the database.
#include "IndicatorTestSupport.h"

#include "core/services/IndicatorService.h"
#include "core/services/OpenLedger.h"
#include "ui/commands/IndicatorCommands.h"

#include "core/services/UndoStack.h"
#include <QSignalSpy>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct UndoFixture : duban::test::SeedDatabase
{
    std::unique_ptr<OpenLedger> ledger = std::make_unique<OpenLedger>(*db);
    IndicatorService *store = ledger->indicators();
    duban::core::UndoStack *undo = ledger->undoStack();
    qint64 gdp = indicatorId(QStringLiteral("地区生产总值增长"));

    QList<Observation> saved() const { return repository().observations(gdp); }
};

} // namespace

TEST(IndicatorUndo, OneStorePerLedger)
{
    UndoFixture f;
    EXPECT_EQ(f.ledger->indicators(), f.store);
    EXPECT_EQ(f.store->ledger(), f.ledger.get());
}

TEST(IndicatorUndo, EditTargetUndoRedo)
{
    UndoFixture f;
    const TargetEntry before = f.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023"));
    TargetEntry after = before;
    after.target.value = 7.0;
    after.target.stretch.reset();
    after.target.comparator = Comparator::AtLeast;
    QSignalSpy changed(f.store, &IndicatorService::targetsChanged);
    ASSERT_TRUE(StoreCommand::push(new EditTargetCommand(f.store, before, after), nullptr));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(f.repository().target(before.target.id)->target, after.target);
    f.undo->undo();
    EXPECT_EQ(f.repository().target(before.target.id)->target, before.target);
    f.undo->redo();
    EXPECT_EQ(f.repository().target(before.target.id)->target, after.target);
}

TEST(IndicatorUndo, FailedEditNeverLandsOnTheStack)
{
    UndoFixture f;
    TargetEntry before = f.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023"));
    TargetEntry after = before;
    after.target.id = 424242;
    StorageError error;
    EXPECT_FALSE(StoreCommand::push(new EditTargetCommand(f.store, before, after), &error));
    EXPECT_EQ(f.undo->count(), 0);
    EXPECT_TRUE(error.isError());
}

TEST(IndicatorUndo, AddReplaceAndDeleteObservation)
{
    UndoFixture f;
    QSignalSpy changed(f.store, &IndicatorService::observationsChanged);
    const Observation first{0, f.gdp, QStringLiteral("2023-06"), 7.3, QStringLiteral("统计局"), {}};
    ASSERT_TRUE(StoreCommand::push(new SetObservationCommand(f.store, first), nullptr));
    ASSERT_EQ(f.saved().size(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), f.gdp);
    const qint64 id = f.saved().first().id;

    // A second value for the same period replaces the first; undo brings the first back
    Observation second = first;
    second.value = 7.4;
    ASSERT_TRUE(StoreCommand::push(new SetObservationCommand(f.store, second), nullptr));
    EXPECT_DOUBLE_EQ(f.saved().first().value, 7.4);
    f.undo->undo();
    EXPECT_DOUBLE_EQ(f.saved().first().value, 7.3);
    EXPECT_EQ(f.saved().first().id, id);
    f.undo->undo();
    EXPECT_TRUE(f.saved().isEmpty());
    f.undo->redo();
    ASSERT_EQ(f.saved().size(), 1);
    EXPECT_EQ(f.saved().first().id, id);
    f.undo->redo();
    EXPECT_DOUBLE_EQ(f.saved().first().value, 7.4);

    // Delete and undo: the same row with the same id comes back
    const Observation kept = f.saved().first();
    ASSERT_TRUE(StoreCommand::push(new DeleteObservationsCommand(f.store, {kept}), nullptr));
    EXPECT_TRUE(f.saved().isEmpty());
    f.undo->undo();
    ASSERT_EQ(f.saved().size(), 1);
    EXPECT_EQ(f.saved().first(), kept);
}

TEST(IndicatorUndo, ImportUndoRestoresWhatItReplaced)
{
    UndoFixture f;
    Observation existing{0, f.gdp, QStringLiteral("2023-03"), 6.5, QStringLiteral("快报"), {}};
    ASSERT_TRUE(f.repository().setObservation(existing, nullptr));
    ASSERT_TRUE(
        StoreCommand::push(new ImportObservationsCommand(f.store, duban::test::gdpYear(f.gdp)), nullptr));
    EXPECT_EQ(f.saved().size(), 11);
    EXPECT_DOUBLE_EQ(f.repository().observation(f.gdp, QStringLiteral("2023-03"))->value, 6.8);
    f.undo->undo();
    ASSERT_EQ(f.saved().size(), 1);
    EXPECT_EQ(f.saved().first(), existing);
    f.undo->redo();
    EXPECT_EQ(f.saved().size(), 11);
    f.undo->undo();
    EXPECT_EQ(f.saved().size(), 1);
}
