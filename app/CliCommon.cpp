#include "CliCommon.h"

#include "CommandList.h"

#include "core/services/LookupService.h"

#include <QDir>

#include <cstdio>

namespace duban::app {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "duban: %s\n", text.toUtf8().constData());
}

void appendJsonUtf8(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p; // start of the bytes not yet copied
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out.append(buffer, 6);
        }
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

QCommandLineOption databaseOption(const QString &purpose)
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("%1 (default: $DUBAN_DB, else %2).")
                                  .arg(purpose, QDir::toNativeSeparators(core::Database::defaultPath())),
                              QStringLiteral("FILE"));
}

QCommandLineOption taskOption()
{
    return QCommandLineOption(QStringLiteral("task"),
                              QStringLiteral("The task's number as printed (4, 四（一）)."),
                              QStringLiteral("CODE"));
}

QCommandLineOption planOption()
{
    return QCommandLineOption(
        QStringLiteral("plan"),
        QStringLiteral("Its plan's document number (or a part only it has), needed when "
                       "several plans have a task with that number."),
        QStringLiteral("NUMBER"));
}

QCommandLineOption actorOption()
{
    return QCommandLineOption(QStringLiteral("actor"),
                              QStringLiteral("Who records the step, as the task's history will name them "
                                             "(default: $DUBAN_ACTOR, else the login name)."),
                              QStringLiteral("NAME"));
}

namespace {

// Text broken into lines of at most `width` characters at spaces, as Qt lays out the options' help.
// Lines after the first start with `indent` spaces.
QString wrapped(const QString &text, qsizetype indent = 0, qsizetype width = 79)
{
    QString out;
    qsizetype lineLength = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineLength > indent && lineLength + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            lineLength = indent;
        } else if (lineLength > 0) {
            out += u' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

// "usage: …", what the command is for, its options (as Qt lists them) and the exit codes.
void printHelp(QCommandLineParser &parser, const QString &usage)
{
    const CommandInfo *command = findCommand(usage.section(u' ', 1, 1));
    QString about;
    if (command) {
        about = QString::fromUtf8(command->summary);
        about[0] = about[0].toUpper();
        about += u'.';
        if (qstrlen(command->details) > 0)
            about += u' ' + QString::fromUtf8(command->details);
    }
    parser.setApplicationDescription(wrapped(about));
    const QString qtHelp = parser.helpText(); // "Usage: …" line, the description, the options
    // Each form of the usage is broken between options only: spaces inside […] and (…) hold while wrapping.
    QStringList forms = QString(QStringLiteral("usage: ") + usage).split(u'\n');
    for (QString &form : forms) {
        const qsizetype margin = form.size() - QStringView(form).trimmed().size();
        // "duban COMMAND" starts after "usage: " on the first line and after the margin standing for it below
        const qsizetype start = margin > 0 ? margin : qsizetype(7);
        const qsizetype indent = form.indexOf(u' ', form.indexOf(u' ', start) + 1) + 1; // first option
        int depth = 0;
        for (QChar &c : form) {
            depth += c == u'[' || c == u'(' ? 1 : c == u']' || c == u')' ? -1 : 0;
            if (depth > 0 && c == u' ')
                c = QChar::Nbsp;
        }
        form = QString(margin, u' ') + wrapped(form, indent).replace(QChar::Nbsp, u' ');
    }
    const QString line = forms.join(u'\n');
    printOut(
        QStringLiteral("%1\n\n%2\n%3")
            .arg(line, qtHelp.section(u'\n', 1),
                 wrapped(QStringLiteral("Exit code: 0 done, 1 the database could not be used or written, 2 "
                                        "bad input (nothing written)."))));
}

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        std::fprintf(stderr, "usage: %s\n", usage.toUtf8().constData());
        return kExitBadInput;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printHelp(parser, usage);
        return kExitOk;
    }
    return std::nullopt;
}

std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &usage)
{
    if (const auto exit = parseArguments(parser, arguments, usage))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
        std::fprintf(stderr, "usage: %s\n", usage.toUtf8().constData());
        return kExitBadInput;
    }
    return std::nullopt;
}

QString actingUser(const QString &actor)
{
    const QString given = actor.trimmed();
    return given.isEmpty() ? qEnvironmentVariable("DUBAN_ACTOR").trimmed() : given;
}

std::optional<QString> parseActor(const QCommandLineParser &parser)
{
    const QString name = QStringLiteral("actor");
    if (!parser.isSet(name))
        return QString();
    const QString actor = parser.value(name).trimmed();
    if (actor.isEmpty()) {
        printError(QStringLiteral("--actor wants a name, the one the task's history will show"));
        return std::nullopt;
    }
    return actor;
}

std::unique_ptr<core::Database> openDatabase(const QString &explicitPath, DatabaseUse use,
                                             const QString &actor)
{
    core::StorageError error;
    core::Database::OpenOptions options;
    options.mustExist = use == DatabaseUse::MustExist;
    auto db = core::Database::open(core::Database::resolvePath(explicitPath), &error, options);
    if (!db) {
        if (error.code == core::StorageError::Code::Missing)
            printError(QStringLiteral("%1 Check --db or DUBAN_DB; only import and generate create a new "
                                      "database.")
                           .arg(error.message));
        else
            printError(error.message);
    }
    if (db)
        db->setActor(actingUser(actor));
    return db;
}

std::optional<QDate> parseAsOf(const QString &text)
{
    if (text.isEmpty())
        return QDate::currentDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        printError(QStringLiteral("--as-of wants a date like 2023-07-01, not \"%1\"").arg(text));
        return std::nullopt;
    }
    return d;
}

std::optional<QDate> parseDay(const QString &option, const QString &text)
{
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        printError(QStringLiteral("--%1 wants a day like 2023-06-30, not \"%2\"").arg(option, text));
        return std::nullopt;
    }
    return d;
}

bool requireOptions(const QCommandLineParser &parser, const QStringList &options, const QString &usage)
{
    for (const QString &name : options) {
        if (!parser.isSet(name)) {
            printError(QStringLiteral("--%1 is required\nusage: %2").arg(name, usage));
            return false;
        }
    }
    return true;
}

int onTask(const QCommandLineParser &parser,
           const std::function<int(core::Database &, const core::Task &)> &act)
{
    const auto actor = parseActor(parser);
    if (!actor)
        return kExitBadInput;
    auto database = openDatabase(parser.value(QStringLiteral("db")), DatabaseUse::MustExist, *actor);
    if (!database)
        return kExitFailure;
    const auto found =
        findTask(*database, parser.value(QStringLiteral("task")), parser.value(QStringLiteral("plan")));
    if (!found)
        return kExitBadInput;
    return act(*database, *found);
}

std::optional<QString> unitOfTask(core::Database &database, const core::Task &task, const QString &text)
{
    const core::NameMatch<core::Unit> any = core::LookupService(database).matchUnit(text);
    const QStringList units = task.units();
    if (any.found && units.contains(any.found->name))
        return any.found->name;
    const core::NameMatch<QString> own = core::matchName(
        units, text, [](const QString &u, const QString &wanted) { return u == wanted; },
        [](const QString &u) { return u; });
    if (own.found)
        return own.found;
    if (any.found)
        return any.found->name; // not the task's: the service says so, naming the task's units
    const QString label = task.code.isEmpty() ? QStringLiteral("“%1”").arg(task.title) : task.code;
    if (own.candidates.size() > 1)
        printError(QStringLiteral("\"%1\" matches several units of task %2: %3")
                       .arg(text.trimmed(), label, own.candidates.join(QStringLiteral("、"))));
    else
        printError(QStringLiteral("%1; the units of task %2 are %3")
                       .arg(core::LookupService::unitProblem(any, text), label,
                            units.isEmpty() ? QStringLiteral("none") : units.join(QStringLiteral("、"))));
    return std::nullopt;
}

std::optional<core::Task> findTask(core::Database &database, const QString &code, const QString &plan)
{
    const core::LookupService lookup(database);
    qint64 planId = 0;
    QString planLabel;
    if (!plan.trimmed().isEmpty()) {
        const core::NameMatch<core::Plan> match = lookup.matchPlan(plan);
        if (!match.found) {
            printError(core::LookupService::planProblem(match, plan));
            return std::nullopt;
        }
        planId = match.found->id;
        planLabel = core::LookupService::planLabel(*match.found);
    }
    const core::NameMatch<core::Task> match = lookup.matchTask(code, planId);
    if (!match.found) {
        QString problem = core::LookupService::taskProblem(match, code, planLabel);
        if (match.candidates.size() > 1)
            problem += QStringLiteral("; choose one with --plan NUMBER");
        printError(problem);
        return std::nullopt;
    }
    return match.found;
}

int printFailure(const core::StorageError &error)
{
    printError(error.message);
    return error.code == core::StorageError::Code::Invalid ? kExitBadInput : kExitFailure;
}

int refusedOutput(core::OutputFile::Problem problem, const QString &message)
{
    if (problem == core::OutputFile::Problem::Exists) {
        printError(QStringLiteral("%1 Run again with --overwrite to replace it.").arg(message));
        return kExitBadInput;
    }
    printError(message);
    return problem == core::OutputFile::Problem::Refused ? kExitBadInput : kExitFailure;
}

} // namespace duban::app
