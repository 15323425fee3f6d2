#include "XlsxNumberFormat.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

constexpr qint64 MsPerDay = 86'400'000;
/// 9999-12-31, the last day a workbook holds, as a 1900 serial.
constexpr double LastSerial1900 = 2'958'465;
/// The days between the two date systems' bases (1900-01-00 and 1904-01-01, counting the false leap day).
constexpr double Days1900To1904 = 1462;

/// What a format code holds outside its quoted text, escapes and modifiers.
struct Scan
{
    QString parts; ///< the date and time letters in order, one per run: "ymd", "hms", "md" …
    bool elapsed = false;
    bool percent = false;
    bool text = false;
    int percentDecimals = 0;
};

bool isElapsedModifier(QStringView inside)
{
    if (inside.isEmpty())
        return false;
    const QChar first = inside.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (QChar c : inside)
        if (c.toLower() != first)
            return false;
    return true;
}

/// Adds the date/time letter `c` to `scan`, one per run of the same letter.
void addPart(Scan &scan, QChar c)
{
    if (!scan.parts.isEmpty() && scan.parts.back() == c)
        return;
    scan.parts.append(c);
}

Scan scan(const QString &code)
{
    Scan out;
    int section = 0;
    bool afterPoint = false;
    int decimals = 0;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        const QChar lower = c.toLower();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? n : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space the width of one, a fill character
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = QStringView(code).mid(i + 1, (close < 0 ? n : close) - i - 1);
            if (isElapsedModifier(inside)) {
                out.elapsed = true;
                addPart(out, inside.front().toLower());
            }
            i = close < 0 ? n : close;
        } else if (QStringView(code).mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
            i += 4;
        } else if (QStringView(code).mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
            i += 2;
        } else if (lower == u'y' || lower == u'm' || lower == u'd' || lower == u'h' || lower == u's') {
            addPart(out, lower);
        } else if (c == u';') {
            ++section;
        } else if (c == u'@') {
            out.text = true;
        } else if (c == u'%') {
            out.percent = true;
            if (section == 0 && out.percentDecimals == 0)
                out.percentDecimals = decimals;
        } else if (section == 0 && c == u'.') {
            afterPoint = true;
        } else if (section == 0 && afterPoint && (c == u'0' || c == u'#' || c == u'?')) {
            ++decimals;
        }
    }
    return out;
}

/// Whether the m at `index` of `parts` stands for minutes: after hours or before seconds (h:mm, mm:ss).
bool isMinutes(const QString &parts, qsizetype index)
{
    return (index > 0 && parts.at(index - 1) == u'h') ||
           (index + 1 < parts.size() && parts.at(index + 1) == u's');
}

} // namespace

QString XlsxNumberFormat::builtInCode(int id)
{
    static const QHash<int, QString> codes = {
        {0, u"General"_s},
        {1, u"0"_s},
        {2, u"0.00"_s},
        {3, u"#,##0"_s},
        {4, u"#,##0.00"_s},
        {9, u"0%"_s},
        {10, u"0.00%"_s},
        {11, u"0.00E+00"_s},
        {12, u"# ?/?"_s},
        {13, u"# \?\?/\?\?"_s},
        {14, u"mm-dd-yy"_s},
        {15, u"d-mmm-yy"_s},
        {16, u"d-mmm"_s},
        {17, u"mmm-yy"_s},
        {18, u"h:mm AM/PM"_s},
        {19, u"h:mm:ss AM/PM"_s},
        {20, u"h:mm"_s},
        {21, u"h:mm:ss"_s},
        {22, u"m/d/yy h:mm"_s},
        {27, u"yyyy\"年\"m\"月\""_s},
        {28, u"m\"月\"d\"日\""_s},
        {29, u"m\"月\"d\"日\""_s},
        {30, u"m-d-yy"_s},
        {31, u"yyyy\"年\"m\"月\"d\"日\""_s},
        {32, u"h\"时\"mm\"分\""_s},
        {33, u"h\"时\"mm\"分\"ss\"秒\""_s},
        {34, u"上午/下午h\"时\"mm\"分\""_s},
        {35, u"上午/下午h\"时\"mm\"分\"ss\"秒\""_s},
        {36, u"yyyy\"年\"m\"月\""_s},
        {37, u"#,##0 ;(#,##0)"_s},
        {38, u"#,##0 ;[Red](#,##0)"_s},
        {39, u"#,##0.00;(#,##0.00)"_s},
        {40, u"#,##0.00;[Red](#,##0.00)"_s},
        {45, u"mm:ss"_s},
        {46, u"[h]:mm:ss"_s},
        {47, u"mmss.0"_s},
        {48, u"##0.0E+0"_s},
        {49, u"@"_s},
        {50, u"yyyy\"年\"m\"月\""_s},
        {51, u"m\"月\"d\"日\""_s},
        {52, u"yyyy\"年\"m\"月\""_s},
        {53, u"m\"月\"d\"日\""_s},
        {54, u"m\"月\"d\"日\""_s},
        {55, u"上午/下午h\"时\"mm\"分\""_s},
        {56, u"上午/下午h\"时\"mm\"分\"ss\"秒\""_s},
        {57, u"yyyy\"年\"m\"月\""_s},
        {58, u"m\"月\"d\"日\""_s},
    };
    return codes.value(id, u"General"_s);
}

XlsxNumberFormat::Kind XlsxNumberFormat::kind(const QString &code)
{
    if (code.isEmpty() || code.compare(u"General", Qt::CaseInsensitive) == 0)
        return Kind::Number;
    const Scan s = scan(code);
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < s.parts.size(); ++i) {
        const QChar p = s.parts.at(i);
        if (p == u'y' || p == u'd' || (p == u'm' && !isMinutes(s.parts, i)))
            date = true;
        else
            time = true;
    }
    if (s.elapsed)
        return Kind::Elapsed;
    if (date)
        return time ? Kind::DateTime : Kind::Date;
    if (time)
        return Kind::Time;
    if (s.percent)
        return Kind::Percent;
    return s.text ? Kind::Text : Kind::Number;
}

bool XlsxNumberFormat::showsSeconds(const QString &code)
{
    return scan(code).parts.contains(u's');
}

int XlsxNumberFormat::percentDecimals(const QString &code)
{
    return scan(code).percentDecimals;
}

bool XlsxNumberFormat::isDateSerial(double serial, bool date1904)
{
    const double last = date1904 ? LastSerial1900 - Days1900To1904 : LastSerial1900;
    return std::isfinite(serial) && serial >= 0 && serial < last + 1;
}

QDateTime XlsxNumberFormat::dateTimeOf(double serial, bool date1904)
{
    if (!isDateSerial(serial, date1904))
        return {};
    const qint64 total = std::llround(serial * double(MsPerDay));
    const qint64 days = total / MsPerDay;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(total % MsPerDay));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else if (days == 60)
        return {}; // 1900-02-29
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (date.year() > 9999)
        return {};
    return QDateTime(date, time, Qt::UTC);
}

double XlsxNumberFormat::serialOf(const QDateTime &dateTime, bool date1904)
{
    const QDate date = dateTime.date();
    double days = 0;
    if (date1904) {
        days = double(QDate(1904, 1, 1).daysTo(date));
    } else {
        days = double(QDate(1899, 12, 30).daysTo(date));
        if (days < 61) // before 1900-03-01, no false leap day to count
            days -= 1;
    }
    return days + double(dateTime.time().msecsSinceStartOfDay()) / double(MsPerDay);
}

} // namespace duban::core
