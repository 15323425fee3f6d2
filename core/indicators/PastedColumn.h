#pragma once

#include "core/domain/Period.h"
#include "RowProblem.h"

#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

/// One value of a pasted column with the period it was given.
struct PastedValue
{
    int line = 0; ///< 1-based row of the paste (the cell's position in a single column or row of values)
    QString period;
    double value = 0.0;

    friend bool operator==(const PastedValue &, const PastedValue &) = default;
};

/// Reads values copied from a spreadsheet. Three layouts are recognised:
/// - a period column beside the values (1-2月 ⇥ 5.1, one row a line, an optional header row): each value is
///   filed under the period on its row, whatever the spelling Period::parse reads (1-2月, 1–3月, 1～6月,
///   2023-06, 2023年6月, 6月, 一季度, 上半年 …);
/// - a row of periods above a row of values;
/// - a single column (or row) of values, one month after another from a start month (year-to-date months:
///   2023-02 is 1–2月, then 2023-03 …); empty cells and "—" skip a month.
/// A value is read with FiniteNumber. Nothing is ever shifted: a bad cell is reported on its own row (or
/// position) and the other values keep their own periods.
class PastedColumn final
{
public:
    /// How the paste was laid out.
    enum class Layout
    {
        Values,       ///< values only, month after month from the start month
        PeriodColumn, ///< a period column beside the values: problems name rows
        PeriodRow,    ///< a row of periods above a row of values: problems name columns
    };

    struct Result
    {
        QList<PastedValue> values;
        QList<RowProblem> problems; ///< by row (PeriodColumn), column (PeriodRow) or position (Values)
        Layout layout = Layout::Values;
        /// Values only and no start month was given: nothing could be placed.
        bool needsStartMonth = false;
    };

    /// `startMonth` places a paste of values only (it must be a month); a paste with its own periods
    /// ignores it. Periods written without a year (1-2月) are of `defaultYear`.
    static Result parse(const QString &text, const std::optional<Period> &startMonth, int defaultYear);
    /// parse(text, startMonth, startMonth.year).
    static Result parse(const QString &text, const Period &startMonth);
};

} // namespace duban::core
