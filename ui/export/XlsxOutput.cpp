#include "XlsxOutput.h"

#include <QFile>
#include <QTemporaryDir>

namespace duban::ui {

using core::OutputFile;

bool XlsxOutput::write(const QString &path, const OutputFile::Options &options, const Make &make,
                       QString *error, OutputFile::Problem *problem)
{
    auto fail = [error, problem](OutputFile::Problem kind, const QString &message) {
        if (error)
            *error = message;
        if (problem)
            *problem = kind;
        return false;
    };
    OutputFile out(path, options);
    if (!out.open())
        return fail(out.problem(), out.errorString());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        //: zh_CN: 无法创建临时文件夹：%1
        return fail(OutputFile::Problem::Failed,
                    tr("No temporary folder could be made: %1").arg(scratch.errorString()));
    const QString file = scratch.filePath(QStringLiteral("workbook.xlsx"));
    if (const QString made = make(file, scratch.path()); !made.isEmpty())
        return fail(OutputFile::Problem::Failed, made);
    QFile written(file);
    if (!written.open(QIODevice::ReadOnly))
        return fail(OutputFile::Problem::Failed, written.errorString());
    while (!written.atEnd())
        out.device()->write(written.read(1 << 20));
    if (!out.commit())
        return fail(out.problem(), out.errorString());
    if (problem)
        *problem = OutputFile::Problem::None;
    return true;
}

} // namespace duban::ui
