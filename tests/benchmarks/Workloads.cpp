#include "Workloads.h"

#include "core/storage/Database.h"
#include "core/storage/SyntheticGenerator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

namespace duban::bench {

namespace {
QString folder()
{
    QString dir = qEnvironmentVariable("DUBAN_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/duban-bench");
    QDir().mkpath(dir);
    return dir;
}
} // namespace

QString workload(qint64 tasks, qint64 reports)
{
    const QString path = folder() + QStringLiteral("/ledger-%1-%2.sqlite").arg(tasks).arg(reports);
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "generating %s …\n", qPrintable(path));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto db = core::Database::open(partial, nullptr);
        core::SyntheticSpec spec;
        spec.tasks = tasks;
        spec.reports = reports;
        core::SyntheticGenerator(*db).generate(spec, nullptr, nullptr);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QFile::rename(partial, path);
    return path;
}

QString scratchCopy(const QString &workload)
{
    const QString copy = workload + QStringLiteral(".scratch");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1String(suffix));
    QFile::copy(workload, copy);
    return copy;
}

} // namespace duban::bench
