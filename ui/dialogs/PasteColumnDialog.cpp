#include "PasteColumnDialog.h"

#include "ui/charts/PeriodLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

PasteColumnDialog::PasteColumnDialog(const QString &indicatorName, int year, QWidget *parent)
    : QDialog(parent), m_year(year), m_start(new QLineEdit(Period::month(year, 2).key(), this)),
      m_text(new QPlainTextEdit(this)), m_preview(new QLabel(this))
{
    setWindowTitle(tr("Paste a column of values — %1").arg(indicatorName));
    auto *form = new QFormLayout;
    form->addRow(tr("First value is for:"), m_start);
    m_start->setToolTip(
        tr("A month such as %1 (the year-to-date value Jan–Feb) or 1-2月").arg(m_start->text()));
    m_text->setPlaceholderText(tr("Paste the cells copied from a spreadsheet: a period column beside the "
                                  "values (1-2月, 5.1), or one value a line (or a row of tab-separated "
                                  "values), month after month."));
    m_preview->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QLineEdit::textChanged, this, &PasteColumnDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PasteColumnDialog::updatePreview);
    resize(460, 420);
    updatePreview();
}

void PasteColumnDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void PasteColumnDialog::setStartMonth(const QString &period)
{
    m_start->setText(period);
}

PastedColumn::Result PasteColumnDialog::result() const
{
    auto start = Period::parse(m_start->text(), m_year);
    if (start && start->kind != Period::Kind::Month)
        start.reset();
    return PastedColumn::parse(m_text->toPlainText(), start, start ? start->year : m_year);
}

QString PasteColumnDialog::problemText(const PastedColumn::Result &result, const RowProblem &problem)
{
    switch (result.layout) {
    case PastedColumn::Layout::PeriodColumn:
        return tr("Row %1: %2").arg(problem.line).arg(problem.message);
    case PastedColumn::Layout::PeriodRow:
        return tr("Column %1: %2").arg(problem.line).arg(problem.message);
    case PastedColumn::Layout::Values:
        break;
    }
    return tr("Cell %1: %2").arg(problem.line).arg(problem.message);
}

QString PasteColumnDialog::previewText() const
{
    return m_preview->text();
}

void PasteColumnDialog::updatePreview()
{
    QPushButton *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const PastedColumn::Result r = result();
    // A paste with its own period column (or row) needs no start month.
    m_start->setEnabled(r.layout == PastedColumn::Layout::Values);
    if (r.needsStartMonth) {
        m_preview->setText(tr("The first value needs a month, e.g. %1.").arg(Period::month(m_year, 2).key()));
        ok->setEnabled(false);
        return;
    }
    QStringList lines;
    if (r.layout != PastedColumn::Layout::Values)
        lines.append(tr("Each value is recorded for the period beside it."));
    if (!r.values.isEmpty())
        lines.append(tr("%n value(s): %1 … %2", nullptr, int(r.values.size()))
                         .arg(PeriodLabels::period(r.values.first().period),
                              PeriodLabels::period(r.values.last().period)));
    for (const RowProblem &p : r.problems)
        lines.append(problemText(r, p));
    m_preview->setText(lines.join(QLatin1Char('\n')));
    ok->setEnabled(!r.values.isEmpty());
}

} // namespace duban::ui
