#pragma once

#include "core/domain/PlanDocument.h"
#include "core/domain/Unit.h"
#include "core/services/ImportService.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTabWidget;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class ImportTargetModel;
class ImportTaskModel;
/// File ▸ Import plan: shows the decomposed document (header, tasks, targets, warnings by line) for
/// checking and correcting, then saves it in one transaction — or, for a document number already in the
/// database, shows what would change and updates the saved plan.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Decomposes a file; on bad input shows why and returns false (nothing is saved).
    bool loadFile(const QString &path);
    /// Decomposes bytes (the bundled sample) shown as `name`.
    bool loadBytes(const QByteArray &bytes, const QString &name);

    const core::PlanDocument &document() const { return m_document; }
    ImportTaskModel *taskModel() const { return m_tasks; }
    ImportTargetModel *targetModel() const { return m_targets; }
    QTableView *taskTable() const { return m_taskTable; }
    qint64 savedPlanId() const { return m_savedPlanId; }
    /// Codes of tasks an update kept because they have history.
    /// What to do when the document number is already in the database.
    enum class UpdateChoice
    {
        Update,
        ImportAsNew,
        Cancel
    };
    /// Replaces the question asked before updating a saved plan (tests answer it without a message box).
    void setUpdateQuestion(std::function<UpdateChoice(const QStringList &changes)> ask)
    {
        m_ask = std::move(ask);
    }
    /// Text of the last refusal (bad input), empty if none.
    QString lastError() const { return m_lastError; }

public slots:
    void chooseFile();
    void accept() override;

private:
    bool load(const QByteArray &bytes, const QString &name);
    void showDocument();
    void readHeader();
    bool saveNew();
    bool updateExisting(const core::ImportService::SavedPlan &saved);

    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    core::PlanDocument m_document;
    QList<core::Unit> m_units;
    qint64 m_savedPlanId = 0;
    std::function<UpdateChoice(const QStringList &)> m_ask;
    QString m_lastError;

    QLabel *m_source;
    QLineEdit *m_title;
    QLineEdit *m_number;
    QLineEdit *m_issuer;
    QDateEdit *m_date;
    QSpinBox *m_year;
    QTabWidget *m_tabs;
    QTableView *m_taskTable;
    QTableView *m_targetTable;
    QListWidget *m_sections;
    QListWidget *m_warnings;
    QDialogButtonBox *m_buttons;
    ImportTaskModel *m_tasks;
    ImportTargetModel *m_targets;
};

} // namespace duban::ui
