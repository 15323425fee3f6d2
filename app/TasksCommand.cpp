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

const char *lightKey(Light light)
{
    switch (light) {
    case Light::Green:
        return "green";
    case Light::Yellow:
        return "yellow";
    case Light::Red:
        return "red";
    case Light::Completed:
        return "completed";
    case Light::CompletedLate:
        return "completed-late";
    }
    return "";
}

// Reasons repeat across thousands of rows ("Overdue by 12 day(s)"): put each distinct one in words (UTF-8)
// once.
class ReasonWords final
{
public:
    QByteArray of(const StatusLight &light)
    {
        if (light.reasons.size() == 1)
            return words(light.reasons.first());
        QByteArray out;
        for (const StatusReason &r : light.reasons) {
            if (!out.isEmpty())
                out += "; ";
            out += words(r);
        }
        return out;
    }

private:
    const QByteArray &words(const StatusReason &r)
    {
        const Key key{(quint64(r.kind) << 56) | (quint64(r.label) << 48) | (quint64(quint32(r.days)) << 16) |
                          quint64(r.percentDone & 0xffff),
                      (quint64(qRound(r.elapsedPercent * 10)) << 40) |
                          quint64(r.date.isValid() ? r.date.toJulianDay() : 0)};
        auto it = m_words.find(key);
        if (it == m_words.end())
            it = m_words.emplace(key, reasonText(r).toUtf8()).first;
        return it->second;
    }

    using Key = std::pair<quint64, quint64>;
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return std::hash<quint64>()(k.first * 31 + k.second); }
    };
    std::unordered_map<Key, QByteArray, KeyHash> m_words;
};

/// Appends "2023-12-31" (years 0–9999) without QDate::toString's general formatting machinery.
void appendIsoDate(QByteArray &out, const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    const char text[10] = {char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                           char('0' + y % 10),        '-',
                           char('0' + m / 10),        char('0' + m % 10),
                           '-',                       char('0' + day / 10),
                           char('0' + day % 10)};
    out.append(text, sizeof text);
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
        StorageError error;
        listed = OverdueQuery(connection).run(*asOf, settings, unitId, &error);
        if (error.isError()) {
            printError(error.message);
            return kExitFailure;
        }
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
            t.code = r.code.toUtf8();
            t.title = r.title.toUtf8();
            t.lead = r.lead.toUtf8();
            t.deadline = r.deadline ? QDate::fromJulianDay(r.deadline) : QDate();
            t.completed = r.status == quint8(TaskStatus::Completed);
            t.light = i >= 0 ? lights[size_t(i)] : StatusLight{};
            listed.push_back(std::move(t));
        }
    }

    QByteArray out;
    // Written out in blocks as it grows: a large listing never sits in memory twice.
    constexpr qsizetype kBlock = 64 * 1024;
    out.reserve(kBlock + 1024);
    const bool asJson = parser.isSet(json);
    ReasonWords words;
    if (asJson)
        out.append("[\n");
    for (size_t k = 0; k < listed.size(); ++k) {
        const OverdueTask &t = listed[k];
        // A task completed after the as-of date was still open on it.
        const bool closed = t.light.light == Light::Completed || t.light.light == Light::CompletedLate;
        const char *status = closed ? "completed" : "open";
        const QByteArray reason = words.of(t.light);
        if (asJson) {
            out.append("  {\"code\": ");
            appendJsonUtf8(out, t.code);
            out.append(", \"title\": ");
            appendJsonUtf8(out, t.title);
            out.append(", \"lead\": ");
            appendJsonUtf8(out, t.lead);
            out.append(", \"deadline\": ");
            if (t.deadline.isValid()) {
                out.append('"');
                appendIsoDate(out, t.deadline);
                out.append('"');
            } else {
                out.append("null");
            }
            out.append(", \"status\": \"");
            out.append(status);
            out.append("\", \"light\": \"");
            out.append(lightKey(t.light.light));
            out.append("\", \"reason\": ");
            appendJsonUtf8(out, reason);
            out.append(", \"days_overdue\": ");
            out.append(QByteArray::number(t.light.daysOverdue()));
            out.append(k + 1 < listed.size() ? "},\n" : "}\n");
        } else {
            out.append(t.code).append('\t').append(t.title).append('\t').append(t.lead).append('\t');
            if (t.deadline.isValid())
                appendIsoDate(out, t.deadline);
            out.append('\t').append(status).append('\t');
            out.append(lightKey(t.light.light)).append('\t').append(reason).append('\n');
        }
        if (out.size() >= kBlock) {
            printOut(out);
            out.resize(0); // keeps the capacity
        }
    }
    if (asJson)
        out.append("]\n");
    printOut(out);
    return kExitOk;
}

} // namespace duban::app
