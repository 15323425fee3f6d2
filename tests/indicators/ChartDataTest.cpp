// The chart's content is computed from observations before any drawing: points, lines, projection, axis.
#include "IndicatorTestSupport.h"

#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/PeriodLabels.h"
#include "ui/charts/TargetChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QValueAxis>

#include <memory>

using namespace duban::core;
using namespace duban::ui;

namespace {

Target gdpTarget(const char *period = "2023", double value = 7.5, std::optional<double> stretch = 8.0)
{
    Target t;
    t.name = QStringLiteral("地区生产总值增长");
    t.value = value;
    t.stretch = stretch;
    t.comparator = Comparator::About;
    t.measure = QStringLiteral("%");
    t.period = QString::fromUtf8(period);
    return t;
}

ChartSubject gdp(const QList<Observation> &observations, const Target &target = gdpTarget())
{
    return ChartSubject{Indicator{1, QStringLiteral("地区生产总值增长"), QStringLiteral("%"), true, 0},
                        target, observations};
}

} // namespace

TEST(ChartData, ObservationsBecomePointsOnTheCumulativeMonthAxis)
{
    // GIVEN the first half year of GDP growth, viewed at the end of June
    const QList<Observation> year = duban::test::gdpYear(1);
    const ChartData d = ChartDataBuilder::build({gdp(year)}, QDate(2023, 6, 30), {});
    // THEN one series with the values of 1-2月 … 1-6月 at x = 2 … 6 (later months are not known yet)
    ASSERT_EQ(d.series.size(), 1);
    const IndicatorSeries &s = d.series.first();
    EXPECT_EQ(s.points, (QList<QPointF>{{2, 6.2}, {3, 6.8}, {4, 7.0}, {5, 7.1}, {6, 7.3}}));
    EXPECT_EQ(s.periods.first(), QStringLiteral("2023-02"));
    EXPECT_EQ(d.year, 2023);
    EXPECT_EQ(d.firstMonth, 2);
    EXPECT_EQ(d.lastMonth, 12);
    EXPECT_TRUE(d.pointLabels);
    EXPECT_EQ(s.target, std::optional<double>(7.5));
    EXPECT_EQ(s.stretch, std::optional<double>(8.0));
    EXPECT_EQ(s.comparator, QStringLiteral("≈"));
    EXPECT_EQ(s.state, TargetState::OnTrack);
    // The projection runs from the last point to December
    ASSERT_EQ(s.projection.size(), 2);
    EXPECT_EQ(s.projection.first(), QPointF(6, 7.3));
    EXPECT_DOUBLE_EQ(s.projection.last().x(), 12);
    EXPECT_NEAR(s.projection.last().y(), (6 * 7.3 + 6 * ((6 * 7.3 - 4 * 7.0) / 2)) / 12, 1e-9);
    EXPECT_TRUE(d.title.contains(QStringLiteral("地区生产总值增长")));
}

TEST(ChartData, FinalYearHasNoProjectionAndJanuaryWidensTheAxis)
{
    QList<Observation> year = duban::test::gdpYear(1);
    year.prepend(Observation{0, 1, QStringLiteral("2023-01"), 5.9, {}, {}});
    const ChartData d = ChartDataBuilder::build({gdp(year)}, QDate(2024, 1, 31), {});
    EXPECT_EQ(d.firstMonth, 1);
    EXPECT_EQ(d.series.first().points.size(), 12);
    EXPECT_TRUE(d.series.first().projection.isEmpty());
    EXPECT_EQ(d.series.first().state, TargetState::Met);
}

TEST(ChartData, QuarterTargetLineEndsInMarch)
{
    const ChartData d = ChartDataBuilder::build({gdp(duban::test::gdpYear(1), gdpTarget("2023-Q1", 7, {}))},
                                                QDate(2023, 2, 28), {});
    EXPECT_DOUBLE_EQ(d.series.first().targetEnd, 3);
    EXPECT_EQ(d.series.first().projection.last().x(), 3);
}

TEST(ChartData, SeveralIndicatorsCompared)
{
    ChartSubject retail =
        gdp({Observation{0, 2, QStringLiteral("2023-03"), 8.4, {}, {}}}, gdpTarget("2023", 8, {}));
    retail.indicator.name = QStringLiteral("社会消费品零售总额增长");
    const ChartData d =
        ChartDataBuilder::build({gdp(duban::test::gdpYear(1)), retail}, QDate(2023, 6, 30), {});
    ASSERT_EQ(d.series.size(), 2);
    EXPECT_FALSE(d.pointLabels);
    EXPECT_EQ(d.series[1].points, (QList<QPointF>{{3, 8.4}}));
    EXPECT_EQ(d.series[1].name, QStringLiteral("社会消费品零售总额增长"));
}

TEST(ChartData, BuiltChartHasTheSeriesAndTheCumulativeMonthAxis)
{
    const ChartData d = ChartDataBuilder::build({gdp(duban::test::gdpYear(1))}, QDate(2023, 6, 30), {});
    std::unique_ptr<QChart> chart(TargetChart::build(d));
    const QList<QAbstractSeries *> series = chart->series();
    ASSERT_EQ(series.size(), 4); // observed, target, stretch, projection
    auto *observed = qobject_cast<QLineSeries *>(series[0]);
    ASSERT_TRUE(observed);
    EXPECT_EQ(observed->points(), d.series.first().points);
    // Value labels with one decimal (a rate), one per point
    QStringList labels;
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(0).toString() == QLatin1String("pointLabel"))
            for (QGraphicsItem *child : item->childItems())
                if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
                    labels.append(text->text());
    EXPECT_EQ(labels, duban::test::strings({"6.2", "6.8", "7.0", "7.1", "7.3"}));
    auto *targetLine = qobject_cast<QLineSeries *>(series[1]);
    EXPECT_EQ(targetLine->points().first().y(), 7.5);
    EXPECT_EQ(targetLine->points().last().y(), 7.5);
    auto *projection = qobject_cast<QLineSeries *>(series[3]);
    EXPECT_EQ(projection->pen().style(), Qt::DashLine);
    const auto axes = chart->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->categoriesLabels().first(), PeriodLabels::cumulativeMonths(2));
    EXPECT_EQ(axis->categoriesLabels().last(), PeriodLabels::cumulativeMonths(12));
    EXPECT_EQ(axis->count(), 11);
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    EXPECT_LE(y->min(), 6.2);
    EXPECT_GE(y->max(), 8.0);
}

TEST(PeriodLabels, CumulativeMonthsAndPeriods)
{
    EXPECT_EQ(PeriodLabels::cumulativeMonths(1), QStringLiteral("Jan"));
    EXPECT_EQ(PeriodLabels::cumulativeMonths(6), QStringLiteral("Jan–Jun"));
    EXPECT_EQ(PeriodLabels::cumulativeMonths(13), QString());
    EXPECT_EQ(PeriodLabels::period(QStringLiteral("2023-06")), QStringLiteral("2023 Jan–Jun"));
    EXPECT_EQ(PeriodLabels::period(QStringLiteral("2023-Q1")), QStringLiteral("2023 Q1"));
    EXPECT_EQ(PeriodLabels::period(QStringLiteral("2023")), QStringLiteral("Year 2023"));
}
