#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

/// What a typed name means: an exact name (or alias), else the only name that contains the text.
template <typename T> struct NameMatch
{
    std::optional<T> found;
    QStringList candidates; ///< when nothing or several matched: every name containing the text
};

/// The rule itself: the item `isExact` accepts, else the only item whose name contains `text`.
template <typename T, typename IsExact, typename NameOf>
NameMatch<T> matchName(const QList<T> &items, const QString &text, IsExact isExact, NameOf nameOf)
{
    NameMatch<T> match;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return match;
    QList<const T *> containing;
    for (const T &item : items) {
        if (isExact(item, wanted)) {
            match.found = item;
            return match;
        }
        if (nameOf(item).contains(wanted))
            containing.append(&item);
    }
    if (containing.size() == 1) {
        match.found = *containing.first();
        return match;
    }
    for (const T *item : containing)
        match.candidates.append(nameOf(*item));
    return match;
}

} // namespace duban::core
