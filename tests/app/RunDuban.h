#pragma once

// Runs the real duban executable as a process with a pinned environment (locale, time zone, offscreen
// platform, no user configuration, no DUBAN_DB), for the end-to-end command-line tests.
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace duban::test {

/// What a duban process printed and how it ended (exitCode -1: it did not finish within a minute, or it
/// crashed).
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// How a test runs duban beyond the pinned environment.
struct RunOptions
{
    QProcessEnvironment extra;  ///< variables added to (or replacing those of) the pinned environment
    QStringList unset;          ///< variables removed from it (QT_QPA_PLATFORM, DISPLAY …)
    QString workingDirectory;   ///< the process's current folder; the test's own when empty
    bool stdinFromNull = false; ///< stdin from /dev/null; otherwise a pipe that stays open and silent
};

inline ProcessResult runDuban(const QStringList &args, const RunOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent-duban-test-config"));
    env.remove(QStringLiteral("DUBAN_DB"));
    // Nothing of a real user's: no default database, no integrity cache outside the test's own folders.
    static const QString scratch =
        QDir::tempPath() + QStringLiteral("/duban-test-home-%1").arg(QCoreApplication::applicationPid());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), scratch + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch + QStringLiteral("/data"));
    const QStringList keys = options.extra.keys();
    for (const QString &key : keys)
        env.insert(key, options.extra.value(key));
    for (const QString &key : options.unset)
        env.remove(key);
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    if (options.stdinFromNull)
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(DUBAN_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return ProcessResult{code, QString::fromUtf8(p.readAllStandardOutput()),
                         QString::fromUtf8(p.readAllStandardError())};
}

inline ProcessResult runDuban(const QStringList &args, const QProcessEnvironment &extra = {})
{
    RunOptions options;
    options.extra = extra;
    return runDuban(args, options);
}

} // namespace duban::test
