// duban scores: the 考核 ranking of the units as of a date, with every item explained (ScoreRules.h).
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/LookupService.h"
#include "core/services/ScoreService.h"

namespace duban::app {

using namespace duban::core;

namespace {

QByteArray isoOrNull(const QDate &d)
{
    return d.isValid() ? '"' + d.toString(Qt::ISODate).toUtf8() + '"' : QByteArray("null");
}

/// A period as an ISO 8601 interval, "2023-06-01/2023-06-30", or null.
QByteArray periodOrNull(const ReportingPeriod &p)
{
    if (!p.isValid())
        return "null";
    return '"' + p.first.toString(Qt::ISODate).toUtf8() + '/' + p.last.toString(Qt::ISODate).toUtf8() + '"';
}

void appendUnitJson(QByteArray &out, const UnitScore &s)
{
    out.append("  {\"unit\": ");
    appendJsonUtf8(out, s.unit.toUtf8());
    out.append(", \"score\": ").append(QByteArray::number(s.score));
    out.append(", \"rank\": ").append(QByteArray::number(s.rank));
    out.append(", \"counts\": {");
    for (int k = 0; k < kScoreKindCount; ++k) {
        out.append(k ? ", \"" : "\"").append(scoreKindKey(static_cast<ScoreKind>(k))).append("\": ");
        out.append(QByteArray::number(s.counts[size_t(k)]));
    }
    out.append("}, \"items\": [");
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const ScoreItem &item = s.items.at(i);
        out.append(i ? ", {\"kind\": \"" : "{\"kind\": \"").append(scoreKindKey(item.kind));
        out.append("\", \"task\": ");
        appendJsonUtf8(out, item.task.toUtf8());
        out.append(", \"date\": ").append(isoOrNull(item.date));
        out.append(", \"period\": ").append(periodOrNull(item.period));
        out.append(", \"points\": ").append(QByteArray::number(item.points)).append('}');
    }
    out.append("]}");
}

/// rank, unit, score and the count of each kind, tab-separated.
QString unitLine(const UnitScore &s)
{
    QStringList fields{QString::number(s.rank), s.unit, QString::number(s.score)};
    for (int count : s.counts)
        fields.append(QString::number(count));
    return fields.join(QLatin1Char('\t'));
}

/// An item under its unit: kind, task, date, period, points.
QString itemLine(const ScoreItem &item)
{
    const QString period = item.period.isValid()
                               ? item.period.first.toString(Qt::ISODate) + QLatin1Char('/') +
                                     item.period.last.toString(Qt::ISODate)
                               : QString();
    return QStringLiteral("\t%1\t%2\t%3\t%4\t%5")
        .arg(QLatin1String(scoreKindKey(item.kind)), item.task, item.date.toString(Qt::ISODate), period)
        .arg(item.points);
}

} // namespace

int runScores(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban scores [--as-of DATE] [--json] [--unit NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QStringLiteral("Scores as of this date."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption unitOption(QStringLiteral("unit"),
                                        QStringLiteral("Only this unit, with its items listed."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({db, asOfOption, json, unitOption});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;

    QString unit;
    if (parser.isSet(unitOption)) {
        const NameMatch<Unit> match = LookupService(*database).matchUnit(parser.value(unitOption));
        if (!match.found) {
            printError(LookupService::unitProblem(match, parser.value(unitOption)));
            return kExitBadInput;
        }
        unit = match.found->name;
    }
    StorageError error;
    const std::optional<ScoreRanking> ranking = ScoreService(*database).scores(*asOf, &error);
    if (!ranking)
        return printFailure(error);
    QList<UnitScore> shown = ranking->units;
    if (!unit.isEmpty()) {
        shown.removeIf([&](const UnitScore &s) { return s.unit != unit; });
        if (shown.isEmpty()) {
            printError(QStringLiteral("%1 leads or co-handles no task: it is not scored").arg(unit));
            return kExitBadInput;
        }
    }
    if (parser.isSet(json)) {
        QByteArray out("[");
        for (qsizetype i = 0; i < shown.size(); ++i) {
            out.append(i ? ",\n" : "\n");
            appendUnitJson(out, shown.at(i));
        }
        out.append(shown.isEmpty() ? "]\n" : "\n]\n");
        printOut(out);
        return kExitOk;
    }
    for (const UnitScore &s : std::as_const(shown)) {
        printOut(unitLine(s));
        if (!unit.isEmpty())
            for (const ScoreItem &item : s.items)
                printOut(itemLine(item));
    }
    return kExitOk;
}

} // namespace duban::app
