#include "BatchDialogs.h"

#include "ui/views/TypedDateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace duban::ui {

namespace {

TypedDateEdit *makeDateField(const QDate &date, QWidget *parent)
{
    auto *edit = new TypedDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return edit;
}

void addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}

} // namespace

BatchReminderDialog::BatchReminderDialog(int tasks, const QDate &date, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Remind about %n task(s)", nullptr, tasks));
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("Each task's reminder goes to its lead unit."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *kinds = new QHBoxLayout();
    m_reminder = new QRadioButton(tr("Reminder (催办)"), this);
    m_notice = new QRadioButton(tr("Supervision notice (督办)"), this);
    m_reminder->setChecked(true);
    kinds->addWidget(m_reminder);
    kinds->addWidget(m_notice);
    kinds->addStretch();
    form->addRow(tr("Kind"), kinds);
    m_date = makeDateField(date, this);
    form->addRow(tr("&Sent on"), m_date);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the units are asked to do"));
    form->addRow(tr("&Text"), m_text);
    m_due = makeDateField(m_date->date().addDays(7), this);
    form->addRow(tr("Response &due"), m_due);
    addButtons(this, form);
    resize(520, 340);
}

core::SupervisionRecord BatchReminderDialog::record() const
{
    core::SupervisionRecord r;
    r.kind = m_notice->isChecked() ? core::SupervisionRecord::Kind::Notice
                                   : core::SupervisionRecord::Kind::Reminder;
    r.date = m_date->date();
    r.text = m_text->toPlainText().trimmed();
    r.responseDue = m_due->date();
    return r;
}

BatchValueDialog::BatchValueDialog(const QString &title, const QString &label, const QStringList &units,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    m_unit = new QComboBox(this);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->addItems(units);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(20);
    form->addRow(label, m_unit);
    addButtons(this, form);
}

BatchValueDialog::BatchValueDialog(const QString &title, const QString &label, const QDate &date,
                                   const QString &noteLabel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    m_date = makeDateField(date, this);
    form->addRow(label, m_date);
    if (!noteLabel.isEmpty()) {
        m_note = new QPlainTextEdit(this);
        m_note->setTabChangesFocus(true);
        m_note->setMaximumHeight(80);
        form->addRow(noteLabel, m_note);
    }
    addButtons(this, form);
    resize(420, noteLabel.isEmpty() ? 120 : 220);
}

QString BatchValueDialog::unit() const
{
    return m_unit ? m_unit->currentText().trimmed() : QString();
}

QDate BatchValueDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

QString BatchValueDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

} // namespace duban::ui
