#pragma once

#include "core/domain/Period.h"
#include "RowProblem.h"

#include <QList>
#include <QString>

namespace duban::core {

/// One value of a pasted column with the period it was given.
struct PastedValue
{
    int line = 0; ///< 1-based position of the cell in the paste
    QString period;
    double value = 0.0;

    friend bool operator==(const PastedValue &, const PastedValue &) = default;
};

/// Reads a column (or row) of values copied from a spreadsheet: cells separated by newlines or tabs,
/// one month after another from a start month (year-to-date months: 2023-02 is 1–2月, then 2023-03 …).
/// Empty cells and "—" skip a month; unreadable cells and months past December are reported by position.
class PastedColumn final
{
public:
    struct Result
    {
        QList<PastedValue> values;
        QList<RowProblem> problems;
    };

    static Result parse(const QString &text, const Period &startMonth);
};

} // namespace duban::core
