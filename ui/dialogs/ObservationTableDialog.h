#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/indicators/ObservationTable.h"
#include "core/xlsx/XlsxWorkbook.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace duban::ui {

/// The mapping step of importing a statistics table from Excel: which sheet, which way round (indicator
/// rows × period columns, or the transpose), which line holds the periods and which the names, and which
/// indicator each name of the table is — with a preview of what will be recorded and of every cell that
/// cannot be. It starts from ObservationTable's guess and the names that match an indicator.
class ObservationTableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationTableDialog)
public:
    ObservationTableDialog(core::XlsxWorkbook book, QList<core::Indicator> indicators, int defaultYear,
                           const QString &fileName, QWidget *parent = nullptr);

    /// What the choices read: the observations, and each cell that cannot be used ("Sheet1, row 4: …").
    struct Outcome
    {
        QList<core::Observation> observations;
        QStringList problems;
    };
    Outcome outcome() const;

    /// The sheets the dialog offers (the visible ones), and the one chosen.
    QStringList sheetNames() const;
    void setSheet(int index);
    core::ObservationTableLayout tableLayout() const;
    void setTableLayout(const core::ObservationTableLayout &layout);
    /// The table's names as listed, and the indicator chosen for each: its id, 0 for not imported, -1 when
    /// none is chosen (the name is looked up as a CSV's is, and a problem when it matches none).
    QStringList names() const;
    qint64 choiceFor(const QString &name) const;
    void choose(const QString &name, qint64 indicatorId);
    QString previewText() const;
    QPushButton *recordButton() const { return m_record; }

private:
    const core::XlsxSheet *sheet() const;
    void fillLines();
    void fillNames();
    void updatePreview();

    core::XlsxWorkbook m_book;
    QList<int> m_sheets; ///< the visible sheets' indices in the book
    QList<core::Indicator> m_indicators;
    int m_year;
    bool m_filling = false;
    QHash<QString, qint64> m_choices; ///< the user's choices by name, kept when the lines change
    QComboBox *m_sheet;
    QComboBox *m_direction;
    QComboBox *m_periodLine;
    QComboBox *m_nameLine;
    QTableWidget *m_names;
    QLabel *m_preview;
    QPushButton *m_record;
};

} // namespace duban::ui
