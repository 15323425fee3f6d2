#include "TaskRowLoader.h"

#include "Database.h"

#include "SqlHelpers.h"

#include "core/domain/Section.h"

#include <QHash>

namespace duban::core {

TaskRowLoader::TaskRowLoader(Database &database) : m_database(&database), m_db(database.connection()) {}

qint32 TaskRowLoader::julianDay(const QString &iso)
{
    if (iso.size() != 10 || iso.at(4) != u'-' || iso.at(7) != u'-')
        return 0;
    auto num = [&](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i) {
            const char16_t c = iso.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return 0;
    const QDate date(y, m, d);
    return date.isValid() ? qint32(date.toJulianDay()) : 0;
}

std::vector<TaskRow> TaskRowLoader::loadAll(const std::function<bool(qint64, qint64)> &progress) const
{
    return load(0, progress);
}

std::optional<TaskRow> TaskRowLoader::loadOne(qint64 taskId) const
{
    auto rows = load(taskId, {});
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<TaskRow> TaskRowLoader::load(qint64 onlyTask,
                                         const std::function<bool(qint64, qint64)> &progress) const
{
    std::vector<TaskRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    qint64 total = 1;
    if (!onlyTask && sql::run(q, QStringLiteral("SELECT count(*) FROM tasks"), {}, nullptr) && q.next())
        total = q.value(0).toLongLong();
    rows.reserve(size_t(total));

    QHash<qint64, QString> sectionLabels;
    if (sql::run(q, QStringLiteral("SELECT id, code, title FROM sections"), {}, nullptr)) {
        while (q.next()) {
            const Section section{0, 0, q.value(1).toString(), q.value(2).toString(), 0};
            sectionLabels.insert(q.value(0).toLongLong(), section.label());
        }
    }
    QHash<qint64, QString> unitNames;
    if (sql::run(q, QStringLiteral("SELECT id, name FROM units"), {}, nullptr)) {
        while (q.next())
            unitNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    const QString select =
        m_searchKeys ? QStringLiteral("SELECT id, plan_id, section_id, code, title, body, deadline, status, "
                                      "completed_on, stage, deadline_original FROM tasks")
                     : QStringLiteral("SELECT id, plan_id, section_id, code, title, '', deadline, status, "
                                      "completed_on, stage, deadline_original FROM tasks");
    const bool ok =
        onlyTask ? sql::run(q, select + QStringLiteral(" WHERE id = ?"), {onlyTask}, nullptr)
                 : sql::run(q, select + QStringLiteral(" ORDER BY plan_id, position, id"), {}, nullptr);
    if (!ok)
        return {};
    QHash<qint64, int> byId;
    byId.reserve(qsizetype(total));
    qint64 done = 0;
    while (q.next()) {
        TaskRow r;
        r.id = q.value(0).toLongLong();
        r.planId = q.value(1).toLongLong();
        r.sectionId = q.value(2).toLongLong();
        r.code = q.value(3).toString();
        r.title = q.value(4).toString();
        r.section = sectionLabels.value(r.sectionId);
        r.deadline = julianDay(q.value(6).toString());
        r.status = quint8(q.value(7).toInt());
        r.completedOn = julianDay(q.value(8).toString());
        r.stage = quint8(q.value(9).toInt());
        r.deadlineOriginal = julianDay(q.value(10).toString());
        if (m_searchKeys)
            r.haystack = TaskIndex::searchKey(r.code, r.title, q.value(5).toString());
        byId.insert(r.id, int(rows.size()));
        rows.push_back(std::move(r));
        if (progress && (++done % 20000) == 0 && !progress(done, total * 2))
            return {};
    }

    const bool unitsOk =
        onlyTask
            ? sql::run(q,
                       QStringLiteral("SELECT task_id, unit_id, role FROM task_units WHERE task_id = ? "
                                      "ORDER BY role, position"),
                       {onlyTask}, nullptr)
            : sql::run(q,
                       QStringLiteral("SELECT task_id, unit_id, role FROM task_units ORDER BY task_id, role, "
                                      "position"),
                       {}, nullptr);
    if (unitsOk) {
        int last = -1;
        qint64 lastTask = -1;
        qint64 seen = 0;
        while (q.next()) {
            const qint64 taskId = q.value(0).toLongLong();
            if (taskId != lastTask) {
                lastTask = taskId;
                last = byId.value(taskId, -1);
            }
            if (progress && (++seen % 50000) == 0 &&
                !progress(total + seen * total / qMax<qint64>(1, total * 3), total * 2))
                return {};
            if (last < 0)
                continue;
            TaskRow &r = rows[size_t(last)];
            const qint64 unitId = q.value(1).toLongLong();
            const QString &name = unitNames[unitId];
            if (q.value(2).toInt() == 0) {
                if (r.leadUnit == 0) {
                    r.leadUnit = unitId;
                    r.lead = name;
                    r.leadText = name;
                } else {
                    r.otherLeads.push_back(unitId);
                    r.leadText += QStringLiteral("、") + name;
                }
            } else {
                r.coUnits.push_back(unitId);
                if (!r.coText.isEmpty())
                    r.coText += QStringLiteral("、");
                r.coText += name;
            }
        }
    }
    if (progress)
        progress(total * 2, total * 2);
    return rows;
}

} // namespace duban::core
