#include "ProgressReportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace duban::ui {

ProgressReportDialog::ProgressReportDialog(const core::ProgressReport &report, const QStringList &units,
                                           QWidget *parent)
    : QDialog(parent), m_report(report)
{
    setWindowTitle(report.id ? tr("Edit progress report") : tr("Add progress report"));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(report.date.isValid() ? report.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    m_unit = new QComboBox(this);
    m_unit->setEditable(true);
    m_unit->addItems(units);
    m_unit->setCurrentText(report.unit.isEmpty() ? units.value(0) : report.unit);
    form->addRow(tr("Reporting &unit"), m_unit);
    m_percent = new QSpinBox(this);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral("%"));
    m_percent->setValue(report.percent);
    form->addRow(tr("&Percent done"), m_percent);
    m_text = new QPlainTextEdit(report.text, this);
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Progress"), m_text);
    m_problems = new QPlainTextEdit(report.problems, this);
    m_problems->setTabChangesFocus(true);
    m_problems->setMaximumHeight(80);
    form->addRow(tr("P&roblems"), m_problems);
    m_next = new QPlainTextEdit(report.nextSteps, this);
    m_next->setTabChangesFocus(true);
    m_next->setMaximumHeight(80);
    form->addRow(tr("&Next steps"), m_next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(560, 480);
}

core::ProgressReport ProgressReportDialog::report() const
{
    core::ProgressReport r = m_report;
    r.date = m_date->date();
    r.unit = m_unit->currentText().trimmed();
    r.percent = m_percent->value();
    r.text = m_text->toPlainText().trimmed();
    r.problems = m_problems->toPlainText().trimmed();
    r.nextSteps = m_next->toPlainText().trimmed();
    return r;
}

} // namespace duban::ui
