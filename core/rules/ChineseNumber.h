#pragma once

#include <QString>

#include <optional>

namespace duban::core {

/// The value of a number as plans write counts, days and months: Arabic digits ("12"), or Chinese numerals
/// with 十 and 百 (三, 十一, 二十三, 一百零五), 两 for 2 (两个月, 两年) and 〇 / ○ / 零 for 0. A digit
/// written after another replaces it. Empty text, or text with anything else in it, is no number.
std::optional<int> chineseNumber(QStringView text);

/// The value of a number written digit by digit, as years are: 二〇二三, 二○二三, 二零二三, or "2023".
/// 十, 百 and 两 have no place in it; empty text, or text with anything else in it, is no number.
std::optional<int> chineseDigitString(QStringView text);

} // namespace duban::core
