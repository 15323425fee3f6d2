#pragma once

#include "core/domain/Target.h"

#include <QList>
#include <QString>

namespace duban::core {

/// Reads quantified goals from a text: "地区生产总值增长7.5%左右，力争8%" → 地区生产总值增长, 7.5 %, ~,
/// stretch 8; "全年推动实施重点项目1950个、完成年度总投资2080.96亿元" → two targets. The period comes
/// from the time word before the figure in the same sentence (一季度 → "2023-Q1"), else the plan year.
/// A bare figure ("增长13%") means at least (">=").
class TargetParser final
{
public:
    explicit TargetParser(int planYear);

    QList<Target> parse(const QString &text) const;

    /// Maps a comparator word (以上, 突破, 不少于, 左右, 以内, 控制在 …) to a comparator.
    static std::optional<Comparator> comparatorOf(const QString &word);

private:
    int m_year;
};

} // namespace duban::core
