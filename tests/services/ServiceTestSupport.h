#pragma once

#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <memory>

namespace duban::test {

/// A fresh database file holding smallPlan().
struct SmallLedger
{
    TempDir dir;
    std::unique_ptr<core::Database> db = core::Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr);
    core::PlanDocument doc = smallPlan();

    SmallLedger() { core::PlanRepository(*db).save(doc, nullptr); }
};

} // namespace duban::test
