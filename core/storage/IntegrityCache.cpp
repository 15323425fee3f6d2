#include "IntegrityCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace duban::core {

QString IntegrityCache::identity(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1 %2 %3 %4.%5")
        .arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec));
}

QString IntegrityCache::entryPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/integrity/") +
           QString::fromLatin1(key);
}

bool IntegrityCache::knownGood(const QString &path)
{
    const QString now = identity(path);
    if (now.isEmpty())
        return false;
    QFile f(entryPath(path));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(f.readLine(256)).trimmed() == now;
}

void IntegrityCache::remember(const QString &path)
{
    const QString now = identity(path);
    if (now.isEmpty())
        return;
    const QString entry = entryPath(path);
    QDir().mkpath(QFileInfo(entry).absolutePath());
    QSaveFile f(entry);
    if (!f.open(QIODevice::WriteOnly))
        return; // a cache: failing to write it only costs a check next time
    f.write(now.toUtf8() + '\n' + QFileInfo(path).absoluteFilePath().toUtf8() + '\n');
    f.commit();
}

void IntegrityCache::forget(const QString &path)
{
    QFile::remove(entryPath(path));
}

} // namespace duban::core
