#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QTemporaryFile;

namespace duban::core {

/// Writes an output file (a briefing PDF, a chart image …) for every command and dialog that writes one.
/// The content goes to a temporary file in the target's folder, which is flushed, synced and renamed over
/// the target only when everything was written: the target is never half-written, a symbolic link at the
/// target is replaced itself (never written through), and on any failure the temporary file is removed.
/// Refused as a target, before anything is written: a protected file (the open database, with its -wal,
/// -shm and -journal files, by any path or link that leads to it), a folder, anything that is not a
/// regular file (a device such as /dev/full, a FIFO), and an existing file unless overwriting is allowed.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::OutputFile)
    Q_DISABLE_COPY_MOVE(OutputFile)
public:
    struct Options
    {
        /// Replace an existing file (the user asked: --overwrite, or the file dialog's question).
        bool overwrite = false;
        /// Files that must never be the output, e.g. the open database (its journal files are added).
        QStringList protectedFiles;
    };

    /// Why the output was not written.
    enum class Problem
    {
        None,
        Refused, ///< the target may not be written (a database, a folder, a device …): bad input
        Exists,  ///< the target exists and overwriting was not allowed: bad input
        Failed,  ///< creating, writing, flushing or renaming failed (disk full, no such folder …)
    };

    OutputFile(QString path, Options options);
    /// Removes the temporary file unless commit() succeeded.
    ~OutputFile();

    /// Checks the target without touching anything; false with problem() and errorString() set.
    bool check();
    /// check(), then creates the temporary file that device() writes to.
    bool open();
    /// The temporary file while open; null before open() and after commit() or cancel().
    QIODevice *device() const;
    /// Flushes, syncs and closes the temporary file and renames it over the target. Any error (including
    /// one that happened while writing to device()) fails the commit and removes the temporary file.
    bool commit();
    /// Abandons the output: removes the temporary file.
    void cancel();

    QString path() const { return m_path; }
    Problem problem() const { return m_problem; }
    /// For people; names the file.
    QString errorString() const { return m_error; }

private:
    bool fail(Problem problem, const QString &message);

    QString m_path;
    Options m_options;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<QIODevice> m_device; ///< writes to m_temp and remembers the first failure
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace duban::core
