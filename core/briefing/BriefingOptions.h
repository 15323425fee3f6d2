#pragma once

#include <QDate>
#include <QFlags>
#include <QString>

namespace duban::core {

/// The parts a briefing can include; the dialog's checkboxes and the command line choose among them.
enum class BriefingPart : unsigned
{
    Overview = 0x01, ///< 总体情况: counts and shares by light
    Sections = 0x02, ///< progress by section (行动 / 板块)
    Progress = 0x04, ///< 进展较好 / 进展滞后（未达序时进度）against the time-elapsed schedule
    Units = 0x08,    ///< per-unit table, ranked (附件)
    Overdue = 0x10,  ///< overdue tasks with days and reasons (附件)
    Supervision = 0x20, ///< 催办 / 督办 records of the period
    Targets = 0x40,     ///< targets: latest value, target, evaluation, trend charts
    Remarks = 0x80,     ///< the office's own remarks (下步工作)
};
Q_DECLARE_FLAGS(BriefingParts, BriefingPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(BriefingParts)

/// Every part.
inline constexpr BriefingParts allBriefingParts()
{
    return BriefingParts(0xFF);
}

/// What a briefing is asked for: the as-of date, the issue number (第 N 期), the parts and the office's text.
/// Empty strings mean the defaults (series and title translated, office from the settings or the plan).
struct BriefingOptions
{
    QDate asOf;
    int issue = 1;
    BriefingParts parts = allBriefingParts();
    QString remarks; ///< free text typed by the office; paragraphs separated by blank lines or newlines
    QString series;  ///< masthead series name, e.g. 督查通报
    QString title;   ///< e.g. 重点任务推进情况督查通报
    QString office;  ///< issuing office; default: settings "briefing.office", else the plan's issuer
    QDate issuedOn;  ///< date on the masthead; default: asOf
};

} // namespace duban::core
