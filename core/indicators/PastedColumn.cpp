#include "PastedColumn.h"

#include "core/domain/FiniteNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace duban::core {

PastedColumn::Result PastedColumn::parse(const QString &text, const Period &startMonth)
{
    Result result;
    static const QRegularExpression separators(QStringLiteral("[\\t\\n]"));
    QStringList cells = QString(text).remove(QLatin1Char('\r')).split(separators);
    while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
        cells.removeLast();
    const int firstMonth = startMonth.kind == Period::Kind::Month ? startMonth.index : startMonth.endMonth();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString cell = cells.at(i).trimmed();
        const int line = int(i + 1);
        if (cell.isEmpty() || cell == QStringLiteral("—") || cell == QStringLiteral("-") ||
            cell == QStringLiteral("--"))
            continue;
        const int month = firstMonth + int(i);
        if (month > 12) {
            result.problems.append(
                {line, QCoreApplication::translate("duban::core::PastedColumn", "past December: \"%1\"")
                           .arg(cell)});
            continue;
        }
        FiniteNumber::Problem problem = FiniteNumber::Problem::None;
        const auto value = FiniteNumber::parse(cell, &problem);
        if (!value) {
            result.problems.append(
                {line, problem == FiniteNumber::Problem::NotFinite
                           ? QCoreApplication::translate("duban::core::PastedColumn",
                                                         "the value \"%1\" is not a finite number")
                                 .arg(cell)
                           : QCoreApplication::translate("duban::core::PastedColumn",
                                                         "cannot read the value \"%1\"")
                                 .arg(cell)});
            continue;
        }
        result.values.append({line, Period::month(startMonth.year, month).key(), *value});
    }
    return result;
}

} // namespace duban::core
