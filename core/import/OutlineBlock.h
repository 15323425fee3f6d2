#pragma once

#include "core/import/HeadingMarker.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

/// A heading that encloses a block: 三、重点任务, （一）有效投资扩容行动, or an unnumbered markdown heading.
struct OutlineHeading
{
    int rank = 0;  ///< HeadingMarker::Level as int; -1 for an unnumbered heading
    QString code;  ///< the numeral as printed ("一"), or the title of an unnumbered heading
    QString title; ///< text after the numbering
    int line = 0;
};

/// A numbered item, a table row or a free paragraph of a document body, with the headings around it.
struct OutlineBlock
{
    enum class Kind
    {
        Paragraph,
        Item,
        TableRow
    };

    Kind kind = Kind::Paragraph;
    int line = 0;
    std::optional<HeadingMarker> marker; ///< the item's numbering (a table row gets an Item marker)
    QList<OutlineHeading> context;       ///< enclosing headings, outermost first
    QStringList parts;                   ///< paragraphs, the first one without its numbering
    QString parentItem;                  ///< for a （1） sub-item: the number of the item above it
    QString tableLead;                   ///< table rows: 牵头单位 (or 责任单位) cell
    QString tableCo;                     ///< table rows: 配合单位 cell
    QString tableDeadline;               ///< table rows: 完成时限 cell
};

} // namespace duban::core
