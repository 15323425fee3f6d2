// duban assign, sign, request-completion, review and extend: the steps of the supervision loop (督办闭环)
// from the command line. Each is one LoopService step in one transaction, recorded in the task's history as
// the acting user (--actor); a step the service finds invalid is bad input and writes nothing.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/LoopService.h"

namespace duban::app {

using namespace duban::core;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QCommandLineOption dayOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("date"),
                              what + QStringLiteral(" (2023-06-30): today or earlier."),
                              QStringLiteral("DATE"));
}

QCommandLineOption unitOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("unit"),
                              what + QStringLiteral(": one of the task's lead or co-units, by its name, an "
                                                    "alias, or a part only one unit contains."),
                              QStringLiteral("NAME"));
}

QCommandLineOption attachOption()
{
    return QCommandLineOption(
        QStringLiteral("attach"),
        QStringLiteral("A file of evidence (佐证材料) to store with the request, at most "
                       "20 MB; repeat it for several files."),
        QStringLiteral("FILE"));
}

QCommandLineOption reasonOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("reason"), what, QStringLiteral("TEXT"));
}

// The files given with --attach, read before the database is touched; nullopt after printing why (bad
// input: missing, not a file, empty, above 20 MB).
std::optional<QList<AttachmentFile>> readAttachments(const QStringList &paths)
{
    QList<AttachmentFile> files;
    for (const QString &path : paths) {
        StorageError error;
        std::optional<AttachmentFile> file = LoopService::readFile(path, &error);
        if (!file) {
            printError(error.message);
            return std::nullopt;
        }
        files.append(std::move(*file));
    }
    return files;
}

QString attachedText(qsizetype count)
{
    return count == 0   ? QString()
           : count == 1 ? QStringLiteral(", 1 file attached")
                        : QStringLiteral(", %1 files attached").arg(count);
}

// Prints "--a and --b exclude each other" (or "… is required") with the usage when not exactly one of the
// two flags is set.
bool exactlyOne(const QCommandLineParser &parser, const QString &a, const QString &b, const QString &usage)
{
    const bool hasA = parser.isSet(a), hasB = parser.isSet(b);
    if (hasA != hasB)
        return true;
    printError(QStringLiteral("%1\nusage: %2")
                   .arg(hasA ? QStringLiteral("--%1 and --%2 exclude each other; give one").arg(a, b)
                             : QStringLiteral("--%1 or --%2 is required").arg(a, b),
                        usage));
    return false;
}

// Prints that `option` belongs to another form of the command; false when it is set.
bool notSet(const QCommandLineParser &parser, const QString &option, const QString &why, const QString &usage)
{
    if (!parser.isSet(option))
        return true;
    printError(QStringLiteral("--%1 %2\nusage: %3").arg(option, why, usage));
    return false;
}

} // namespace

int runAssign(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban assign --task CODE [--plan NUMBER] --date DATE [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption date = dayOption(QStringLiteral("The day of 交办, from which the task runs"));
    parser.addOptions({taskOption(), planOption(), date, actorOption(), databaseOption()});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task"), QStringLiteral("date")}, usage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        StorageError error;
        if (!LoopService(database).assign(t.id, *day, nullptr, &error))
            return printFailure(error);
        printOut(QStringLiteral("assigned %1 on %2").arg(t.code, iso(*day)));
        return kExitOk;
    });
}

int runSign(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "duban sign --task CODE [--plan NUMBER] --unit NAME --date DATE [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption unit = unitOption(QStringLiteral("The unit that acknowledges the task"));
    const QCommandLineOption date = dayOption(QStringLiteral("The day of 签收"));
    parser.addOptions({taskOption(), planOption(), unit, date, actorOption(), databaseOption()});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task"), QStringLiteral("unit"), QStringLiteral("date")},
                        usage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        const auto signer = unitOfTask(database, t, parser.value(unit));
        if (!signer)
            return kExitBadInput;
        StorageError error;
        if (!LoopService(database).sign(t.id, *signer, *day, &error))
            return printFailure(error);
        printOut(QStringLiteral("signed %1 for %2 on %3").arg(t.code, *signer, iso(*day)));
        return kExitOk;
    });
}

int runRequestCompletion(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban request-completion --task CODE [--plan NUMBER] --unit NAME --date DATE --basis "
                       "TEXT [--attach FILE]... [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption unit = unitOption(QStringLiteral("The unit that applies"));
    const QCommandLineOption date = dayOption(QStringLiteral("The day of the request"));
    const QCommandLineOption basis(QStringLiteral("basis"),
                                   QStringLiteral("The basis (办结依据): what was done and how it shows."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption attach = attachOption();
    parser.addOptions(
        {taskOption(), planOption(), unit, date, basis, attach, actorOption(), databaseOption()});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(
            parser,
            {QStringLiteral("task"), QStringLiteral("unit"), QStringLiteral("date"), QStringLiteral("basis")},
            usage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    const auto files = readAttachments(parser.values(attach));
    if (!files)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        const auto applicant = unitOfTask(database, t, parser.value(unit));
        if (!applicant)
            return kExitBadInput;
        StorageError error;
        if (LoopService(database).requestCompletion(t.id, *applicant, *day, parser.value(basis), *files,
                                                    &error) == 0)
            return printFailure(error);
        printOut(QStringLiteral("requested completion of %1 for %2 on %3%4")
                     .arg(t.code, *applicant, iso(*day), attachedText(files->size())));
        return kExitOk;
    });
}

int runReview(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban review --task CODE [--plan NUMBER] (--approve | --return --reason TEXT) --date "
                       "DATE [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     QStringLiteral("Approve the pending completion request (销号)."));
    const QCommandLineOption giveBack(QStringLiteral("return"),
                                      QStringLiteral("Return it (退回): the task is in progress again."));
    const QCommandLineOption reason =
        reasonOption(QStringLiteral("Why it is returned (required with --return; a note with --approve)."));
    const QCommandLineOption date = dayOption(QStringLiteral("The day of the review"));
    parser.addOptions(
        {taskOption(), planOption(), approve, giveBack, reason, date, actorOption(), databaseOption()});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task"), QStringLiteral("date")}, usage) ||
        !exactlyOne(parser, QStringLiteral("approve"), QStringLiteral("return"), usage))
        return kExitBadInput;
    if (parser.isSet(giveBack) && parser.value(reason).trimmed().isEmpty()) {
        printError(
            QStringLiteral("--return needs --reason: why the request is returned\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        LoopService loop(database);
        LoopRequest decided;
        StorageError error;
        if (!loop.reviewCompletion(t.id, parser.isSet(approve), *day, parser.value(reason), &decided, &error))
            return printFailure(error);
        if (parser.isSet(approve)) {
            const QDate completed =
                loop.completionDateRule() == CompletionDateRule::Request ? decided.date : *day;
            printOut(QStringLiteral("approved the completion request of %1 by %2: completed on %3")
                         .arg(t.code, decided.unit, iso(completed)));
        } else {
            printOut(QStringLiteral("returned the completion request of %1 to %2 on %3")
                         .arg(t.code, decided.unit, iso(*day)));
        }
        return kExitOk;
    });
}

namespace {

// extend --to DATE --reason T: the unit's 延期申请.
int requestExtension(const QCommandLineParser &parser, const QDate &day, const QString &usage)
{
    const auto to = parseDay(QStringLiteral("to"), parser.value(QStringLiteral("to")));
    if (!to)
        return kExitBadInput;
    if (!requireOptions(parser, {QStringLiteral("reason")}, usage))
        return kExitBadInput;
    const auto files = readAttachments(parser.values(QStringLiteral("attach")));
    if (!files)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        QString unit; // the lead unit unless one is named
        if (parser.isSet(QStringLiteral("unit"))) {
            const auto named = unitOfTask(database, t, parser.value(QStringLiteral("unit")));
            if (!named)
                return kExitBadInput;
            unit = *named;
        }
        StorageError error;
        if (LoopService(database).requestExtension(t.id, unit, *to, parser.value(QStringLiteral("reason")),
                                                   day, *files, &error) == 0)
            return printFailure(error);
        printOut(QStringLiteral("asked to extend %1 to %2 for %3 on %4%5")
                     .arg(t.code, iso(*to), unit.isEmpty() ? t.lead() : unit, iso(day),
                          attachedText(files->size())));
        return kExitOk;
    });
}

// extend --approve | --refuse: the office's decision on the pending 延期申请.
int decideExtension(const QCommandLineParser &parser, const QDate &day)
{
    const bool approve = parser.isSet(QStringLiteral("approve"));
    return onTask(parser, [&](Database &database, const Task &t) {
        LoopRequest decided;
        StorageError error;
        if (!LoopService(database).decideExtension(t.id, approve, day, parser.value(QStringLiteral("reason")),
                                                   &decided, &error))
            return printFailure(error);
        if (approve)
            printOut(QStringLiteral("approved the extension of %1 to %2 (originally due %3)")
                         .arg(t.code, iso(decided.newDeadline),
                              iso(t.deadlineOriginal.isValid() ? t.deadlineOriginal : t.deadline)));
        else
            printOut(QStringLiteral("refused the extension of %1 to %2; it stays due on %3")
                         .arg(t.code, iso(decided.newDeadline), iso(t.deadline)));
        return kExitOk;
    });
}

} // namespace

int runExtend(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "duban extend --task CODE [--plan NUMBER] --to DATE --reason TEXT --date DATE [--unit NAME] "
        "[--attach FILE]... [--actor NAME] [--db FILE]\n"
        "       duban extend --task CODE [--plan NUMBER] (--approve | --refuse [--reason TEXT]) --date DATE "
        "[--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The new deadline asked for (a 延期申请), later than the "
                                               "current one."),
                                QStringLiteral("DATE"));
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     QStringLiteral("Approve the pending extension request: the deadline "
                                                    "moves, the original one is kept."));
    const QCommandLineOption refuse(QStringLiteral("refuse"),
                                    QStringLiteral("Refuse it: the deadline stays."));
    const QCommandLineOption reason = reasonOption(
        QStringLiteral("Why the extension is asked for (required with --to), or why it is refused."));
    const QCommandLineOption unit = unitOption(QStringLiteral("The unit that asks (default: the lead unit)"));
    const QCommandLineOption date = dayOption(QStringLiteral("The day of the request or of the decision"));
    parser.addOptions({taskOption(), planOption(), to, approve, refuse, reason, unit, attachOption(), date,
                       actorOption(), databaseOption()});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task"), QStringLiteral("date")}, usage))
        return kExitBadInput;
    const bool asks = parser.isSet(to);
    const bool decides = parser.isSet(approve) || parser.isSet(refuse);
    if (asks == decides) {
        printError(QStringLiteral("%1\nusage: %2")
                       .arg(asks ? QStringLiteral("--to asks for an extension and --approve / --refuse "
                                                  "decide one; give one of them")
                                 : QStringLiteral("--to DATE (a request) or --approve / --refuse (a "
                                                  "decision) is required"),
                            usage));
        return kExitBadInput;
    }
    if (decides &&
        (!exactlyOne(parser, QStringLiteral("approve"), QStringLiteral("refuse"), usage) ||
         !notSet(parser, QStringLiteral("unit"), QStringLiteral("names who asks, with --to"), usage) ||
         !notSet(parser, QStringLiteral("attach"), QStringLiteral("goes with a request (--to)"), usage)))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    return asks ? requestExtension(parser, *day, usage) : decideExtension(parser, *day);
}

} // namespace duban::app
