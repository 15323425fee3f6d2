#include "HeaderParser.h"

#include "core/import/HeadingMarker.h"
#include "core/import/TextRepair.h"
#include "core/rules/ChineseNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

constexpr int HeadLines = 60; ///< the masthead is within the first lines before the body starts

} // namespace

QDate HeaderParser::parseDate(const QString &line)
{
    static const QRegularExpression re(
        uR"(((?:\d{4}|[〇○零一二三四五六七八九]{4}))\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日)"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    // The year digit by digit (二〇二三), month and day as counted (三月二十二日).
    return QDate(chineseDigitString(m.captured(1)).value_or(0), chineseNumber(m.captured(2)).value_or(0),
                 chineseNumber(m.captured(3)).value_or(0));
}

QString HeaderParser::cleanTitle(const QString &title)
{
    QString out;
    for (QChar c : title) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

bool HeaderParser::looksLikeIssuer(const QString &line)
{
    static const QRegularExpression re(
        uR"(^[\p{Han}（）()]{2,30}(?:部|局|委|办|办公室|办公厅|厅|政府|委员会|管委会|公司|中心|院|会|处|室|组)$)"_s);
    return line.size() <= 32 && re.match(line).hasMatch();
}

Plan HeaderParser::parse(const QList<SourceParagraph> &lines, QList<ImportWarning> &warnings)
{
    Plan plan;
    static const QRegularExpression numberRe(
        uR"(([\p{Han}A-Za-z]{1,16})\s*[〔\[［（(【]\s*(\d{4})\s*[〕\]］）)】]\s*(\d{1,4})\s*号)"_s);
    static const QRegularExpression quotedTitleRe(uR"(印发\s*《([^《》]{4,120})》)"_s);
    static const QRegularExpression anyQuotedTitleRe(
        uR"(《([^《》]{4,120}(?:方案|要点|计划|意见|办法|细则|规划|清单|安排|措施))》)"_s);
    static const QRegularExpression titleSuffixRe(
        uR"((?:方案|要点|计划|意见|办法|细则|规划|清单|安排|措施)$)"_s);
    static const QRegularExpression yearRe(uR"(((?:19|20)\d{2})\s*年)"_s);

    // The masthead ends where the numbered body starts.
    qsizetype headEnd = 0;
    int nonBlank = 0;
    for (; headEnd < lines.size() && nonBlank < HeadLines; ++headEnd) {
        const SourceParagraph &l = lines.at(headEnd);
        if (l.isBlank())
            continue;
        ++nonBlank;
        const auto marker = HeadingMarker::detect(l.text);
        if (marker && marker->level <= HeadingMarker::Level::Item && nonBlank > 1)
            break;
    }

    int dateIndex = -1;
    QString noticeTitle;
    QString headingTitle;
    for (qsizetype i = 0; i < headEnd; ++i) {
        const SourceParagraph &l = lines.at(i);
        const QString text = l.isTableRow() ? QString() : l.text;
        if (text.isEmpty())
            continue;
        if (plan.number.isEmpty()) {
            const auto m = numberRe.match(text);
            if (m.hasMatch() && text.size() <= 60)
                plan.number = m.captured(1) + u'〔' + m.captured(2) + u'〕' + m.captured(3) + u'号';
        }
        if (dateIndex < 0 && TextRepair::isDateLine(text)) {
            plan.date = parseDate(text);
            if (plan.date.isValid())
                dateIndex = int(i);
        }
        if (noticeTitle.isEmpty()) {
            const auto m = quotedTitleRe.match(text);
            if (m.hasMatch())
                noticeTitle = cleanTitle(m.captured(1));
            if (plan.issuer.isEmpty() && text.contains(u"关于")) {
                const QString before = cleanTitle(text.left(text.indexOf(u"关于")));
                if (looksLikeIssuer(before))
                    plan.issuer = before;
            }
        }
        if (headingTitle.isEmpty() && !text.contains(u"关于") && !text.contains(u'《')) {
            const QString candidate = cleanTitle(text);
            if (candidate.size() <= 80 && titleSuffixRe.match(candidate).hasMatch() &&
                !candidate.contains(u'，') && !candidate.contains(u'。'))
                headingTitle = candidate;
        }
    }
    // A signature date may stand at the end of the document instead.
    if (dateIndex < 0) {
        for (qsizetype i = lines.size() - 1; i >= headEnd && i >= 0; --i) {
            if (TextRepair::isDateLine(lines.at(i).text)) {
                plan.date = parseDate(lines.at(i).text);
                if (plan.date.isValid()) {
                    dateIndex = int(i);
                    break;
                }
            }
        }
    }
    // Issuer: the signature line above the date, else the masthead's first line.
    if (dateIndex >= 0) {
        for (qsizetype i = dateIndex - 1; i >= 0 && i >= dateIndex - 4; --i) {
            const QString text = cleanTitle(lines.at(i).text);
            if (text.isEmpty())
                continue;
            if (looksLikeIssuer(text))
                plan.issuer = text;
            break;
        }
    }
    if (plan.issuer.isEmpty()) {
        for (qsizetype i = 0; i < headEnd; ++i) {
            const QString text = cleanTitle(lines.at(i).text);
            if (text.isEmpty())
                continue;
            if (looksLikeIssuer(text))
                plan.issuer = text;
            break;
        }
    }

    plan.title = !noticeTitle.isEmpty() ? noticeTitle : headingTitle;
    for (qsizetype i = 0; plan.title.isEmpty() && i < headEnd; ++i) {
        const auto quoted = anyQuotedTitleRe.match(lines.at(i).text);
        if (quoted.hasMatch())
            plan.title = cleanTitle(quoted.captured(1));
    }
    if (plan.title.isEmpty()) {
        for (qsizetype i = 0; i < headEnd; ++i) {
            const SourceParagraph &l = lines.at(i);
            const QString text = cleanTitle(l.text);
            if (text.isEmpty() || text == plan.issuer || TextRepair::isDocumentNumberLine(text) ||
                TextRepair::isDateLine(text))
                continue;
            if (text.size() <= 80 && !text.contains(u'。')) {
                plan.title = text;
                break;
            }
        }
        if (plan.title.isEmpty())
            warnings.append(
                {0, HeaderParser::tr("No title was found in the document; set it before saving.")});
    }

    if (const auto m = yearRe.match(plan.title); m.hasMatch())
        plan.year = m.captured(1).toInt();
    else if (!plan.number.isEmpty())
        plan.year = plan.number.mid(plan.number.indexOf(u'〔') + 1, 4).toInt();
    else if (plan.date.isValid())
        plan.year = plan.date.year();

    if (plan.number.isEmpty())
        warnings.append({0, HeaderParser::tr("No document number (like 湘新综发〔2023〕22号) was found.")});
    if (!plan.date.isValid())
        warnings.append(
            {0, HeaderParser::tr("No issue date (like 2023年3月22日) was found; time words before the issue "
                                 "date cannot be told from milestones.")});
    if (plan.issuer.isEmpty())
        warnings.append({0, HeaderParser::tr("No issuing office was found.")});
    return plan;
}

} // namespace duban::core
