#include "HeadingMarker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace duban::core {

std::optional<HeadingMarker> HeadingMarker::detect(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    struct Pattern
    {
        Level level;
        QRegularExpression re;
    };
    static const Pattern patterns[] = {
        {Level::Part,
         QRegularExpression(uR"(^第\s*([一二三四五六七八九十]{1,3})\s*(?:部分|章|篇)[\s、：:]*)"_s)},
        {Level::Chapter, QRegularExpression(uR"(^([一二三四五六七八九十]{1,3})\s*[、.]\s*)"_s)},
        {Level::Section,
         QRegularExpression(uR"(^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、.]?\s*)"_s)},
        // Any item number: plans of a county's every village run past 999 ("1000. …").
        {Level::Item, QRegularExpression(uR"(^(\d{1,7})\s*(?:[.、](?!\d)|[)）](?!\d))\s*)"_s)},
        {Level::SubItem, QRegularExpression(uR"(^[（(]\s*(\d{1,7})\s*[）)]\s*[、.]?\s*)"_s)},
    };
    const QChar first = text.front();
    const bool plausible = first == u'第' || first == u'（' || first == u'(' || first.isDigit() ||
                           QStringView(u"一二三四五六七八九十").contains(first);
    if (!plausible)
        return std::nullopt;
    // Markers are short: match on a prefix so long paragraphs cost nothing extra.
    const QString prefix = text.left(24);
    for (const Pattern &p : patterns) {
        const auto m = p.re.match(prefix);
        if (m.hasMatch()) {
            HeadingMarker marker;
            marker.level = p.level;
            marker.number = m.captured(1);
            marker.length = m.capturedLength(0);
            return marker;
        }
    }
    return std::nullopt;
}

} // namespace duban::core
