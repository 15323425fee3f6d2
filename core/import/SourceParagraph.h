#pragma once

#include <QString>
#include <QStringList>

namespace duban::core {

/// One cleaned line or joined paragraph of a source document, with the line it starts on.
struct SourceParagraph
{
    int line = 0;                 ///< 1-based line in the source text
    QString text;                 ///< normalised text; markdown markers removed; empty for a blank line
    bool markdownHeading = false; ///< the source line started with '#'
    QStringList cells;            ///< cells of a table row (tab- or '|'-separated); empty otherwise

    bool isBlank() const { return text.isEmpty() && cells.isEmpty(); }
    bool isTableRow() const { return !cells.isEmpty(); }
};

} // namespace duban::core
