#pragma once

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// File ▸ Export ledger (导出台账): the rows the ledger shows or every task, as an Excel workbook or CSV, to
/// a file the user picks. Writes through LedgerWorkbook (an existing file is replaced only after the
/// file dialog's question; the database never).
class ExportLedgerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportLedgerDialog)

public:
    /// `shown`: the task ids the ledger shows, in its order.
    ExportLedgerDialog(core::OpenLedger *ledger, std::vector<qint64> shown, QWidget *parent = nullptr);

    QRadioButton *shownButton() const { return m_shown; }
    QRadioButton *allButton() const { return m_all; }
    QLineEdit *pathEdit() const { return m_path; }
    /// Why the last export did not happen, or empty.
    QString problem() const;

public slots:
    /// Writes the file the fields say; false (the reason shown) when refused. `overwrite`: replace a file
    /// that exists (the file dialog asked).
    bool exportTo(bool overwrite = false);

protected:
    void done(int result) override;

private:
    void browse();

    core::OpenLedger *m_ledger;
    std::vector<qint64> m_shownIds;
    QRadioButton *m_shown;
    QRadioButton *m_all;
    QLineEdit *m_path;
    QLabel *m_problem;
    bool m_confirmedOverwrite = false;
};

} // namespace duban::ui
