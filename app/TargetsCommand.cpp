// duban targets: every target with its indicator, period, latest observation and evaluation, as of a date.
#include "CliCommon.h"
#include "Commands.h"

#include "core/rules/TargetEvaluation.h"
#include "core/services/IndicatorService.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace duban::app {

using namespace duban::core;

namespace {

double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

QString number(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'g', 12);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runTargets(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban targets [--db FILE] [--as-of DATE] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QStringLiteral("Evaluate as of this date."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({db, asOfOption, json});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;

    Transaction snapshot(database->connection(), Transaction::Mode::Read); // one consistent state
    {
        StorageError error;
        if (!snapshot.started(&error)) {
            printError(error.message);
            return kExitFailure;
        }
    }
    const IndicatorService indicators(*database);
    const TargetTolerances settings = indicators.tolerances();
    const QHash<qint64, QList<Observation>> observations = indicators.allObservations();
    QHash<qint64, bool> cumulative;
    for (const Indicator &i : indicators.indicators())
        cumulative.insert(i.id, i.cumulative);

    QJsonArray out;
    const QList<TargetEntry> targets = indicators.targets();
    for (const TargetEntry &e : targets) {
        const Target &g = e.target;
        const TargetEvaluation ev = TargetRules::evaluate(g, observations.value(e.indicatorId), *asOf,
                                                          settings, cumulative.value(e.indicatorId, true));
        if (parser.isSet(json)) {
            QJsonObject latest;
            if (ev.basis)
                latest = QJsonObject{{QStringLiteral("period"), ev.basis->period},
                                     {QStringLiteral("value"), ev.basis->value}};
            out.append(QJsonObject{
                {QStringLiteral("id"), g.id},
                {QStringLiteral("indicator"), g.name},
                {QStringLiteral("period"), g.period},
                {QStringLiteral("task"), e.taskCode},
                {QStringLiteral("unit"), e.unitName},
                {QStringLiteral("measure"), g.measure},
                {QStringLiteral("comparator"), comparatorSymbol(g.comparator)},
                {QStringLiteral("target"), g.value},
                {QStringLiteral("stretch"), optionalNumber(g.stretch)},
                {QStringLiteral("latest"), ev.basis ? QJsonValue(latest) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("state"), targetStateKey(ev.state)},
                {QStringLiteral("final"), ev.final},
                {QStringLiteral("gap"),
                 ev.basis ? QJsonValue(rounded(ev.gap)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("projection"), optionalNumber(ev.projection)},
                {QStringLiteral("stretch_reached"),
                 ev.stretchReached ? QJsonValue(*ev.stretchReached) : QJsonValue(QJsonValue::Null)},
            });
        } else {
            const QString latest =
                ev.basis ? QStringLiteral("%1@%2").arg(number(ev.basis->value), ev.basis->period)
                         : QStringLiteral("-");
            const QString stretch = g.stretch ? number(*g.stretch) : QStringLiteral("-");
            const QString projection = ev.projection ? number(*ev.projection) : QStringLiteral("-");
            printOut(QStringList{g.name, g.period, latest,
                                 comparatorSymbol(g.comparator) + number(g.value) + g.measure, stretch,
                                 targetStateKey(ev.state), projection}
                         .join(QLatin1Char('\t')));
        }
    }
    if (parser.isSet(json))
        printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return kExitOk;
}

} // namespace duban::app
