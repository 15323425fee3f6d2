// Excel at scale (issue 15): the ledger of 100,000 tasks exported to .xlsx — Duban (libxlsxwriter,
// constant-memory) against python3-openpyxl in write-only mode writing the same cells with the same formats
// (WriteOnlyCell), in one run — the whole `duban export` process with its peak memory, and 60 returned
// packages of 50 tasks each read and checked. No BENCHMARK_MAIN() here: BenchMain.cpp.
#include "Workloads.h"

#include "core/services/LedgerExportService.h"
#include "core/services/ReportPackageService.h"
#include "core/storage/Database.h"
#include "core/storage/TaskRowLoader.h"
#include "ui/export/LedgerWorkbook.h"
#include "ui/export/ReportPackageWriter.h"

#include <benchmark/benchmark.h>

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace duban;

namespace {

const QDate kAsOf(2026, 11, 27);

/// The same cells, fills and widths with openpyxl's write-only workbook; prints the seconds it took to write.
const char kOpenpyxl[] = R"(
import sys, time, csv
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
start = time.perf_counter()
wb = Workbook(write_only=True)
ws = wb.create_sheet('台账')
widths = [7, 34, 20, 24, 14, 26, 40, 7, 12, 9, 30, 16]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.freeze_panes = 'A3'
thin = Side(style='thin')
border = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name='SimSun', size=10.5)
wrap = Alignment(wrap_text=True, vertical='top')
fills = {'Red': 'F4B6B6', 'Yellow': 'FFE699', 'Green': 'C6EFCE', 'Completed': 'D9E1F2', 'Completed late': 'F8CBAD'}
fill = {k: PatternFill('solid', fgColor=v) for k, v in fills.items()}
title = WriteOnlyCell(ws, value=rows[0][0]); title.font = Font(name='SimSun', size=16, bold=True)
ws.append([title])
header = []
for h in rows[1]:
    c = WriteOnlyCell(ws, value=h); c.font = Font(name='SimSun', size=11, bold=True); c.border = border; header.append(c)
ws.append(header)
for r in rows[2:]:
    out = []
    for i, v in enumerate(r):
        if i == 7:
            c = WriteOnlyCell(ws, value=int(v) if v else None); c.number_format = '0'
        else:
            c = WriteOnlyCell(ws, value=v or None); c.alignment = wrap
        c.font = font; c.border = border
        if i == 9 and v in fill:
            c.fill = fill[v]
        out.append(c)
    ws.append(out)
wb.save(sys.argv[2])
print(time.perf_counter() - start)
)";

/// Peak resident memory of the children waited for so far, in MB.
double childPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void BM_ExportLedgerXlsx_DubanVsOpenpyxl(benchmark::State &state)
{
    const QString path = bench::workload(state.range(0), state.range(0) * 10);
    auto db = core::Database::open(path, nullptr);
    QTemporaryDir dir;
    const core::LedgerSheet sheet = *core::LedgerExportService(*db).build({}, kAsOf, nullptr);
    // The cells for openpyxl, as CSV.
    const QString cells = dir.filePath(QStringLiteral("cells.csv"));
    {
        core::OutputFile::Options options;
        QString error;
        // The CSV writer has no title row: it is put first below.
        ui::LedgerWorkbook::write(sheet, cells, ui::LedgerWorkbook::Format::Csv, options, &error);
        QFile f(cells);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll().mid(3); // no BOM
        f.close();
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("\"" + sheet.titleLine().toUtf8() + "\"\r\n" + bytes);
    }
    double duban = 0, openpyxl = 0;
    for (auto _ : state) {
        const QString out = dir.filePath(QStringLiteral("duban.xlsx"));
        QFile::remove(out);
        QElapsedTimer t;
        t.start();
        QString error;
        ui::LedgerWorkbook::write(sheet, out, ui::LedgerWorkbook::Format::Xlsx, {}, &error);
        duban = double(t.nsecsElapsed()) / 1e9;
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(kOpenpyxl),
                                                     cells, dir.filePath(QStringLiteral("py.xlsx"))});
        p.waitForFinished(-1);
        openpyxl = p.readAllStandardOutput().trimmed().toDouble();
        state.SetIterationTime(duban);
    }
    state.counters["duban_s"] = duban;
    state.counters["openpyxl_s"] = openpyxl;
    state.counters["ratio"] = duban > 0 ? openpyxl / duban : 0;
    state.counters["rows"] = double(sheet.rows.size());
}
BENCHMARK(BM_ExportLedgerXlsx_DubanVsOpenpyxl)
    ->Arg(100000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void BM_DubanExportProcess(benchmark::State &state)
{
    const QString path = bench::workload(state.range(0), state.range(0) * 10);
    QTemporaryDir dir;
    for (auto _ : state) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(DUBAN_BINARY),
                {QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                 kAsOf.toString(Qt::ISODate), QStringLiteral("--out"), dir.filePath(QStringLiteral("l.xlsx")),
                 QStringLiteral("--overwrite")});
        p.waitForFinished(-1);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    state.counters["peak_MB"] = childPeakMb();
}
BENCHMARK(BM_DubanExportProcess)->Arg(100000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Collect60Packages(benchmark::State &state)
{
    // 60 units' packages of 50 tasks each, from the 100,000-task ledger, filled in (as written: the
    // collector reads every cell and checks every row either way).
    const QString path = bench::scratchCopy(bench::workload(100000, 1000000));
    auto db = core::Database::open(path, nullptr);
    core::ReportPackageService service(*db);
    QTemporaryDir dir;
    QStringList files;
    const QStringList units = *service.units(QStringLiteral("2026-10"), {}, nullptr);
    for (const QString &unit : units) {
        if (files.size() == 60)
            break;
        std::optional<core::PackageContent> c =
            service.content(unit, QStringLiteral("2026-10"), QDateTime(kAsOf, QTime(9, 0)), nullptr);
        if (!c || c->tasks.size() < 50)
            continue;
        c->tasks = c->tasks.mid(0, 50);
        const QString file = dir.filePath(QStringLiteral("%1.xlsx").arg(files.size()));
        QString error;
        if (ui::ReportPackageWriter::write(*c, file, {}, &error))
            files.append(file);
    }
    for (auto _ : state) {
        int ok = 0;
        for (const QString &f : std::as_const(files))
            ok += service.read(f).ok();
        benchmark::DoNotOptimize(ok);
    }
    state.counters["packages"] = double(files.size());
}
BENCHMARK(BM_Collect60Packages)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
