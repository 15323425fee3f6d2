#pragma once

#include "core/import/UnitClause.h"

#include <QString>
#include <QStringList>

namespace duban::core {

/// Finds the responsible-unit clause of an item in any of its written forms — 〔责任单位：…〕 with any
/// brackets (even mismatched ones), 牵头单位：…；配合单位：… lines, (…负责) and (…牵头，…配合) —
/// and splits it into a lead and co-responsible units.
class UnitListParser final
{
public:
    /// What an item says once its unit clause (and 完成时限 field) is taken out.
    struct Extraction
    {
        UnitClause clause;
        QStringList remaining; ///< the item's parts without unit and deadline clauses
    };

    /// @p parts: the item's paragraphs, the first one without its number.
    static Extraction extract(const QStringList &parts);

    /// Splits a list on 、，,；; outside brackets, drops 等 and rule phrases, normalises each name.
    static QStringList splitUnits(const QString &list);
    /// One name cleaned: trailing 等 / 负责 removed, full-width brackets, no spaces.
    static QString cleanUnitName(const QString &name);
    /// Removes "排名第一的为牵头单位，下同" and its variants from @p content; true if one was there.
    static bool stripLeadRule(QString &content);
    /// Parses the content of a clause (inside its brackets, or a label line) into @p clause.
    static void parseClauseContent(const QString &content, UnitClause &clause);
};

} // namespace duban::core
