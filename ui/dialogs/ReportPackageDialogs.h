#pragma once

#include "core/services/ReportPackageService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// File ▸ Send report packages… (发送报送表): one package per unit (or one unit's) for a month, written
/// into a folder.
class SendPackagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPackagesDialog)

public:
    explicit SendPackagesDialog(core::OpenLedger *ledger, QWidget *parent = nullptr);

    QDateEdit *periodEdit() const { return m_period; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *folderEdit() const { return m_folder; }
    /// The files written by the last writePackages().
    QStringList written() const { return m_written; }
    QString problem() const;

public slots:
    /// Writes the packages; false (the reason shown) when refused. `overwrite`: replace packages there.
    bool writePackages(bool overwrite = false);

private:
    core::OpenLedger *m_ledger;
    QDateEdit *m_period;
    QComboBox *m_unit;
    QLineEdit *m_folder;
    QLabel *m_status;
    QStringList m_written;
};

/// File ▸ Collect returned packages… (收表): returned files (several at once, or a folder) read and checked;
/// the preview lists per file what it adds and its problems. The returns ticked (only those without
/// problems can be) are saved in one transaction and one undo step.
class CollectPackagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectPackagesDialog)

public:
    explicit CollectPackagesDialog(core::OpenLedger *ledger, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    const QList<core::ReturnedPackage> &returns() const { return m_returns; }
    /// Reads and adds these files (a folder: its .xlsx files).
    void addFiles(const QStringList &paths);
    /// Ticks or unticks the return of row `index`; false if it has problems (it cannot be ticked).
    bool setAccepted(int index, bool accepted);
    QString status() const;

public slots:
    /// Saves the ticked returns as one undo step, dated the ledger's date (today at the latest); false
    /// (the reason shown) when nothing is ticked or the save was refused.
    bool collect();

private:
    void fill();
    void updateButton();

    core::OpenLedger *m_ledger;
    QList<core::ReturnedPackage> m_returns;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPushButton *m_collect;
};

} // namespace duban::ui
