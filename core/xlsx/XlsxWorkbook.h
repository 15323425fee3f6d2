#pragma once

#include "XlsxNumberFormat.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace duban::core {

/// A rectangle of cells, 0-based and inclusive: a merged range of a sheet.
struct XlsxRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    bool operator==(const XlsxRange &) const = default;
};

/// One cell of a sheet that holds a value, as its workbook stores it: the value, and the number format that
/// says what the user sees of a number.
struct XlsxCell
{
    /// What the cell holds. A number in a date or time format (and within the dates a workbook holds) is a
    /// Date; a default cell is Empty (the reader keeps no cell without a value).
    enum class Type
    {
        Empty,
        Number,
        String,
        Boolean,
        Error,
        Date,
    };

    int row = 0;    ///< 0-based: row 1 of the sheet is 0
    int column = 0; ///< 0-based: column A is 0
    Type type = Type::Empty;
    QString text;         ///< String: the text; Error: the error value (#N/A, #DIV/0! …)
    double number = 0;    ///< Number and Date: the number stored (for a Date its serial)
    bool boolean = false; ///< Boolean
    /// Date: the date and time as written (XlsxNumberFormat::dateTimeOf: in UTC, 00:00 when the serial is
    /// whole); invalid for Excel's 1900-02-29 (serial 60 of the 1900 system).
    QDateTime dateTime;
    QString format = QStringLiteral("General"); ///< the number format code (cellXfs → numFmtId)
    XlsxNumberFormat::Kind formatKind = XlsxNumberFormat::Kind::Number;

    bool dateFormat() const { return XlsxNumberFormat::isDateOrTime(formatKind); }
    bool percentFormat() const { return formatKind == XlsxNumberFormat::Kind::Percent; }
    /// The text a user sees for the common cases: a number without a trailing .0 (60% in a percent
    /// format), a date as yyyy-MM-dd, a time as HH:mm (HH:mm:ss when the format shows seconds), a date and
    /// time as both, an elapsed time as hours:mm, TRUE/FALSE, the text or the error value.
    QString shownText() const;
};

/// One sheet of a workbook: its name, whether Excel shows it, its cells with a value and its merged ranges.
struct XlsxSheet
{
    enum class State
    {
        Visible,
        Hidden,     ///< hidden; the user can unhide it
        VeryHidden, ///< hidden so that only a macro can show it
    };

    QString name;
    State state = State::Visible;
    std::vector<XlsxCell> cells; ///< sorted by row, then column; one per position
    QList<XlsxRange> merged;

    /// The cell at (row, column), or nullptr when it holds no value.
    const XlsxCell *cell(int row, int column) const;
    /// One past the last row (last column) that holds a value; 0 for a sheet without values.
    int rowCount() const;
    int columnCount() const;
    /// The merged range (row, column) lies in, or nullptr.
    const XlsxRange *mergedRange(int row, int column) const;
};

/// A workbook as XlsxReader reads it: its sheets in workbook order (the order of its tabs).
struct XlsxWorkbook
{
    bool date1904 = false; ///< the 1904 date system (old Mac Excel) rather than 1900
    QList<XlsxSheet> sheets;

    /// The sheet named `name`, ignoring case as Excel does (it allows no two names that differ only so), or
    /// nullptr.
    const XlsxSheet *sheet(const QString &name) const;
};

} // namespace duban::core
