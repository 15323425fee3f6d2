#pragma once

#include "BriefingContent.h"
#include "BriefingOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace duban::core {

/// Computes what a briefing says from the ledger's database as of a date: counts, sections, units, tasks
/// against the schedule, the overdue list, the supervision records of the period and the targets.
class BriefingBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::BriefingBuilder)
public:
    explicit BriefingBuilder(QSqlDatabase db);

    BriefingContent build(const BriefingOptions &options) const;

    /// The masthead's series name when none is given: "Supervision Briefing" (督查通报).
    static QString defaultSeries();
    /// The title when none is given: "Supervision Report on the Progress of Key Tasks"
    /// (重点任务推进情况督查通报).
    static QString defaultTitle();
    /// Settings key of the issuing office's name ("briefing.office").
    static QString officeSettingKey();

private:
    QSqlDatabase m_db;
};

} // namespace duban::core
