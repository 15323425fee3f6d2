#include "ObservationCsv.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"
#include "core/import/TextDecoder.h"
#include "IndicatorMatch.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace duban::core {

QStringList ObservationCsv::splitFields(const QString &line)
{
    const QChar sep = line.contains(QLatin1Char('\t'))  ? QLatin1Char('\t')
                      : line.contains(QLatin1Char(',')) ? QLatin1Char(',')
                                                        : QChar(u'，');
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == sep) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

ObservationCsv::Result ObservationCsv::parse(const QByteArray &bytes, int defaultYear)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.error) {
        Result result;
        result.error = decoded.error->message;
        return result;
    }
    Result result = parseText(decoded.text, defaultYear);
    result.encoding = decoded.encoding;
    return result;
}

ObservationCsv::Result ObservationCsv::parseText(const QString &text, int defaultYear)
{
    Result result;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    bool first = true;
    QHash<QString, int> seen; // indicator + period → line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitFields(line);
        const bool wasFirst = first;
        first = false;
        if (f.size() < 3) {
            // A header line may name fewer columns; anything else must have three.
            if (!wasFirst)
                result.problems.append(
                    {lineNo, QCoreApplication::translate("duban::core::ObservationCsv",
                                                         "expected indicator, period, value")});
            continue;
        }
        FiniteNumber::Problem valueProblem = FiniteNumber::Problem::None;
        const auto value = FiniteNumber::parse(f.at(2), &valueProblem);
        const auto period = Period::parse(f.at(1), defaultYear);
        if (wasFirst && !value && !period)
            continue; // header
        if (f.at(0).isEmpty()) {
            result.problems.append({lineNo, QCoreApplication::translate("duban::core::ObservationCsv",
                                                                        "the indicator is missing")});
            continue;
        }
        if (!period) {
            result.problems.append({lineNo, QCoreApplication::translate("duban::core::ObservationCsv",
                                                                        "cannot read the period \"%1\"")
                                                .arg(f.at(1))});
            continue;
        }
        if (!value) {
            result.problems.append(
                {lineNo, valueProblem == FiniteNumber::Problem::NotFinite
                             ? QCoreApplication::translate("duban::core::ObservationCsv",
                                                           "the value \"%1\" is not a finite number")
                                   .arg(f.at(2))
                             : QCoreApplication::translate("duban::core::ObservationCsv",
                                                           "cannot read the value \"%1\"")
                                   .arg(f.at(2))});
            continue;
        }
        const QString key = f.at(0) + QLatin1Char('\n') + period->key();
        if (const int earlier = seen.value(key); earlier > 0) {
            result.problems.append(
                {lineNo, QCoreApplication::translate("duban::core::ObservationCsv",
                                                     "repeats line %1 (same indicator and period)")
                             .arg(earlier)});
            continue;
        }
        seen.insert(key, lineNo);
        result.rows.append({lineNo, f.at(0), period->key(), *value, f.value(3), f.value(4)});
    }
    return result;
}

QList<Observation> ObservationCsv::resolve(const QList<ObservationRow> &rows,
                                           const QList<Indicator> &indicators, QList<RowProblem> *problems)
{
    QList<Observation> out;
    for (const ObservationRow &r : rows) {
        const IndicatorMatch match = IndicatorMatch::find(indicators, r.indicator);
        if (!match.indicator) {
            if (problems)
                problems->append({r.line, match.problem(r.indicator)});
            continue;
        }
        out.append(Observation{0, match.indicator->id, r.period, r.value, r.source, r.note});
    }
    if (problems)
        std::sort(problems->begin(), problems->end(),
                  [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    return out;
}

} // namespace duban::core
