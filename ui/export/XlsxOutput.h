#pragma once

#include "core/io/OutputFile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace duban::ui {

/// libxlsxwriter writes a workbook to a file name, not a device: the workbooks (the exported ledger, the
/// report packages) are made in a scratch folder of ours and copied into a core::OutputFile, which keeps
/// its rules (an existing file replaced only when allowed, never the database, nothing left on failure).
class XlsxOutput final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::XlsxOutput)

public:
    /// `make` writes the workbook to `file` (its own temporary files may go into `scratch`) and returns
    /// why it could not, or empty.
    using Make = std::function<QString(const QString &file, const QString &scratch)>;

    /// Makes the workbook and writes it to `path`; false with `error` and `problem` when it was not.
    static bool write(const QString &path, const core::OutputFile::Options &options, const Make &make,
                      QString *error, core::OutputFile::Problem *problem = nullptr);
};

} // namespace duban::ui
