#include "InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
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

InputFile::Result fail(InputFile::Problem problem, const QString &message)
{
    InputFile::Result r;
    r.problem = problem;
    r.message = message;
    return r;
}

/// What a path that is neither a file nor a folder is, for the message.
QString kindOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        if (S_ISFIFO(st.st_mode))
            return InputFile::tr("a FIFO (named pipe)");
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            return InputFile::tr("a device");
        if (S_ISSOCK(st.st_mode))
            return InputFile::tr("a socket");
    }
#else
    Q_UNUSED(path)
#endif
    return InputFile::tr("a special file");
}

InputFile::Result notRegular(const QString &path)
{
    return fail(InputFile::Problem::NotRegular,
                InputFile::tr("%1 is not a regular file but %2; only ordinary files can be read.")
                    .arg(shown(path), kindOf(path)));
}

InputFile::Result tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    const QLocale c = QLocale::c();
    return fail(
        InputFile::Problem::TooLarge,
        InputFile::tr("The file %1 is %2 MB (%3 bytes); files larger than %4 MB (%5 bytes) are not read.")
            .arg(shown(path))
            .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(c.toString(size))
            .arg(maxBytes / (1024 * 1024))
            .arg(c.toString(maxBytes)));
}

InputFile::Result empty(const QString &path)
{
    return fail(InputFile::Problem::Empty, InputFile::tr("The file %1 is empty (0 bytes).").arg(shown(path)));
}

} // namespace

InputFile::Result InputFile::check(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path); // follows symbolic links: a link to a regular file is read
    if (path.isEmpty() || !info.exists())
        return fail(Problem::Missing, tr("The file %1 does not exist.").arg(shown(path)));
    if (info.isDir())
        return fail(Problem::Folder, tr("%1 is a folder, not a file.").arg(shown(path)));
    if (!info.isFile())
        return notRegular(path);
    if (info.size() > maxBytes)
        return tooLarge(path, info.size(), maxBytes);
    if (info.size() == 0)
        return empty(path);
    return {};
}

InputFile::Result InputFile::read(const QString &path, qint64 maxBytes)
{
    Result checked = check(path, maxBytes);
    if (!checked.ok())
        return checked;

    QFile file;
#ifdef Q_OS_UNIX
    // Opened without blocking and checked again on the open file: the path may have been replaced by a
    // FIFO or a device since the check.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(Problem::Unreadable, tr("The file %1 cannot be read: %2.")
                                             .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular(path);
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return tooLarge(path, st.st_size, maxBytes);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Problem::Unreadable,
                    tr("The file %1 cannot be read: %2.").arg(shown(path), file.errorString()));
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::Unreadable,
                    tr("The file %1 cannot be read: %2.").arg(shown(path), file.errorString()));
#endif
    Result result;
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(Problem::Unreadable, tr("Reading %1 failed: %2.").arg(shown(path), file.errorString()));
    if (result.bytes.size() > maxBytes) // it grew since the check
        return tooLarge(path, result.bytes.size(), maxBytes);
    if (result.bytes.isEmpty())
        return empty(path);
    return result;
}

} // namespace duban::core
