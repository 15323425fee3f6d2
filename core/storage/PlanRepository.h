#pragma once

#include "domain/PlanDocument.h"
#include "domain/Unit.h"
#include "StorageError.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

/// Plans with their sections and plan-level targets; saves a whole decomposed document in one transaction.
class PlanRepository final
{
public:
    explicit PlanRepository(QSqlDatabase db);

    QList<Plan> all() const;
    std::optional<Plan> byId(qint64 id) const;
    std::optional<Plan> findByNumber(const QString &number) const;
    QList<Section> sections(qint64 planId = 0) const;
    QList<Target> planTargets(qint64 planId) const;

    /// Saves the plan, its sections, tasks (with units, milestones, targets) and plan targets.
    /// Fills in the ids. Returns the plan id, or 0 with nothing written.
    qint64 save(PlanDocument &document, StorageError *error);
    /// As save(), first registering `units` with their kinds (groups stay groups).
    qint64 save(PlanDocument &document, const QList<Unit> &units, StorageError *error);
    /// Updates a saved plan in place from a re-imported `document`: tasks matched by code keep their id,
    /// status and progress; new tasks are added; tasks no longer in the document are removed unless they
    /// have progress reports or supervision records (their codes go to `kept`). One transaction.
    bool update(qint64 planId, PlanDocument &document, const QList<Unit> &units, QStringList *kept,
                StorageError *error);
    /// The saved plan as a PlanDocument (for comparing with a re-import).
    std::optional<PlanDocument> loadDocument(qint64 planId) const;
    qint64 insertPlan(Plan &plan, StorageError *error);
    qint64 insertSection(Section &section, StorageError *error);
    bool remove(qint64 planId, StorageError *error);

private:
    qint64 saveNoTx(PlanDocument &document, StorageError *error);

    QSqlDatabase m_db;
};

} // namespace duban::core
