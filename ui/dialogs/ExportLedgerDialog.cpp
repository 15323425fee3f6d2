#include "ExportLedgerDialog.h"

#include "core/services/LedgerExportService.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "ui/export/LedgerWorkbook.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

ExportLedgerDialog::ExportLedgerDialog(OpenLedger *ledger, std::vector<qint64> shown, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_shownIds(std::move(shown))
{
    //: zh_CN: 导出台账
    setWindowTitle(tr("Export ledger"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    auto *which = new QVBoxLayout();
    const qsizetype total = m_ledger->index().size();
    //: zh_CN: 台账当前显示的 %n 项任务（按筛选和排序）
    m_shown = new QRadioButton(
        tr("The %n task(s) the ledger shows (its filters and order)", nullptr, int(m_shownIds.size())), this);
    //: zh_CN: 全部 %n 项任务
    m_all = new QRadioButton(tr("All %n task(s)", nullptr, int(total)), this);
    (qsizetype(m_shownIds.size()) < total ? m_shown : m_all)->setChecked(true);
    which->addWidget(m_shown);
    which->addWidget(m_all);
    //: zh_CN: 导出范围：
    form->addRow(tr("Tasks:"), which);
    auto *pathRow = new QHBoxLayout();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: the default file name; zh_CN: 任务台账-%1.xlsx
    m_path = new QLineEdit(
        QDir(folder).filePath(tr("ledger-%1.xlsx").arg(m_ledger->asOf().toString(Qt::ISODate))), this);
    m_path->setMinimumWidth(420);
    pathRow->addWidget(m_path, 1);
    //: zh_CN: 浏览…
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(browseButton);
    //: zh_CN: 文件：
    form->addRow(tr("File:"), pathRow);
    //: zh_CN: Excel 工作簿（.xlsx）或
    //: CSV（.csv，UTF-8），按文件扩展名。灯号以单元格颜色表示，统计截止日期为%1。
    auto *hint = new QLabel(tr("An Excel workbook (.xlsx) or CSV (.csv, UTF-8), by the file's extension. The "
                               "lights are the cells' colours; as of %1.")
                                .arg(m_ledger->asOf().toString(Qt::ISODate)),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: zh_CN: 导出(&E)
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportLedgerDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_confirmedOverwrite = false; });
    layout->addWidget(buttons);
}

QString ExportLedgerDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ExportLedgerDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      //: zh_CN: Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_confirmedOverwrite = true; // the file dialog asked before an existing file was picked
}

bool ExportLedgerDialog::exportTo(bool overwrite)
{
    auto refuse = [this](const QString &text) {
        m_problem->setText(text);
        m_problem->show();
        return false;
    };
    const QString path = m_path->text().trimmed();
    const std::optional<LedgerWorkbook::Format> format = LedgerWorkbook::formatOf(path);
    if (!format)
        //: zh_CN: 文件名应以 .xlsx 或 .csv 结尾。
        return refuse(tr("The file name must end in .xlsx or .csv."));
    LedgerExportScope scope;
    if (m_shown->isChecked()) {
        if (m_shownIds.empty())
            //: zh_CN: 台账当前没有显示任何任务。
            return refuse(tr("The ledger shows no task."));
        scope.taskIds = m_shownIds;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StorageError error;
    const std::optional<LedgerSheet> sheet =
        LedgerExportService(m_ledger->database()).build(scope, m_ledger->asOf(), &error);
    if (!sheet) {
        QApplication::restoreOverrideCursor();
        return refuse(error.message);
    }
    OutputFile::Options options;
    options.overwrite = overwrite || m_confirmedOverwrite;
    options.protectedFiles = {m_ledger->database().path()};
    QString message;
    OutputFile::Problem problem = OutputFile::Problem::None;
    const bool written = LedgerWorkbook::write(*sheet, path, *format, options, &message, &problem);
    QApplication::restoreOverrideCursor();
    if (!written && problem == OutputFile::Problem::Exists && !options.overwrite &&
        QMessageBox::question(this, windowTitle(),
                              //: zh_CN: %1已存在。要替换它吗？
                              tr("%1 exists. Replace it?").arg(QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        return exportTo(true);
    if (!written)
        return refuse(message);
    m_problem->hide();
    return true;
}

void ExportLedgerDialog::done(int result)
{
    if (result == Accepted && !exportTo())
        return;
    QDialog::done(result);
}

} // namespace duban::ui
