#pragma once

#include "core/domain/Loop.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

class NoticeDocument;
class TypedDateEdit;
struct IssuedNotice;

/// Issues a numbered 督办通知单 or 催办单 to a unit: the unit, the kind, the tasks (its open tasks; those it
/// leads that are red or yellow are checked), the requirement and the response date. Issuing numbers the
/// notice and records one 督办/催办 per task as one undoable step; then the document can be saved as a PDF
/// or printed (with a preview).
class NoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeDialog)
public:
    /// `unit`: the addressee to start with (the first unit when empty or unknown).
    NoticeDialog(core::OpenLedger *ledger, const QString &unit = {}, QWidget *parent = nullptr);
    ~NoticeDialog() override;

    QComboBox *unitBox() const { return m_unit; }
    QComboBox *kindBox() const { return m_kind; }
    QListWidget *taskList() const { return m_tasks; }
    QPlainTextEdit *requirementEdit() const { return m_requirement; }
    /// The tasks checked in the list.
    QList<qint64> checkedTasks() const;
    /// Checks or unchecks a task of the list; false if it is not listed.
    bool setTaskChecked(qint64 taskId, bool checked);

    /// The notice issued from this dialog (and not undone since), or null.
    const core::Notice *issued() const;
    /// The issued notice's document (null before it is issued).
    std::unique_ptr<NoticeDocument> document() const;
    /// Writes the issued notice as a PDF to `path` (replacing a file there, never the ledger).
    bool savePdfTo(const QString &path, QString *error);
    /// Paints the issued notice on `printer` (what the print preview shows and prints).
    bool printTo(QPrinter *printer) const;

public slots:
    /// Issues the notice as the fields say; false (the reason shown in the dialog) when it is refused.
    bool issueNotice();
    void savePdf();
    void printPreview();

private:
    void fillTasks();
    void suggestDates();
    void suggestRequirement();
    void updateState();

    core::OpenLedger *m_ledger;
    QComboBox *m_unit;
    QComboBox *m_kind;
    TypedDateEdit *m_date;
    QListWidget *m_tasks;
    TypedDateEdit *m_due;
    QPlainTextEdit *m_requirement;
    QLabel *m_status;
    QPushButton *m_issue;
    QPushButton *m_save;
    QPushButton *m_print;
    QString m_suggestedRequirement; ///< the default last put in the field (replaced while unedited)
    std::shared_ptr<IssuedNotice> m_state;
};

} // namespace duban::ui
