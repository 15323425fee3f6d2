// duban tasks: one line (or JSON object) per task with its light and the reason, as of a date.
#include "CliCommon.h"
#include "Commands.h"

#include "core/rules/StatusRules.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duban::app {

using namespace duban::core;

namespace {

QString lightKey(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("green");
    case Light::Yellow:
        return QStringLiteral("yellow");
    case Light::Red:
        return QStringLiteral("red");
    case Light::Completed:
        return QStringLiteral("completed");
    case Light::CompletedLate:
        return QStringLiteral("completed-late");
    }
    return {};
}

} // namespace

int runTasks(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QStringLiteral("Statistics as of this date."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Red tasks only."));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QStringLiteral("Tasks of this unit (lead or co)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({db, asOfOption, overdue, unitOption, json});
    if (!parseArguments(parser, arguments, usage))
        return kExitBadInput;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
        return kExitBadInput;
    }
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    auto database = openDatabase(parser.value(db));
    if (!database)
        return kExitFailure;
    const QSqlDatabase connection = database->connection();

    qint64 unitId = 0;
    if (parser.isSet(unitOption)) {
        const QString name = parser.value(unitOption).trimmed();
        UnitRepository units(connection);
        if (auto u = units.find(name)) {
            unitId = u->id;
        } else {
            QStringList candidates;
            const QList<Unit> all = units.all();
            for (const Unit &x : all)
                if (x.name.contains(name))
                    candidates.append(x.name);
            if (candidates.size() == 1) {
                unitId = units.find(candidates.first())->id;
            } else {
                printError(candidates.isEmpty()
                               ? QStringLiteral("no unit called \"%1\"").arg(name)
                               : QStringLiteral("\"%1\" matches several units: %2")
                                     .arg(name, candidates.join(QStringLiteral("、"))));
                return kExitBadInput;
            }
        }
    }

    const std::vector<LedgerRow> rows = LedgerLoader(connection).loadAll();
    const StatusSnapshot snapshot = StatusLoader(connection).load(*asOf);
    const std::vector<StatusLight> lights =
        computeLights(snapshot.facts, *asOf, SettingsRepository(connection).statusSettings());

    QJsonArray out;
    for (const LedgerRow &r : rows) {
        if (unitId && r.leadUnit != unitId
            && std::find(r.coUnits.begin(), r.coUnits.end(), unitId) == r.coUnits.end())
            continue;
        const int i = snapshot.indexOf.value(r.id, -1);
        const StatusLight light = i >= 0 ? lights[size_t(i)] : StatusLight{};
        if (parser.isSet(overdue) && light.light != Light::Red)
            continue;
        const QString deadline = r.deadline ? QDate::fromJulianDay(r.deadline).toString(Qt::ISODate) : QString();
        const QString status = r.status == quint8(TaskStatus::Completed) ? QStringLiteral("completed")
                                                                          : QStringLiteral("open");
        const QStringList reasons = reasonTexts(light);
        if (parser.isSet(json)) {
            QJsonArray co;
            for (const QString &c : r.coText.split(QStringLiteral("、"), Qt::SkipEmptyParts))
                co.append(c);
            out.append(QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("title"), r.title},
                                   {QStringLiteral("lead"), r.lead},
                                   {QStringLiteral("co"), co},
                                   {QStringLiteral("deadline"), deadline},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("light"), lightKey(light.light)},
                                   {QStringLiteral("reason"), reasons.join(QStringLiteral("; "))},
                                   {QStringLiteral("days_overdue"), light.daysOverdue()}});
        } else {
            printOut(QStringList{r.code, r.title, r.lead, deadline, status, lightKey(light.light),
                                 reasons.join(QStringLiteral("; "))}
                         .join(QLatin1Char('\t')));
        }
    }
    if (parser.isSet(json))
        printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return kExitOk;
}

} // namespace duban::app
