#include "SupervisionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace duban::ui {

namespace {
QDateEdit *dateEdit(const QDate &d, QWidget *parent)
{
    auto *e = new QDateEdit(d.isValid() ? d : QDate::currentDate(), parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}
} // namespace

SupervisionDialog::SupervisionDialog(const core::SupervisionRecord &record, const QStringList &units,
                                     Mode mode, QWidget *parent)
    : QDialog(parent), m_record(record), m_mode(mode)
{
    auto *form = new QFormLayout(this);
    if (mode == Mode::Issue) {
        setWindowTitle(record.id ? tr("Edit reminder or notice") : tr("Send a reminder or notice"));
        auto *kinds = new QHBoxLayout();
        m_reminder = new QRadioButton(tr("Reminder (催办)"), this);
        m_notice = new QRadioButton(tr("Supervision notice (督办)"), this);
        (record.kind == core::SupervisionRecord::Kind::Notice ? m_notice : m_reminder)->setChecked(true);
        kinds->addWidget(m_reminder);
        kinds->addWidget(m_notice);
        kinds->addStretch();
        form->addRow(tr("Kind"), kinds);
        m_date = dateEdit(record.date, this);
        form->addRow(tr("&Sent on"), m_date);
        m_unit = new QComboBox(this);
        m_unit->setEditable(true);
        m_unit->addItems(units);
        m_unit->setCurrentText(record.unit.isEmpty() ? units.value(0) : record.unit);
        form->addRow(tr("&To unit"), m_unit);
        m_text = new QPlainTextEdit(record.text, this);
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(tr("What the unit is asked to do"));
        form->addRow(tr("&Text"), m_text);
        m_due = dateEdit(record.responseDue.isValid() ? record.responseDue : m_date->date().addDays(7), this);
        form->addRow(tr("Response &due"), m_due);
    } else {
        setWindowTitle(tr("Record the response"));
        auto *about = new QLabel(
            tr("%1 to %2, sent %3: %4")
                .arg(record.kind == core::SupervisionRecord::Kind::Notice ? tr("Notice") : tr("Reminder"),
                     record.unit, record.date.toString(Qt::ISODate), record.text),
            this);
        about->setWordWrap(true);
        form->addRow(about);
        m_respondedOn = dateEdit(record.respondedOn, this);
        form->addRow(tr("&Answered on"), m_respondedOn);
        m_response = new QPlainTextEdit(record.response, this);
        m_response->setTabChangesFocus(true);
        form->addRow(tr("&Response"), m_response);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(540, 380);
}

core::SupervisionRecord SupervisionDialog::record() const
{
    core::SupervisionRecord r = m_record;
    if (m_mode == Mode::Issue) {
        r.kind = m_notice->isChecked() ? core::SupervisionRecord::Kind::Notice
                                       : core::SupervisionRecord::Kind::Reminder;
        r.date = m_date->date();
        r.unit = m_unit->currentText().trimmed();
        r.text = m_text->toPlainText().trimmed();
        r.responseDue = m_due->date();
    } else {
        r.respondedOn = m_respondedOn->date();
        r.response = m_response->toPlainText().trimmed();
    }
    return r;
}

} // namespace duban::ui
