#include "ChineseNumber.h"

namespace duban::core {

namespace {

/// 0 … 9 of one numeral (〇 ○ 零 一 … 九), -1 for anything else.
int digitOf(QChar c)
{
    static const QStringView digits = u"〇一二三四五六七八九";
    if (c == u'○' || c == u'零')
        return 0;
    return int(digits.indexOf(c));
}

/// Longer numerals than any count or day a plan writes are no number (and cannot overflow).
constexpr qsizetype MaxNumeralLength = 16;
/// Digits of the largest digit-by-digit number read (an int holds every number of 9 digits).
constexpr qsizetype MaxDigits = 9;

} // namespace

std::optional<int> chineseNumber(QStringView text)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    if (text.isEmpty() || text.size() > MaxNumeralLength)
        return std::nullopt;
    int value = 0;
    int pending = 0; // the digit not yet multiplied by 十 or 百
    for (QChar c : text) {
        if (c == u'十' || c == u'百') {
            value += (pending == 0 ? 1 : pending) * (c == u'十' ? 10 : 100);
            pending = 0;
        } else if (c == u'两') {
            pending = 2;
        } else {
            const int d = digitOf(c);
            if (d < 0)
                return std::nullopt;
            pending = d;
        }
    }
    return value + pending;
}

std::optional<int> chineseDigitString(QStringView text)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    if (text.isEmpty() || text.size() > MaxDigits)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        const int d = digitOf(c);
        if (d < 0)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

} // namespace duban::core
