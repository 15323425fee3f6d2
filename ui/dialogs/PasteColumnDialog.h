#pragma once

#include "core/indicators/PastedColumn.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace duban::ui {

/// Gathers a column of values pasted from a spreadsheet and the month the first one is for; shows how
/// it will be read (periods, bad cells) before anything is recorded.
class PasteColumnDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteColumnDialog)
public:
    PasteColumnDialog(const QString &indicatorName, int year, QWidget *parent = nullptr);

    void setText(const QString &text);
    void setStartMonth(const QString &period);
    /// The values as read (valid only when the start month is a month).
    core::PastedColumn::Result result() const;

private:
    void updatePreview();

    int m_year;
    QLineEdit *m_start;
    QPlainTextEdit *m_text;
    QLabel *m_preview;
};

} // namespace duban::ui
