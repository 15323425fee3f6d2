#pragma once

#include <QString>

namespace duban::core {

/// What gets measured (指标), e.g. 地区生产总值增长 in %; owns its observations, targets are goals on it.
struct Indicator
{
    qint64 id = 0;
    QString name;
    QString measure;        ///< %, 亿元, 个 …
    bool cumulative = true; ///< month values are year-to-date totals or rates (the usual statistics)
    qint64 unitId = 0;      ///< the unit that reports it, 0 if none

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace duban::core
