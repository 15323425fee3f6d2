// Renders the indicators screen and its charts to PNG files for looking at them:
//   duban_indicator_shots OUTDIR
// The seed plan is imported into a temporary database and a year of statistics typed in.
#include "core/import/PlanImporter.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/TargetChart.h"
#include "ui/dialogs/ObservationTableDialog.h"
#include "ui/views/IndicatorsView.h"

#include "core/services/UndoStack.h"
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace duban;

namespace {

void save(QWidget *w, const QString &path)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        std::fprintf(stderr, "window not exposed\n");
    QTest::qWait(300);
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void record(core::IndicatorRepository &repo, const QString &name, const QList<double> &values,
            int firstMonth = 2)
{
    const auto indicator = repo.byName(name);
    if (!indicator)
        return;
    QList<core::Observation> list;
    for (qsizetype i = 0; i < values.size(); ++i)
        list.append(core::Observation{0,
                                      indicator->id,
                                      core::Period::month(2023, firstMonth + int(i)).key(),
                                      values[i],
                                      QStringLiteral("新区统计局"),
                                      {}});
    repo.setObservations(list, nullptr);
}

qint64 targetId(const core::IndicatorRepository &repo, const QString &name, const QString &period)
{
    for (const core::TargetEntry &e : repo.targets())
        if (e.target.name == name && e.target.period == period)
            return e.target.id;
    return 0;
}

/// A 统计局 monthly table as the reader would give it: a title, the periods, names of the bureau's own.
core::XlsxWorkbook statisticsTable()
{
    core::XlsxSheet sheet;
    sheet.name = QStringLiteral("1-9月主要指标");
    // Cells in row, then column order, as the reader keeps them: a string, or a number when `t` is empty.
    auto cell = [&sheet](int row, int column, const QString &t, double v = 0) {
        core::XlsxCell c;
        c.row = row;
        c.column = column;
        c.type = t.isEmpty() ? core::XlsxCell::Type::Number : core::XlsxCell::Type::String;
        c.text = t;
        c.number = v;
        sheet.cells.push_back(c);
    };
    auto text = [&cell](int row, int column, const QString &t) { cell(row, column, t); };
    auto number = [&cell](int row, int column, double v) { cell(row, column, QString(), v); };
    text(0, 0, QStringLiteral("湘江新区主要经济指标（2023年）"));
    text(1, 0, QStringLiteral("指标"));
    const QStringList months{QStringLiteral("1-6月"), QStringLiteral("1-7月"), QStringLiteral("1-8月"),
                             QStringLiteral("1-9月")};
    for (int i = 0; i < months.size(); ++i)
        text(1, i + 1, months[i]);
    const QStringList names{QStringLiteral("地区生产总值增长"), QStringLiteral("社会消费品零售总额增长"),
                            QStringLiteral("固定资产投资增速（新区口径）"), QStringLiteral("其中：工业投资"),
                            QStringLiteral("规模以上工业增加值增长")};
    for (int r = 0; r < names.size(); ++r) {
        text(r + 2, 0, names[r]);
        for (int i = 0; i < months.size(); ++i) {
            if (r == 1 && i == 2)
                text(r + 2, i + 1, QStringLiteral("—"));
            else
                number(r + 2, i + 1, 6.5 + r * 0.7 + i * 0.1);
        }
    }
    core::XlsxSheet notes;
    notes.name = QStringLiteral("说明");
    core::XlsxWorkbook book;
    book.sheets = {notes, sheet};
    return book;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSize(10);
    QApplication::setFont(font);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    QTranslator own, qt;
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (own.load(QStringLiteral(":/i18n/duban_zh_CN.qm")))
            QApplication::installTranslator(&own);
        if (qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qt);
    }

    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("seed.sqlite")), nullptr);
    QFile sample(QStringLiteral(":/sample/xiangjiang-2023-ten-actions.txt"));
    sample.open(QIODevice::ReadOnly);
    const core::ImportOutcome outcome = core::PlanImporter().importBytes(sample.readAll());
    if (!outcome.ok())
        return 1;
    core::PlanDocument doc = *outcome.document;
    core::PlanRepository(*db).save(doc, outcome.units, nullptr);

    core::IndicatorRepository repo(*db);
    const QString gdp = QStringLiteral("地区生产总值增长");
    const QString retail = QStringLiteral("社会消费品零售总额增长");
    const QString investment = QStringLiteral("固定资产投资增长");
    record(repo, gdp, {6.2, 6.8, 7.0, 7.1, 7.3, 7.4, 7.5, 7.6, 7.6, 7.7, 7.8});
    record(repo, retail, {9.1, 8.4, 8.0, 7.6, 7.2, 7.0, 6.9, 6.8, 6.8, 6.7, 6.6});
    record(repo, investment, {10.2, 9.5, 9.1, 8.8, 8.6, 8.5, 8.3, 8.2, 8.1, 8.1, 8.0});
    record(repo, QStringLiteral("年度总投资"),
           {210, 420, 610, 790, 1010, 1180, 1350, 1530, 1700, 1880, 2100});

    core::OpenLedger store(*db);
    store.reload();
    store.setAsOf(QDate(2023, 9, 30));
    duban::core::UndoStack *undo = store.undoStack();
    {
        ui::IndicatorsView view(&store, undo);
        view.resize(1500, 900);
        view.selectTargets({targetId(repo, gdp, QStringLiteral("2023"))});
        save(&view, out + QStringLiteral("/indicators-gdp-2023-09-30.png"));
        view.selectTargets({targetId(repo, gdp, QStringLiteral("2023-Q1"))});
        save(&view, out + QStringLiteral("/indicators-gdp-q1.png"));
        view.selectTargets({targetId(repo, gdp, QStringLiteral("2023")),
                            targetId(repo, retail, QStringLiteral("2023")),
                            targetId(repo, investment, QStringLiteral("2023"))});
        save(&view, out + QStringLiteral("/indicators-compare.png"));
        view.selectTargets({targetId(repo, QStringLiteral("年度总投资"), QStringLiteral("2023"))});
        save(&view, out + QStringLiteral("/indicators-investment.png"));
        store.setAsOf(QDate(2024, 1, 31));
        view.selectTargets({targetId(repo, gdp, QStringLiteral("2023"))});
        save(&view, out + QStringLiteral("/indicators-gdp-year-end.png"));
        store.setAsOf(QDate(2023, 5, 31));
        view.selectTargets({targetId(repo, retail, QStringLiteral("2023"))});
        save(&view, out + QStringLiteral("/indicators-retail-2023-05-31.png"));
        {
            QList<core::Indicator> indicators;
            for (const QString &name : {gdp, retail, investment})
                if (const auto i = repo.byName(name))
                    indicators.append(*i);
            ui::ObservationTableDialog mapping(statisticsTable(), indicators, 2023,
                                               QStringLiteral("2023年9月统计月报.xlsx"));
            mapping.setSheet(1);
            if (const auto i = repo.byName(investment))
                mapping.choose(QStringLiteral("固定资产投资增速（新区口径）"), i->id);
            mapping.choose(QStringLiteral("其中：工业投资"), 0);
            save(&mapping, out + QStringLiteral("/indicators-table-mapping.png"));
            mapping.resize(560, 420);
            save(&mapping, out + QStringLiteral("/indicators-table-mapping-small.png"));
        }
        const QString chart = out + QStringLiteral("/chart-offscreen.png");
        if (ui::TargetChart::image(view.chartData(), QSize(1000, 600)).save(chart))
            std::printf("%s\n", qPrintable(chart));
    }
    return 0;
}
