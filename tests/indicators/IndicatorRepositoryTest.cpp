// Indicators, targets and observations round trip through the repository on a real SQLite file.
#include "IndicatorTestSupport.h"

#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

using namespace duban::core;
using duban::test::SeedDatabase;

TEST(IndicatorRepository, SeedTargetsShareOneIndicator)
{
    SeedDatabase seed;
    const TargetEntry annual = seed.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023"));
    const TargetEntry q1 = seed.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023-Q1"));
    EXPECT_EQ(annual.indicatorId, q1.indicatorId);
    EXPECT_GT(annual.indicatorId, 0);
    EXPECT_EQ(annual.target.comparator, Comparator::About);
    EXPECT_DOUBLE_EQ(annual.target.value, 7.5);
    EXPECT_EQ(annual.target.stretch, std::optional<double>(8.0));
    EXPECT_EQ(q1.target.comparator, Comparator::AtLeast);
    EXPECT_DOUBLE_EQ(q1.target.value, 7.0);
    EXPECT_TRUE(annual.taskCode.isEmpty());
    // Plan-level targets come first, then task targets in task order
    const QList<TargetEntry> all = seed.repository().targets();
    EXPECT_EQ(all.first().target.name, QStringLiteral("地区生产总值增长"));
    EXPECT_EQ(all.last().taskCode, QStringLiteral("32"));
}

TEST(IndicatorRepository, ObservationsUpsertByPeriod)
{
    SeedDatabase seed;
    IndicatorRepository repo = seed.repository();
    const qint64 gdp = seed.indicatorId(QStringLiteral("地区生产总值增长"));
    Observation o{0, gdp, QStringLiteral("2023-06"), 7.3, QStringLiteral("统计局"), QStringLiteral("初步")};
    ASSERT_TRUE(repo.setObservation(o, nullptr));
    EXPECT_GT(o.id, 0);
    Observation again{0, gdp, QStringLiteral("2023-06"), 7.4, QStringLiteral("统计局"), QString()};
    ASSERT_TRUE(repo.setObservation(again, nullptr));
    EXPECT_EQ(again.id, o.id);
    const QList<Observation> saved = repo.observations(gdp);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first(), again);
    EXPECT_EQ(repo.allObservations().value(gdp), saved);
    ASSERT_TRUE(repo.removeObservation(o.id, nullptr));
    EXPECT_TRUE(repo.observations(gdp).isEmpty());
}

TEST(IndicatorRepository, BatchIsAllOrNothing)
{
    SeedDatabase seed;
    IndicatorRepository repo = seed.repository();
    const qint64 gdp = seed.indicatorId(QStringLiteral("地区生产总值增长"));
    QList<Observation> batch = duban::test::gdpYear(gdp);
    batch.append(Observation{0, 999999, QStringLiteral("2023-06"), 1, {}, {}}); // no such indicator: FK fails
    StorageError error;
    EXPECT_FALSE(repo.setObservations(batch, &error));
    EXPECT_TRUE(error.isError());
    EXPECT_TRUE(repo.observations(gdp).isEmpty());
    batch.removeLast();
    ASSERT_TRUE(repo.setObservations(batch, nullptr));
    EXPECT_EQ(repo.observations(gdp).size(), 11);
}

TEST(IndicatorRepository, EditedTargetRoundTripsAndRelinks)
{
    SeedDatabase seed;
    IndicatorRepository repo = seed.repository();
    TargetEntry e = seed.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023-Q1"));
    const qint64 unit = UnitRepository(*seed.db).find(QStringLiteral("新区经济发展局"))->id;
    e.target.value = 7.2;
    e.target.comparator = Comparator::About;
    e.target.stretch = 7.5;
    e.target.period = QStringLiteral("2023-H1");
    e.unitId = unit;
    ASSERT_TRUE(repo.updateTarget(e, nullptr));
    TargetEntry back = *repo.target(e.target.id);
    EXPECT_EQ(back.target, e.target);
    EXPECT_EQ(back.unitId, unit);
    EXPECT_EQ(back.unitName, QStringLiteral("新区经济发展局"));
    // A new indicator name creates the indicator and links the target to it
    e.target.name = QStringLiteral("地区生产总值增速（新口径）");
    ASSERT_TRUE(repo.updateTarget(e, nullptr));
    back = *repo.target(e.target.id);
    EXPECT_NE(back.indicatorId, seed.indicatorId(QStringLiteral("地区生产总值增长")));
    EXPECT_EQ(repo.byId(back.indicatorId)->name, e.target.name);
    // Unknown target: nothing written, an error
    e.target.id = 987654;
    StorageError error;
    EXPECT_FALSE(repo.updateTarget(e, &error));
    EXPECT_EQ(error.code, StorageError::Code::NotFound);
}

TEST(IndicatorRepository, ATargetChangedByAnotherWriterIsAConflict)
{
    // GIVEN a target read by the window, then changed by another writer
    SeedDatabase seed;
    IndicatorRepository repo = seed.repository();
    const TargetEntry shown = seed.target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023-Q1"));
    TargetEntry theirs = *repo.target(shown.target.id);
    theirs.target.value = 6.0;
    ASSERT_TRUE(repo.updateTarget(theirs, nullptr));
    // WHEN the window saves its stale copy
    TargetEntry mine = shown;
    mine.target.value = 9.9;
    StorageError error;
    EXPECT_FALSE(repo.updateTarget(mine, &error));
    // THEN it is told and the other value stays
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_EQ(repo.target(shown.target.id)->target.value, 6.0);
}

TEST(IndicatorRepository, SettingsHaveDefaultsAndPersist)
{
    SeedDatabase seed;
    IndicatorRepository repo = seed.repository();
    EXPECT_EQ(repo.tolerances(), TargetTolerances{});
    ASSERT_TRUE(repo.setTolerances(TargetTolerances{0.3, 0.1}, nullptr));
    EXPECT_EQ(seed.repository().tolerances(), (TargetTolerances{0.3, 0.1}));
}
