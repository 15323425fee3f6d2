#include "UnitOrder.h"

#include "core/import/UnitResolver.h"

#include <algorithm>

namespace duban::core {

UnitOrder::UnitOrder() : m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true); // 第2 before 第10
}

bool UnitOrder::isGroup(const QString &name, Unit::Kind kind)
{
    return kind == Unit::Kind::Group || UnitResolver::isGroupName(name) || name.endsWith(u"园区");
}

bool UnitOrder::before(const QString &a, bool aGroup, const QString &b, bool bGroup) const
{
    if (aGroup != bGroup)
        return bGroup;
    const int c = m_collator.compare(a, b);
    return c != 0 ? c < 0 : a < b;
}

void UnitOrder::sort(QList<Unit> &units) const
{
    std::stable_sort(units.begin(), units.end(), [this](const Unit &a, const Unit &b) {
        return before(a.name, isGroup(a.name, a.kind), b.name, isGroup(b.name, b.kind));
    });
}

void UnitOrder::sort(QList<UnitUsage> &units) const
{
    std::stable_sort(units.begin(), units.end(), [this](const UnitUsage &a, const UnitUsage &b) {
        return before(a.unit.name, isGroup(a.unit.name, a.unit.kind), b.unit.name,
                      isGroup(b.unit.name, b.unit.kind));
    });
}

} // namespace duban::core
