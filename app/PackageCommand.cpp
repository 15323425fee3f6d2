// duban package: one report package (报送表) per unit for a period, written into a folder.
#include "CliCommon.h"
#include "Commands.h"

#include "core/io/OutputFile.h"
#include "core/services/ReportPackageService.h"
#include "ui/export/ReportPackageWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace duban::app {

using namespace duban::core;

int runPackage(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban package --period YYYY-MM [--unit NAME] --out FOLDER [--overwrite] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The folder to write into (made if missing)."),
                                 QStringLiteral("FOLDER"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption periodOption(QStringLiteral("period"), QStringLiteral("The month reported on."),
                                          QStringLiteral("YYYY-MM"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QStringLiteral("Only this unit's package."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("Replace packages already in the folder."));
    parser.addOptions({out, db, periodOption, unitOption, overwrite});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const QString folder = parser.value(out);
    if (folder.isEmpty() || !parser.isSet(periodOption)) {
        printError(QStringLiteral("--period YYYY-MM and --out FOLDER are required\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    if (!ReportPackageService::parsePeriod(parser.value(periodOption))) {
        printError(
            QStringLiteral("--period is a month like 2023-06, not \"%1\"").arg(parser.value(periodOption)));
        return kExitBadInput;
    }
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        printError(QStringLiteral("%1 is not a folder").arg(folder));
        return kExitBadInput;
    }
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    ReportPackageService packages(*database);
    StorageError error;
    const std::optional<QStringList> units =
        packages.units(parser.value(periodOption), parser.value(unitOption).trimmed(), &error);
    if (!units) {
        printError(error.message);
        return error.code == StorageError::Code::Query ? kExitFailure : kExitBadInput;
    }
    const QDateTime issued = QDateTime::currentDateTime();
    QList<PackageContent> contents;
    for (const QString &unit : *units) {
        std::optional<PackageContent> c = packages.content(unit, parser.value(periodOption), issued, &error);
        if (!c) {
            printError(error.message);
            return kExitFailure;
        }
        if (!c->tasks.isEmpty())
            contents.append(std::move(*c));
    }
    OutputFile::Options options;
    options.overwrite = parser.isSet(overwrite);
    options.protectedFiles = {database->path()};
    // Every target is checked before the first is written: a refused run writes nothing.
    for (const PackageContent &c : std::as_const(contents)) {
        OutputFile target(QDir(folder).filePath(c.fileName), options);
        if (!QFileInfo::exists(folder))
            break; // made below; nothing in it yet
        if (!target.check())
            return refusedOutput(target.problem(), target.errorString());
    }
    if (!QDir().mkpath(folder)) {
        printError(QStringLiteral("cannot make the folder %1").arg(folder));
        return kExitFailure;
    }
    for (const PackageContent &c : std::as_const(contents)) {
        const QString path = QDir(folder).filePath(c.fileName);
        QString message;
        if (!ui::ReportPackageWriter::write(c, path, options, &message)) {
            printError(message);
            return kExitFailure;
        }
        printOut(QStringLiteral("%1\t%2\t%3 tasks").arg(path, c.unit).arg(c.tasks.size()));
    }
    return kExitOk;
}

} // namespace duban::app
