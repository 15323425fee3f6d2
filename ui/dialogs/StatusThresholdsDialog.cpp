#include "StatusThresholdsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace duban::ui {

StatusThresholdsDialog::StatusThresholdsDialog(const core::StatusThresholds &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Status light rules"));
    auto *form = new QFormLayout(this);
    auto *intro =
        new QLabel(tr("Red: past the deadline or a milestone, or a notice unanswered past its due date. "
                      "Yellow: one of the conditions below. These settings are saved in the database."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_dueSoon = new QSpinBox(this);
    m_dueSoon->setRange(0, 90);
    m_dueSoon->setSuffix(tr(" days"));
    m_dueSoon->setValue(settings.dueSoonDays);
    form->addRow(tr("Yellow when due within"), m_dueSoon);
    m_behind = new QSpinBox(this);
    m_behind->setRange(0, 100);
    m_behind->setSuffix(tr(" points"));
    m_behind->setValue(settings.behindPoints);
    form->addRow(tr("Yellow when behind the time-elapsed schedule by more than"), m_behind);
    m_cycle = new QComboBox(this);
    m_cycle->addItem(tr("Monthly (月报)"), int(core::ReportingCycle::Monthly));
    m_cycle->addItem(tr("Every ten days (旬报)"), int(core::ReportingCycle::TenDays));
    m_cycle->setCurrentIndex(settings.defaultCycle == core::ReportingCycle::TenDays ? 1 : 0);
    form->addRow(tr("Yellow when no progress report in the current"), m_cycle);
    m_grace = new QSpinBox(this);
    m_grace->setRange(0, 31);
    m_grace->setSuffix(tr(" days"));
    m_grace->setValue(settings.reportGraceDays);
    m_grace->setToolTip(
        tr("For example 5: until the 5th of a month, a report from the previous month still counts, "
           "so tasks do not turn yellow on the 1st while units are writing their reports."));
    form->addRow(tr("A report of the previous period still counts for"), m_grace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::StatusThresholds StatusThresholdsDialog::thresholds() const
{
    core::StatusThresholds s;
    s.dueSoonDays = m_dueSoon->value();
    s.behindPoints = m_behind->value();
    s.defaultCycle = static_cast<core::ReportingCycle>(m_cycle->currentData().toInt());
    s.reportGraceDays = m_grace->value();
    return s;
}

} // namespace duban::ui
