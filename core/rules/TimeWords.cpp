#include "TimeWords.h"

#include "ChineseNumber.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

const QRegularExpression &timeWordPattern()
{
    // One alternation, longest forms first, so each position yields the longest time word.
    static const QRegularExpression re(
        uR"((?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?:)"
        uR"((?<word>前三季度|第?[一二三四]季度|上半年|下半年|全年|年内|年底|年末|年终|年初(?!步)|年中(?![央国心间]))|)"
        uR"((?<m>(?<![\d.])1[0-2]|(?<![\d.])0?[1-9](?!\d)|十[一二]?|[一二三四五六七八九])\s*月\s*)"
        uR"((?:(?<d>[1-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]|(?<part>底|末|份|中旬|上旬|下旬|中|初)(?!旬))?)"
        uR"()(?:\s*(?:以前|之前|前))?)"_s);
    return re;
}

/// Resolves one match of timeWordPattern(); fills date and period.
bool resolveMatch(const QRegularExpressionMatch &m, int planYear, QDate &date, QString &period)
{
    const QString y = m.captured(u"y"_s);
    const int year = y.isEmpty() ? planYear : y.toInt();
    const QString word = m.captured(u"word"_s);
    const QString yearText = QString::number(year);
    if (!word.isEmpty()) {
        if (word == u"前三季度") {
            date = QDate(year, 9, 30);
            period = yearText + u"-Q3"_s;
        } else if (word.endsWith(u"季度")) {
            const int q = chineseNumber(word.mid(word.startsWith(u'第') ? 1 : 0, 1)).value_or(0);
            date = endOfMonth(year, q * 3);
            period = yearText + u"-Q"_s + QString::number(q);
        } else if (word == u"上半年" || word == u"年中") {
            date = QDate(year, 6, 30);
            period = word == u"上半年" ? yearText + u"-H1"_s : QString();
        } else if (word == u"下半年") {
            date = QDate(year, 12, 31);
            period = yearText + u"-H2"_s;
        } else if (word == u"年初") {
            date = QDate(year, 1, 31);
            period.clear();
        } else { // 全年 年内 年底 年末 年终
            date = QDate(year, 12, 31);
            period = yearText;
        }
        return date.isValid();
    }
    const QString monthText = m.captured(u"m"_s);
    if (monthText.isEmpty())
        return false;
    const int month = chineseNumber(monthText).value_or(0);
    if (month < 1 || month > 12)
        return false;
    const QString dayText = m.captured(u"d"_s);
    const QString part = m.captured(u"part"_s);
    const bool chineseMonth = !monthText.front().isDigit();
    // "一月一调度" is a frequency, not a date: Chinese-numeral months need a day or 底/末/份/旬.
    if (chineseMonth && dayText.isEmpty() && part.isEmpty() && !m.captured(0).endsWith(u'前'))
        return false;
    period.clear();
    if (!dayText.isEmpty()) {
        date = QDate(year, month, chineseNumber(dayText).value_or(0));
    } else if (part == u"上旬" || part == u"初") {
        date = QDate(year, month, 10);
    } else if (part == u"中旬" || part == u"中") {
        date = QDate(year, month, 20);
    } else {
        date = endOfMonth(year, month);
    }
    return date.isValid();
}

} // namespace

QDate yearEndOf(int year)
{
    return QDate(year, 12, 31);
}

QList<TimeWord> findTimeWords(const QString &text, int planYear)
{
    QList<TimeWord> words;
    if (planYear <= 0)
        return words;
    // "2024年底前" first: the general pattern would read it as 年底 of the plan year.
    static const QRegularExpression yearEnd(
        uR"(((?:19|20)\d{2})\s*年\s*(?:底|末|内|终)(?:\s*(?:以前|之前|前))?)"_s);
    auto ye = yearEnd.globalMatch(text);
    while (ye.hasNext()) {
        const auto m = ye.next();
        const int year = m.captured(1).toInt();
        words.append(TimeWord{m.capturedStart(0), m.capturedLength(0), m.captured(0), QDate(year, 12, 31),
                              QString::number(year)});
    }
    const qsizetype yearEndCount = words.size();
    qsizetype yearEndAt = 0; // year-end words are in position order, so are the matches
    auto it = timeWordPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(0) == 0)
            continue;
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = start + m.capturedLength(0);
        while (yearEndAt < yearEndCount && words.at(yearEndAt).position + words.at(yearEndAt).length <= start)
            ++yearEndAt;
        if (yearEndAt < yearEndCount && words.at(yearEndAt).position < end)
            continue; // overlaps "2024年底前"
        TimeWord w;
        if (!resolveMatch(m, planYear, w.date, w.period))
            continue;
        w.position = start;
        w.length = m.capturedLength(0);
        w.phrase = m.captured(0);
        words.append(w);
    }
    std::sort(words.begin(), words.end(),
              [](const TimeWord &a, const TimeWord &b) { return a.position < b.position; });
    return words;
}

QDate resolveTimeWord(const QString &phrase, int planYear)
{
    const QString trimmed = phrase.trimmed();
    const auto words = findTimeWords(trimmed, planYear);
    for (const TimeWord &w : words) {
        if (w.position == 0 && w.length == trimmed.size())
            return w.date;
    }
    return {};
}

TimeWordRole classifyTimeWord(const QDate &date, const QDate &deadline, const QDate &documentDate)
{
    if (documentDate.isValid() && date < documentDate)
        return TimeWordRole::BeforeDocument;
    if (date < deadline)
        return TimeWordRole::Milestone;
    if (date == deadline)
        return TimeWordRole::Deadline;
    return TimeWordRole::AfterDeadline;
}

ReportingCycle reportingCycleOf(const QString &text)
{
    if (text.contains(u"以旬保月") || text.contains(u"每旬") || text.contains(u"旬报"))
        return ReportingCycle::TenDays;
    if (text.contains(u"月月") || text.contains(u"每月") || text.contains(u"按月"))
        return ReportingCycle::Monthly;
    return ReportingCycle::Default;
}

} // namespace duban::core
