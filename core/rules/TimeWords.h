#pragma once

#include "core/domain/Task.h"

#include <QDate>
#include <QList>
#include <QString>

namespace duban::core {

/// A time expression found in a text (全年, 一季度, 6月底前, 2023年10月底前 …) and what it resolves to.
struct TimeWord
{
    qsizetype position = 0; ///< index in the searched text
    qsizetype length = 0;
    QString phrase; ///< the matched text, e.g. "6月底前"
    QDate date;     ///< the last day the phrase allows
    QString period; ///< target period it names: "2023", "2023-Q1", "2023-H1"; empty for months and 年初

    friend bool operator==(const TimeWord &, const TimeWord &) = default;
};

/// What a time word inside a task means for that task.
enum class TimeWordRole
{
    Milestone,      ///< before the deadline and not before the document: a 节点 to chase
    Deadline,       ///< the same day as the deadline (年底 in a task due at year end)
    BeforeDocument, ///< already past when the document was issued (年初 in a March plan): information only
    AfterDeadline   ///< later than the task's deadline
};

/// December 31 of @p year.
QDate yearEndOf(int year);

/// Resolves one phrase ("全年", "一季度", "上半年", "6月底前", "2023年10月底前", "3月31日前" …) against the
/// plan year; an invalid date when the phrase is not a time word.
QDate resolveTimeWord(const QString &phrase, int planYear);

/// Every time word in @p text, in order of position, resolved against the plan year.
QList<TimeWord> findTimeWords(const QString &text, int planYear);

/// Milestone, deadline, before-document or after-deadline: how a resolved time word relates to a task.
/// An invalid @p documentDate never makes a word "before the document".
TimeWordRole classifyTimeWord(const QDate &date, const QDate &deadline, const QDate &documentDate);

/// The reporting obligation a task's text states: 以旬保月 / 每旬 → TenDays, 月月 / 每月 / 按月 → Monthly.
ReportingCycle reportingCycleOf(const QString &text);

} // namespace duban::core
