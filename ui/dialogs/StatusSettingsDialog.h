#pragma once

#include "core/rules/StatusSettings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace duban::ui {

/// Edits the thresholds of the status lights (kept in the database, shared by everyone using it).
class StatusSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSettingsDialog)
public:
    explicit StatusSettingsDialog(const core::StatusSettings &settings, QWidget *parent = nullptr);
    core::StatusSettings settings() const;

private:
    QSpinBox *m_dueSoon;
    QSpinBox *m_behind;
    QComboBox *m_cycle;
    QSpinBox *m_grace;
};

} // namespace duban::ui
