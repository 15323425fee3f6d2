#include "LedgerWorkbook.h"

#include "XlsxOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace duban::ui {

using core::LedgerSheet;
using core::LedgerSheetRow;
using core::Light;
using core::OutputFile;

namespace {

constexpr int kColumns = 12;

/// Column widths in Excel's units (about one Latin character; a Chinese one takes two).
constexpr double kWidths[kColumns] = {7, 34, 20, 24, 14, 26, 40, 7, 12, 9, 30, 16};

lxw_color_t fillOf(Light light)
{
    switch (light) {
    case Light::Red:
        return 0xF4B6B6;
    case Light::Yellow:
        return 0xFFE699;
    case Light::Green:
        return 0xC6EFCE;
    case Light::Completed:
        return 0xD9E1F2;
    case Light::CompletedLate:
        return 0xF8CBAD;
    }
    return 0xFFFFFF;
}

/// How many lines `text` takes in a column `width` units wide (a CJK character is two units, as Excel
/// counts them): spreadsheets do not grow a row for wrapped text they did not lay out themselves.
int linesIn(const QString &text, double width)
{
    int lines = 0;
    const double room = std::max(1.0, width - 1.0);
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        double units = 0;
        for (const QChar c : line)
            units += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
        lines += std::max(1, int(std::ceil(units / room)));
    }
    return std::max(1, lines);
}

QStringList cellsOf(const LedgerSheetRow &r)
{
    return {r.number,   r.title,      r.leads,  r.coUnits,
            r.deadline, r.milestones, r.latest, r.percent >= 0 ? QString::number(r.percent) : QString(),
            r.schedule, r.lightText,  r.reason, r.remark};
}

bool fail(QString *error, OutputFile::Problem *problem, OutputFile::Problem kind, const QString &message)
{
    if (error)
        *error = message;
    if (problem)
        *problem = kind;
    return false;
}

/// Writes the workbook to `path` (a temporary file of ours); an error in words, or empty.
QString writeXlsx(const LedgerSheet &sheet, const QString &path, const QString &scratch)
{
    const QByteArray file = QFile::encodeName(path);
    QByteArray tmp = QFile::encodeName(scratch);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: 100,000 tasks stay small in memory
    options.tmpdir = tmp.data();
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        //: zh_CN: 无法创建工作簿。
        return LedgerWorkbook::tr("The workbook could not be created.");
    //: the sheet's name in the exported workbook; zh_CN: 任务台账
    const QByteArray sheetName = LedgerWorkbook::tr("Ledger").toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());

    auto font = [](lxw_format *f, double size) {
        format_set_font_name(f, "SimSun");
        format_set_font_size(f, size);
    };
    lxw_format *titleFormat = workbook_add_format(wb);
    font(titleFormat, 16);
    format_set_bold(titleFormat);
    format_set_align(titleFormat, LXW_ALIGN_CENTER);
    format_set_align(titleFormat, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *headerFormat = workbook_add_format(wb);
    font(headerFormat, 11);
    format_set_bold(headerFormat);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_CENTER);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_bg_color(headerFormat, 0xE7E6E6);
    lxw_format *cellFormat = workbook_add_format(wb);
    font(cellFormat, 10.5);
    format_set_text_wrap(cellFormat);
    format_set_align(cellFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(cellFormat, LXW_BORDER_THIN);
    lxw_format *numberFormat = workbook_add_format(wb);
    font(numberFormat, 10.5);
    format_set_align(numberFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(numberFormat, LXW_ALIGN_RIGHT);
    format_set_border(numberFormat, LXW_BORDER_THIN);
    format_set_num_format(numberFormat, "0");
    lxw_format *lightFormats[5];
    for (int l = 0; l < 5; ++l) {
        lightFormats[l] = workbook_add_format(wb);
        font(lightFormats[l], 10.5);
        format_set_align(lightFormats[l], LXW_ALIGN_CENTER);
        format_set_align(lightFormats[l], LXW_ALIGN_VERTICAL_TOP);
        format_set_border(lightFormats[l], LXW_BORDER_THIN);
        format_set_bg_color(lightFormats[l], fillOf(static_cast<Light>(l)));
    }

    for (int c = 0; c < kColumns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), kWidths[c], nullptr);
    // Print set-up: A4 landscape, fitted to the page width, the title and header rows on every page.
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    worksheet_repeat_rows(ws, 0, 1);
    worksheet_fit_to_pages(ws, 1, 0);
    //: the printed page's footer (Excel codes: &P page, &N pages); zh_CN: 第 &P 页，共 &N 页
    const QByteArray footer = (QStringLiteral("&C") + LedgerWorkbook::tr("Page &P of &N")).toUtf8();
    worksheet_set_footer(ws, footer.constData());
    worksheet_freeze_panes(ws, 2, 0);

    const QByteArray title = sheet.titleLine().toUtf8();
    worksheet_set_row(ws, 0, 30, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, kColumns - 1, title.constData(), titleFormat);
    for (int c = 0; c < kColumns; ++c) {
        const QByteArray h = sheet.header.value(c).toUtf8();
        worksheet_write_string(ws, 1, lxw_col_t(c), h.constData(), headerFormat);
    }
    lxw_row_t row = 2;
    for (const LedgerSheetRow &r : sheet.rows) {
        const QStringList cells = cellsOf(r);
        int lines = 1;
        for (int c = 0; c < kColumns; ++c)
            lines = std::max(lines, linesIn(cells.at(c), kWidths[c]));
        worksheet_set_row(ws, row, std::min(409.0, 14.0 * lines + 2), nullptr); // 409 pt: Excel's most
        for (int c = 0; c < kColumns; ++c) {
            if (c == 7) {
                if (r.percent >= 0)
                    worksheet_write_number(ws, row, lxw_col_t(c), r.percent, numberFormat);
                else
                    worksheet_write_blank(ws, row, lxw_col_t(c), numberFormat);
                continue;
            }
            lxw_format *f = c == 9 ? lightFormats[int(r.light)] : cellFormat;
            QString text = cells.at(c);
            if (text.size() > 32000) // Excel keeps at most 32,767 characters in a cell
                text = text.left(32000) + QChar(0x2026);
            if (text.isEmpty()) {
                worksheet_write_blank(ws, row, lxw_col_t(c), f);
                continue;
            }
            // Strings, never formulas: libxlsxwriter writes worksheet_write_string() as text as is.
            const QByteArray utf8 = text.toUtf8();
            worksheet_write_string(ws, row, lxw_col_t(c), utf8.constData(), f);
        }
        ++row;
    }
    if (!sheet.rows.empty())
        worksheet_autofilter(ws, 1, 0, row - 1, kColumns - 1);
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        //: zh_CN: 工作簿未能写出：%1
        return LedgerWorkbook::tr("The workbook could not be written: %1")
            .arg(QString::fromUtf8(lxw_strerror(closed)));
    return {};
}

QString csvCell(const QString &text)
{
    const QString safe = LedgerWorkbook::neutralised(text);
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(safe).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return safe;
}

} // namespace

std::optional<LedgerWorkbook::Format> LedgerWorkbook::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString LedgerWorkbook::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString LedgerWorkbook::tabSeparated(const LedgerSheet &sheet)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList out;
        out.reserve(cells.size());
        for (QString c : cells) {
            c.replace(QLatin1Char('\t'), QLatin1Char(' '));
            c.replace(QLatin1Char('\r'), QLatin1Char(' '));
            c.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out.append(neutralised(c));
        }
        return out.join(QLatin1Char('\t'));
    };
    QStringList lines{line(sheet.header)};
    for (const LedgerSheetRow &r : sheet.rows)
        lines.append(line(cellsOf(r)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool LedgerWorkbook::write(const LedgerSheet &sheet, const QString &path, Format format,
                           const OutputFile::Options &options, QString *error, OutputFile::Problem *problem)
{
    if (format == Format::Xlsx)
        return XlsxOutput::write(
            path, options,
            [&sheet](const QString &file, const QString &scratch) { return writeXlsx(sheet, file, scratch); },
            error, problem);
    OutputFile out(path, options);
    if (!out.open())
        return fail(error, problem, out.problem(), out.errorString());
    QByteArray bytes("\xEF\xBB\xBF"); // the BOM: Excel reads the file as UTF-8
    auto line = [](const QStringList &cells) -> QByteArray {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvCell(c));
        return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    bytes += line(sheet.header);
    out.device()->write(bytes);
    for (const LedgerSheetRow &r : sheet.rows)
        out.device()->write(line(cellsOf(r)));
    if (!out.commit())
        return fail(error, problem, out.problem(), out.errorString());
    if (problem)
        *problem = OutputFile::Problem::None;
    return true;
}

bool LedgerWorkbook::print(const LedgerSheet &sheet, QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                       QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    QTextCursor cursor(&doc);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(14);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(centred);
    cursor.insertText(sheet.titleLine(), titleFormat);
    cursor.insertBlock();
    QTextTableFormat table;
    table.setHeaderRowCount(1); // repeated at the top of every page
    table.setBorder(0.5);
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setCellPadding(2);
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    double total = 0;
    for (double w : kWidths)
        total += w;
    for (double w : kWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / total));
    table.setColumnWidthConstraints(widths);
    QTextTable *t = cursor.insertTable(int(sheet.rows.size()) + 1, kColumns, table);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int c = 0; c < kColumns; ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextCharFormat f = cell.format();
        f.setBackground(QColor(0xE7, 0xE6, 0xE6));
        cell.setFormat(f);
        cell.firstCursorPosition().insertText(sheet.header.value(c), bold);
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
        const QStringList cells = cellsOf(sheet.rows[r]);
        for (int c = 0; c < kColumns; ++c) {
            QTextTableCell cell = t->cellAt(int(r) + 1, c);
            if (c == 9) {
                QTextCharFormat f = cell.format();
                f.setBackground(QColor(QRgb(fillOf(sheet.rows[r].light))));
                cell.setFormat(f);
            }
            cell.firstCursorPosition().insertText(cells.at(c));
        }
    }
    doc.print(printer);
    return printer->printerState() != QPrinter::Error;
}

} // namespace duban::ui
