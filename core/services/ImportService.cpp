#include "ImportService.h"

#include "core/import/PlanImporter.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UnitRepository.h"

#include <QHash>
#include <QSet>

namespace duban::core {

namespace {

bool registerUnits(Database &database, const QList<Unit> &units, StorageError *error)
{
    UnitRepository directory(database);
    for (const Unit &u : units)
        if (!directory.find(u.name) && directory.ensure(u.name, u.kind, error) == 0)
            return false;
    return true;
}

/// Where the document's task `t` sits once its plan's sections are saved.
void placeTask(Task &t, qint64 planId, int position, const QList<Section> &sections)
{
    t.planId = planId;
    t.position = position;
    t.sectionId =
        (t.sectionIndex >= 0 && t.sectionIndex < sections.size()) ? sections.at(t.sectionIndex).id : 0;
}

/// A task that comes with its plan is assigned (交办) on the plan's issue date; one already saved keeps its
/// own.
void assignStartDates(PlanDocument &document)
{
    for (Task &t : document.tasks)
        if (!t.startDate.isValid())
            t.startDate = document.plan.date;
}

} // namespace

ImportService::ImportService(Database *database) : m_database(database) {}

ImportOutcome ImportService::decompose(const QByteArray &bytes) const
{
    const QList<Unit> directory = m_database ? UnitRepository(*m_database).all() : QList<Unit>();
    return PlanImporter(directory).importBytes(bytes);
}

std::optional<ImportService::SavedPlan> ImportService::savedPlan(const PlanDocument &document) const
{
    if (!m_database)
        return std::nullopt;
    const PlanRepository plans(*m_database);
    const auto existing = plans.findByNumber(document.plan.number);
    if (!existing)
        return std::nullopt;
    auto saved = plans.loadDocument(existing->id);
    if (!saved)
        return std::nullopt;
    SavedPlan result{existing->id, *saved, PlanDiff::compute(*saved, document)};
    return result;
}

qint64 ImportService::saveNew(PlanDocument &document, const QList<Unit> &units, StorageError *error)
{
    Database &database = *m_database;
    Transaction tx(database.connection());
    if (!tx.started(error))
        return 0;
    if (!registerUnits(database, units, error))
        return 0;
    assignStartDates(document);
    const qint64 id = PlanRepository(database).save(document, {}, error);
    return id != 0 && tx.commit(error) ? id : 0;
}

bool ImportService::update(qint64 planId, PlanDocument &document, const QList<Unit> &units, QStringList *kept,
                           StorageError *error)
{
    Database &database = *m_database;
    Transaction tx(database.connection());
    if (!tx.started(error) || !registerUnits(database, units, error))
        return false;
    PlanRepository plans(database);
    TaskRepository tasks(database);
    document.plan.id = planId;
    if (!plans.updateHeader(document.plan, error) || !plans.syncSections(planId, document.sections, error))
        return false;

    assignSectionIndexes(document);
    assignStartDates(document);
    QHash<QString, Task> savedByCode;
    const QList<Task> savedTasks = tasks.loadAll(planId);
    for (const Task &t : savedTasks)
        savedByCode.insert(t.code, t);
    QSet<QString> incomingCodes;
    QStringList keptCodes;
    for (int i = 0; i < document.tasks.size(); ++i) {
        Task &t = document.tasks[i];
        incomingCodes.insert(t.code);
        placeTask(t, planId, i, document.sections);
        const auto it = savedByCode.constFind(t.code);
        if (it == savedByCode.constEnd()) {
            // New in the document; a task with an id is one an undone update removed: it comes back as it
            // was.
            if (t.id > 0 && tasks.load(t.id))
                t.id = 0;
            if (tasks.insert(t, error) == 0)
                return false;
            continue;
        }
        Task merged = *it;
        for (const ReimportField &f : reimportFields())
            f.take(merged, t);
        merged.position = t.position;
        if (!tasks.update(merged, error) || !plans.setSourceLine(merged.id, t.sourceLine, error) ||
            !plans.replaceTargets(planId, merged.id, t.targets, error))
            return false;
        t.id = merged.id;
        t.version = merged.version;
    }
    for (const Task &old : savedTasks) {
        if (incomingCodes.contains(old.code))
            continue;
        const auto history = plans.hasHistory(old.id, error);
        if (!history)
            return false;
        if (*history) {
            keptCodes.append(old.code);
            continue;
        }
        if (!plans.removeTask(old.id, error))
            return false;
    }
    if (!plans.replaceTargets(planId, 0, document.targets, error) || !tx.commit(error))
        return false;
    if (kept)
        *kept = keptCodes;
    return true;
}

bool ImportService::remove(qint64 planId, bool unlessHistory, StorageError *error)
{
    Database &database = *m_database;
    Transaction tx(database.connection());
    if (!tx.started(error))
        return false;
    PlanRepository plans(database);
    if (unlessHistory) {
        const auto history = plans.planHasHistory(planId, error);
        if (!history)
            return false;
        if (*history) {
            sql::setError(error, StorageError::Code::Conflict,
                          tr("Tasks of this plan have progress reports or supervision records now (another "
                             "writer added them); the import is not undone, so that they are kept."));
            return false;
        }
    }
    return plans.remove(planId, error) && tx.commit(error);
}

} // namespace duban::core
