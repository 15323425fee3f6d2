#include "LoopPanel.h"

#include "core/io/OutputFile.h"
#include "core/services/OpenLedger.h"
#include "ui/commands/LoopCommands.h"
#include "ui/dialogs/LoopDialogs.h"
#include "ui/views/LoopText.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    return b;
}

std::optional<LoopRequest> latest(const QList<LoopRequest> &requests, LoopRequest::Kind kind)
{
    for (auto it = requests.crbegin(); it != requests.crend(); ++it)
        if (it->kind == kind)
            return *it;
    return std::nullopt;
}

bool pending(const QList<LoopRequest> &requests, LoopRequest::Kind kind)
{
    const auto r = latest(requests, kind);
    return r && r->state == LoopRequest::State::Pending;
}

} // namespace

LoopPanel::LoopPanel(core::OpenLedger *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_run = [](QDialog &dialog) { return dialog.exec(); };
    m_warn = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };
    m_open = [](const QUrl &file) { return QDesktopServices::openUrl(file); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    // Each request beside its decision, in rows short enough for the narrowest pane.
    m_sign = button(tr("Sign-off…"), tr("Record that a unit acknowledged the task (签收)"), this);
    m_request =
        button(tr("Completion request…"),
               tr("Record a unit's request to close the task, with its basis and evidence (办结申请)"), this);
    m_review = button(tr("Review…"), tr("Approve (销号) or return (退回) the completion request"), this);
    m_extension =
        button(tr("Extension request…"), tr("Record a unit's request for a later deadline (延期申请)"), this);
    m_decide =
        button(tr("Decide extension…"), tr("Approve or refuse the extension request (延期审批)"), this);
    auto *steps = new QGridLayout();
    steps->addWidget(m_sign, 0, 0);
    steps->addWidget(m_request, 1, 0);
    steps->addWidget(m_review, 1, 1);
    steps->addWidget(m_extension, 2, 0);
    steps->addWidget(m_decide, 2, 1);
    steps->setColumnStretch(2, 1);
    layout->addLayout(steps);

    auto *filesLabel = new QLabel(tr("Attachments (佐证材料)"), this);
    layout->addWidget(filesLabel);
    m_attachments = new QListWidget(this);
    m_attachments->setWordWrap(true);
    m_attachments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filesLabel->setBuddy(m_attachments);
    layout->addWidget(m_attachments);
    m_openFile = button(tr("Open"), tr("Open the attachment with the program the system uses for it"), this);
    m_saveFile = button(tr("Save as…"), tr("Save a copy of the attachment"), this);
    m_removeFile = button(tr("Remove"), tr("Remove the attachment (undo puts it back)"), this);
    auto *fileButtons = new QHBoxLayout();
    for (QPushButton *b : {m_openFile, m_saveFile, m_removeFile})
        fileButtons->addWidget(b);
    fileButtons->addStretch();
    layout->addLayout(fileButtons);
    layout->addStretch(); // height the form row gives beyond the panel's own goes below it

    connect(m_sign, &QPushButton::clicked, this, &LoopPanel::signOff);
    connect(m_request, &QPushButton::clicked, this, &LoopPanel::requestCompletion);
    connect(m_review, &QPushButton::clicked, this, &LoopPanel::review);
    connect(m_extension, &QPushButton::clicked, this, &LoopPanel::requestExtension);
    connect(m_decide, &QPushButton::clicked, this, &LoopPanel::decideExtension);
    connect(m_openFile, &QPushButton::clicked, this, &LoopPanel::openAttachment);
    connect(m_saveFile, &QPushButton::clicked, this, &LoopPanel::saveAttachment);
    connect(m_removeFile, &QPushButton::clicked, this, &LoopPanel::removeAttachment);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, &LoopPanel::openAttachment);
    connect(m_attachments, &QListWidget::itemSelectionChanged, this, &LoopPanel::updateButtons);

    auto follow = [this](qint64 id) {
        if (id && id == m_taskId)
            reload();
    };
    connect(store, &core::OpenLedger::taskChanged, this, follow);
    connect(store, &core::OpenLedger::historyChanged, this, follow);
    connect(store, &core::OpenLedger::outsideChange, this, &LoopPanel::reload);
    connect(store, &core::OpenLedger::taskRemoved, this, [this](qint64 id) {
        if (id == m_taskId)
            setTask(0);
    });
    reload();
}

LoopPanel::~LoopPanel() = default;

void LoopPanel::setTask(qint64 taskId)
{
    if (taskId == m_taskId && (m_task || !taskId))
        return;
    m_taskId = taskId;
    reload();
}

void LoopPanel::reload()
{
    m_task = m_taskId ? m_store->task(m_taskId) : std::nullopt;
    const LoopService service = m_store->loop();
    m_signOffs = m_task ? service.signOffs(m_taskId) : QList<SignOff>();
    m_requests = m_task ? service.requests(m_taskId) : QList<LoopRequest>();
    m_files.clear();
    if (m_task)
        for (const Attachment &a : service.attachments(m_taskId))
            if (!a.removed)
                m_files.append(a);
    showState();
    showAttachments();
    updateButtons();
}

void LoopPanel::showState()
{
    if (!m_task) {
        m_state->clear();
        return;
    }
    const Task &t = *m_task;
    QStringList lines;
    lines.append(tr("Stage: %1").arg(QStringLiteral("<b>%1</b>").arg(LoopText::stage(TaskStage(t.stage)))));
    QStringList units = t.units();
    units.removeAll(QString());
    // Who signed (with the day), then who has not: two lines however many units the task has.
    QStringList signedUnits;
    QStringList waiting;
    for (const QString &unit : std::as_const(units)) {
        const auto s = std::find_if(m_signOffs.cbegin(), m_signOffs.cend(),
                                    [&](const SignOff &o) { return o.unit == unit; });
        if (s != m_signOffs.cend())
            signedUnits.append(tr("%1 (%2)").arg(unit, iso(s->date)));
        else
            waiting.append(unit);
    }
    const QString separator = QStringLiteral("、");
    if (!signedUnits.isEmpty())
        lines.append(QStringLiteral("✓ ") +
                     tr("Signed: %1").arg(signedUnits.join(separator)).toHtmlEscaped());
    if (!waiting.isEmpty())
        lines.append(QStringLiteral("<span style=\"color:#b36b00\">○ %1</span>")
                         .arg(tr("Not signed: %1").arg(waiting.join(separator)).toHtmlEscaped()));
    if (const auto r = latest(m_requests, LoopRequest::Kind::Completion)) {
        QString state = LoopText::requestState(*r);
        if (r->decidedOn.isValid())
            state += QLatin1Char(' ') + iso(r->decidedOn);
        if (!r->decision.isEmpty())
            state += QStringLiteral("：") + r->decision;
        lines.append(tr("Completion request of %1 on %2: %3")
                         .arg(r->unit.toHtmlEscaped(), iso(r->date), state.toHtmlEscaped()));
        lines.append(QStringLiteral("&nbsp;&nbsp;") + tr("Basis: %1").arg(r->text.toHtmlEscaped()));
    }
    if (const auto r = latest(m_requests, LoopRequest::Kind::Extension)) {
        QString state = LoopText::requestState(*r);
        if (r->decidedOn.isValid())
            state += QLatin1Char(' ') + iso(r->decidedOn);
        if (!r->decision.isEmpty())
            state += QStringLiteral("：") + r->decision;
        lines.append(
            tr("Extension request of %1 on %2 to %3: %4")
                .arg(r->unit.toHtmlEscaped(), iso(r->date), iso(r->newDeadline), state.toHtmlEscaped()));
    }
    if (t.deadlineOriginal.isValid())
        lines.append(QStringLiteral("<b>%1</b>").arg(LoopText::extended(t.deadlineOriginal, t.deadline)));
    m_state->setText(lines.join(QStringLiteral("<br>")));
}

QString LoopPanel::ownerText(const Attachment &a) const
{
    switch (a.owner) {
    case Attachment::Owner::Request:
        for (const LoopRequest &r : m_requests)
            if (r.id == a.ownerId)
                return r.kind == LoopRequest::Kind::Completion
                           ? tr("completion request of %1").arg(iso(r.date))
                           : tr("extension request of %1").arg(iso(r.date));
        return tr("a withdrawn request");
    case Attachment::Owner::Report:
        return tr("progress report");
    case Attachment::Owner::Record:
        return tr("response to a reminder or notice");
    }
    return {};
}

void LoopPanel::showAttachments()
{
    m_attachments->clear();
    for (const Attachment &a : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1（%2）— %3").arg(a.name, LoopText::size(a.size), ownerText(a)), m_attachments);
        item->setToolTip(tr("Added %1").arg(a.addedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (m_files.isEmpty()) {
        auto *none = new QListWidgetItem(tr("(none)"), m_attachments);
        none->setFlags(Qt::NoItemFlags);
    }
    // As tall as its rows, up to four; then it scrolls.
    int height = 2 * m_attachments->frameWidth();
    for (int i = 0; i < std::min(4, m_attachments->count()); ++i)
        height += m_attachments->sizeHintForRow(i);
    m_attachments->setFixedHeight(std::max(height, m_attachments->fontMetrics().height() + 8));
}

void LoopPanel::updateButtons()
{
    const bool open = m_task && m_task->status == TaskStatus::Open;
    QStringList units = m_task ? m_task->units() : QStringList();
    units.removeAll(QString());
    const bool someUnsigned = std::any_of(units.cbegin(), units.cend(), [this](const QString &u) {
        return std::none_of(m_signOffs.cbegin(), m_signOffs.cend(),
                            [&](const SignOff &s) { return s.unit == u; });
    });
    m_sign->setEnabled(open && someUnsigned);
    m_request->setEnabled(open && !units.isEmpty() && !pending(m_requests, LoopRequest::Kind::Completion));
    m_review->setEnabled(open && pending(m_requests, LoopRequest::Kind::Completion));
    m_extension->setEnabled(open && !units.isEmpty() && !pending(m_requests, LoopRequest::Kind::Extension));
    m_decide->setEnabled(open && pending(m_requests, LoopRequest::Kind::Extension));
    const bool file = selectedAttachment().has_value();
    m_openFile->setEnabled(file);
    m_saveFile->setEnabled(file);
    m_removeFile->setEnabled(file);
}

std::optional<Attachment> LoopPanel::selectedAttachment() const
{
    const int row = m_attachments->currentRow();
    QListWidgetItem *item = m_attachments->currentItem();
    if (row < 0 || row >= m_files.size() || !item || !item->isSelected())
        return std::nullopt;
    return m_files.at(row);
}

QDate LoopPanel::stepDate() const
{
    return std::min(m_store->asOf(), QDate::currentDate());
}

bool LoopPanel::runStep(QDialog &dialog, const std::function<StoreCommand *()> &command)
{
    while (m_run(dialog) == QDialog::Accepted) {
        StorageError error;
        if (StoreCommand::push(command(), &error))
            return true;
        m_warn(tr("Not recorded"), error.message);
        if (error.code != StorageError::Code::Invalid)
            return false; // not the input: showing the dialog again would not help
    }
    return false;
}

void LoopPanel::signOff()
{
    if (!m_task)
        return;
    QStringList units;
    for (const QString &u : m_task->units())
        if (!u.isEmpty() && std::none_of(m_signOffs.cbegin(), m_signOffs.cend(),
                                         [&](const SignOff &s) { return s.unit == u; }))
            units.append(u);
    const QDate assigned = m_task->startDate;
    SignOffDialog dialog(units, assigned.isValid() ? std::max(assigned, stepDate()) : stepDate(), this);
    const qint64 id = m_taskId;
    runStep(dialog, [&] { return loop::sign(m_store, id, dialog.unit(), dialog.date()); });
}

void LoopPanel::requestCompletion()
{
    if (!m_task)
        return;
    LoopRequestDialog dialog(LoopRequest::Kind::Completion, m_task->units(), stepDate(), m_task->deadline,
                             this);
    const qint64 id = m_taskId;
    runStep(dialog, [&] {
        return loop::requestCompletion(m_store, id, dialog.unit(), dialog.date(), dialog.text(),
                                       dialog.files());
    });
}

void LoopPanel::requestExtension()
{
    if (!m_task)
        return;
    LoopRequestDialog dialog(LoopRequest::Kind::Extension, m_task->units(), stepDate(), m_task->deadline,
                             this);
    const qint64 id = m_taskId;
    runStep(dialog, [&] {
        return loop::requestExtension(m_store, id, dialog.unit(), dialog.newDeadline(), dialog.text(),
                                      dialog.date(), dialog.files());
    });
}

void LoopPanel::review()
{
    const auto r = latest(m_requests, LoopRequest::Kind::Completion);
    if (!m_task || !r || r->state != LoopRequest::State::Pending)
        return;
    LoopDecisionDialog dialog(*r, std::max(r->date, stepDate()), this);
    const qint64 id = m_taskId;
    runStep(dialog, [&] {
        return loop::reviewCompletion(m_store, id, dialog.approve(), dialog.date(), dialog.reason());
    });
}

void LoopPanel::decideExtension()
{
    const auto r = latest(m_requests, LoopRequest::Kind::Extension);
    if (!m_task || !r || r->state != LoopRequest::State::Pending)
        return;
    LoopDecisionDialog dialog(*r, std::max(r->date, stepDate()), this);
    const qint64 id = m_taskId;
    runStep(dialog, [&] {
        return loop::decideExtension(m_store, id, dialog.approve(), dialog.date(), dialog.reason());
    });
}

void LoopPanel::openAttachment()
{
    const auto a = selectedAttachment();
    if (!a)
        return;
    StorageError error;
    const std::optional<QByteArray> content = m_store->loop().attachmentContent(a->id, &error);
    if (!content) {
        m_warn(tr("Cannot open"), error.message);
        return;
    }
    // One folder per window session, removed when the panel goes: the viewer may still be reading.
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    const QString folder = m_openedFiles->filePath(QString::number(a->id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(a->name).fileName());
    QFile file(path);
    if (!m_openedFiles->isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(*content) != content->size()) {
        m_warn(tr("Cannot open"),
               tr("%1 could not be written to a temporary file: %2").arg(a->name, file.errorString()));
        return;
    }
    file.close();
    if (!m_open(QUrl::fromLocalFile(path)))
        m_warn(tr("Cannot open"),
               tr("No program is set up to open %1. Save it with “Save as…” instead.").arg(a->name));
}

void LoopPanel::saveAttachment()
{
    const auto a = selectedAttachment();
    if (!a)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), a->name);
    if (path.isEmpty())
        return;
    QString problem;
    if (!saveAttachmentTo(path, &problem))
        m_warn(tr("Not saved"), problem);
    else
        emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

bool LoopPanel::saveAttachmentTo(const QString &path, QString *problem)
{
    const auto a = selectedAttachment();
    if (!a)
        return false;
    StorageError error;
    const std::optional<QByteArray> content = m_store->loop().attachmentContent(a->id, &error);
    if (!content) {
        *problem = error.message;
        return false;
    }
    // The file dialog asked before overwriting; the open database is never the target.
    OutputFile out(path, {true, {m_store->path()}});
    if (!out.open() || out.device()->write(*content) != content->size() || !out.commit()) {
        *problem = out.errorString();
        return false;
    }
    return true;
}

void LoopPanel::removeAttachment()
{
    const auto a = selectedAttachment();
    if (!a)
        return;
    StorageError error;
    if (!StoreCommand::push(loop::removeAttachment(m_store, *a), &error))
        m_warn(tr("Not removed"), error.message);
    else
        emit message(tr("Attachment %1 removed. Undo with Ctrl+Z.").arg(a->name));
}

} // namespace duban::ui
