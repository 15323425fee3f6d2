#pragma once

#include "ObservationCsv.h"

#include "core/xlsx/XlsxWorkbook.h"

#include <QHash>
#include <QSet>

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
    /// `skipped`: names whose lines are not read at all (the mapping step's "do not import").
    static ObservationCsv::Result read(const XlsxSheet &sheet, const ObservationTableLayout &layout,
                                       int defaultYear, const QSet<QString> &skipped = {});

    /// One name of the name line (an indicator row across, a column down) past the period line.
    struct Name
    {
        int line = 0;   ///< the row (across) or column (down), 0-based
        QString text;   ///< as the table writes it, trimmed
        int values = 0; ///< cells with a value under a period on its line
    };
    /// The names the mapping step shows, in the table's order (a name written twice is listed twice).
    static QList<Name> names(const XlsxSheet &sheet, const ObservationTableLayout &layout);
    /// The texts of the period line that read as periods (their canonical keys, in order), and how many
    /// of its cells with text do not.
    static QStringList periods(const XlsxSheet &sheet, const ObservationTableLayout &layout, int defaultYear,
                               int *unreadable = nullptr);
    /// The first few texts of a line, joined for a choice list ("指标 | 1-2月 | 1-3月 …").
    static QString lineSummary(const XlsxSheet &sheet, bool across, int line, int count = 5);

    /// The observations of `rows` with the mapping step's choices: a name in `chosen` goes to that
    /// indicator id, or nowhere when the id is 0 (not imported, no problem); any other name is looked up
    /// as a CSV's is (exact or the only indicator containing it), and a name without one is a problem.
    static QList<Observation> resolve(const QList<ObservationRow> &rows, const QList<Indicator> &indicators,
                                      const QHash<QString, qint64> &chosen, QList<RowProblem> *problems);
};

} // namespace duban::core
