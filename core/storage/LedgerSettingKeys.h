#pragma once

#include <QString>

namespace duban::core::ledgerkeys {

// Every key of the ledger's own `settings` table (shared by everyone who opens the file, unlike the
// per-user preferences of core/settings), in one place and one style: area.lowerCamel.

// Status rules (SettingsRepository::statusSettings).
inline QString dueSoonDays()
{
    return QStringLiteral("rules.dueSoonDays");
}
inline QString scheduleTolerance()
{
    return QStringLiteral("rules.scheduleTolerance");
}
inline QString scheduleBasis()
{
    return QStringLiteral("rules.scheduleBasis");
}
inline QString reportDueDay()
{
    return QStringLiteral("rules.reportDueDay");
}
inline QString tenDayDueDays()
{
    return QStringLiteral("rules.tenDayDueDays");
}
inline QString reportingCycle()
{
    return QStringLiteral("rules.reportingCycle");
}

// Briefings (BriefingArchive, BriefingBuilder).
inline QString briefingYear()
{
    return QStringLiteral("briefing.year");
}
inline QString briefingLastIssue()
{
    return QStringLiteral("briefing.lastIssue");
}
inline QString briefingOffice()
{
    return QStringLiteral("briefing.office");
}

// Target tolerances (IndicatorRepository::settings); before schema 8 written indicators/tolerance_points and
// indicators/tolerance_relative.
inline QString tolerancePoints()
{
    return QStringLiteral("indicators.tolerancePoints");
}
inline QString toleranceRelative()
{
    return QStringLiteral("indicators.toleranceRelative");
}

} // namespace duban::core::ledgerkeys
