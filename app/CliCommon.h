#pragma once

#include "core/domain/Task.h"
#include "core/io/OutputFile.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace duban::app {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  ///< the database could not be used or written
constexpr int kExitBadInput = 2; ///< bad arguments or a bad input file

void printOut(const QString &text);    ///< one line on stdout (UTF-8)
void printOut(const QByteArray &utf8); ///< raw bytes on stdout
void printError(const QString &text);  ///< "duban: …" on stderr

/// The same for text already in UTF-8.
void appendJsonUtf8(QByteArray &out, QByteArrayView utf8);

/// The --db option of every command; `purpose` says what the file is for ("Database file to check").
/// Its help says where the database is otherwise found ($DUBAN_DB, then the default one).
QCommandLineOption databaseOption(const QString &purpose = QStringLiteral("Database file"));

/// --task CODE and --plan NUMBER, as the commands that write to one task take them (findTask()).
QCommandLineOption taskOption();
QCommandLineOption planOption();
/// --actor NAME of every command that writes: who records the step, written into the task's history (留痕).
QCommandLineOption actorOption();

/// Parses a command's arguments, with -h / --help. nullopt: go on and run the command. Otherwise the exit
/// code to return at once: 0 once --help has printed the usage, what the command is for and its options;
/// 2 once a parse error has been printed with the usage. `usage` starts "duban COMMAND".
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage);
/// As parseArguments(), for commands that take options only: any other argument is an error too.
std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &usage);

/// Whether a command may create the database it is given.
enum class DatabaseUse
{
    MustExist, ///< tasks, report, complete, reopen, targets, observe, brief: a missing file is an error and
               ///< nothing is created
    MayCreate, ///< import, generate: a missing file (and its folder) is created
};

/// Opens --db / $DUBAN_DB / the default database; prints the reason and returns null on failure (exit 1).
/// The session acts as `actor` (actingUser()): the one place the command line says who writes.
std::unique_ptr<core::Database> openDatabase(const QString &explicitPath, DatabaseUse use,
                                             const QString &actor = {});
/// Who acts: `actor` (--actor) when given, else $DUBAN_ACTOR, else empty, which leaves Database::actor()'s
/// default (the login name). A per-user name setting, when there is one, belongs here too.
QString actingUser(const QString &actor);
/// --actor as given: nullopt (after printing why) when it is set but blank; empty when it is not set.
std::optional<QString> parseActor(const QCommandLineParser &parser);
/// Parses --as-of (ISO date); today when empty; nullopt (after printing why) when invalid.
std::optional<QDate> parseAsOf(const QString &text);
/// Parses the day given to `option` (2023-06-30, a day that exists); nullopt (after printing why) otherwise.
std::optional<QDate> parseDay(const QString &option, const QString &text);
/// Prints why an output file was not written (with the --overwrite hint when it exists) and returns the
/// exit code: 2 when refused or existing (bad input), 1 when writing failed.
int refusedOutput(core::OutputFile::Problem problem, const QString &message);
/// Prints "`option` is required" with the usage; returns false when `parser` lacks one of `options`.
bool requireOptions(const QCommandLineParser &parser, const QStringList &options, const QString &usage);

/// The task numbered `code` (as printed) in the plan `plan` names (any plan when empty), by
/// LookupService's rules; prints why and returns nullopt when there is none or several (bad input).
std::optional<core::Task> findTask(core::Database &database, const QString &code, const QString &plan);
/// Opens the existing database --db names (exit 1 if unusable) as --actor (exit 2 if blank), finds the task
/// --task / --plan name (exit 2 if none or several) and returns what `act` returns for them: the first steps
/// of every command that writes to a task. `parser` has taskOption(), planOption(), actorOption() and
/// databaseOption().
int onTask(const QCommandLineParser &parser,
           const std::function<int(core::Database &, const core::Task &)> &act);
/// The unit `text` names for a step on `task`, matched as `report` matches it (LookupService::matchUnit: a
/// name, an alias, or a part only one unit contains), else the only one of the task's units containing it.
/// Nullopt after printing why, with the task's units, when it names none or several (bad input). A unit
/// found that is not one of the task's is returned: the service refuses it and names the task's units.
std::optional<QString> unitOfTask(core::Database &database, const core::Task &task, const QString &text);
/// Prints a service's refusal or failure; returns its exit code (2 for bad input, else 1).
int printFailure(const core::StorageError &error);

} // namespace duban::app
