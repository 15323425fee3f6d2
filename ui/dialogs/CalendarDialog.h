#pragma once

#include "core/rules/WorkCalendar.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
namespace duban::core {
class OpenLedger;
}

namespace duban::ui {

/// The office's own working-day calendar entries, over the shipped holidays: a year the shipped calendar
/// lacks (pasted from the State Council's notice), a local day off. OK saves the changes in one transaction.
class CalendarDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDialog)
public:
    enum Column
    {
        DateColumn,
        WeekdayColumn,
        KindColumn,
        NameColumn,
        ColumnCount
    };

    explicit CalendarDialog(core::OpenLedger *store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *pasteBox() const { return m_paste; }
    /// Why the last action did not happen (a bad pasted line, a refused save); empty after a good one.
    QString problem() const;
    /// The entries as the dialog holds them, sorted.
    QList<core::CalendarDay> entries() const;

    /// Adds (or replaces) the entry of the date, kind and name fields.
    void addEntry();
    /// Adds (or replaces) the entries of the paste box's lines, all or none; clears the box after.
    bool addPastedLines();
    void removeSelected();

protected:
    void done(int result) override;

private:
    bool save();
    void setEntries(const QList<core::CalendarDay> &days);
    void showEntries();
    void showProblem(const QString &text);

private:
    core::OpenLedger *m_store;
    QMap<qint64, core::CalendarDay> m_entries; ///< by julian day
    QMap<qint64, core::CalendarDay> m_saved;   ///< as read from the database
    QTableWidget *m_table;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QPlainTextEdit *m_paste;
    QPushButton *m_removeButton;
    QLabel *m_problem;
};

} // namespace duban::ui
