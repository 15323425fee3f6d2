#pragma once

#include <QString>
#include <QStringList>

namespace duban::core {

/// The responsible units read from one item, plus the fields that travel with them (完成时限).
struct UnitClause
{
    QStringList leads;           ///< the 牵头单位 (all of "A、B牵头"), else the first unit
    QStringList co;              ///< the others, in the document's order
    bool found = false;          ///< the item names responsible units at all
    bool leadRuleStated = false; ///< the clause says 排名第一的为牵头单位 (or a variant)
    QStringList deadlineFields;  ///< text of 完成时限 / 时间节点 fields, if any

    QStringList all() const { return leads + co; }
};

} // namespace duban::core
