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
                      "Yellow: due soon, below the time-elapsed schedule, or the report of the latest period "
                      "due missing or "
                      "late. These settings are saved in the database."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_dueSoon = new QSpinBox(this);
    m_dueSoon->setRange(0, 90);
    m_dueSoon->setSuffix(tr(" days"));
    m_dueSoon->setValue(settings.dueSoonDays);
    form->addRow(tr("Yellow when due within"), m_dueSoon);
    m_tolerance = new QSpinBox(this);
    m_tolerance->setRange(0, 100);
    m_tolerance->setSuffix(tr(" points"));
    m_tolerance->setValue(settings.scheduleTolerance);
    m_tolerance->setToolTip(tr("0, as offices count: a task below the share of its period elapsed (25% at "
                               "the end of the first quarter, 50% at the end of June) is behind schedule."));
    form->addRow(tr("Yellow when below the time-elapsed schedule by more than"), m_tolerance);
    m_basis = new QComboBox(this);
    m_basis->addItem(tr("Whole months (25% at the end of March)"), int(core::ScheduleBasis::Months));
    m_basis->addItem(tr("Day by day"), int(core::ScheduleBasis::Days));
    m_basis->setCurrentIndex(settings.scheduleBasis == core::ScheduleBasis::Days ? 1 : 0);
    form->addRow(tr("Time-elapsed schedule counted in"), m_basis);
    m_cycle = new QComboBox(this);
    m_cycle->addItem(tr("Monthly (月报)"), int(core::ReportingCycle::Monthly));
    m_cycle->addItem(tr("Every ten days (旬报)"), int(core::ReportingCycle::TenDays));
    m_cycle->setCurrentIndex(settings.defaultCycle == core::ReportingCycle::TenDays ? 1 : 0);
    form->addRow(tr("Units report"), m_cycle);
    m_dueDay = new QSpinBox(this);
    m_dueDay->setRange(1, 28);
    m_dueDay->setValue(settings.reportDueDay);
    m_dueDay->setToolTip(tr("A monthly report for June is due by this day of July; a task without it is "
                            "yellow (report missing) until it comes, and a later one counts as late."));
    form->addRow(tr("Monthly report due by day of the next month"), m_dueDay);
    m_tenDayDue = new QSpinBox(this);
    m_tenDayDue->setRange(0, 9);
    m_tenDayDue->setSuffix(tr(" days"));
    m_tenDayDue->setValue(settings.tenDayDueDays);
    form->addRow(tr("Ten-day report due after the period ends by"), m_tenDayDue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::StatusThresholds StatusThresholdsDialog::thresholds() const
{
    core::StatusThresholds s;
    s.dueSoonDays = m_dueSoon->value();
    s.scheduleTolerance = m_tolerance->value();
    s.scheduleBasis = static_cast<core::ScheduleBasis>(m_basis->currentData().toInt());
    s.defaultCycle = static_cast<core::ReportingCycle>(m_cycle->currentData().toInt());
    s.reportDueDay = m_dueDay->value();
    s.tenDayDueDays = m_tenDayDue->value();
    return s;
}

} // namespace duban::ui
