#pragma once

#include "core/domain/Unit.h"

#include <QCollator>
#include <QList>
#include <QString>

namespace duban::core {

/// The order in which people look units up in lists (the filter, the directory, completers, the
/// dashboard): named units by pinyin (the Chinese collation), then the groups — 园区, 各街道（镇）,
/// 其他有关单位 … — by pinyin too.
class UnitOrder final
{
public:
    UnitOrder();

    /// A group rather than one organisation: marked so in the directory, or named like one (beginning
    /// with 各 / 其他 …, ending with 有关单位 / 园区 …).
    static bool isGroup(const QString &name, Unit::Kind kind = Unit::Kind::Unit);

    /// Whether unit a comes before unit b (their names and whether each is a group).
    bool before(const QString &a, bool aGroup, const QString &b, bool bGroup) const;
    /// Whether a comes before b, telling groups by their names.
    bool before(const QString &a, const QString &b) const { return before(a, isGroup(a), b, isGroup(b)); }

    void sort(QList<Unit> &units) const;
    void sort(QList<UnitUsage> &units) const;

private:
    QCollator m_collator;
};

} // namespace duban::core
