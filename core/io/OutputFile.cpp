#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace duban::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The process's umask, read without changing it (umask() would change it for every thread meanwhile).
mode_t processUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

/// The file a path leads to (links followed), to compare two paths by identity.
bool identity(const QString &path, dev_t *device, ino_t *inode)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}
#endif

/// `path` with its folder's symbolic links resolved (the file itself may not exist yet).
QString resolvedName(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

/// Whether writing `target` would hit the protected file `protectedFile` or one of its journal files.
bool hits(const QString &target, const QString &protectedFile)
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    QStringList targetNames{resolvedName(target)};
    const QFileInfo targetInfo(target);
    if (targetInfo.isSymLink()) {
        const QString linked = targetInfo.symLinkTarget();
        if (!linked.isEmpty())
            targetNames.append(resolvedName(linked));
        if (!targetInfo.canonicalFilePath().isEmpty())
            targetNames.append(targetInfo.canonicalFilePath());
    }
    const QFileInfo protectedInfo(protectedFile);
    QStringList bases{resolvedName(protectedFile)};
    if (!protectedInfo.canonicalFilePath().isEmpty())
        bases.append(protectedInfo.canonicalFilePath());
    for (const QString &base : std::as_const(bases)) {
        for (const QString &suffix : suffixes) {
            const QString name = base + suffix;
            if (targetNames.contains(name))
                return true;
#ifdef Q_OS_UNIX
            // Another path to the same file: a hard link, a bind mount …
            dev_t targetDevice = 0, device = 0;
            ino_t targetInode = 0, inode = 0;
            if (identity(target, &targetDevice, &targetInode) && identity(name, &device, &inode) &&
                targetDevice == device && targetInode == inode)
                return true;
#endif
        }
    }
    return false;
}

/// The device handed out for writing: passes every byte straight to the temporary file and remembers the
/// first failure. Writers (QPdfWriter, QImageWriter, QSvgGenerator) do not report a failed write, and a
/// buffered QFile may forget one when it is closed; this device does not.
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QFile *file) : m_file(file) { QIODevice::open(QIODevice::WriteOnly); }

    bool isSequential() const override { return true; }
    const QString &failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 length) override
    {
        if (!m_failure.isEmpty())
            return -1;
#ifdef Q_OS_UNIX
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::write(m_file->handle(), data + done, size_t(length - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return failed(n < 0 ? systemError(errno) : OutputFile::tr("nothing more could be written"));
            done += n;
        }
        return length;
#else
        if (m_file->write(data, length) != length || !m_file->flush())
            return failed(m_file->errorString());
        return length;
#endif
    }

private:
    qint64 failed(const QString &why)
    {
        m_failure = why;
        setErrorString(why);
        return -1;
    }

    QFile *m_file;
    QString m_failure;
};

} // namespace

OutputFile::OutputFile(QString path, Options options) : m_path(std::move(path)), m_options(std::move(options))
{
}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    cancel();
    return false;
}

bool OutputFile::check()
{
    m_problem = Problem::None;
    m_error.clear();
    if (m_path.isEmpty())
        return fail(Problem::Refused, tr("No output file was given."));
    for (const QString &p : std::as_const(m_options.protectedFiles)) {
        if (!p.isEmpty() && hits(m_path, p))
            return fail(Problem::Refused,
                        tr("%1 is the database Duban is working on (or one of its journal files); it cannot "
                           "be the output. Choose another file.")
                            .arg(shown(m_path)));
    }
    const QFileInfo target(m_path); // follows links: what the path leads to
    if (target.isDir())
        return fail(Problem::Refused,
                    tr("%1 is a folder; give the name of a file to write.").arg(shown(m_path)));
    const bool present = target.exists() || target.isSymLink();
    if (target.exists() && !target.isFile())
        return fail(Problem::Refused,
                    tr("%1 is not a regular file (it is a device, a FIFO or a socket); Duban writes only "
                       "ordinary files.")
                        .arg(shown(m_path)));
    if (present && !m_options.overwrite)
        return fail(Problem::Exists, tr("%1 already exists; it was left as it is.").arg(shown(m_path)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(Problem::Failed, tr("Cannot write %1: the folder %2 does not exist.")
                                         .arg(shown(m_path), shown(target.absolutePath())));
    return true;
}

bool OutputFile::open()
{
    if (!check())
        return false;
    const QFileInfo target(m_path);
    auto temp = std::make_unique<QTemporaryFile>(
        QDir(target.absolutePath())
            .filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temp->open())
        return fail(Problem::Failed, tr("Cannot write %1: %2.").arg(shown(m_path), temp->errorString()));
#ifdef Q_OS_UNIX
    // QTemporaryFile creates the file for its owner only; an output file gets the usual permissions.
    ::fchmod(temp->handle(), 0666 & ~processUmask());
#endif
    m_device = std::make_unique<CheckedDevice>(temp.get());
    m_temp = std::move(temp);
    return true;
}

QIODevice *OutputFile::device() const
{
    return m_device.get();
}

bool OutputFile::commit()
{
    if (!m_temp)
        return m_problem == Problem::None ? fail(Problem::Failed, tr("Cannot write %1.").arg(shown(m_path)))
                                          : false;
    auto writeError = [this](const QString &detail) {
        return fail(Problem::Failed, tr("Writing %1 failed: %2.").arg(shown(m_path), detail));
    };
    if (const QString &failure = static_cast<CheckedDevice *>(m_device.get())->failure(); !failure.isEmpty())
        return writeError(failure);
    if (m_temp->error() != QFileDevice::NoError)
        return writeError(m_temp->errorString());
    if (!m_temp->flush())
        return writeError(m_temp->errorString());
#ifdef Q_OS_UNIX
    if (::fsync(m_temp->handle()) != 0)
        return writeError(systemError(errno));
#endif
    const QString tempName = m_temp->fileName();
    m_temp->close();
    if (m_temp->error() != QFileDevice::NoError)
        return writeError(m_temp->errorString());

#ifdef Q_OS_UNIX
    const QByteArray from = QFile::encodeName(tempName);
    const QByteArray to = QFile::encodeName(m_path);
    if (m_options.overwrite) {
        // rename() replaces the target atomically; a symbolic link is replaced itself, not written through.
        if (::rename(from.constData(), to.constData()) != 0)
            return writeError(systemError(errno));
    } else {
        // Never replace a file that appeared since the check: link() fails if the target exists.
        if (::link(from.constData(), to.constData()) != 0) {
            const int error = errno;
            if (error == EEXIST)
                return fail(Problem::Exists,
                            tr("%1 already exists; it was left as it is.").arg(shown(m_path)));
            return writeError(systemError(error));
        }
        ::unlink(from.constData());
    }
    // Make the new name durable too (best effort: not every file system syncs folders).
    const int folder = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    if (m_options.overwrite && QFile::exists(m_path) && !QFile::remove(m_path))
        return writeError(tr("the existing file cannot be replaced"));
    if (!QFile::rename(tempName, m_path))
        return writeError(tr("the file cannot be renamed into place"));
#endif
    m_temp->setAutoRemove(false);
    m_device.reset();
    m_temp.reset();
    return true;
}

void OutputFile::cancel()
{
    m_device.reset();
    if (!m_temp)
        return;
    const QString name = m_temp->fileName();
    m_temp->close();
    m_temp.reset(); // QTemporaryFile removes itself
    QFile::remove(name);
}

} // namespace duban::core
