// duban tasks: one line (or JSON object) per task with its light and the reason, as of a date.
#include "CliCommon.h"
#include "Commands.h"

#include "core/rules/StatusRules.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/UnitRepository.h"

#include <cstdio>
#include <unordered_map>

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

// Reasons repeat across thousands of rows ("Overdue by 12 day(s)"): put each distinct one in words once.
class ReasonWords final
{
public:
    QString of(const StatusLight &light)
    {
        QString out;
        for (const StatusReason &r : light.reasons) {
            const Key key{(quint64(r.kind) << 56) | (quint64(r.label) << 48) |
                              (quint64(quint32(r.days)) << 16) | quint64(r.percentDone & 0xffff),
                          (quint64(qRound(r.elapsedPercent * 10)) << 40) |
                              quint64(r.date.isValid() ? r.date.toJulianDay() : 0)};
            auto it = m_words.find(key);
            if (it == m_words.end())
                it = m_words.emplace(key, reasonText(r)).first;
            if (!out.isEmpty())
                out += QStringLiteral("; ");
            out += it->second;
        }
        return out;
    }

private:
    using Key = std::pair<quint64, quint64>;
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return std::hash<quint64>()(k.first * 31 + k.second); }
    };
    std::unordered_map<Key, QString, KeyHash> m_words;
};

/// "2023-12-31" without QDate::toString's general formatting machinery.
QByteArray isoDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return QByteArray(buffer, n);
}

} // namespace

int runTasks(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("Statistics as of this date."), QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Red tasks only."));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"), QStringLiteral("Tasks of this unit (lead or co)."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({db, asOfOption, overdue, unitOption, json});
    if (!parseOptionsOnly(parser, arguments, usage))
        return kExitBadInput;
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
                printError(candidates.isEmpty() ? QStringLiteral("no unit called \"%1\"").arg(name)
                                                : QStringLiteral("\"%1\" matches several units: %2")
                                                      .arg(name, candidates.join(QStringLiteral("、"))));
                return kExitBadInput;
            }
        }
    }

    const StatusSettings settings = SettingsRepository(connection).statusSettings();
    std::vector<OverdueTask> listed;
    if (parser.isSet(overdue)) {
        // Red never depends on progress reports: the overdue query finds the red tasks in SQL.
        listed = OverdueQuery(connection).run(*asOf, settings, unitId);
    } else {
        LedgerLoader loader(connection);
        loader.setSearchKeys(false);
        const std::vector<LedgerRow> rows = loader.loadAll();
        const StatusSnapshot snapshot = StatusLoader(connection).load(*asOf);
        const std::vector<StatusLight> lights = computeLights(snapshot.facts, *asOf, settings);
        listed.reserve(rows.size());
        for (const LedgerRow &r : rows) {
            if (unitId && r.leadUnit != unitId &&
                std::find(r.coUnits.begin(), r.coUnits.end(), unitId) == r.coUnits.end())
                continue;
            const int i = snapshot.indexOf.value(r.id, -1);
            OverdueTask t;
            t.id = r.id;
            t.code = r.code;
            t.title = r.title;
            t.lead = r.lead;
            t.deadline = r.deadline ? QDate::fromJulianDay(r.deadline) : QDate();
            t.completed = r.status == quint8(TaskStatus::Completed);
            t.light = i >= 0 ? lights[size_t(i)] : StatusLight{};
            listed.push_back(std::move(t));
        }
    }

    QByteArray out;
    out.reserve(qsizetype(listed.size()) * 240 + 16);
    const bool asJson = parser.isSet(json);
    ReasonWords words;
    if (asJson)
        out.append("[\n");
    for (size_t k = 0; k < listed.size(); ++k) {
        const OverdueTask &t = listed[k];
        const QByteArray deadline = isoDate(t.deadline);
        // A task completed after the as-of date was still open on it.
        const bool closed = t.light.light == Light::Completed || t.light.light == Light::CompletedLate;
        const char *status = closed ? "completed" : "open";
        const QString reason = words.of(t.light);
        if (asJson) {
            out.append("  {\"code\": ");
            appendJsonString(out, t.code);
            out.append(", \"title\": ");
            appendJsonString(out, t.title);
            out.append(", \"lead\": ");
            appendJsonString(out, t.lead);
            out.append(", \"deadline\": ");
            if (deadline.isEmpty()) {
                out.append("null");
            } else {
                out.append('"');
                out.append(deadline);
                out.append('"');
            }
            out.append(", \"status\": \"");
            out.append(status);
            out.append("\", \"light\": ");
            appendJsonString(out, lightKey(t.light.light));
            out.append(", \"reason\": ");
            appendJsonString(out, reason);
            out.append(", \"days_overdue\": ");
            out.append(QByteArray::number(t.light.daysOverdue()));
            out.append(k + 1 < listed.size() ? "},\n" : "}\n");
        } else {
            out.append(t.code.toUtf8()).append('\t').append(t.title.toUtf8()).append('\t');
            out.append(t.lead.toUtf8())
                .append('\t')
                .append(deadline)
                .append('\t')
                .append(status)
                .append('\t');
            out.append(lightKey(t.light.light).toUtf8()).append('\t').append(reason.toUtf8()).append('\n');
        }
    }
    if (asJson)
        out.append("]\n");
    printOut(out);
    return kExitOk;
}

} // namespace duban::app
