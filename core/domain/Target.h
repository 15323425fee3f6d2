#pragma once

#include <QString>

#include <optional>

namespace duban::core {

/// How an observed value is compared with a target value.
enum class Comparator
{
    AtLeast,
    AtMost,
    About,
    Equal,
    Greater
};

QString comparatorSymbol(Comparator c); ///< ">=", "<=", "~", "=", ">"
std::optional<Comparator> comparatorFromSymbol(const QString &symbol);

/// A quantified goal on an indicator for a period (目标); belongs to a plan or to one of its tasks.
struct Target
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 taskId = 0; ///< 0: a plan-level target
    QString name;      ///< the indicator's name, e.g. 地区生产总值增长
    double value = 0.0;
    QString measure; ///< %, 亿元, 个, 家, 万人 …
    Comparator comparator = Comparator::AtLeast;
    std::optional<double> stretch; ///< 力争 value
    QString period;                ///< "2023", "2023-Q1", "2023-H1"
    QString source;                ///< the phrase it was read from

    friend bool operator==(const Target &, const Target &) = default;
};

} // namespace duban::core
