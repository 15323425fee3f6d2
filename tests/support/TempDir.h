#pragma once

#include <QString>
#include <QTemporaryDir>

namespace duban::test {

/// A temporary folder for one test; removed at the end of the test.
class TempDir final
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
QString dataPath(const QString &relative); ///< a file under tests/data
QString seedPath();                        ///< the bundled seed plan

} // namespace duban::test
