#pragma once

#include "core/io/OutputFile.h"
#include "core/services/LedgerExportService.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace duban::ui {

/// The exported ledger (导出台账) as files:
/// - .xlsx (libxlsxwriter, streamed in constant-memory mode): one sheet, a merged title row with the as-of
///   date, the header, one row per task; the light as the 灯号 cell's colour, wrapped text, widths that fit
///   Chinese, frozen header, A4 landscape with the header rows repeated, fitted to the page width, page
///   numbers in the footer;
/// - .csv: UTF-8 with a BOM (so Excel reads it as UTF-8), the header and the rows; a cell starting with
///   = + - @ (or a tab or carriage return) is prefixed with ' so no spreadsheet runs it as a formula;
/// - tab-separated text for the clipboard (the same cells, neutralised the same way).
/// Files go through core::OutputFile: an existing file is replaced only when allowed, never the database,
/// and a failed write leaves what was there.
class LedgerWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::LedgerWorkbook)

public:
    enum class Format
    {
        Xlsx,
        Csv
    };
    /// By the file name's suffix (.xlsx, .csv, case-insensitive); nullopt for another.
    static std::optional<Format> formatOf(const QString &path);

    static bool write(const core::LedgerSheet &sheet, const QString &path, Format format,
                      const core::OutputFile::Options &options, QString *error,
                      core::OutputFile::Problem *problem = nullptr);

    /// The header and rows as tab-separated lines (a cell's line breaks become spaces).
    static QString tabSeparated(const core::LedgerSheet &sheet);
    /// The text of a cell made safe for a spreadsheet: ' before = + - @ tab CR.
    static QString neutralised(const QString &cell);

    /// Paints the ledger on `printer`: A4 landscape, the title, the header repeated on every page.
    static bool print(const core::LedgerSheet &sheet, QPrinter *printer);
};

} // namespace duban::ui
