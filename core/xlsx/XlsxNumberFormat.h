#pragma once

#include <QDateTime>
#include <QString>

namespace duban::core {

/// What a workbook's number format code makes of a cell's number (a date, a time, a percentage …), and the
/// date systems that turn serial numbers into dates: the part of SpreadsheetML that a reader of Excel, WPS
/// and LibreOffice workbooks needs to give a cell the value its user sees. Pure functions.
class XlsxNumberFormat final
{
public:
    /// What a format shows a number as.
    enum class Kind
    {
        Number,   ///< General, 0.00, #,##0, fractions, scientific …
        Percent,  ///< 0%, 0.00%
        Date,     ///< a date without a time of day: yyyy-mm-dd, yyyy"年"m"月"d"日"
        Time,     ///< a time of day without a date: h:mm, h:mm:ss AM/PM, mm:ss
        DateTime, ///< a date and a time of day: m/d/yy h:mm
        Elapsed,  ///< a duration in hours, minutes or seconds past 24 h: [h]:mm, [mm]:ss
        Text,     ///< @: the number as text
    };

    /// The code of a built-in format (numFmtId without a <numFmt> of its own in styles.xml): the ids of
    /// ECMA-376 18.8.30, and the ids 27–36 and 50–58 as Chinese (zh-CN) Excel and WPS define them, which
    /// Chinese workbooks use without writing their codes. "General" for an unknown id.
    static QString builtInCode(int id);

    /// What `code` shows a number as. Letters inside quotes ("days"), escaped (\h) or in brackets ([Red],
    /// [$-804], [DBNum1]) are literal text or modifiers and make no date; [h], [m], [s] are elapsed times.
    static Kind kind(const QString &code);
    static bool isDateOrTime(Kind kind)
    {
        return kind != Kind::Number && kind != Kind::Percent && kind != Kind::Text;
    }
    /// Whether `code` shows seconds (an s outside quotes, escapes and modifiers).
    static bool showsSeconds(const QString &code);
    /// The count of decimals a percent format shows (0 for "0%", 2 for "0.00%").
    static int percentDecimals(const QString &code);

    /// Serial numbers: days since the date system's base, the fraction the time of day. In the 1900 system
    /// serial 1 is 1900-01-01 and, as Lotus 1-2-3 had it, serial 60 is 1900-02-29, a day that never was
    /// (61 is 1900-03-01); in the 1904 system (old Mac Excel, <workbookPr date1904="1"/>) 0 is 1904-01-01.
    /// The largest serial is 9999-12-31 23:59:59.999.
    static bool isDateSerial(double serial, bool date1904);
    /// The date and time of `serial` to the millisecond, as written: a workbook has no time zone, so the
    /// result is in UTC only to stand outside daylight saving time. Invalid for serial 60.x in the 1900
    /// system (1900-02-29) and for a number isDateSerial() refuses.
    static QDateTime dateTimeOf(double serial, bool date1904);
    /// The serial of `dateTime` (its date and time of day, whatever its time zone).
    static double serialOf(const QDateTime &dateTime, bool date1904);
};

} // namespace duban::core
