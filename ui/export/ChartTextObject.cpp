#include "ChartTextObject.h"

#include "ui/charts/TargetChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QXYSeries>

namespace duban::ui {

namespace {

// The chart is laid out at this logical size and scaled into the rectangle it is given.
constexpr qreal kLogicalWidth = 720.0;

QFont pixelFont(const QString &family, int pixels, bool bold = false)
{
    QFont f(family);
    f.setFamilies({family});
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace

ChartTextObject::ChartTextObject(QList<ChartData> charts, QString family, QObject *parent)
    : QObject(parent), m_charts(std::move(charts)), m_family(std::move(family))
{
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return QSizeF(format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty));
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const int index = format.intProperty(kIndexProperty);
    if (index < 0 || index >= m_charts.size())
        return;
    // A page is painted with a clip; the chart belongs to the page its top is on, and stays inside its rect
    // (QGraphicsScene::render would otherwise draw past the page's clip).
    if (painter->hasClipping()) {
        const QRectF clip = painter->clipBoundingRect();
        if (rect.top() < clip.top() - 0.5 || rect.top() >= clip.bottom())
            return;
    }
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    render(painter, rect, m_charts.at(index), m_family);
    painter->restore();
}

void ChartTextObject::render(QPainter *painter, const QRectF &rect, const ChartData &data,
                             const QString &family)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    QGraphicsScene scene;
    QChart *chart = TargetChart::build(data);
    scene.addItem(chart); // the scene owns the chart
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(pixelFont(family, 15, true));
    chart->legend()->setFont(pixelFont(family, 12));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(pixelFont(family, 10));
        axis->setTitleFont(pixelFont(family, 11));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            xy->setPointLabelsFont(pixelFont(family, 11, true));
    }
    const QRectF bounds(0, 0, kLogicalWidth, kLogicalWidth * rect.height() / rect.width());
    chart->setGeometry(bounds);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(bounds);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, rect, bounds);
    painter->restore();
}

} // namespace duban::ui
