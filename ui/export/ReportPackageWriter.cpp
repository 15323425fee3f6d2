#include "ReportPackageWriter.h"

#include "XlsxOutput.h"

#include <QFile>

#include <xlsxwriter.h>

namespace duban::ui {

using core::OutputFile;
using core::PackageContent;
using core::PackageTask;
namespace package = core::package;

namespace {

/// Column widths in Excel's units, by package::header()'s order (the key column is hidden).
constexpr double kWidths[package::kColumns] = {8, 7, 30, 12, 22, 40, 8, 24, 24, 10, 14};

QString writeWorkbook(const PackageContent &p, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb)
        //: zh_CN: 无法创建工作簿。
        return ReportPackageWriter::tr("The workbook could not be created.");
    lxw_worksheet *ws = workbook_add_worksheet(wb, "报送表");
    lxw_worksheet *id = workbook_add_worksheet(wb, package::kIdentitySheet);

    auto base = [wb](double size) {
        lxw_format *f = workbook_add_format(wb);
        format_set_font_name(f, "SimSun");
        format_set_font_size(f, size);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        return f;
    };
    lxw_format *title = base(14);
    format_set_bold(title);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *instruction = base(10);
    format_set_font_color(instruction, 0x595959);
    lxw_format *header = base(10.5);
    format_set_bold(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xD9D9D9);
    lxw_format *locked = base(10.5); // the office's columns: grey, locked (the default)
    format_set_border(locked, LXW_BORDER_THIN);
    format_set_bg_color(locked, 0xEDEDED);
    lxw_format *open = base(10.5); // the unit's columns: white, unlocked
    format_set_border(open, LXW_BORDER_THIN);
    format_set_unlocked(open);
    lxw_format *openNumber = base(10.5);
    format_set_border(openNumber, LXW_BORDER_THIN);
    format_set_unlocked(openNumber);
    format_set_num_format(openNumber, "0");
    lxw_format *openDate = base(10.5);
    format_set_border(openDate, LXW_BORDER_THIN);
    format_set_unlocked(openDate);
    format_set_num_format(openDate, "yyyy-mm-dd");

    for (int c = 0; c < package::kColumns; ++c) {
        lxw_row_col_options hidden{};
        hidden.hidden = c == package::kKeyColumn;
        worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), kWidths[c], nullptr, &hidden);
    }
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_repeat_rows(ws, package::kHeaderRow, package::kHeaderRow);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_freeze_panes(ws, package::kFirstTaskRow, 0);

    const QByteArray titleText = p.title.toUtf8();
    worksheet_set_row(ws, package::kTitleRow, 28, nullptr);
    worksheet_merge_range(ws, package::kTitleRow, 0, package::kTitleRow, package::kColumns - 1,
                          titleText.constData(), title);
    const QByteArray instructionText = p.instruction.toUtf8();
    worksheet_set_row(ws, package::kInstructionRow, 42, nullptr);
    worksheet_merge_range(ws, package::kInstructionRow, 0, package::kInstructionRow, package::kColumns - 1,
                          instructionText.constData(), instruction);
    const QStringList names = package::header();
    for (int c = 0; c < package::kColumns; ++c) {
        const QByteArray h = names.at(c).toUtf8();
        worksheet_write_string(ws, package::kHeaderRow, lxw_col_t(c), h.constData(), header);
    }
    lxw_row_t row = package::kFirstTaskRow;
    for (const PackageTask &t : p.tasks) {
        const QList<QByteArray> cells = {t.key.toUtf8(), t.number.toUtf8(), t.title.toUtf8(),
                                         t.deadline.toUtf8(), t.state.toUtf8()};
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(ws, row, lxw_col_t(c), cells.at(c).constData(), locked);
        worksheet_write_blank(ws, row, package::kProgressColumn, open);
        worksheet_write_blank(ws, row, package::kPercentColumn, openNumber);
        worksheet_write_blank(ws, row, package::kProblemsColumn, open);
        worksheet_write_blank(ws, row, package::kNextColumn, open);
        worksheet_write_blank(ws, row, package::kCompletionColumn, open);
        worksheet_write_blank(ws, row, package::kExtensionColumn, openDate);
        ++row;
    }
    if (!p.tasks.isEmpty()) {
        const lxw_row_t last = row - 1;
        lxw_data_validation percent{};
        percent.validate = LXW_VALIDATION_TYPE_DECIMAL;
        percent.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        percent.minimum_number = 0;
        percent.maximum_number = 100;
        QByteArray percentError = QStringLiteral("请填写0至100的数字。").toUtf8();
        percent.error_message = percentError.data();
        worksheet_data_validation_range(ws, package::kFirstTaskRow, package::kPercentColumn, last,
                                        package::kPercentColumn, &percent);
        lxw_data_validation choice{};
        choice.validate = LXW_VALIDATION_TYPE_LIST;
        QByteArray yes = package::yes().toUtf8(), no = package::no().toUtf8();
        char *list[] = {yes.data(), no.data(), nullptr};
        choice.value_list = list;
        worksheet_data_validation_range(ws, package::kFirstTaskRow, package::kCompletionColumn, last,
                                        package::kCompletionColumn, &choice);
        lxw_data_validation date{};
        date.validate = LXW_VALIDATION_TYPE_DATE;
        date.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
        date.value_datetime = lxw_datetime{2000, 1, 1, 0, 0, 0};
        QByteArray dateError = QStringLiteral("请填写日期，如2024-03-31。").toUtf8();
        date.error_message = dateError.data();
        worksheet_data_validation_range(ws, package::kFirstTaskRow, package::kExtensionColumn, last,
                                        package::kExtensionColumn, &date);
    }
    // Protected without a password: a unit cannot change the office's columns or add rows by mistake; the
    // collector checks anyway.
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(ws, nullptr, &protection);

    // The identity sheet: key/value rows, then the tasks as issued.
    const QList<std::pair<QString, QString>> facts = {
        {QStringLiteral("format"), QString::fromLatin1(package::kFormat)},
        {QStringLiteral("version"), QString::number(package::kVersion)},
        {QStringLiteral("database"), p.identity},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("period"), p.period},
        {QStringLiteral("issued"), p.issued.toString(Qt::ISODate)},
    };
    lxw_row_t r = 0;
    for (const auto &[key, value] : facts) {
        const QByteArray k = key.toUtf8(), v = value.toUtf8();
        worksheet_write_string(id, r, 0, k.constData(), nullptr);
        worksheet_write_string(id, r, 1, v.constData(), nullptr);
        ++r;
    }
    worksheet_write_string(id, ++r, 0, "tasks", nullptr);
    ++r;
    for (const PackageTask &t : p.tasks) {
        const QList<QByteArray> cells = {t.key.toUtf8(), t.number.toUtf8(), t.title.toUtf8(),
                                         t.deadline.toUtf8(), t.state.toUtf8()};
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(id, r, lxw_col_t(c), cells.at(c).constData(), nullptr);
        ++r;
    }
    worksheet_protect(id, nullptr, nullptr);
    worksheet_hide(id);
    worksheet_activate(ws);

    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        //: zh_CN: 工作簿未能写出：%1
        return ReportPackageWriter::tr("The workbook could not be written: %1")
            .arg(QString::fromUtf8(lxw_strerror(closed)));
    return {};
}

} // namespace

bool ReportPackageWriter::write(const PackageContent &package, const QString &path,
                                const OutputFile::Options &options, QString *error,
                                OutputFile::Problem *problem)
{
    return XlsxOutput::write(
        path, options,
        [&package](const QString &file, const QString &) { return writeWorkbook(package, file); }, error,
        problem);
}

} // namespace duban::ui
