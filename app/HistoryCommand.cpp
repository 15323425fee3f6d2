// duban history: a task's history (留痕), every step and edit in the order it was recorded, as lines or JSON.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/LoopService.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace duban::app {

using namespace duban::core;

namespace {

// The day an entry took effect, else (an edit) the day it was recorded.
QDate dayOf(const HistoryEntry &e)
{
    return e.date.isValid() ? e.date : e.recordedAt.date();
}

// The owner of the files a step can carry: requests carry their evidence, reports and responses theirs.
std::optional<Attachment::Owner> filesOwner(const QString &kind)
{
    if (kind == historyKind::completionRequested() || kind == historyKind::extensionRequested())
        return Attachment::Owner::Request;
    if (kind == historyKind::report())
        return Attachment::Owner::Report;
    if (kind == historyKind::response())
        return Attachment::Owner::Record;
    return std::nullopt;
}

// The names of the files of each owner, in the order they were attached (removed ones too: the removal is
// an entry of its own).
class FileNames final
{
public:
    explicit FileNames(const QList<Attachment> &attachments)
    {
        for (const Attachment &a : attachments)
            m_names[key(a.owner, a.ownerId)].append(a.name);
    }
    QStringList of(Attachment::Owner owner, qint64 ownerId) const
    {
        return m_names.value(key(owner, ownerId));
    }

private:
    static QString key(Attachment::Owner owner, qint64 id)
    {
        return attachmentOwnerKey(owner) + u':' + QString::number(id);
    }
    QHash<QString, QStringList> m_names;
};

void appendTextOrNull(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out.append("null");
    else
        appendJsonUtf8(out, text.toUtf8());
}

void appendJsonEntry(QByteArray &out, const HistoryEntry &e, const FileNames &files)
{
    out.append("  {\"kind\": ");
    appendJsonUtf8(out, e.kind.toUtf8());
    out.append(", \"date\": ");
    appendTextOrNull(out, dayOf(e).toString(Qt::ISODate));
    out.append(", \"time\": ");
    appendTextOrNull(out, e.recordedAt.time().toString(QStringLiteral("HH:mm:ss")));
    out.append(", \"actor\": ");
    appendTextOrNull(out, e.actor);
    out.append(", \"unit\": ");
    appendTextOrNull(out, e.unit);
    out.append(", \"text\": ");
    appendTextOrNull(out, e.text);
    if (!e.field.isEmpty() || !e.oldValue.isEmpty() || !e.newValue.isEmpty()) {
        out.append(", \"field\": ");
        appendTextOrNull(out, e.field);
        out.append(", \"old\": ");
        appendTextOrNull(out, e.oldValue);
        out.append(", \"new\": ");
        appendTextOrNull(out, e.newValue);
    }
    if (const auto owner = filesOwner(e.kind)) {
        out.append(", \"attachments\": [");
        const QStringList names = files.of(*owner, e.refId);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                out.append(", ");
            appendJsonUtf8(out, names.at(i).toUtf8());
        }
        out.append(']');
    }
    out.append('}');
}

// One field of one line, whatever the text holds: no tabs or line breaks.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return text;
}

QString textLine(const HistoryEntry &e, const FileNames &files)
{
    QString what = e.text;
    if (!e.field.isEmpty())
        what += (what.isEmpty() ? QString() : QStringLiteral(" ")) +
                QStringLiteral("(%1: %2 → %3)").arg(e.field, e.oldValue, e.newValue);
    if (const auto owner = filesOwner(e.kind)) {
        const QStringList names = files.of(*owner, e.refId);
        if (!names.isEmpty())
            what += QStringLiteral(" [%1]").arg(names.join(QStringLiteral(", ")));
    }
    QStringList fields{dayOf(e).toString(Qt::ISODate),
                       e.recordedAt.time().toString(QStringLiteral("HH:mm:ss")),
                       e.actor,
                       e.unit,
                       e.kind,
                       what};
    for (QString &field : fields)
        field = oneLine(field);
    return fields.join(u'\t');
}

} // namespace

int runHistory(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban history --task CODE [--plan NUMBER] [--json] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption task = taskOption();
    const QCommandLineOption plan = planOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({task, plan, json, db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task")}, usage))
        return kExitBadInput;
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    // One snapshot: the entries and the files they name.
    Transaction readSnapshot(database->connection(), Transaction::Mode::Read);
    StorageError error;
    if (!readSnapshot.started(&error)) {
        printError(error.message);
        return kExitFailure;
    }
    const auto found = findTask(*database, parser.value(task), parser.value(plan));
    if (!found)
        return kExitBadInput;
    const LoopService loop(*database);
    const QList<HistoryEntry> entries = loop.history(found->id, &error);
    const QList<Attachment> attachments =
        error.isError() ? QList<Attachment>() : loop.attachments(found->id, &error);
    if (error.isError()) {
        printError(error.message);
        return kExitFailure;
    }
    const FileNames files(attachments);
    QByteArray out;
    if (parser.isSet(json)) {
        out.append('[');
        for (qsizetype i = 0; i < entries.size(); ++i) {
            out.append(i > 0 ? ",\n" : "\n");
            appendJsonEntry(out, entries.at(i), files);
        }
        out.append(entries.isEmpty() ? "]\n" : "\n]\n");
    } else {
        for (const HistoryEntry &e : entries)
            out.append(textLine(e, files).toUtf8()).append('\n');
    }
    printOut(out);
    return kExitOk;
}

} // namespace duban::app
