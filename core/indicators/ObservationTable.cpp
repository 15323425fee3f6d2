#include "ObservationTable.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"
#include "IndicatorMatch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace duban::core {

namespace {

QString textAt(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *c = sheet.cell(row, column);
    return c ? c->shownText().trimmed() : QString();
}

/// The spreadsheet's name of a cell: A1, AB12.
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

/// A cell statistics tables write for "no figure": a dash, an ellipsis or a slash (—, -, …, /), alone.
bool noData(const QString &value)
{
    static const QString marks = QStringLiteral("—－-–…/／.·");
    for (const QChar c : value)
        if (!marks.contains(c) && !c.isSpace())
            return false;
    return true;
}

} // namespace

ObservationTableLayout ObservationTable::guess(const XlsxSheet &sheet, int defaultYear)
{
    const int rows = sheet.rowCount(), columns = sheet.columnCount();
    auto periodsIn = [&](bool across, int line) {
        int n = 0;
        const int count = across ? columns : rows;
        for (int i = 0; i < count; ++i) {
            const QString t = across ? textAt(sheet, line, i) : textAt(sheet, i, line);
            n += !t.isEmpty() && Period::parse(t, defaultYear).has_value();
        }
        return n;
    };
    for (const bool across : {true, false}) {
        const int lines = across ? rows : columns;
        for (int line = 0; line < lines; ++line) {
            if (periodsIn(across, line) < 2)
                continue;
            // The names: the first column (row) with text that is neither a period nor a number, past the
            // period line.
            const int cross = across ? columns : rows;
            for (int name = 0; name < cross; ++name) {
                int texts = 0;
                for (int i = line + 1; i < lines; ++i) {
                    const QString t = across ? textAt(sheet, i, name) : textAt(sheet, name, i);
                    texts += !t.isEmpty() && !Period::parse(t, defaultYear) && !FiniteNumber::parse(t);
                }
                if (texts > 0)
                    return ObservationTableLayout{across, line, name};
            }
        }
    }
    return {};
}

ObservationCsv::Result ObservationTable::read(const XlsxSheet &sheet, const ObservationTableLayout &layout,
                                              int defaultYear, const QSet<QString> &skipped)
{
    ObservationCsv::Result result;
    if (!layout.isValid()) {
        //: zh_CN: 表中找不到时期（如1-3月）所在的行或列。
        result.error =
            QCoreApplication::translate("duban::core::ObservationTable",
                                        "No row or column of periods (like 1-3月) was found in the table.");
        return result;
    }
    // As CSV lines (tab-separated), one per cell with a name and a value, checked by ObservationCsv's rules.
    QStringList lines{QStringLiteral("indicator\tperiod\tvalue")};
    QList<std::pair<int, int>> cellOf{{-1, -1}}; // line (0-based) → sheet cell
    const int lineCount = layout.periodsAcross ? sheet.rowCount() : sheet.columnCount();
    const int crossCount = layout.periodsAcross ? sheet.columnCount() : sheet.rowCount();
    for (int line = layout.periodLine + 1; line < lineCount; ++line) {
        const int nameRow = layout.periodsAcross ? line : layout.nameLine;
        const int nameColumn = layout.periodsAcross ? layout.nameLine : line;
        const QString name = textAt(sheet, nameRow, nameColumn);
        if (name.isEmpty() || skipped.contains(name))
            continue;
        for (int cross = 0; cross < crossCount; ++cross) {
            if (cross == layout.nameLine)
                continue;
            const int periodRow = layout.periodsAcross ? layout.periodLine : cross;
            const int periodColumn = layout.periodsAcross ? cross : layout.periodLine;
            const QString period = textAt(sheet, periodRow, periodColumn);
            const int row = layout.periodsAcross ? line : cross;
            const int column = layout.periodsAcross ? cross : line;
            const XlsxCell *cell = sheet.cell(row, column);
            if (period.isEmpty() || !cell)
                continue;
            QString value = cell->type == XlsxCell::Type::Number && !cell->percentFormat()
                                ? QString::number(cell->number, 'g', 15)
                                : cell->shownText().trimmed();
            if (value.isEmpty() || noData(value))
                continue;
            QString clean = name;
            clean.replace(QLatin1Char('\t'), QLatin1Char(' '));
            lines.append(clean + QLatin1Char('\t') + period + QLatin1Char('\t') + value);
            cellOf.append({row, column});
        }
    }
    result = ObservationCsv::parseText(lines.join(QLatin1Char('\n')), defaultYear);
    for (RowProblem &p : result.problems) {
        const auto [row, column] = cellOf.value(p.line - 1, {-1, -1});
        if (row < 0)
            continue;
        //: a problem of one cell of a statistics table; zh_CN: 单元格%1：%2
        p.message = QCoreApplication::translate("duban::core::ObservationTable", "cell %1: %2")
                        .arg(cellName(row, column), p.message);
        p.line = row + 1;
    }
    for (ObservationRow &r : result.rows) {
        const auto [row, column] = cellOf.value(r.line - 1, {-1, -1});
        if (row >= 0)
            r.line = row + 1;
    }
    return result;
}

QList<ObservationTable::Name> ObservationTable::names(const XlsxSheet &sheet,
                                                      const ObservationTableLayout &layout)
{
    QList<Name> out;
    if (!layout.isValid())
        return out;
    const int lineCount = layout.periodsAcross ? sheet.rowCount() : sheet.columnCount();
    const int crossCount = layout.periodsAcross ? sheet.columnCount() : sheet.rowCount();
    for (int line = layout.periodLine + 1; line < lineCount; ++line) {
        const QString name = layout.periodsAcross ? textAt(sheet, line, layout.nameLine)
                                                  : textAt(sheet, layout.nameLine, line);
        if (name.isEmpty())
            continue;
        Name n{line, name, 0};
        for (int cross = 0; cross < crossCount; ++cross) {
            if (cross == layout.nameLine)
                continue;
            const QString period = layout.periodsAcross ? textAt(sheet, layout.periodLine, cross)
                                                        : textAt(sheet, cross, layout.periodLine);
            const QString value =
                layout.periodsAcross ? textAt(sheet, line, cross) : textAt(sheet, cross, line);
            n.values += !period.isEmpty() && !value.isEmpty();
        }
        out.append(n);
    }
    return out;
}

QStringList ObservationTable::periods(const XlsxSheet &sheet, const ObservationTableLayout &layout,
                                      int defaultYear, int *unreadable)
{
    QStringList keys;
    int bad = 0;
    if (layout.isValid()) {
        const int crossCount = layout.periodsAcross ? sheet.columnCount() : sheet.rowCount();
        for (int cross = 0; cross < crossCount; ++cross) {
            if (cross == layout.nameLine)
                continue;
            const QString t = layout.periodsAcross ? textAt(sheet, layout.periodLine, cross)
                                                   : textAt(sheet, cross, layout.periodLine);
            if (t.isEmpty())
                continue;
            if (const std::optional<Period> p = Period::parse(t, defaultYear))
                keys.append(p->key());
            else
                ++bad;
        }
    }
    if (unreadable)
        *unreadable = bad;
    return keys;
}

QString ObservationTable::lineSummary(const XlsxSheet &sheet, bool across, int line, int count)
{
    QStringList texts;
    const int crossCount = across ? sheet.columnCount() : sheet.rowCount();
    for (int cross = 0; cross < crossCount && texts.size() < count; ++cross) {
        const QString t = across ? textAt(sheet, line, cross) : textAt(sheet, cross, line);
        if (!t.isEmpty())
            texts.append(t.size() > 16 ? t.left(15) + QChar(0x2026) : t);
    }
    QString summary = texts.join(QStringLiteral(" | "));
    if (texts.size() == count)
        summary += QStringLiteral(" …");
    return summary;
}

QList<Observation> ObservationTable::resolve(const QList<ObservationRow> &rows,
                                             const QList<Indicator> &indicators,
                                             const QHash<QString, qint64> &chosen,
                                             QList<RowProblem> *problems)
{
    QList<Observation> out;
    QList<ObservationRow> looked;
    QList<RowProblem> repeated;
    QSet<std::pair<qint64, QString>>
        given; // two names chosen for one indicator must not give one period twice
    for (const ObservationRow &r : rows) {
        const auto it = chosen.constFind(r.indicator);
        if (it == chosen.constEnd()) {
            looked.append(r);
            continue;
        }
        if (*it <= 0)
            continue;
        if (given.contains({*it, r.period})) {
            //: zh_CN: 表中另一行已给出该指标这一时期的数值
            repeated.append({r.line, QCoreApplication::translate(
                                         "duban::core::ObservationTable",
                                         "another line of the table already gives this indicator's value for "
                                         "this period")});
            continue;
        }
        given.insert({*it, r.period});
        out.append(Observation{0, *it, r.period, r.value, r.source, r.note});
    }
    out.append(ObservationCsv::resolve(looked, indicators, problems));
    if (problems && !repeated.isEmpty()) {
        problems->append(repeated);
        std::sort(problems->begin(), problems->end(),
                  [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    }
    return out;
}

} // namespace duban::core
