#pragma once

#include <QString>
#include <QStringList>

namespace duban::core {

/// An organisation (单位) or a group of them (园区, 各街道（镇）…) that tasks are assigned to.
struct Unit
{
    enum class Kind
    {
        Unit,
        Group
    };

    qint64 id = 0;
    QString name;
    QStringList aliases;
    Kind kind = Kind::Unit;
    int version = 0; ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const Unit &, const Unit &) = default;
};

} // namespace duban::core
