#pragma once

#include "core/rules/StatusThresholds.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace duban::ui {

/// Edits the thresholds of the status lights (kept in the database, shared by everyone using it).
class StatusThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusThresholdsDialog)
public:
    explicit StatusThresholdsDialog(const core::StatusThresholds &settings, QWidget *parent = nullptr);
    core::StatusThresholds thresholds() const;

private:
    QSpinBox *m_dueSoon;
    QSpinBox *m_tolerance;
    QComboBox *m_basis;
    QComboBox *m_cycle;
    QSpinBox *m_dueDay;
    QSpinBox *m_tenDayDue;
};

} // namespace duban::ui
