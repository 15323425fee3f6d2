#pragma once

#include "XlsxWorkbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace duban::core {

/// What XlsxReader reads at most: larger workbooks are refused, so that a zip bomb cannot fill the memory.
struct XlsxLimits
{
    qint64 maxFileBytes = 256 * 1024 * 1024;     ///< the .xlsx file itself
    qint64 maxUnpackedBytes = 256 * 1024 * 1024; ///< all parts read (sheets, strings, styles), unpacked
    qint64 maxCells = 5'000'000;                 ///< cells with a value, all sheets together
};

/// Reads .xlsx workbooks as Excel, WPS, LibreOffice and openpyxl write them (issue 15): the sheets in
/// workbook order with their names and states, each cell's value and number format, dates through the
/// workbook's date system, merged ranges. Formulas are not evaluated: a formula cell holds the value its
/// writer saved. A file that is not a readable workbook, or that unpacks beyond the limits, is refused with
/// a message saying why and what to do.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::XlsxReader)
public:
    /// Why a workbook was not read.
    enum class Problem
    {
        None,
        Unreadable,     ///< missing, a folder, no permission (InputFile's refusals)
        Empty,          ///< 0 bytes
        NotZip,         ///< not a zip archive, so no .xlsx
        EncryptedOrXls, ///< an OLE compound file: a workbook with a password to open, or an old .xls
        Encrypted,      ///< a zip archive with encrypted parts
        Truncated,      ///< a zip archive cut off: its directory at the end is missing
        Damaged,        ///< a part that does not unpack, or whose checksum is wrong
        NotWorkbook,    ///< a zip archive without a workbook (a .docx, a .zip)
        BinaryWorkbook, ///< an .xlsb
        TooLarge,       ///< the file or its unpacked parts above the limits
        TooManyCells,   ///< more cells than the limit
        Malformed,      ///< a part that is not valid XML or breaks SpreadsheetML (a bad cell reference …)
    };

    struct Error
    {
        Problem problem = Problem::None;
        QString message; ///< for people: names the file and says what to do
    };

    /// The workbook in the file at `path`, or nothing and why in `error`.
    static std::optional<XlsxWorkbook> read(const QString &path, Error *error = nullptr,
                                            const XlsxLimits &limits = {});
    /// The workbook in `bytes` (the contents of an .xlsx file), or nothing and why in `error`.
    static std::optional<XlsxWorkbook> fromBytes(const QByteArray &bytes, Error *error = nullptr,
                                                 const XlsxLimits &limits = {});
};

} // namespace duban::core
