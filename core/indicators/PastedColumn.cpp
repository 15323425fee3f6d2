#include "PastedColumn.h"

#include "core/domain/FiniteNumber.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace duban::core {

namespace {

bool isGap(const QString &cell)
{
    return cell.isEmpty() || cell == QStringLiteral("—") || cell == QStringLiteral("-") ||
           cell == QStringLiteral("--");
}

/// The cells of each line, trimmed, without the empty cells at the end of a line; blank lines at the end
/// of the paste dropped.
QList<QStringList> rowsOf(const QString &text)
{
    QList<QStringList> rows;
    const QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString &c : cells)
            c = c.trimmed();
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        rows.append(cells);
    }
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows;
}

/// A cell that names a period rather than a value.
bool isPeriodCell(const QString &cell, int year)
{
    return !cell.isEmpty() && !FiniteNumber::parse(cell) && Period::parse(cell, year).has_value();
}

/// A header cell (期间, 数值, 指标): words without any digit.
bool isLabel(const QString &cell)
{
    const QString folded = cell.normalized(QString::NormalizationForm_KC);
    return !cell.isEmpty() &&
           std::none_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isDigit(); }) &&
           !Period::parse(cell, 2000);
}

/// Reads one value cell; a problem on `line` if it is not a finite number.
std::optional<double> valueOf(const QString &cell, int line, QList<RowProblem> &problems)
{
    FiniteNumber::Problem problem = FiniteNumber::Problem::None;
    const auto value = FiniteNumber::parse(cell, &problem);
    if (!value)
        problems.append({line, problem == FiniteNumber::Problem::NotFinite
                                   ? QCoreApplication::translate("duban::core::PastedColumn",
                                                                 "the value \"%1\" is not a finite number")
                                         .arg(cell)
                                   : QCoreApplication::translate("duban::core::PastedColumn",
                                                                 "cannot read the value \"%1\"")
                                         .arg(cell)});
    return value;
}

/// Pairs of (period cell, value cell) at `line`: one value under its own period.
void readPair(const QString &periodCell, const QString &valueCell, int line, int year,
              QHash<QString, int> &seen, PastedColumn::Result &result)
{
    if (periodCell.isEmpty() && isGap(valueCell))
        return; // an empty row
    if (periodCell.isEmpty()) {
        result.problems.append(
            {line, QCoreApplication::translate("duban::core::PastedColumn", "no period for the value \"%1\"")
                       .arg(valueCell)});
        return;
    }
    const auto period = Period::parse(periodCell, year);
    if (!period) {
        result.problems.append(
            {line, QCoreApplication::translate("duban::core::PastedColumn", "cannot read the period \"%1\"")
                       .arg(periodCell)});
        return;
    }
    if (isGap(valueCell))
        return; // no figure for this period
    const auto value = valueOf(valueCell, line, result.problems);
    if (!value)
        return;
    const QString key = period->key();
    if (const int earlier = seen.value(key); earlier > 0) {
        result.problems.append({line, QCoreApplication::translate("duban::core::PastedColumn",
                                                                  "the period \"%1\" repeats row %2")
                                          .arg(periodCell)
                                          .arg(earlier)});
        return;
    }
    seen.insert(key, line);
    result.values.append({line, key, *value});
}

} // namespace

PastedColumn::Result PastedColumn::parse(const QString &text, const Period &startMonth)
{
    // A quarter or half year as the start: its last month (一季度 → 1–3月).
    const Period month = startMonth.kind == Period::Kind::Month || !startMonth.isValid()
                             ? startMonth
                             : Period::month(startMonth.year, startMonth.endMonth());
    return parse(text, month, startMonth.year);
}

PastedColumn::Result PastedColumn::parse(const QString &text, const std::optional<Period> &startMonth,
                                         int defaultYear)
{
    Result result;
    const QList<QStringList> rows = rowsOf(text);
    const bool wide =
        std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r.size() >= 2; });
    QHash<QString, int> seen; // period key → row

    // A row of periods above a row of values, perhaps after a header column (期间 / 数值).
    if (rows.size() == 2 && rows.at(0).size() >= 2 && rows.at(1).size() >= 2) {
        const qsizetype first = isLabel(rows.at(0).at(0)) && isLabel(rows.at(1).at(0)) ? 1 : 0;
        const bool periods =
            std::all_of(rows.at(0).cbegin() + first, rows.at(0).cend(),
                        [&](const QString &c) { return c.isEmpty() || isPeriodCell(c, defaultYear); });
        if (periods) {
            result.layout = Layout::PeriodRow;
            const qsizetype columns = std::max(rows.at(0).size(), rows.at(1).size());
            for (qsizetype j = first; j < columns; ++j)
                readPair(rows.at(0).value(j), rows.at(1).value(j), int(j + 1), defaultYear, seen, result);
            return result;
        }
    }

    // A period column beside the values (one line of two cells counts when its first cell is a period).
    const bool oneRowOfValues =
        rows.size() == 1 && !(rows.at(0).size() == 2 && isPeriodCell(rows.at(0).at(0), defaultYear));
    if (wide && !oneRowOfValues) {
        result.layout = Layout::PeriodColumn;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QStringList &cells = rows.at(i);
            const int line = int(i + 1);
            if (i == 0 && cells.size() >= 2 && isLabel(cells.at(0)) && isLabel(cells.at(1)))
                continue; // a header row (期间 ⇥ 数值)
            const qsizetype filled =
                std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.isEmpty(); });
            if (filled > 2) {
                result.problems.append({line, QCoreApplication::translate(
                                                  "duban::core::PastedColumn",
                                                  "expected a period and a value, found %1 cells: \"%2\"")
                                                  .arg(filled)
                                                  .arg(cells.join(QStringLiteral(" | ")))});
                continue;
            }
            readPair(cells.value(0), cells.value(1), line, defaultYear, seen, result);
        }
        return result;
    }

    // Values only, month after month: each cell keeps its own month, bad or not.
    result.layout = Layout::Values;
    QStringList cells;
    if (rows.size() == 1) {
        cells = rows.at(0);
    } else {
        for (const QStringList &r : rows)
            cells.append(r.value(0));
    }
    if (!startMonth || startMonth->kind != Period::Kind::Month) {
        result.needsStartMonth = !cells.isEmpty();
        return result;
    }
    const int firstMonth = startMonth->index;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &cell = cells.at(i);
        const int line = int(i + 1);
        if (isGap(cell))
            continue;
        const int month = firstMonth + int(i);
        if (month > 12) {
            result.problems.append(
                {line, QCoreApplication::translate("duban::core::PastedColumn", "past December: \"%1\"")
                           .arg(cell)});
            continue;
        }
        const auto value = valueOf(cell, line, result.problems);
        if (!value)
            continue;
        result.values.append({line, Period::month(startMonth->year, month).key(), *value});
    }
    return result;
}

} // namespace duban::core
