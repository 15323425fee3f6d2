#include "ObservationTableDialog.h"

#include "core/indicators/IndicatorMatch.h"
#include "ui/charts/PeriodLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kMostLines = 300; // the line lists offer the first 300 rows or columns

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

} // namespace

ObservationTableDialog::ObservationTableDialog(XlsxWorkbook book, QList<Indicator> indicators,
                                               int defaultYear, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_book(std::move(book)), m_indicators(std::move(indicators)), m_year(defaultYear),
      m_sheet(new QComboBox(this)), m_direction(new QComboBox(this)), m_periodLine(new QComboBox(this)),
      m_nameLine(new QComboBox(this)), m_names(new QTableWidget(0, 3, this)), m_preview(new QLabel(this)),
      m_record(nullptr)
{
    //: zh_CN: 导入统计表 — %1
    setWindowTitle(tr("Import a statistics table — %1").arg(fileName));
    for (int i = 0; i < m_book.sheets.size(); ++i) {
        if (m_book.sheets[i].state != XlsxSheet::State::Visible)
            continue;
        m_sheets.append(i);
        m_sheet->addItem(m_book.sheets[i].name);
    }
    //: zh_CN: 指标在各行，时期在各列
    m_direction->addItem(tr("Indicators in rows, periods in columns"));
    //: zh_CN: 时期在各行，指标在各列
    m_direction->addItem(tr("Periods in rows, indicators in columns"));
    auto *form = new QFormLayout;
    //: zh_CN: 工作表：
    form->addRow(tr("Sheet:"), m_sheet);
    //: zh_CN: 排列：
    form->addRow(tr("Layout:"), m_direction);
    //: zh_CN: 时期所在：
    form->addRow(tr("Periods are in:"), m_periodLine);
    //: zh_CN: 指标名称所在：
    form->addRow(tr("Indicator names are in:"), m_nameLine);
    m_periodLine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nameLine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_periodLine->setMinimumContentsLength(40);
    m_nameLine->setMinimumContentsLength(40);

    //: the mapping table's columns; zh_CN: 表中名称
    m_names->setHorizontalHeaderLabels({tr("Name in the table"),
                                        //: zh_CN: 数值个数
                                        tr("Values"),
                                        //: zh_CN: 记入指标
                                        tr("Record as")});
    m_names->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_names->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_names->verticalHeader()->hide();
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_record = buttons->button(QDialogButtonBox::Ok);
    //: zh_CN: 记录
    m_record->setText(tr("Record"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    //: zh_CN: 表中每个名称记入哪个指标（未对应的名称按指标名称查找）：
    layout->addWidget(new QLabel(tr("Which indicator each name of the table is (a name left unmapped is "
                                    "looked up by the indicators' names):"),
                                 this));
    layout->addWidget(m_names, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) { setSheet(index); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // The other way round: the first line of that direction with two periods, names in the first line.
        const XlsxSheet *s = sheet();
        ObservationTableLayout l{m_direction->currentIndex() == 0, 0, 0};
        const int lines = s ? (l.periodsAcross ? s->rowCount() : s->columnCount()) : 0;
        for (int line = 0; line < lines; ++line) {
            if (ObservationTable::periods(*s, ObservationTableLayout{l.periodsAcross, line, 0}, m_year)
                    .size() >= 2) {
                l.periodLine = line;
                break;
            }
        }
        setTableLayout(l);
    });
    auto relayout = [this] {
        if (!m_filling)
            setTableLayout(tableLayout());
    };
    connect(m_periodLine, &QComboBox::currentIndexChanged, this, relayout);
    connect(m_nameLine, &QComboBox::currentIndexChanged, this, relayout);
    resize(720, 560);
    setSheet(0);
}

const XlsxSheet *ObservationTableDialog::sheet() const
{
    const int i = m_sheet->currentIndex();
    return i >= 0 && i < m_sheets.size() ? &m_book.sheets[m_sheets[i]] : nullptr;
}

QStringList ObservationTableDialog::sheetNames() const
{
    QStringList out;
    for (int i : m_sheets)
        out.append(m_book.sheets[i].name);
    return out;
}

void ObservationTableDialog::setSheet(int index)
{
    if (index != m_sheet->currentIndex()) {
        m_sheet->setCurrentIndex(index); // calls back here through the signal
        return;
    }
    const XlsxSheet *s = sheet();
    ObservationTableLayout guess = s ? ObservationTable::guess(*s, m_year) : ObservationTableLayout{};
    if (!guess.isValid())
        guess = {true, 0, 0};
    setTableLayout(guess);
}

ObservationTableLayout ObservationTableDialog::tableLayout() const
{
    return {m_direction->currentIndex() == 0, m_periodLine->currentIndex(), m_nameLine->currentIndex()};
}

void ObservationTableDialog::setTableLayout(const ObservationTableLayout &layout)
{
    m_filling = true;
    m_direction->setCurrentIndex(layout.periodsAcross ? 0 : 1);
    fillLines();
    m_periodLine->setCurrentIndex(std::min(std::max(0, layout.periodLine), m_periodLine->count() - 1));
    m_nameLine->setCurrentIndex(std::min(std::max(0, layout.nameLine), m_nameLine->count() - 1));
    m_filling = false;
    fillNames();
}

void ObservationTableDialog::fillLines()
{
    m_periodLine->clear();
    m_nameLine->clear();
    const XlsxSheet *s = sheet();
    if (!s)
        return;
    const bool across = m_direction->currentIndex() == 0;
    const int rows = std::min(kMostLines, std::max(1, s->rowCount()));
    const int columns = std::min(kMostLines, std::max(1, s->columnCount()));
    auto rowItem = [s](int row) {
        //: a row of the sheet in a choice list; zh_CN: 第%1行：%2
        return tr("Row %1: %2").arg(row + 1).arg(ObservationTable::lineSummary(*s, true, row));
    };
    auto columnItem = [s](int column) {
        //: a column of the sheet in a choice list; zh_CN: %1列：%2
        return tr("Column %1: %2")
            .arg(columnLetters(column), ObservationTable::lineSummary(*s, false, column));
    };
    for (int i = 0; i < (across ? rows : columns); ++i)
        m_periodLine->addItem(across ? rowItem(i) : columnItem(i));
    for (int i = 0; i < (across ? columns : rows); ++i)
        m_nameLine->addItem(across ? columnItem(i) : rowItem(i));
}

void ObservationTableDialog::fillNames()
{
    m_names->setRowCount(0);
    const XlsxSheet *s = sheet();
    const QList<ObservationTable::Name> names =
        s ? ObservationTable::names(*s, tableLayout()) : QList<ObservationTable::Name>{};
    QSet<QString> listed;
    for (const ObservationTable::Name &n : names) {
        if (listed.contains(n.text))
            continue; // a name written twice is one choice
        listed.insert(n.text);
        const int r = m_names->rowCount();
        m_names->insertRow(r);
        m_names->setItem(r, 0, new QTableWidgetItem(n.text));
        auto *count = new QTableWidgetItem(QString::number(n.values));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_names->setItem(r, 1, count);
        auto *box = new QComboBox(m_names);
        //: the table's name is mapped to no indicator; zh_CN: （未对应）
        box->addItem(tr("(not mapped)"), qint64(-1));
        //: zh_CN: 不导入
        box->addItem(tr("Do not import"), qint64(0));
        for (const Indicator &i : std::as_const(m_indicators))
            box->addItem(i.name, i.id);
        qint64 choice = -1;
        if (m_choices.contains(n.text)) // the choices made so far stay with their names
            choice = m_choices.value(n.text);
        else if (const IndicatorMatch match = IndicatorMatch::find(m_indicators, n.text); match.indicator)
            choice = match.indicator->id;
        box->setCurrentIndex(std::max(0, box->findData(choice)));
        const QString name = n.text;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, name] {
            m_choices.insert(name, box->currentData().toLongLong());
            updatePreview();
        });
        m_names->setCellWidget(r, 2, box);
    }
    updatePreview();
}

QStringList ObservationTableDialog::names() const
{
    QStringList out;
    for (int r = 0; r < m_names->rowCount(); ++r)
        out.append(m_names->item(r, 0)->text());
    return out;
}

qint64 ObservationTableDialog::choiceFor(const QString &name) const
{
    for (int r = 0; r < m_names->rowCount(); ++r)
        if (m_names->item(r, 0)->text() == name)
            return qobject_cast<QComboBox *>(m_names->cellWidget(r, 2))->currentData().toLongLong();
    return -1;
}

void ObservationTableDialog::choose(const QString &name, qint64 indicatorId)
{
    for (int r = 0; r < m_names->rowCount(); ++r) {
        if (m_names->item(r, 0)->text() != name)
            continue;
        auto *box = qobject_cast<QComboBox *>(m_names->cellWidget(r, 2));
        box->setCurrentIndex(std::max(0, box->findData(indicatorId)));
    }
}

ObservationTableDialog::Outcome ObservationTableDialog::outcome() const
{
    Outcome out;
    const XlsxSheet *s = sheet();
    if (!s)
        return out;
    QHash<QString, qint64> chosen;
    QSet<QString> skipped;
    for (int r = 0; r < m_names->rowCount(); ++r) {
        const qint64 id = qobject_cast<QComboBox *>(m_names->cellWidget(r, 2))->currentData().toLongLong();
        if (id > 0)
            chosen.insert(m_names->item(r, 0)->text(), id);
        else if (id == 0)
            skipped.insert(m_names->item(r, 0)->text());
    }
    const ObservationCsv::Result read = ObservationTable::read(*s, tableLayout(), m_year, skipped);
    if (!read.error.isEmpty()) {
        out.problems.append(read.error);
        return out;
    }
    QList<RowProblem> problems = read.problems;
    out.observations = ObservationTable::resolve(read.rows, m_indicators, chosen, &problems);
    for (const RowProblem &p : std::as_const(problems))
        //: zh_CN: %1第%2行：%3
        out.problems.append(tr("%1, row %2: %3").arg(s->name).arg(p.line).arg(p.message));
    return out;
}

void ObservationTableDialog::updatePreview()
{
    if (m_filling)
        return;
    const Outcome o = outcome();
    QSet<qint64> indicators;
    QStringList periods;
    for (const Observation &ob : o.observations) {
        indicators.insert(ob.indicatorId);
        if (!periods.contains(ob.period))
            periods.append(ob.period);
    }
    std::sort(periods.begin(), periods.end());
    QString text;
    if (o.observations.isEmpty())
        //: zh_CN: 按这样的对应，没有可记录的数值。
        text = tr("With this mapping there is no value to record.");
    else
        //: zh_CN: 将记录 %1 个数值：%2 个指标，%3 至 %4。
        text = tr("%1 value(s) will be recorded: %2 indicator(s), %3 to %4.")
                   .arg(o.observations.size())
                   .arg(indicators.size())
                   .arg(PeriodLabels::period(periods.first()), PeriodLabels::period(periods.last()));
    if (!o.problems.isEmpty()) {
        // A name that matches no indicator is one problem for each of its cells: said once, with the count.
        QStringList distinct;
        QList<int> times;
        for (const QString &p : o.problems) {
            if (!distinct.isEmpty() && distinct.last() == p) {
                ++times.last();
                continue;
            }
            distinct.append(p);
            times.append(1);
        }
        QStringList lines;
        for (int i = 0; i < distinct.size() && i < 8; ++i)
            lines.append(times[i] == 1 ? distinct[i]
                                       //: a problem said once for several cells; zh_CN: %1（%2 处）
                                       : tr("%1 (%2 cells)").arg(distinct[i]).arg(times[i]));
        if (distinct.size() > 8)
            lines.append(tr("… and %n more", nullptr, int(distinct.size() - 8)));
        //: zh_CN: %1 个单元格不能用，不会记录：
        text += QLatin1Char('\n') +
                tr("%1 cell(s) cannot be used and will not be recorded:").arg(o.problems.size()) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    m_preview->setText(text);
    m_record->setEnabled(!o.observations.isEmpty());
}

QString ObservationTableDialog::previewText() const
{
    return m_preview->text();
}

} // namespace duban::ui
