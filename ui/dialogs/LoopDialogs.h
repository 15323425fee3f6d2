#pragma once

#include "core/domain/Loop.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace duban::ui {

class TypedDateEdit;

/// 签收: which of the task's units acknowledged it, and on which day.
class SignOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffDialog)
public:
    /// `units`: the units that have not signed yet, lead first.
    SignOffDialog(const QStringList &units, const QDate &date, QWidget *parent = nullptr);
    QString unit() const;
    QDate date() const;
    QComboBox *unitField() const { return m_unit; }
    TypedDateEdit *dateField() const { return m_date; }

private:
    QComboBox *m_unit;
    TypedDateEdit *m_date;
};

/// A unit's request: 办结申请 (its basis and evidence) or 延期申请 (the deadline asked for, the reason, the
/// evidence); with the day it was made and the unit making it.
class LoopRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopRequestDialog)
public:
    /// `units`: the task's units, lead first; `deadline`: the task's deadline now (extension: the new one
    /// starts three months later).
    LoopRequestDialog(core::LoopRequest::Kind kind, const QStringList &units, const QDate &date,
                      const QDate &deadline, QWidget *parent = nullptr);
    QString unit() const;
    QDate date() const;
    QString text() const;
    QDate newDeadline() const;
    QList<core::AttachmentFile> files() const { return m_files; }
    /// Reads files to attach; one that cannot be attached (missing, empty, above the size limit) is left
    /// out, and the reasons are returned (empty when every file was taken).
    QString addFiles(const QStringList &paths);

    QComboBox *unitField() const { return m_unit; }
    TypedDateEdit *dateField() const { return m_date; }
    TypedDateEdit *deadlineField() const { return m_deadline; }
    QPlainTextEdit *textField() const { return m_text; }
    QListWidget *fileList() const { return m_fileList; }

private:
    void chooseFiles();
    void removeFile();

    core::LoopRequest::Kind m_kind;
    QComboBox *m_unit;
    TypedDateEdit *m_date;
    TypedDateEdit *m_deadline = nullptr;
    QPlainTextEdit *m_text;
    QListWidget *m_fileList;
    QList<core::AttachmentFile> m_files;
};

/// The office's decision on a request: 审核 of a 办结申请 (销号 or 退回 with the reason) or the decision on a
/// 延期申请 (批准 or 不予延期), with its day and a note.
class LoopDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopDecisionDialog)
public:
    LoopDecisionDialog(const core::LoopRequest &request, const QDate &date, QWidget *parent = nullptr);
    bool approve() const;
    QString reason() const;
    QDate date() const;

    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *declineButton() const { return m_decline; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    TypedDateEdit *dateField() const { return m_date; }

private:
    QRadioButton *m_approve;
    QRadioButton *m_decline;
    QPlainTextEdit *m_reason;
    TypedDateEdit *m_date;
};

} // namespace duban::ui
