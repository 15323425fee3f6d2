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

// The supervision loop (LoopService, StatusLoader, ScoreRules).
/// "approval" (default) or "request": the day an approved 办结申请 completes its task.
inline QString completionDate()
{
    return QStringLiteral("loop.completionDate");
}
/// Working days after 交办 within which each unit must 签收 (default 3).
inline QString signWorkdays()
{
    return QStringLiteral("rules.signWorkdays");
}
/// Working days ahead the due-soon list looks (default 3).
inline QString remindWorkdays()
{
    return QStringLiteral("rules.remindWorkdays");
}
/// Prefix of score rule keys: scores.notSigned, scores.reportMissing, …
inline QString scorePrefix()
{
    return QStringLiteral("scores.");
}
/// Issuer printed on notices (督查室), and the number prefixes of 催办单 / 督办通知单.
inline QString noticeIssuer()
{
    return QStringLiteral("notices.issuer");
}
inline QString reminderPrefix()
{
    return QStringLiteral("notices.reminderPrefix");
}
inline QString noticePrefix()
{
    return QStringLiteral("notices.noticePrefix");
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
