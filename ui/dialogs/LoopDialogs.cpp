#include "LoopDialogs.h"

#include "core/services/LoopService.h"
#include "ui/views/LoopText.h"
#include "ui/views/TypedDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

TypedDateEdit *makeDateField(const QDate &date, QWidget *parent)
{
    auto *edit = new TypedDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return edit;
}

QComboBox *makeUnitField(const QStringList &units, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(units);
    return box;
}

void addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}

} // namespace

SignOffDialog::SignOffDialog(const QStringList &units, const QDate &date, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Record a sign-off (签收)"));
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("The unit acknowledged the assigned task (by phone, paper or mail)."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_unit = makeUnitField(units, this);
    form->addRow(tr("&Unit"), m_unit);
    m_date = makeDateField(date, this);
    form->addRow(tr("Signed &on"), m_date);
    addButtons(this, form);
}

QString SignOffDialog::unit() const
{
    return m_unit->currentText().trimmed();
}

QDate SignOffDialog::date() const
{
    return m_date->date();
}

LoopRequestDialog::LoopRequestDialog(LoopRequest::Kind kind, const QStringList &units, const QDate &date,
                                     const QDate &deadline, QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    const bool completion = kind == LoopRequest::Kind::Completion;
    setWindowTitle(completion ? tr("Completion request (办结申请)") : tr("Extension request (延期申请)"));
    auto *form = new QFormLayout(this);
    m_unit = makeUnitField(units, this);
    form->addRow(tr("Requesting &unit"), m_unit);
    m_date = makeDateField(date, this);
    form->addRow(tr("Requested &on"), m_date);
    if (!completion) {
        if (deadline.isValid())
            form->addRow(tr("Deadline now"), new QLabel(deadline.toString(Qt::ISODate), this));
        m_deadline = makeDateField(deadline.isValid() ? deadline.addMonths(3) : date.addMonths(3), this);
        form->addRow(tr("&New deadline"), m_deadline);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(completion ? tr("What was done, and what shows it (办结依据)")
                                          : tr("Why the deadline cannot be kept"));
    form->addRow(completion ? tr("&Basis") : tr("&Reason"), m_text);

    auto *files = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    m_fileList = new QListWidget(files);
    m_fileList->setMaximumHeight(100);
    filesLayout->addWidget(m_fileList);
    auto *fileButtons = new QHBoxLayout();
    auto *add = new QPushButton(tr("Add &files…"), files);
    auto *remove = new QPushButton(tr("Remove file"), files);
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    filesLayout->addLayout(fileButtons);
    form->addRow(tr("Evidence"), files);
    connect(add, &QPushButton::clicked, this, &LoopRequestDialog::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &LoopRequestDialog::removeFile);
    addButtons(this, form);
    resize(560, completion ? 420 : 460);
}

QString LoopRequestDialog::unit() const
{
    return m_unit->currentText().trimmed();
}

QDate LoopRequestDialog::date() const
{
    return m_date->date();
}

QString LoopRequestDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QDate LoopRequestDialog::newDeadline() const
{
    return m_deadline ? m_deadline->date() : QDate();
}

QString LoopRequestDialog::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        StorageError error;
        const std::optional<AttachmentFile> file = LoopService::readFile(path, &error);
        if (!file) {
            problems.append(error.message);
            continue;
        }
        m_files.append(*file);
        m_fileList->addItem(QStringLiteral("%1（%2）").arg(file->name, LoopText::size(file->content.size())));
    }
    return problems.join(QLatin1Char('\n'));
}

void LoopRequestDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (paths.isEmpty())
        return;
    const QString problems = addFiles(paths);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Not attached"), problems);
}

void LoopRequestDialog::removeFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    delete m_fileList->takeItem(row);
}

LoopDecisionDialog::LoopDecisionDialog(const LoopRequest &request, const QDate &date, QWidget *parent)
    : QDialog(parent)
{
    const bool completion = request.kind == LoopRequest::Kind::Completion;
    setWindowTitle(completion ? tr("Review the completion request (审核)")
                              : tr("Decide on the extension request (延期审批)"));
    auto *form = new QFormLayout(this);
    auto *about = new QLabel(
        completion
            ? tr("%1 asked on %2 to close the task.").arg(request.unit, request.date.toString(Qt::ISODate))
            : tr("%1 asked on %2 to move the deadline from %3 to %4.")
                  .arg(request.unit, request.date.toString(Qt::ISODate),
                       request.oldDeadline.toString(Qt::ISODate), request.newDeadline.toString(Qt::ISODate)),
        this);
    about->setWordWrap(true);
    form->addRow(about);
    auto *text = new QLabel(request.text, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(completion ? tr("Basis") : tr("Reason"), text);
    auto *choice = new QHBoxLayout();
    m_approve =
        new QRadioButton(completion ? tr("&Approve: close (销号)") : tr("&Approve the new deadline"), this);
    m_decline = new QRadioButton(completion ? tr("Re&turn (退回)") : tr("Re&fuse (不予延期)"), this);
    m_approve->setChecked(true);
    choice->addWidget(m_approve);
    choice->addWidget(m_decline);
    choice->addStretch();
    form->addRow(tr("Decision"), choice);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_reason->setPlaceholderText(completion ? tr("The reason, when it is returned")
                                            : tr("A note (optional)"));
    form->addRow(completion ? tr("&Reason or note") : tr("&Note"), m_reason);
    m_date = makeDateField(date, this);
    form->addRow(tr("Decided &on"), m_date);
    addButtons(this, form);
    resize(540, sizeHint().height());
}

bool LoopDecisionDialog::approve() const
{
    return m_approve->isChecked();
}

QString LoopDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate LoopDecisionDialog::date() const
{
    return m_date->date();
}

} // namespace duban::ui
