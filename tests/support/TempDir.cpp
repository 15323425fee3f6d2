#include "TempDir.h"

#include <QFile>

namespace duban::test {

TempDir::TempDir() = default;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(DUBAN_TEST_DATA_DIR "/") + relative;
}

QStringList strings(std::initializer_list<const char *> utf8)
{
    QStringList out;
    for (const char *s : utf8)
        out.append(QString::fromUtf8(s));
    return out;
}

QString seedPath()
{
    return QStringLiteral(DUBAN_SEED_DIR "/xiangjiang-2023-ten-actions.txt");
}

QString seedReportsPath()
{
    return dataPath(QStringLiteral("seed-reports-2023.tsv"));
}

} // namespace duban::test
