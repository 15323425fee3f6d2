#pragma once
// Shared set-up of the indicator tests: a temporary database with the seed plan imported.

#include "support/TempDir.h"

#include "core/domain/Observation.h"
#include "core/import/PlanImporter.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"

#include <gtest/gtest.h>

#include <memory>

namespace duban::test {

/// The seed plan (湘新综发〔2023〕22号) imported into a fresh temporary database.
struct SeedDatabase
{
    TempDir dir;
    std::unique_ptr<core::Database> db;

    SeedDatabase()
    {
        db = core::Database::open(dir.file(QStringLiteral("seed.sqlite")), nullptr);
        const core::ImportOutcome outcome = core::PlanImporter().importBytes(readAll(seedPath()));
        EXPECT_TRUE(outcome.ok());
        core::PlanDocument doc = *outcome.document;
        EXPECT_GT(core::PlanRepository(*db).save(doc, outcome.units, nullptr), 0);
    }

    core::IndicatorRepository repository() const { return core::IndicatorRepository(*db); }
    qint64 indicatorId(const QString &name) const { return repository().byName(name)->id; }
    core::TargetEntry target(const QString &name, const QString &period) const
    {
        for (const core::TargetEntry &e : repository().targets())
            if (e.target.name == name && e.target.period == period)
                return e;
        ADD_FAILURE() << "no target " << name.toStdString() << " " << period.toStdString();
        return {};
    }
};

/// A year of GDP growth as the statistics bureau publishes it (1-2月 … 1-12月, cumulative %).
inline QList<core::Observation> gdpYear(qint64 indicatorId)
{
    const double values[] = {6.2, 6.8, 7.0, 7.1, 7.3, 7.4, 7.5, 7.6, 7.6, 7.7, 7.8};
    QList<core::Observation> out;
    for (int m = 2; m <= 12; ++m)
        out.append(core::Observation{0,
                                     indicatorId,
                                     QStringLiteral("2023-%1").arg(m, 2, 10, QLatin1Char('0')),
                                     values[m - 2],
                                     QStringLiteral("统计局"),
                                     {}});
    return out;
}

} // namespace duban::test
