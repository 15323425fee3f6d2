#pragma once

#include "core/domain/SupervisionRecord.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;

namespace duban::ui {

class TypedDateEdit;

/// One 催办 or 督办 about several tasks, each sent to its own lead unit: the kind, the day, what is asked and
/// by when the answer is due.
class BatchReminderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchReminderDialog)
public:
    BatchReminderDialog(int tasks, const QDate &date, QWidget *parent = nullptr);
    /// The record for one task (taskId and unit left for the caller).
    core::SupervisionRecord record() const;

    QRadioButton *noticeButton() const { return m_notice; }
    QPlainTextEdit *textField() const { return m_text; }
    TypedDateEdit *dateField() const { return m_date; }
    TypedDateEdit *dueField() const { return m_due; }

private:
    QRadioButton *m_reminder;
    QRadioButton *m_notice;
    TypedDateEdit *m_date;
    QPlainTextEdit *m_text;
    TypedDateEdit *m_due;
};

/// A value for several tasks at once: a lead unit chosen from the directory, or a date (a new deadline, the
/// day of an approval) with an optional note.
class BatchValueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchValueDialog)
public:
    /// A lead unit from `units`.
    BatchValueDialog(const QString &title, const QString &label, const QStringList &units,
                     QWidget *parent = nullptr);
    /// A date, and a note when `noteLabel` is not empty.
    BatchValueDialog(const QString &title, const QString &label, const QDate &date, const QString &noteLabel,
                     QWidget *parent = nullptr);
    QString unit() const;
    QDate date() const;
    QString note() const;

    QComboBox *unitField() const { return m_unit; }
    TypedDateEdit *dateField() const { return m_date; }

private:
    QComboBox *m_unit = nullptr;
    TypedDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace duban::ui
