// duban check: the full integrity check of a database file (PRAGMA integrity_check), without trusting it.
#include "CliCommon.h"
#include "Commands.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace duban::app {

using namespace duban::core;

int runCheck(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban check [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption(QStringLiteral("Database file to check"));
    parser.addOption(db);
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const QString path = Database::resolvePath(parser.value(db));
    Database::OpenOptions options;
    options.mustExist = true;
    options.deferIntegrityCheck = true; // the full check below replaces the quick one
    StorageError error;
    auto database = Database::open(path, &error, options);
    if (!database) {
        printError(error.message);
        for (const QString &finding : std::as_const(error.details))
            printOut(finding);
        return kExitFailure;
    }
    if (!database->checkNow(true, &error)) {
        printError(error.message);
        for (const QString &finding : std::as_const(error.details))
            printOut(finding);
        return kExitFailure;
    }
    printOut(QStringLiteral("ok: %1 passed the full integrity check")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return kExitOk;
}

} // namespace duban::app
