#pragma once

#include "ObservationCsv.h"

#include "core/xlsx/XlsxWorkbook.h"

namespace duban::core {

/// How a statistics table (the monthly tables of a 统计局) lays out its observations.
struct ObservationTableLayout
{
    /// true: indicator rows × period columns (1–2月, 1–3月 … across); false: the transpose.
    bool periodsAcross = true;
    /// The row (across) or column (down) holding the periods, 0-based; -1: none found.
    int periodLine = -1;
    /// The column (across) or row (down) holding the indicators' names, 0-based; -1: none found.
    int nameLine = -1;

    bool isValid() const { return periodLine >= 0 && nameLine >= 0; }
    friend bool operator==(const ObservationTableLayout &, const ObservationTableLayout &) = default;
};

/// Observations from a statistics table read from an .xlsx sheet: the mapping step's guess (which line
/// holds the periods, which the names, and which way round), then every cell with a name and a period
/// read through the same rules as a CSV file (ObservationCsv: periods as Period::parse reads them, values
/// as FiniteNumber does, no repeats) — problems name the sheet's row and column.
class ObservationTable final
{
public:
    /// The layout a table most likely has: the first row (or column) with at least two periods, and the
    /// first column (or row) with text beside them.
    static ObservationTableLayout guess(const XlsxSheet &sheet, int defaultYear);
    static ObservationCsv::Result read(const XlsxSheet &sheet, const ObservationTableLayout &layout,
                                       int defaultYear);
};

} // namespace duban::core
