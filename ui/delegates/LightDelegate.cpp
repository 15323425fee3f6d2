#include "LightDelegate.h"

#include "core/rules/StatusLight.h"

#include <QApplication>
#include <QPainter>

namespace duban::ui {

using duban::core::Light;

LightDelegate::LightDelegate(int lightRole, QObject *parent)
    : QStyledItemDelegate(parent), m_lightRole(lightRole)
{
}

QColor LightDelegate::color(Light light)
{
    switch (light) {
    case Light::Green:
        return QColor(0x2e, 0x9d, 0x4a);
    case Light::Yellow:
        return QColor(0xe6, 0xa1, 0x17);
    case Light::Red:
        return QColor(0xd3, 0x2f, 0x2f);
    case Light::Completed:
        return QColor(0x60, 0x7d, 0x8b);
    case Light::CompletedLate:
        return QColor(0x8e, 0x5b, 0xa8);
    }
    return QColor(Qt::transparent);
}

void LightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int light = index.data(m_lightRole).toInt();
    const int d = qMin(opt.rect.height() - 8, opt.fontMetrics.height() - 2);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect disc(opt.rect.left() + 6, opt.rect.center().y() - d / 2, d, d);
    if (light >= 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color(Light(light)));
        painter->drawEllipse(disc);
    }
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = opt.rect.adjusted(disc.width() + 12, 0, -4, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize LightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 12;
    return s;
}

} // namespace duban::ui
