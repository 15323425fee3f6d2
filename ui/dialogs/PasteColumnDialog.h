#pragma once

#include "core/indicators/PastedColumn.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace duban::ui {

/// Gathers values pasted from a spreadsheet — with their own period column, or a column of values and the
/// month the first one is for — and shows how they will be read (periods, bad rows) before anything is
/// recorded.
class PasteColumnDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteColumnDialog)
public:
    PasteColumnDialog(const QString &indicatorName, int year, QWidget *parent = nullptr);

    void setText(const QString &text);
    void setStartMonth(const QString &period);
    /// The values as read: by the periods in the paste, else month after month from the start month.
    core::PastedColumn::Result result() const;
    /// A problem as the dialog shows it: "Row 3: …" (period column), "Column 3: …" or "Cell 3: …".
    static QString problemText(const core::PastedColumn::Result &result, const core::RowProblem &problem);
    /// What the dialog shows about the paste: how many values, and each problem by its row.
    QString previewText() const;

private:
    void updatePreview();

    int m_year;
    QLineEdit *m_start;
    QPlainTextEdit *m_text;
    QLabel *m_preview;
};

} // namespace duban::ui
