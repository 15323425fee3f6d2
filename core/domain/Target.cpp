#include "Target.h"

namespace duban::core {

QString comparatorSymbol(Comparator c)
{
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral(">=");
    case Comparator::AtMost:
        return QStringLiteral("<=");
    case Comparator::About:
        return QStringLiteral("~");
    case Comparator::Equal:
        return QStringLiteral("=");
    case Comparator::Greater:
        return QStringLiteral(">");
    }
    return QStringLiteral(">=");
}

std::optional<Comparator> comparatorFromSymbol(const QString &symbol)
{
    for (Comparator c : {Comparator::AtLeast, Comparator::AtMost, Comparator::About, Comparator::Equal,
                         Comparator::Greater}) {
        if (comparatorSymbol(c) == symbol)
            return c;
    }
    return std::nullopt;
}

} // namespace duban::core
