#pragma once

#include "core/domain/Loop.h"
#include "core/domain/Task.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;
class QUrl;
namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

class StoreCommand;

/// A task's place in the supervision loop (督办闭环) in the detail pane: its stage, each unit's 签收, the
/// requests waiting or last decided, an extended deadline with the original; the steps the office records
/// for a unit (签收, 办结申请, 审核, 延期申请, 延期审批), each one undoable; the files attached (opened,
/// saved out, removed with undo).
class LoopPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopPanel)
public:
    explicit LoopPanel(core::OpenLedger *store, QWidget *parent = nullptr);
    ~LoopPanel() override;

    /// Shows `taskId` (0: none).
    void setTask(qint64 taskId);
    qint64 taskId() const { return m_taskId; }

    /// How the panel runs a dialog: QDialog::Accepted or Rejected (tests fill the dialog in themselves).
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner run) { m_run = std::move(run); }
    /// How the panel tells the user a step was refused (tests read it).
    using Warning = std::function<void(const QString &title, const QString &text)>;
    void setWarning(Warning warn) { m_warn = std::move(warn); }
    /// How an attachment written to a temporary file is opened (QDesktopServices by default).
    using Opener = std::function<bool(const QUrl &file)>;
    void setOpener(Opener open) { m_open = std::move(open); }

    QLabel *stateLabel() const { return m_state; }
    QListWidget *attachmentList() const { return m_attachments; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *extensionButton() const { return m_extension; }
    QPushButton *decideButton() const { return m_decide; }
    /// The attachment of the selected row of attachmentList(), if any.
    std::optional<core::Attachment> selectedAttachment() const;

public slots:
    void signOff();
    void requestCompletion();
    void review();
    void requestExtension();
    void decideExtension();
    void openAttachment();
    void saveAttachment();
    void removeAttachment();

public:
    /// Writes the selected attachment to `path` (Save as…); false with `message` set.
    bool saveAttachmentTo(const QString &path, QString *message);

signals:
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void reload();
    void showState();
    void showAttachments();
    void updateButtons();
    /// The day a step defaults to: the as-of date, never after today.
    QDate stepDate() const;
    /// Runs `dialog` until the command it makes is taken or the user cancels; a refused step is explained
    /// and the dialog shown again with what was entered.
    bool runStep(QDialog &dialog, const std::function<StoreCommand *()> &command);
    QString ownerText(const core::Attachment &a) const;

    core::OpenLedger *m_store;
    qint64 m_taskId = 0;
    std::optional<core::Task> m_task;
    QList<core::SignOff> m_signOffs;
    QList<core::LoopRequest> m_requests;
    QList<core::Attachment> m_files; ///< those not removed, as attachmentList() shows them
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    DialogRunner m_run;
    Warning m_warn;
    Opener m_open;

    QLabel *m_state;
    QPushButton *m_sign;
    QPushButton *m_request;
    QPushButton *m_review;
    QPushButton *m_extension;
    QPushButton *m_decide;
    QListWidget *m_attachments;
    QPushButton *m_openFile;
    QPushButton *m_saveFile;
    QPushButton *m_removeFile;
};

} // namespace duban::ui
