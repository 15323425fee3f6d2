#pragma once

#include <QCoreApplication>
#include <QString>

namespace duban::ui {

/// People's names for periods: the cumulative months of Chinese statistics (1-2月 … 1-12月) and period keys.
class PeriodLabels final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::PeriodLabels)
public:
    /// "Jan", "Jan–Feb" … "Jan–Dec" (zh_CN: 1月, 1-2月 … 1-12月).
    static QString cumulativeMonths(int month);
    /// A period key for people: "2023 Jan–Jun", "2023 Q1", "2023 H1", "2023", "2023-06-15".
    static QString period(const QString &key);
};

} // namespace duban::ui
