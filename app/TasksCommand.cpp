// duban tasks: one line (or JSON object) per task with its light and the reason, as of a date.
#include "CliCommon.h"
#include "Commands.h"

#include "core/domain/Loop.h"
#include "core/rules/StatusRules.h"
#include "core/services/ListingService.h"
#include "core/services/LookupService.h"
#include "core/storage/Transaction.h"

#include <array>
#include <cstdio>
#include <tuple>
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
    /// The reasons of the light's own colour (a red task's red reasons), as "reason" has always said;
    /// "reasons" lists every one.
    QByteArray of(const StatusLight &light)
    {
        if (light.reasons.size() == 1 && reasonLight(light.reasons.first().kind) == light.light)
            return words(light.reasons.first());
        QByteArray out;
        for (const StatusReason &r : light.reasons) {
            if (reasonLight(r.kind) != light.light)
                continue;
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
                          quint64(r.date.isValid() ? r.date.toJulianDay() : 0),
                      quint64(r.since.isValid() ? r.since.toJulianDay() : 0)};
        auto it = m_words.find(key);
        if (it == m_words.end())
            it = m_words.emplace(key, reasonText(r).toUtf8()).first;
        return it->second;
    }

    using Key = std::tuple<quint64, quint64, quint64>;
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return std::hash<quint64>()((std::get<0>(k) * 31 + std::get<1>(k)) * 31 + std::get<2>(k));
        }
    };
    std::unordered_map<Key, QByteArray, KeyHash> m_words;
};

/// The stage's key (stageKey()) in bytes, made once per stage rather than once per row.
QByteArrayView stageWord(quint8 stage)
{
    static const std::array<QByteArray, 5> words{
        stageKey(TaskStage::Assigned).toLatin1(), stageKey(TaskStage::Signed).toLatin1(),
        stageKey(TaskStage::InProgress).toLatin1(), stageKey(TaskStage::CompletionRequested).toLatin1(),
        stageKey(TaskStage::Closed).toLatin1()};
    return words[stage < words.size() ? stage : 0];
}

/// Appends "2023-12-31" (years 0–9999) without QDate::toString's general formatting machinery.
void appendIsoDate(QByteArray &out, const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    const char text[10] = {char('0' + y / 1000 % 10),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    out.append(text, sizeof text);
}

/// Appends a number as JSON, with at most one decimal (91.7, 50).
void appendPoints(QByteArray &out, double value)
{
    const double rounded = qRound(value * 10.0) / 10.0;
    if (rounded == double(qRound(rounded)))
        out.append(QByteArray::number(qRound(rounded)));
    else
        out.append(QByteArray::number(rounded, 'f', 1));
}

void appendDateOrNull(QByteArray &out, const QDate &d)
{
    if (!d.isValid()) {
        out.append("null");
        return;
    }
    out.append('"');
    appendIsoDate(out, d);
    out.append('"');
}

/// The numbers of the loop's reasons: the units that have not signed, a return's reason, the deadline an
/// extension asks for and since when.
void appendLoopFields(QByteArray &out, const StatusReason &r)
{
    switch (r.kind) {
    case ReasonKind::NotSigned: {
        out.append(", \"units\": ").append(QByteArray::number(r.count)).append(", \"names\": [");
        // The rules join the names as the reason's text lists them; a unit's name holds no 、 (the
        // importer splits unit lists there).
        const QStringList names = r.note.split(QStringLiteral("、"), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                out.append(", ");
            appendJsonUtf8(out, names.at(i).toUtf8());
        }
        out.append(']');
        break;
    }
    case ReasonKind::CompletionReturned:
        out.append(", \"note\": ");
        appendJsonUtf8(out, r.note.toUtf8());
        break;
    case ReasonKind::ExtensionPending:
        out.append(", \"to\": ");
        appendDateOrNull(out, r.date);
        out.append(", \"since\": ");
        appendDateOrNull(out, r.since);
        break;
    default:
        break;
    }
}

/// The machine-readable reasons: every one that applies, with its numbers (percent points, not shares).
void appendReasons(QByteArray &out, const StatusLight &light)
{
    out.append('[');
    bool first = true;
    for (const StatusReason &r : light.reasons) {
        out.append(first ? "{\"kind\": \"" : ", {\"kind\": \"");
        first = false;
        out.append(reasonKey(r.kind));
        out.append("\", \"date\": ");
        appendDateOrNull(out, r.kind == ReasonKind::BehindSchedule ? QDate() : r.date);
        out.append(", \"days\": ");
        if (r.kind == ReasonKind::BehindSchedule || r.kind == ReasonKind::CompletionReturned ||
            r.kind == ReasonKind::ExtensionPending)
            out.append("null");
        else
            out.append(QByteArray::number(r.days));
        out.append(", \"percent\": ");
        if (r.kind == ReasonKind::BehindSchedule)
            out.append(QByteArray::number(r.percentDone));
        else
            out.append("null");
        out.append(", \"share\": ");
        if (r.kind == ReasonKind::BehindSchedule)
            appendPoints(out, r.elapsedPercent);
        else
            out.append("null");
        if (r.kind == ReasonKind::ReportMissing || r.kind == ReasonKind::ReportLate) {
            out.append(", \"from\": ");
            appendDateOrNull(out, r.since);
            out.append(", \"to\": ");
            appendDateOrNull(out, r.until);
        }
        appendLoopFields(out, r);
        out.append('}');
    }
    out.append(']');
}

/// Prints tasks one by one, as lines or as a JSON array, written out in blocks: a listing of any length
/// never sits in memory whole. `withPercent`: the tasks come with their latest percent (not the overdue
/// listing, which reads no reports).
class Listing final
{
public:
    Listing(bool json, bool withPercent) : m_json(json), m_withPercent(withPercent)
    {
        m_out.reserve(kBlock + 1024);
        if (m_json)
            m_out.append("[\n");
    }

    void add(const OverdueTask &t)
    {
        // A task completed after the as-of date was still open on it.
        const bool closed = t.light.light == Light::Completed || t.light.light == Light::CompletedLate;
        const char *status = closed ? "completed" : "open";
        const QByteArray &reason = m_words.of(t.light);
        if (m_json) {
            m_out.append(m_count ? ",\n  {\"code\": " : "  {\"code\": ");
            appendJsonUtf8(m_out, t.code);
            m_out.append(", \"title\": ");
            appendJsonUtf8(m_out, t.title);
            m_out.append(", \"lead\": ");
            appendJsonUtf8(m_out, t.lead);
            m_out.append(", \"leads\": [");
            if (!t.lead.isEmpty())
                appendJsonUtf8(m_out, t.lead);
            for (const QByteArray &other : t.otherLeads) {
                m_out.append(", ");
                appendJsonUtf8(m_out, other);
            }
            m_out.append("], \"deadline\": ");
            appendDateOrNull(m_out, t.deadline);
            m_out.append(", \"deadline_original\": ");
            appendDateOrNull(m_out, t.deadlineOriginal);
            m_out.append(", \"status\": \"");
            m_out.append(status);
            m_out.append("\", \"stage\": \"");
            m_out.append(stageWord(t.stage));
            m_out.append("\", \"light\": \"");
            m_out.append(lightKey(t.light.light));
            m_out.append("\", \"reason\": ");
            appendJsonUtf8(m_out, reason);
            m_out.append(", \"days_overdue\": ");
            m_out.append(QByteArray::number(t.light.daysOverdue()));
            m_out.append(", \"completed_on\": ");
            appendDateOrNull(m_out, closed ? t.completedOn : QDate());
            // Judged only when the listing read the reports (the fast overdue listing does not).
            m_out.append(", \"percent\": ");
            m_out.append(m_withPercent && t.percent >= 0 ? QByteArray::number(t.percent)
                                                         : QByteArray("null"));
            m_out.append(", \"schedule\": ");
            if (t.light.judgedReports) {
                m_out.append('"').append(judgementKey(t.light.schedule)).append("\", \"share\": ");
                appendPoints(m_out, t.light.share);
                m_out.append(", \"report\": \"").append(reportStateKey(t.light.report)).append('"');
            } else {
                m_out.append("null, \"share\": null, \"report\": null");
            }
            m_out.append(", \"reasons\": ");
            appendReasons(m_out, t.light);
            m_out.append('}');
        } else {
            m_out.append(t.code).append('\t').append(t.title).append('\t').append(t.lead).append('\t');
            if (t.deadline.isValid())
                appendIsoDate(m_out, t.deadline);
            m_out.append('\t').append(status).append('\t');
            m_out.append(lightKey(t.light.light)).append('\t').append(reason).append('\n');
        }
        ++m_count;
        if (m_out.size() >= kBlock) {
            printOut(m_out);
            m_out.resize(0); // keeps the capacity
        }
    }

    void finish()
    {
        if (m_json)
            m_out.append(m_count ? "\n]\n" : "]\n");
        printOut(m_out);
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    const bool m_json;
    const bool m_withPercent;
    QByteArray m_out;
    qsizetype m_count = 0;
    ReasonWords m_words;
};

} // namespace

int runTasks(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("Statistics as of this date."), QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Red tasks only."));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"), QStringLiteral("Tasks of this unit (lead or co)."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({db, asOfOption, overdue, unitOption, json});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    const QSqlDatabase connection = database->connection();
    // One snapshot for the whole listing: a writer committing meanwhile (import --replace) is either
    // wholly in it or not at all.
    Transaction readSnapshot(connection, Transaction::Mode::Read);
    {
        StorageError error;
        if (!readSnapshot.started(&error)) {
            printError(error.message);
            return kExitFailure;
        }
    }

    qint64 unitId = 0;
    if (parser.isSet(unitOption)) {
        const NameMatch<Unit> unit = LookupService(*database).matchUnit(parser.value(unitOption));
        if (!unit.found) {
            printError(LookupService::unitProblem(unit, parser.value(unitOption)));
            return kExitBadInput;
        }
        unitId = unit.found->id;
    }

    const ListingService tasks(*database);
    const StatusThresholds settings = tasks.statusThresholds();
    Listing listing(parser.isSet(json), !parser.isSet(overdue));
    StorageError error;
    const auto add = [&](const OverdueTask &t) { listing.add(t); };
    const bool ok = parser.isSet(overdue) ? tasks.forEachOverdue(*asOf, settings, unitId, add, &error)
                                          : tasks.forEachTask(*asOf, settings, unitId, add, &error);
    if (!ok) {
        printError(error.message);
        return kExitFailure;
    }
    listing.finish();
    return kExitOk;
}

} // namespace duban::app
