#pragma once

#include "core/rules/StatusLight.h"

#include <QStyledItemDelegate>

namespace duban::ui {

/// Paints a status light as a coloured disc before its reason ("● 逾期 12 天").
class LightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LightDelegate)
public:
    /// `lightRole` holds the core::Light value (int, -1 for none).
    explicit LightDelegate(int lightRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of a light (green, amber, red, grey-blue for completed, violet for completed late).
    static QColor color(core::Light light);

private:
    int m_lightRole;
};

} // namespace duban::ui
