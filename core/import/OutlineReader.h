#pragma once

#include "core/import/OutlineBlock.h"
#include "core/import/SourceParagraph.h"

#include <QList>

namespace duban::core {

/// Walks a document's paragraphs and builds its outline: headings at every level (第一部分, 一、, （一）,
/// 1., （1）, markdown '#'), numbered items with the paragraphs that belong to them, and rows of task tables.
class OutlineReader final
{
public:
    static QList<OutlineBlock> read(const QList<SourceParagraph> &paragraphs);

    /// A numbered paragraph that is a heading rather than an item: a markdown heading, or a short
    /// 一、/（一） line without sentence punctuation and without responsible units.
    static bool isHeading(const SourceParagraph &paragraph, const std::optional<HeadingMarker> &marker);
};

} // namespace duban::core
