// The trend chart renders without a shown view: to an image (real pixels in the plot area) and to SVG.
#include "IndicatorTestSupport.h"

#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/TargetChart.h"

#include <QDir>
#include <QImage>

using namespace duban::core;
using namespace duban::ui;

namespace {

ChartData gdpChart()
{
    Target t;
    t.name = QStringLiteral("地区生产总值增长");
    t.value = 7.5;
    t.stretch = 8.0;
    t.comparator = Comparator::About;
    t.measure = QStringLiteral("%");
    t.period = QStringLiteral("2023");
    return ChartDataBuilder::build(
        {ChartSubject{Indicator{1, t.name, t.measure, true, 0}, t, duban::test::gdpYear(1)}},
        QDate(2023, 8, 31), {});
}

/// Pixels in `rect` that are clearly not white.
int inked(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() + c.green() + c.blue() < 3 * 200)
                ++n;
        }
    return n;
}

/// Pixels close to `color`.
int pixelsLike(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                    std::abs(c.blue() - color.blue()) <
                40)
                ++n;
        }
    return n;
}

} // namespace

TEST(ChartRender, OffscreenImageHasTheSizeAndInkInThePlotArea)
{
    const QImage image = TargetChart::image(gdpChart(), QSize(800, 480));
    ASSERT_EQ(image.size(), QSize(800, 480));
    // The middle of the plot area carries lines; the corners of the image stay white.
    const QRect plot(200, 120, 400, 220);
    EXPECT_GT(inked(image, plot), 500);
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    // The observed line (blue), the target line (red) and the stretch line (green) are all drawn.
    EXPECT_GT(pixelsLike(image, QColor(0x1f, 0x5f, 0xa8)), 300);
    EXPECT_GT(pixelsLike(image, QColor(0xc0, 0x39, 0x2b)), 300);
    EXPECT_GT(pixelsLike(image, QColor(0x27, 0xae, 0x60)), 150);
}

TEST(ChartRender, HighDpiImageAndSvgExport)
{
    const QImage image = TargetChart::image(gdpChart(), QSize(400, 300), 2.0);
    EXPECT_EQ(image.size(), QSize(800, 600));
    duban::test::TempDir dir;
    const QString svg = dir.file(QStringLiteral("chart.svg"));
    ASSERT_TRUE(TargetChart::exportSvg(gdpChart(), svg, QSize(1000, 600)));
    const QByteArray bytes = duban::test::readAll(svg);
    EXPECT_TRUE(bytes.contains("<svg"));
    EXPECT_TRUE(bytes.contains("polyline") || bytes.contains("<path"));
    const QString png = dir.file(QStringLiteral("chart.png"));
    ASSERT_TRUE(TargetChart::exportPng(gdpChart(), png, QSize(500, 300)));
    EXPECT_EQ(QImage(png).size(), QSize(1000, 600));
}

TEST(ChartRender, ExportErrorsAreReportedAndLeaveNoFile)
{
    duban::test::TempDir dir;
    for (const QString &path :
         {QStringLiteral("/dev/full"), dir.path(), dir.file(QStringLiteral("no/such/c.png"))}) {
        QString error;
        EXPECT_FALSE(TargetChart::exportPng(gdpChart(), path, QSize(500, 300), &error)) << path.toStdString();
        EXPECT_TRUE(error.contains(path)) << error.toStdString();
        error.clear();
        EXPECT_FALSE(TargetChart::exportSvg(gdpChart(), path, QSize(500, 300), &error)) << path.toStdString();
        EXPECT_TRUE(error.contains(path)) << error.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    // An existing file is replaced (the file dialog asked)
    const QString png = dir.file(QStringLiteral("c.png"));
    duban::test::writeAll(png, "old");
    QString error;
    ASSERT_TRUE(TargetChart::exportPng(gdpChart(), png, QSize(500, 300), &error)) << error.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1000, 600));
}
