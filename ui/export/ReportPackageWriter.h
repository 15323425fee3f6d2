#pragma once

#include "core/io/OutputFile.h"
#include "core/services/ReportPackageService.h"

#include <QCoreApplication>

namespace duban::ui {

/// Writes a report package (报送表) as an .xlsx workbook (libxlsxwriter): one visible, protected sheet —
/// a title row, an instruction row, the header (package::header()), one row per task with a hidden task
/// key, the office's columns locked and grey (序号, 任务, 完成时限, 当前状态) and the unit's white and
/// validated (本期进展, 完成% 0–100, 存在问题, 下步打算, 申请办结 是/否, 申请延期至 a date) — and a hidden
/// sheet that identifies the package (format, database identity, unit, period, issue time, and the tasks as
/// issued, against which the return is checked).
class ReportPackageWriter final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::ReportPackageWriter)

public:
    static bool write(const core::PackageContent &package, const QString &path,
                      const core::OutputFile::Options &options, QString *error,
                      core::OutputFile::Problem *problem = nullptr);
};

} // namespace duban::ui
