#include "ReportPackageDialogs.h"

#include "core/services/LookupService.h"
#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "ui/commands/TaskCommands.h"
#include "ui/export/ReportPackageWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kReturnRole = Qt::UserRole + 1;

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SendPackagesDialog::SendPackagesDialog(OpenLedger *ledger, QWidget *parent)
    : QDialog(parent), m_ledger(ledger)
{
    //: zh_CN: 发送报送表
    setWindowTitle(tr("Send report packages"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    m_period = new QDateEdit(this);
    m_period->setDisplayFormat(QStringLiteral("yyyy-MM"));
    const QDate asOf = std::min(ledger->asOf(), QDate::currentDate());
    m_period->setDate(QDate(asOf.year(), asOf.month(), 1));
    //: zh_CN: 报送月份：
    form->addRow(tr("Month:"), m_period);
    m_unit = new QComboBox(this);
    //: zh_CN: 全部单位（每个单位一个文件）
    m_unit->addItem(tr("Every unit (one file each)"), QString());
    for (const Unit &u : LookupService(ledger->database()).units())
        m_unit->addItem(u.name, u.name);
    //: zh_CN: 单位：
    form->addRow(tr("Unit:"), m_unit);
    auto *row = new QHBoxLayout();
    m_folder = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("报送表")),
                             this);
    m_folder->setMinimumWidth(380);
    row->addWidget(m_folder, 1);
    //: zh_CN: 浏览…
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(browse);
    //: zh_CN: 保存到文件夹：
    form->addRow(tr("Folder:"), row);
    //: zh_CN: 每个单位一个 Excel 工作簿，列出其牵头和配合的未办结任务；单位填写后发回，用“收表”收入台账。
    auto *hint =
        new QLabel(tr("One Excel workbook per unit with the open tasks it leads and co-handles; the unit "
                      "fills it in and sends it back, and Collect returned packages takes it in."),
                   this);
    hint->setWordWrap(true);
    form->addRow(hint);
    layout->addLayout(form);
    m_status = statusLabel(this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: zh_CN: 生成报送表(&W)
    QPushButton *write = buttons->addButton(tr("&Write packages"), QDialogButtonBox::ActionRole);
    write->setDefault(true);
    connect(write, &QPushButton::clicked, this, [this] { writePackages(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, windowTitle(), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    layout->addWidget(buttons);
}

QString SendPackagesDialog::problem() const
{
    return m_written.isEmpty() ? m_status->text() : QString();
}

bool SendPackagesDialog::writePackages(bool overwrite)
{
    m_written.clear();
    const QString period = m_period->date().toString(QStringLiteral("yyyy-MM"));
    const QString folder = m_folder->text().trimmed();
    auto refuse = [this](const QString &text) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        m_status->setText(text);
        return false;
    };
    if (folder.isEmpty() || (QFileInfo::exists(folder) && !QFileInfo(folder).isDir()))
        //: zh_CN: 请选择一个文件夹。
        return refuse(tr("Choose a folder."));
    ReportPackageService service(m_ledger->database());
    StorageError error;
    const std::optional<QStringList> units = service.units(period, m_unit->currentData().toString(), &error);
    if (!units)
        return refuse(error.message);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QDateTime issued = QDateTime::currentDateTime();
    QList<PackageContent> contents;
    for (const QString &unit : *units) {
        std::optional<PackageContent> c = service.content(unit, period, issued, &error);
        if (!c) {
            QApplication::restoreOverrideCursor();
            return refuse(error.message);
        }
        if (!c->tasks.isEmpty())
            contents.append(std::move(*c));
    }
    QApplication::restoreOverrideCursor();
    OutputFile::Options options;
    options.overwrite = overwrite;
    options.protectedFiles = {m_ledger->database().path()};
    if (!overwrite && QFileInfo(folder).isDir()) {
        int existing = 0;
        for (const PackageContent &c : std::as_const(contents))
            existing += QFileInfo::exists(QDir(folder).filePath(c.fileName));
        if (existing > 0) {
            if (QMessageBox::question(
                    this, windowTitle(),
                    //: zh_CN: 文件夹中已有%n个同名报送表。要替换它们吗？
                    tr("The folder holds %n package(s) of the same name already. Replace them?", nullptr,
                       existing),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return false;
            options.overwrite = true;
        }
    }
    if (!QDir().mkpath(folder))
        //: zh_CN: 无法创建文件夹%1。
        return refuse(tr("The folder %1 cannot be made.").arg(folder));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const PackageContent &c : std::as_const(contents)) {
        const QString path = QDir(folder).filePath(c.fileName);
        QString message;
        if (!ReportPackageWriter::write(c, path, options, &message)) {
            QApplication::restoreOverrideCursor();
            return refuse(message);
        }
        m_written.append(path);
    }
    QApplication::restoreOverrideCursor();
    m_status->setStyleSheet(QString());
    //: zh_CN: 已生成%n个报送表，保存在%1。
    m_status->setText(tr("%n package(s) written to %1.", nullptr, int(m_written.size())).arg(folder));
    return true;
}

CollectPackagesDialog::CollectPackagesDialog(OpenLedger *ledger, QWidget *parent)
    : QDialog(parent), m_ledger(ledger)
{
    //: zh_CN: 收取报送表
    setWindowTitle(tr("Collect returned packages"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    //: zh_CN: 添加文件(&F)…
    auto *files = new QPushButton(tr("Add &files…"), this);
    //: zh_CN: 添加文件夹(&D)…
    auto *folder = new QPushButton(tr("Add fol&der…"), this);
    bar->addWidget(files);
    bar->addWidget(folder);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_tree = new QTreeWidget(this);
    //: zh_CN: 文件 / 任务, 单位, 报送, 办结申请, 延期申请
    m_tree->setHeaderLabels(
        {tr("File / task"), tr("Unit"), tr("Reports"), tr("Completion"), tr("Extension")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setColumnWidth(1, 200);
    m_tree->setColumnWidth(2, 190);
    m_tree->setColumnWidth(3, 90);
    m_tree->setColumnWidth(4, 100);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    m_status = statusLabel(this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: zh_CN: 收入台账(&C)
    m_collect = buttons->addButton(tr("&Collect"), QDialogButtonBox::ActionRole);
    connect(m_collect, &QPushButton::clicked, this, [this] {
        if (collect())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(files, &QPushButton::clicked, this, [this] {
        //: zh_CN: Excel 工作簿 (*.xlsx)
        const QStringList picked =
            QFileDialog::getOpenFileNames(this, windowTitle(), {}, tr("Excel workbooks (*.xlsx)"));
        addFiles(picked);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, windowTitle());
        if (!dir.isEmpty())
            addFiles({dir});
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &CollectPackagesDialog::updateButton);
    layout->addWidget(buttons);
    updateButton();
}

QString CollectPackagesDialog::status() const
{
    return m_status->text();
}

void CollectPackagesDialog::addFiles(const QStringList &paths)
{
    const QStringList files = ReportPackageService::packageFiles(paths);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportPackageService service(m_ledger->database());
    for (const QString &f : std::as_const(files)) {
        bool known = false;
        for (const ReturnedPackage &r : std::as_const(m_returns))
            known = known || QFileInfo(r.file) == QFileInfo(f);
        if (!known)
            m_returns.append(service.read(f));
    }
    QApplication::restoreOverrideCursor();
    fill();
}

void CollectPackagesDialog::fill()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (int i = 0; i < m_returns.size(); ++i) {
        const ReturnedPackage &r = m_returns.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QFileInfo(r.file).fileName());
        item->setToolTip(0, r.file);
        item->setText(1, r.unit);
        item->setData(0, kReturnRole, i);
        if (r.ok()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setText(2, QString::number(r.reports()));
            item->setText(3, QString::number(r.completionRequests()));
            item->setText(4, QString::number(r.extensionRequests()));
            for (const ReturnedTask &t : r.tasks) {
                if (t.alreadyCollected ||
                    (t.progress.isEmpty() && t.percent < 0 && !t.requestCompletion && !t.extendTo.isValid() &&
                     t.problems.isEmpty() && t.nextSteps.isEmpty()))
                    continue;
                auto *task = new QTreeWidgetItem(item);
                QString line = QStringLiteral("%1  %2").arg(t.number, t.title);
                if (!t.progress.isEmpty())
                    line += QStringLiteral(" — ") + t.progress;
                if (t.percent >= 0)
                    line += QStringLiteral("（%1%）").arg(t.percent);
                task->setText(0, line);
                task->setToolTip(0, line);
                task->setText(2, QStringLiteral("1"));
                //: zh_CN: 申请
                task->setText(3, t.requestCompletion ? tr("asked") : QString());
                task->setText(4, t.extendTo.isValid() ? t.extendTo.toString(Qt::ISODate) : QString());
            }
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            //: zh_CN: %n个问题，不能收入
            item->setText(2, tr("%n problem(s): cannot be collected", nullptr, int(r.problems.size())));
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
            for (const ReturnProblem &p : r.problems) {
                auto *problem = new QTreeWidgetItem(item);
                problem->setFirstColumnSpanned(true); // a sentence: the whole row's width
                problem->setText(0, p.message);
                problem->setToolTip(0, p.message);
                problem->setForeground(0, QColor(0xb0, 0x00, 0x20));
            }
        }
        item->setExpanded(true);
    }
    updateButton();
}

bool CollectPackagesDialog::setAccepted(int index, bool accepted)
{
    if (index < 0 || index >= m_tree->topLevelItemCount() || !m_returns.at(index).ok())
        return false;
    m_tree->topLevelItem(index)->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
    return true;
}

void CollectPackagesDialog::updateButton()
{
    int ticked = 0, reports = 0, requests = 0, bad = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const ReturnedPackage &r = m_returns.at(i);
        bad += !r.ok();
        if (r.ok() && m_tree->topLevelItem(i)->checkState(0) == Qt::Checked) {
            ++ticked;
            reports += r.reports();
            requests += r.completionRequests() + r.extensionRequests();
        }
    }
    m_collect->setEnabled(ticked > 0);
    if (m_returns.isEmpty())
        //: zh_CN: 请添加单位发回的报送表（可一次选多个文件，或一个文件夹）。
        m_status->setText(tr("Add the packages the units sent back (several files at once, or a folder)."));
    else
        //: zh_CN: 已勾选%1个文件：报送%2条、申请%3项；%4个文件有问题，不能收入。
        m_status->setText(
            tr("%1 file(s) ticked: %2 report(s), %3 request(s); %4 file(s) with problems cannot be "
               "collected.")
                .arg(ticked)
                .arg(reports)
                .arg(requests)
                .arg(bad));
}

bool CollectPackagesDialog::collect()
{
    QList<ReturnedPackage> accepted;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_returns.at(i).ok() && m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            accepted.append(m_returns.at(i));
    if (accepted.isEmpty())
        return false;
    const QDate on = std::min(m_ledger->asOf(), QDate::currentDate());
    auto saved = std::make_shared<ReportPackageService::Saved>();
    OpenLedger *ledger = m_ledger;
    auto refresh = [ledger, saved] {
        for (qint64 task : std::as_const(saved->tasks))
            ledger->refreshTask(task);
        ledger->recomputeStatus();
    };
    auto *command = new FunctionCommand(
        m_ledger,
        //: the undo step; zh_CN: 收取%n个报送表
        tr("Collect %n package(s)", nullptr, int(accepted.size())),
        [ledger, accepted, on, saved, refresh](StorageError *error) {
            const std::optional<ReportPackageService::Saved> done =
                ReportPackageService(ledger->database()).save(accepted, on, error);
            if (!done)
                return false;
            *saved = *done;
            refresh();
            return true;
        },
        [ledger, saved, refresh](StorageError *error) {
            if (!ReportPackageService(ledger->database()).undo(*saved, error))
                return false;
            refresh();
            return true;
        });
    StorageError error;
    if (!StoreCommand::push(command, &error)) {
        m_status->setText(error.message);
        return false;
    }
    return true;
}

} // namespace duban::ui
