#pragma once

#include "core/domain/ProgressReport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace duban::ui {

/// Gathers one progress report (进展): date, reporting unit, text, percent done, problems, next steps.
class ProgressReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressReportDialog)
public:
    /// `units`: the task's lead and co-units, offered first.
    ProgressReportDialog(const core::ProgressReport &report, const QStringList &units,
                         QWidget *parent = nullptr);
    core::ProgressReport report() const;

private:
    core::ProgressReport m_report;
    QDateEdit *m_date;
    QComboBox *m_unit;
    QSpinBox *m_percent;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_next;
};

} // namespace duban::ui
