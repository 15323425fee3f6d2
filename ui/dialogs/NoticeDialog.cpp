#include "NoticeDialog.h"

#include "core/rules/StatusRules.h"
#include "core/services/CalendarService.h"
#include "core/services/NoticeService.h"
#include "core/services/OpenLedger.h"
#include "ui/commands/NoticeCommands.h"
#include "ui/export/BriefingPdfWriter.h"
#include "ui/export/BriefingStyle.h"
#include "ui/export/NoticeDocument.h"
#include "ui/views/TypedDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kTaskIdRole = Qt::UserRole + 1;

} // namespace

NoticeDialog::NoticeDialog(OpenLedger *ledger, const QString &unit, QWidget *parent)
    : QDialog(parent), m_ledger(ledger)
{
    //: zh_CN: 督办通知单 / 催办单
    setWindowTitle(tr("Supervision notice / reminder notice"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    m_unit = new QComboBox(this);
    for (const Unit &u : ledger->lookup().units())
        m_unit->addItem(u.name);
    const int at = m_unit->findText(unit);
    m_unit->setCurrentIndex(at >= 0 ? at : 0);
    //: zh_CN: 主送单位：
    form->addRow(tr("To unit:"), m_unit);
    m_kind = new QComboBox(this);
    m_kind->addItem(NoticeService::kindTitle(Notice::Kind::Notice), int(Notice::Kind::Notice));
    m_kind->addItem(NoticeService::kindTitle(Notice::Kind::Reminder), int(Notice::Kind::Reminder));
    //: zh_CN: 类别：
    form->addRow(tr("Kind:"), m_kind);
    m_date = new TypedDateEdit(ledger->asOf(), this);
    //: zh_CN: 日期：
    form->addRow(tr("Date:"), m_date);
    m_tasks = new QListWidget(this);
    m_tasks->setMinimumHeight(160);
    //: zh_CN: 任务：
    form->addRow(tr("Tasks:"), m_tasks);
    m_due = new TypedDateEdit(ledger->asOf(), this);
    //: zh_CN: 回复时限：
    form->addRow(tr("Response due:"), m_due);
    m_requirement = new QPlainTextEdit(this);
    m_requirement->setFixedHeight(90);
    //: zh_CN: 工作要求：
    form->addRow(tr("Requirement:"), m_requirement);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: zh_CN: 编号并签发
    m_issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::ActionRole);
    m_issue->setToolTip(tr("Number the notice and record a reminder or notice for each checked task (can be "
                           "undone)"));
    //: zh_CN: 保存PDF…
    m_save = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    //: zh_CN: 打印预览…
    m_print = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, &NoticeDialog::issueNotice);
    connect(m_save, &QPushButton::clicked, this, &NoticeDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &NoticeDialog::printPreview);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &NoticeDialog::fillTasks);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        suggestDates();
        fillTasks();
    });
    connect(m_due, &QDateEdit::dateChanged, this, &NoticeDialog::suggestRequirement);
    connect(ledger->undoStack(), &UndoStack::changed, this, &NoticeDialog::updateState);

    suggestDates();
    fillTasks();
    updateState();
    resize(720, 620);
}

NoticeDialog::~NoticeDialog() = default;

void NoticeDialog::suggestDates()
{
    const WorkCalendar calendar = CalendarService(m_ledger->database()).calendar();
    m_due->setDate(calendar.addWorkdays(m_date->date(), NoticeService::kDefaultResponseWorkdays));
    suggestRequirement();
}

void NoticeDialog::suggestRequirement()
{
    // The office's own words stay; the default follows the response date.
    const QString suggested = NoticeService::defaultRequirement(m_due->date(), m_ledger->notices().issuer());
    if (m_requirement->toPlainText() == m_suggestedRequirement)
        m_requirement->setPlainText(suggested);
    m_suggestedRequirement = suggested;
}

void NoticeDialog::fillTasks()
{
    m_tasks->clear();
    const QString unit = m_unit->currentText();
    const std::optional<Unit> found = m_ledger->lookup().unit(unit);
    if (!found)
        return;
    StorageError error;
    const QList<qint64> defaults = m_ledger->notices().defaultTasks(unit, m_date->date(), &error);
    const QSet<qint64> checked(defaults.cbegin(), defaults.cend());
    const TaskIndex &index = m_ledger->index();
    for (int i = 0; i < index.size(); ++i) {
        const TaskRow &row = index.row(i);
        if (row.status != quint8(TaskStatus::Open) || (!row.isLead(found->id) && !row.isCoUnit(found->id)))
            continue;
        const StatusLight &light = m_ledger->light(i);
        QString text = row.code + QLatin1Char(' ') + row.title;
        if (!row.isLead(found->id))
            //: marks a task the unit co-handles (does not lead) in the notice's task list; zh_CN: （配合）
            text += tr(" (co-unit)");
        const QString reason = shortReasonText(light);
        text += QStringLiteral(" — ") + (reason.isEmpty() ? lightText(light.light) : reason);
        auto *item = new QListWidgetItem(text, m_tasks);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(row.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kTaskIdRole, row.id);
        item->setToolTip(reasonTexts(light).join(QLatin1Char('\n')));
    }
}

QList<qint64> NoticeDialog::checkedTasks() const
{
    QList<qint64> out;
    for (int i = 0; i < m_tasks->count(); ++i)
        if (m_tasks->item(i)->checkState() == Qt::Checked)
            out.append(m_tasks->item(i)->data(kTaskIdRole).toLongLong());
    return out;
}

bool NoticeDialog::setTaskChecked(qint64 taskId, bool checked)
{
    for (int i = 0; i < m_tasks->count(); ++i) {
        QListWidgetItem *item = m_tasks->item(i);
        if (item->data(kTaskIdRole).toLongLong() == taskId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

const Notice *NoticeDialog::issued() const
{
    return m_state && m_state->issued ? &m_state->notice : nullptr;
}

void NoticeDialog::updateState()
{
    const bool done = issued() != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_unit, m_kind, m_date, m_tasks, m_due, m_requirement})
        w->setEnabled(!done);
    m_issue->setEnabled(!done);
    m_save->setEnabled(done);
    m_print->setEnabled(done);
    if (!m_state)
        return;
    if (done)
        //: zh_CN: 已签发%1（%n项任务）。
        m_status->setText(tr("Issued %1 (%n task(s)).", nullptr, int(m_state->records.size()))
                              .arg(m_ledger->notices().numberText(m_state->notice)));
    else
        //: zh_CN: 该通知单已撤销。
        m_status->setText(tr("The notice was undone."));
}

bool NoticeDialog::issueNotice()
{
    NoticeDraft draft;
    draft.kind = static_cast<Notice::Kind>(m_kind->currentData().toInt());
    draft.unit = m_unit->currentText();
    draft.issuedOn = m_date->date();
    draft.taskIds = checkedTasks();
    draft.responseDue = m_due->date();
    draft.requirement = m_requirement->toPlainText();
    StorageError error;
    if (draft.taskIds.isEmpty()) {
        //: zh_CN: 请至少勾选一项任务。
        m_status->setText(tr("Check at least one task."));
        return false;
    }
    const std::optional<Notice> prepared = m_ledger->notices().prepare(draft, &error);
    if (!prepared) {
        m_status->setText(error.message);
        return false;
    }
    auto state = std::make_shared<IssuedNotice>();
    state->notice = *prepared;
    if (!StoreCommand::push(ui::issueNotice(m_ledger, state), &error)) {
        m_status->setText(error.message);
        return false;
    }
    m_state = state;
    updateState();
    return true;
}

std::unique_ptr<NoticeDocument> NoticeDialog::document() const
{
    const Notice *notice = issued();
    if (!notice)
        return nullptr;
    return std::make_unique<NoticeDocument>(m_ledger->notices().content(*notice),
                                            BriefingStyle::fromSettings(QSettings()));
}

bool NoticeDialog::savePdfTo(const QString &path, QString *error)
{
    const std::unique_ptr<NoticeDocument> doc = document();
    if (!doc) {
        if (error)
            *error = tr("Issue the notice first.");
        return false;
    }
    // The file dialog asked before replacing a file; the ledger itself is never replaced.
    OutputFile::Options output;
    output.overwrite = true;
    output.protectedFiles = {m_ledger->path()};
    if (!BriefingPdfWriter::write(*doc, path, output, error))
        return false;
    //: zh_CN: 已保存到%1。
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void NoticeDialog::savePdf()
{
    const Notice *notice = issued();
    if (!notice)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_ledger->notices().numberText(*notice) + QStringLiteral(".pdf");
    //: zh_CN: 保存通知单
    const QString path = QFileDialog::getSaveFileName(this, tr("Save notice"), QDir(folder).filePath(name),
                                                      //: zh_CN: PDF 文件 (*.pdf)
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdfTo(path, &error))
        QMessageBox::warning(this, tr("Save notice"), error);
}

bool NoticeDialog::printTo(QPrinter *printer) const
{
    const std::unique_ptr<NoticeDocument> doc = document();
    return doc && BriefingPdfWriter::print(*doc, printer);
}

void NoticeDialog::printPreview()
{
    if (!issued())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    //: zh_CN: 打印通知单
    preview.setWindowTitle(tr("Print notice"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (!printTo(p))
            QMessageBox::warning(this, tr("Print notice"), tr("The notice could not be printed."));
    });
    preview.exec();
}

} // namespace duban::ui
