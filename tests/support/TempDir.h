#pragma once

#include "Printers.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
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
QString seedReportsPath(); ///< synthetic 2023 progress reports on the seed (tests/data, issue 13)
QStringList strings(std::initializer_list<const char *> utf8); ///< QStringList from UTF-8 literals

} // namespace duban::test
