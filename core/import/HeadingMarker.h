#pragma once

#include <QString>

#include <optional>

namespace duban::core {

/// The numbering at the start of a heading or item: 第一部分, 一、, （一）, 1. or （1）.
struct HeadingMarker
{
    /// Outline depth of a numbering style, outermost first.
    enum class Level
    {
        Part = 0,
        Chapter = 1,
        Section = 2,
        Item = 3,
        SubItem = 4
    };

    Level level = Level::Item;
    QString number;       ///< as printed, without brackets or punctuation: "一", "12"
    qsizetype length = 0; ///< characters the marker takes at the start of the text, trailing spaces included

    /// The marker at the start of @p text, if any. "2.5%" and "2023 年" are not markers.
    static std::optional<HeadingMarker> detect(const QString &text);
};

} // namespace duban::core
